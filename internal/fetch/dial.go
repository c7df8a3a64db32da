package fetch

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// ErrForbiddenAddress is returned for a host that resolves to an address
// a crawler must not reach: loopback, private, link-local, unspecified.
var ErrForbiddenAddress = errors.New("address not allowed")

// checkAddress is a net.Dialer Control function: it sees the address
// being connected to after name resolution, so a name that resolves to an
// internal address (DNS rebinding included) is refused at the last step.
func checkAddress(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrForbiddenAddress, address)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrForbiddenAddress, address)
	}
	if !publicAddr(ip) {
		return fmt.Errorf("%w: %s is not a public address", ErrForbiddenAddress, ip)
	}
	return nil
}

// nonPublic are ranges the netip predicates leave as global unicast but
// that no public web server uses, some of which reach the local host or
// network (IANA special-purpose registries, RFC 6890).
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // "this network": Linux connects 0.x to itself
	netip.MustParsePrefix("100.64.0.0/10"),  // carrier-grade NAT, RFC 6598
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64, RFC 8215
	netip.MustParsePrefix("2001:db8::/32"),  // documentation
	netip.MustParsePrefix("fec0::/10"),      // deprecated site-local
	netip.MustParsePrefix("100::/64"),       // discard-only
	netip.MustParsePrefix("2001::/23"),      // IETF protocol assignments (Teredo and others)
	netip.MustParsePrefix("192.88.99.0/24"), // deprecated 6to4 relay anycast
	netip.MustParsePrefix("255.255.255.255/32"),
}

// publicAddr reports whether ip is an address a public web server can
// have. Addresses embedding an IPv4 address (mapped, NAT64, 6to4) are
// judged by the IPv4 address they lead to.
func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if ip.Is6() {
		b := ip.As16()
		switch {
		case netip.PrefixFrom(ip, 96).Masked() == netip.MustParsePrefix("64:ff9b::/96"):
			return publicAddr(netip.AddrFrom4([4]byte(b[12:16])))
		case b[0] == 0x20 && b[1] == 0x02: // 6to4, 2002::/16
			return publicAddr(netip.AddrFrom4([4]byte(b[2:6])))
		}
	}
	if !ip.IsGlobalUnicast() || ip.IsPrivate() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}
