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

// sharedAddressSpace is RFC 6598's carrier-grade NAT range, private in
// all but name.
var sharedAddressSpace = netip.MustParsePrefix("100.64.0.0/10")

func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsGlobalUnicast() && !ip.IsPrivate() && !sharedAddressSpace.Contains(ip)
}
