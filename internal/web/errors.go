package web

import (
	"context"
	"errors"
	"net/http"

	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// Errors handlers wrap so that status mapping happens in one place.
var (
	errNotFound    = errors.New("not found")
	errBadRequest  = errors.New("bad request")
	errTooLarge    = errors.New("request too large")
	errUnavailable = errors.New("not available on this server")
	errMethod      = errors.New("method not allowed")
	errForbidden   = errors.New("forbidden")
)

// status maps an error to the HTTP status it deserves. It is the only
// place that does: handlers only wrap sentinel errors.
func status(err error) int {
	var maxBytes *http.MaxBytesError
	switch {
	case errors.Is(err, storage.ErrNotFound), errors.Is(err, errNotFound):
		return http.StatusNotFound
	case errors.Is(err, errBadRequest):
		return http.StatusBadRequest
	case errors.Is(err, errForbidden):
		return http.StatusForbidden
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed
	case errors.As(err, &maxBytes), errors.Is(err, errTooLarge), errors.Is(err, source.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errUnavailable):
		return http.StatusServiceUnavailable
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	}
	return http.StatusInternalServerError
}

// publicMessage is what a client is told: the error itself when it is
// the client's doing, a generic line when it is the server's (the
// details go to the log, not to whoever asked).
func publicMessage(err error, code int) string {
	if code >= 500 && code != http.StatusServiceUnavailable {
		return http.StatusText(code)
	}
	return err.Error()
}
