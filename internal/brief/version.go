package brief

import (
	"embed"

	"crosscheck/internal/fingerprint"
)

//go:embed *.go
var sources embed.FS

// Fingerprint names this build's brief rules: it changes when they do.
var Fingerprint = fingerprint.Of(sources)
