package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// host paces the requests to one host: at most PerHost in flight, and
// starts at least a delay apart.
type host struct {
	slots chan struct{}
	mu    sync.Mutex
	next  time.Time // earliest start of the next request
}

func (f *Fetcher) host(u *url.URL) *host {
	key := strings.ToLower(u.Host)
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		h = &host{slots: make(chan struct{}, f.opts.PerHost)}
		f.hosts[key] = h
	}
	return h
}

// acquire waits for a slot and for the host's next start time.
func (h *host) acquire(ctx context.Context, delay time.Duration) (func(), error) {
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	h.mu.Lock()
	now := time.Now()
	start := h.next
	if start.Before(now) {
		start = now
	}
	h.next = start.Add(delay)
	h.mu.Unlock()
	if wait := start.Sub(now); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			<-h.slots
			return nil, ctx.Err()
		}
	}
	return func() { <-h.slots }, nil
}

// delay is the pause between requests to u's host.
func (f *Fetcher) delay(u *url.URL) time.Duration {
	d := f.opts.Delay
	f.mu.Lock()
	defer f.mu.Unlock()
	if e := f.robots[robotsKey(u)]; e != nil && e.rules != nil && e.rules.delay > d {
		d = e.rules.delay
	}
	return max(d, 0)
}

// robotsEntry caches a host's robots.txt; ready is closed once rules is
// set, so concurrent fetches to a new host read robots.txt once.
type robotsEntry struct {
	ready   chan struct{}
	rules   *robots
	err     error
	expires time.Time
}

// How long a robots.txt is trusted before it is read again; a failure to
// read one is retried sooner.
const (
	robotsTTL       = time.Hour
	robotsRetryTime = time.Minute
)

func robotsKey(u *url.URL) string { return u.Scheme + "://" + strings.ToLower(u.Host) }

// checkRobots returns ErrDisallowed when robots.txt forbids u.
func (f *Fetcher) checkRobots(ctx context.Context, u *url.URL) error {
	rules, err := f.robotsFor(ctx, u)
	if err != nil {
		return err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !rules.allowed(path) {
		return fmt.Errorf("%w: %s", ErrDisallowed, u)
	}
	return nil
}

func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL) (*robots, error) {
	key := robotsKey(u)
	f.mu.Lock()
	e := f.robots[key]
	if e != nil && e.rules != nil && time.Now().After(e.expires) {
		e = nil
	}
	if e == nil {
		e = &robotsEntry{ready: make(chan struct{})}
		f.robots[key] = e
		f.mu.Unlock()
		rules, ok, err := f.readRobots(ctx, key)
		ttl := robotsTTL
		if !ok {
			ttl = robotsRetryTime
		}
		f.mu.Lock()
		e.rules, e.err, e.expires = rules, err, time.Now().Add(ttl)
		f.mu.Unlock()
		close(e.ready)
		return rules, err
	}
	f.mu.Unlock()
	select {
	case <-e.ready:
		return e.rules, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// readRobots fetches and parses base/robots.txt. Missing (4xx) allows
// everything. Unreachable (a network failure) or failing (5xx) forbids
// everything for now, as RFC 9309 §2.3.1.4 asks: ok is false then, and
// the error, an ErrDisallowed, says what failed. A host that does not
// resolve, or at a forbidden address, is an error of its own: nothing
// can be fetched there, robots.txt or not.
func (f *Fetcher) readRobots(ctx context.Context, base string) (rules *robots, ok bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/robots.txt", nil)
	if err != nil {
		return disallowAll, false, fmt.Errorf("%w: %s/robots.txt is not a URL: %v", ErrDisallowed, base, err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	resp, err := f.client.Transport.RoundTrip(req)
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, ErrForbiddenAddress):
		return disallowAll, false, err
	case errors.As(err, &dnsErr):
		return disallowAll, false, fmt.Errorf("host %s does not resolve: %w", req.URL.Hostname(), err)
	case err != nil:
		return disallowAll, false, unreachable(base, err.Error())
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		// A redirected robots.txt is rare; reading it as missing is the
		// lenient choice, and every page is still dial-checked.
		return allowAll, true, nil
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return allowAll, true, nil
	case resp.StatusCode != http.StatusOK:
		return disallowAll, false, unreachable(base, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	if err != nil {
		return disallowAll, false, unreachable(base, err.Error())
	}
	return parseRobots(data, productToken(f.opts.UserAgent)), true, nil
}

// unreachable is the error for a robots.txt that could not be read.
func unreachable(base, why string) error {
	return fmt.Errorf("%w: %s/robots.txt could not be read (%s), and until it can RFC 9309 asks that nothing be fetched from the site", ErrDisallowed, base, why)
}

// productToken is the name robots.txt groups address: "crosscheck" of
// "crosscheck/1.0 (+url)".
func productToken(ua string) string {
	tok, _, _ := strings.Cut(ua, "/")
	tok, _, _ = strings.Cut(tok, " ")
	return tok
}
