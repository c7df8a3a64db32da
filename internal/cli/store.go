package cli

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"

	"crosscheck/internal/storage"
)

// dbFlag adds the --db flag every command that uses the store shares.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "store: a SQLite file `PATH` or a postgres:// URL (default $CROSSCHECK_DB, else $XDG_DATA_HOME/crosscheck/crosscheck.db)")
}

// storePath resolves where the store is: the flag, then $CROSSCHECK_DB,
// then the XDG data directory.
func (e *env) storePath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if v := e.getenv("CROSSCHECK_DB"); v != "" {
		return v, nil
	}
	data := e.getenv("XDG_DATA_HOME")
	if data == "" {
		home := e.getenv("HOME")
		if home == "" {
			h, err := os.UserHomeDir()
			if err != nil {
				return "", errors.New("no store given: set --db, CROSSCHECK_DB, XDG_DATA_HOME or HOME")
			}
			home = h
		}
		data = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(data, "crosscheck", "crosscheck.db"), nil
}

func (e *env) openStore(ctx context.Context, flagValue string) (*storage.Store, error) {
	path, err := e.storePath(flagValue)
	if err != nil {
		return nil, err
	}
	return storage.Open(ctx, path)
}
