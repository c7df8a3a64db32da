package storage

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations
var migrations embed.FS

// migrate applies, in order and each in its own transaction, the embedded
// migrations of the store's dialect that the database has not seen. The
// version of a migration is the number its file name starts with.
func (s *Store) migrate(ctx context.Context) error {
	return s.migrateUpTo(ctx, math.MaxInt)
}

// migrateUpTo is migrate stopping after the migration numbered last:
// tests use it to make the store an older release left.
func (s *Store) migrateUpTo(ctx context.Context, last int) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	dir := path.Join("migrations", s.dialect.name)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return fmt.Errorf("listing migrations: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		version, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with its version number", e.Name())
		}
		if version > last {
			break
		}
		script, err := migrations.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return fmt.Errorf("reading migration %s: %w", e.Name(), err)
		}
		if err := s.inTx(ctx, func(tx *sql.Tx) error {
			// Checked inside the write transaction, so that two processes
			// opening a new store at once apply each migration once.
			var applied int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, version).Scan(&applied); err != nil {
				return fmt.Errorf("checking migration %d: %w", version, err)
			}
			if applied > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, string(script)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, version)
			return err
		}); err != nil {
			return fmt.Errorf("applying migration %s: %w", e.Name(), err)
		}
	}
	return nil
}
