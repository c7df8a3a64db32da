package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestFetchRefusesIPv4InOtherForms: hosts that name a loopback or
// private address in a form other than dotted quads (a plain number,
// short forms, octal or hex parts, a final dot) are read as the address
// they are and refused as such, not reported as robots.txt forbidding
// them.
func TestFetchRefusesIPv4InOtherForms(t *testing.T) {
	f := New(Options{Timeout: 2 * time.Second})
	for _, host := range []string{"2130706433", "127.1", "127.0.0.1.", "0x7f.1", "0177.0.0.1", "017700000001", "10.1", "[::ffff:127.0.0.1]"} {
		_, err := f.Fetch(context.Background(), "http://"+host+"/news")
		if !errors.Is(err, ErrForbiddenAddress) || errors.Is(err, ErrDisallowed) {
			t.Errorf("%s: error %v, want ErrForbiddenAddress", host, err)
		}
	}
	// A public address written as a number is named in its usual form.
	_, err := f.Fetch(context.Background(), "http://134744072/")
	if err == nil || !strings.Contains(err.Error(), "8.8.8.8") || errors.Is(err, ErrDisallowed) {
		t.Errorf("134744072: error %v, want one naming 8.8.8.8", err)
	}
}

// TestFetchUnresolvableHost: a host that does not resolve is a fetch
// error that says so, not a robots.txt that forbids everything.
func TestFetchUnresolvableHost(t *testing.T) {
	_, err := New(Options{Timeout: 5 * time.Second}).Fetch(context.Background(), "http://no-such-host.invalid/news")
	if err == nil || errors.Is(err, ErrDisallowed) || !strings.Contains(err.Error(), "does not resolve") {
		t.Errorf("error %v, want one saying the host does not resolve", err)
	}
}

// TestFetchRobotsUnreachable: a robots.txt answered with a server error
// makes the site off limits for now (RFC 9309 §2.3.1.4), and the error
// says that it is the robots.txt that failed, and how.
func TestFetchRobotsUnreachable(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("<html><body>page</body></html>"))
	}))
	defer s.Close()
	_, err := New(testOptions()).Fetch(context.Background(), s.URL+"/news")
	if !errors.Is(err, ErrDisallowed) || !strings.Contains(err.Error(), "robots.txt") || !strings.Contains(err.Error(), "503") {
		t.Errorf("error %v, want ErrDisallowed saying robots.txt answered 503", err)
	}
}

// FuzzLegacyIPv4: any host the inet_aton reading accepts is an IPv4
// address, and a dotted quad reads as itself.
func FuzzLegacyIPv4(f *testing.F) {
	for _, s := range []string{"2130706433", "127.1", "0x7f.1", "0177.0.0.1", "1.2.3.4", "0x", "4294967296", "1.2.3.4.5", "08"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ip, ok := legacyIPv4(s)
		if !ok {
			return
		}
		if !ip.Is4() {
			t.Fatalf("%q read as %v", s, ip)
		}
		if again, ok := legacyIPv4(ip.String()); !ok || again != ip {
			t.Fatalf("%q read as %v, which reads back as %v %v", s, ip, again, ok)
		}
	})
}
