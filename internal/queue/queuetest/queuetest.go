// Package queuetest gives tests a NATS JetStream stream of their own on
// the test server, deleted when the test ends.
package queuetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"crosscheck/internal/sharedtest"
)

// DefaultURL is the test server; CROSSCHECK_TEST_NATS overrides it.
const DefaultURL = "nats://127.0.0.1:4222"

// Stream returns the server URL and a fresh stream name,
// CROSSCHECK_TEST_RANDOM, whose stream is deleted at the end of the
// test. Without a server the test is skipped, unless CI=true, where a
// missing server is a failure.
func Stream(t testing.TB) (url, stream string) {
	t.Helper()
	url = os.Getenv("CROSSCHECK_TEST_NATS")
	if url == "" {
		url = DefaultURL
	}
	nc, err := nats.Connect(url, nats.Timeout(5*time.Second))
	if err == nil {
		_, err = nc.RTT()
	}
	if err != nil {
		sharedtest.Unavailable(t, "NATS at "+url, fmt.Sprintf("is unreachable: %v", err), "start nats-server -js, or set CROSSCHECK_TEST_NATS")
	}
	var b [6]byte
	rand.Read(b[:])
	stream = "CROSSCHECK_TEST_" + strings.ToUpper(hex.EncodeToString(b[:]))
	t.Cleanup(func() {
		defer nc.Close()
		js, err := jetstream.New(nc)
		if err != nil {
			t.Errorf("deleting stream %s: %v", stream, err)
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := js.DeleteStream(ctx, stream); err != nil && err != jetstream.ErrStreamNotFound {
			t.Errorf("deleting stream %s: %v", stream, err)
		}
	})
	return url, stream
}
