package web

import (
	"embed"

	"crosscheck/internal/fingerprint"
)

//go:embed *.go templates
var sources embed.FS

// fragmentKey names this build's rendering of a briefing's first page:
// a rendered page stored by another build (other templates, other
// template functions) is rendered again.
var fragmentKey = fingerprint.Of(sources)
