// Package fetch fetches web pages politely: robots.txt honoured, one
// host at a time at a bounded rate, conditional requests, bounded
// redirects, sizes and times, and no requests to internal addresses.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"crosscheck/internal/source"
)

// InfoURL is where the User-Agent sends a site owner who wants to know
// what the crawler is. A deployment sets its own page at build time:
// -ldflags "-X crosscheck/internal/fetch.InfoURL=https://…".
var InfoURL = "https://github.com/crosscheck/crosscheck"

// Errors a fetch reports besides the network's own.
var (
	ErrNotModified = errors.New("not modified since the last fetch")
	ErrDisallowed  = errors.New("disallowed by robots.txt")
	ErrTooLarge    = source.ErrTooLarge
	ErrStatus      = errors.New("unexpected HTTP status")
)

// Options configure a Fetcher; zero fields take the defaults.
type Options struct {
	// UserAgent defaults to "crosscheck/VERSION (+InfoURL)".
	UserAgent string
	// AllowPrivate permits loopback, private and link-local addresses,
	// for tests and intranet use.
	AllowPrivate bool
	MaxBytes     int64         // per response body; default 16 MiB
	Timeout      time.Duration // per request, redirects included; default 30s
	MaxRedirects int           // default 5
	PerHost      int           // requests in flight per host; default 2
	// Delay is the least time between the starts of two requests to one
	// host; a longer Crawl-delay in robots.txt wins. Default 1s.
	Delay time.Duration
	// Validators keeps ETag and Last-Modified per URL for conditional
	// requests; default an in-memory map.
	Validators Validators
}

// Validators stores the conditional-request validators of fetched URLs.
type Validators interface {
	Validators(url string) (etag, lastModified string)
	SetValidators(url, etag, lastModified string)
}

// Fetcher fetches pages. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client

	mu     sync.Mutex
	hosts  map[string]*host
	robots map[string]*robotsEntry
}

// New returns a Fetcher with opts.
func New(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = "crosscheck/" + version() + " (+" + InfoURL + ")"
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 16 << 20
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 5
	}
	if opts.PerHost <= 0 {
		opts.PerHost = 2
	}
	if opts.Delay == 0 {
		opts.Delay = time.Second
	}
	if opts.Validators == nil {
		opts.Validators = &memoryValidators{m: map[string][2]string{}}
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = checkAddress
	}
	transport := &http.Transport{
		// No proxy from the environment: a proxy would make the dial
		// check see the proxy's address instead of the site's.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConnsPerHost:   opts.PerHost,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
	}
	f := &Fetcher{opts: opts, hosts: map[string]*host{}, robots: map[string]*robotsEntry{}}
	f.client = &http.Client{Transport: transport, CheckRedirect: f.checkRedirect}
	return f
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return strings.TrimPrefix(bi.Main.Version, "v")
	}
	return "dev"
}

// UserAgent is the User-Agent header the fetcher sends.
func (f *Fetcher) UserAgent() string { return f.opts.UserAgent }

// Fetch gets one page. It has the source.FetchFunc signature, so a
// source.Reader reads URL inputs through it. A page unchanged since the
// last fetch by this Fetcher (its validators say so) is ErrNotModified.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (source.Page, error) {
	p, err := f.fetch(ctx, rawURL)
	if err != nil {
		return source.Page{}, fmt.Errorf("fetching %s: %w", rawURL, err)
	}
	return p, nil
}

func (f *Fetcher) fetch(ctx context.Context, rawURL string) (source.Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return source.Page{}, err
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return source.Page{}, fmt.Errorf("not an http or https URL")
	}
	if err := checkHostForm(u, f.opts.AllowPrivate); err != nil {
		return source.Page{}, err
	}
	if err := f.checkRobots(ctx, u); err != nil {
		return source.Page{}, err
	}
	h := f.host(u)
	release, err := h.acquire(ctx, f.delay(u))
	if err != nil {
		return source.Page{}, err
	}
	defer release()

	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return source.Page{}, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	etag, lastModified := f.opts.Validators.Validators(u.String())
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return source.Page{}, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return source.Page{}, ErrNotModified
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return source.Page{}, fmt.Errorf("%w %s", ErrStatus, resp.Status)
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return source.Page{}, fmt.Errorf("%w: %d bytes declared, limit %d", ErrTooLarge, resp.ContentLength, f.opts.MaxBytes)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return source.Page{}, fmt.Errorf("reading body: %w", err)
	}
	if int64(len(data)) > f.opts.MaxBytes {
		return source.Page{}, fmt.Errorf("%w: body over %d bytes", ErrTooLarge, f.opts.MaxBytes)
	}
	f.opts.Validators.SetValidators(u.String(), resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"))
	p := source.Page{
		Origin:    rawURL,
		URL:       resp.Request.URL.String(), // after redirects
		Data:      data,
		FetchedAt: time.Now().UTC(),
		Kind:      source.Sniff(data),
	}
	if _, params, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err == nil {
		p.Charset = strings.ToLower(params["charset"])
	}
	return p, nil
}

// checkRedirect bounds redirects and applies the first request's rules to
// every hop: scheme, robots.txt. The dial check covers the address.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.opts.MaxRedirects {
		return fmt.Errorf("more than %d redirects", f.opts.MaxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: not an http or https URL", req.URL)
	}
	if err := checkHostForm(req.URL, f.opts.AllowPrivate); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL, err)
	}
	if err := f.checkRobots(req.Context(), req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL, err)
	}
	return nil
}

type memoryValidators struct {
	mu sync.Mutex
	m  map[string][2]string
}

func (v *memoryValidators) Validators(url string) (string, string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	e := v.m[url]
	return e[0], e[1]
}

func (v *memoryValidators) SetValidators(url, etag, lastModified string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if etag == "" && lastModified == "" {
		delete(v.m, url)
		return
	}
	v.m[url] = [2]string{etag, lastModified}
}
