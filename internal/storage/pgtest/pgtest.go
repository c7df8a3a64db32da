// Package pgtest gives tests a PostgreSQL database of their own: a fresh
// schema in the test server, dropped when the test ends.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib"

	"crosscheck/internal/sharedtest"
)

// deadlockDetected is PostgreSQL's SQLSTATE for a transaction ended as a
// deadlock's victim.
const deadlockDetected = "40P01"

// DefaultURL is the test server; CROSSCHECK_TEST_POSTGRES overrides it.
const DefaultURL = "postgres://127.0.0.1:5432/test?sslmode=disable"

// DSN creates a schema named crosscheck_test_RANDOM and returns a URL
// whose connections use it. Without a server the test is skipped, unless
// CI=true, where a missing server is a failure.
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv("CROSSCHECK_TEST_POSTGRES")
	if base == "" {
		base = DefaultURL
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", base)
	if err == nil {
		err = db.PingContext(ctx)
	}
	if err != nil {
		if db != nil {
			db.Close()
		}
		sharedtest.Unavailable(t, "PostgreSQL at "+base, fmt.Sprintf("is unreachable: %v", err), "start it, or set CROSSCHECK_TEST_POSTGRES")
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "crosscheck_test_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		db.Close()
		t.Fatalf("creating schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		// Tests of several packages drop their schemas at once, and
		// PostgreSQL may end one drop as a deadlock's victim (40P01);
		// the victim's transaction is rolled back, so it is tried again.
		var err error
		for try := 0; try < 5; try++ {
			_, err = db.ExecContext(ctx, `DROP SCHEMA `+schema+` CASCADE`)
			var pgErr *pgconn.PgError
			if err == nil || !errors.As(err, &pgErr) || pgErr.Code != deadlockDetected {
				break
			}
			time.Sleep(time.Duration(try+1) * 100 * time.Millisecond)
		}
		if err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parsing %s: %v", base, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
