package align

import (
	"embed"

	"crosscheck/internal/fingerprint"
)

//go:embed *.go
var sources embed.FS

// Fingerprint names this build's align rules: it changes when they do.
var Fingerprint = fingerprint.Of(sources)
