package web

import (
	"fmt"
	"net"
	"net/http"
	"strings"
)

// checkHosts refuses requests whose Host header names none of the hosts
// the server answers to. A page on another site can point its own name
// at 127.0.0.1 (DNS rebinding) and then reach this server as a
// same-origin page; its requests still carry its own name in Host, so
// they are refused here. Loopback names and address literals cannot be
// rebound and are always served.
func (s *Server) checkHosts(next http.Handler) http.Handler {
	if s.opts.Hosts == nil {
		return next
	}
	allowed := map[string]bool{}
	for _, h := range s.opts.Hosts {
		allowed[normalHost(h)] = true
	}
	deny := func(host string) error {
		return fmt.Errorf("%w: this server does not answer to the host %q (start it with --host %s to allow it)", errForbidden, host, host)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := normalHost(r.Host)
		if allowed[host] || host == "localhost" || strings.HasSuffix(host, ".localhost") || net.ParseIP(host) != nil {
			next.ServeHTTP(w, r)
			return
		}
		err := deny(host)
		if strings.HasPrefix(r.URL.Path, "/api/") {
			s.api(func(http.ResponseWriter, *http.Request) (any, error) { return nil, err })(w, r)
			return
		}
		s.page(func(http.ResponseWriter, *http.Request) error { return err })(w, r)
	})
}

// normalHost is a Host header's name without its port, brackets, case or
// final dot.
func normalHost(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.TrimSuffix(strings.ToLower(h), ".")
}
