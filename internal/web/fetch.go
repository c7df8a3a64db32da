package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"

	"crosscheck/internal/source"
)

// errPrivateAddress refuses a fetch that would reach this machine or its
// network: a URL typed into a public form must not become a way to read
// internal services.
var errPrivateAddress = errors.New("refusing to fetch from a loopback, private or link-local address")

// NewFetcher returns a fetcher for URLs given on the ingest form. Unless
// allowPrivate is set it refuses loopback, private, link-local and other
// non-public addresses. The check runs on the address actually dialled,
// after DNS resolution and on every redirect, so neither a name that
// resolves to 127.0.0.1 nor a redirect to one gets through.
func NewFetcher(allowPrivate bool, maxSize int64) FetchFunc {
	if maxSize <= 0 {
		maxSize = source.DefaultMaxPageSize
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	if !allowPrivate {
		dialer.Control = refusePrivate
	}
	client := &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 15 * time.Second,
			MaxIdleConns:          10,
			IdleConnTimeout:       30 * time.Second,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			return nil
		},
	}
	return func(ctx context.Context, raw string) (source.Page, error) {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return source.Page{}, fmt.Errorf("fetching %q: %w: only http and https URLs", raw, errBadRequest)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
		if err != nil {
			return source.Page{}, fmt.Errorf("fetching %s: %w", raw, err)
		}
		req.Header.Set("User-Agent", "crosscheck (+https://example.invalid/crosscheck)")
		resp, err := client.Do(req)
		if err != nil {
			return source.Page{}, fmt.Errorf("fetching %s: %w", raw, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return source.Page{}, fmt.Errorf("fetching %s: %s", raw, resp.Status)
		}
		data, err := io.ReadAll(io.LimitReader(resp.Body, maxSize+1))
		if err != nil {
			return source.Page{}, fmt.Errorf("fetching %s: %w", raw, err)
		}
		if int64(len(data)) > maxSize {
			return source.Page{}, fmt.Errorf("fetching %s: %w", raw, source.ErrTooLarge)
		}
		p := source.Page{Origin: raw, URL: resp.Request.URL.String(), Kind: source.Sniff(data), Data: data, FetchedAt: time.Now().UTC()}
		if _, params, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err == nil {
			p.Charset = params["charset"]
		}
		return p, nil
	}
}

// refusePrivate is a net.Dialer Control function: it sees the resolved
// address right before the connection is made.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dialling %s: %w", address, err)
	}
	if !publicAddr(ap.Addr()) {
		return fmt.Errorf("dialling %s: %w", address, errPrivateAddress)
	}
	return nil
}

func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// nonPublic are ranges the netip predicates do not cover but that are not
// the public internet either.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),  // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),  // documentation
}
