package cli

import (
	"context"
	"errors"
)

// These commands are being wired up; each moves to a file of its own.
var errPending = errors.New("not built yet")

func runIngest(ctx context.Context, e *env, args []string) error  { return errPending }
func runStories(ctx context.Context, e *env, args []string) error { return errPending }
func runDemo(ctx context.Context, e *env, args []string) error    { return errPending }
