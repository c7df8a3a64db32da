package storage

import (
	"context"
	"database/sql"
	"fmt"
)

// prepared returns query prepared once for the store. A story page runs
// the same few dozen reads on every request (the story, its dates, its
// stored page, related stories), and SQLite parsing each anew was about
// half of their cost. database/sql prepares a statement again on each
// connection it is used on.
func (s *Store) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := s.stmts.Load(query); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := s.readDB().PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if prev, loaded := s.stmts.LoadOrStore(query, st); loaded {
		st.Close()
		return prev.(*sql.Stmt), nil
	}
	return st, nil
}

// queryRow is db.QueryRowContext through a prepared statement.
func (s *Store) queryRow(ctx context.Context, query string, args ...any) scanner {
	st, err := s.prepared(ctx, query)
	if err != nil {
		return errRow{fmt.Errorf("preparing: %w", err)}
	}
	return st.QueryRowContext(ctx, args...)
}

// query is db.QueryContext through a prepared statement.
func (s *Store) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := s.prepared(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("preparing: %w", err)
	}
	return st.QueryContext(ctx, args...)
}

type scanner interface{ Scan(dest ...any) error }

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }
