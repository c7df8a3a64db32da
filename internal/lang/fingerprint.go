package lang

import (
	"embed"

	"crosscheck/internal/fingerprint"
)

//go:embed *.go
var sources embed.FS

// Fingerprint names this build's lexicons and the code that reads them:
// it changes when a word list changes.
var Fingerprint = fingerprint.Of(sources) + fingerprint.Of(files)
