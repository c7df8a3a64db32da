package fetch

import (
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
)

// checkHostForm reads a URL's host as the IPv4 address it may be in one
// of the forms inet_aton(3) takes and browsers follow — one number
// ("2130706433"), short forms ("127.1"), octal or hex parts ("0x7f.1"),
// a final dot ("127.0.0.1.") — which Go's resolver does not. Such a host
// at a loopback or private address is refused as that address; at a
// public one, the error names the address in its usual form.
func checkHostForm(u *url.URL, allowPrivate bool) error {
	host := u.Hostname()
	trimmed := strings.TrimSuffix(host, ".")
	ip, err := netip.ParseAddr(trimmed)
	if err != nil {
		var ok bool
		if ip, ok = legacyIPv4(trimmed); !ok {
			return nil
		}
	}
	if !allowPrivate && !publicAddr(ip) {
		return fmt.Errorf("%w: host %s is %s, not a public address", ErrForbiddenAddress, host, ip)
	}
	if ip.String() != host && !strings.HasPrefix(host, "[") && ip.Unmap().String() != host {
		return fmt.Errorf("host %s is the address %s written in another form: give it as %s", host, ip, ip)
	}
	return nil
}

// legacyIPv4 parses the inet_aton forms of an IPv4 address: one to four
// parts, each decimal, octal (leading 0) or hex (leading 0x), the last
// filling the bytes the others leave.
func legacyIPv4(s string) (netip.Addr, bool) {
	parts := strings.Split(s, ".")
	if s == "" || len(parts) > 4 {
		return netip.Addr{}, false
	}
	var vals []uint64
	for _, p := range parts {
		base := 10
		switch {
		case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
			base, p = 16, p[2:]
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		if p == "" && base == 16 {
			p = "0"
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil {
			return netip.Addr{}, false
		}
		vals = append(vals, v)
	}
	last := vals[len(vals)-1]
	if last >= 1<<(8*(5-len(vals))) {
		return netip.Addr{}, false
	}
	n := last
	for i, v := range vals[:len(vals)-1] {
		if v > 255 {
			return netip.Addr{}, false
		}
		n |= v << (8 * (3 - i))
	}
	return netip.AddrFrom4([4]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}), true
}
