package nlp

import (
	"embed"

	"crosscheck/internal/fingerprint"
	"crosscheck/internal/lang"
)

//go:embed *.go data
var rules embed.FS

// Version names the rules Analyze runs: this package's code and gazetteer
// and the lexicons it reads. A Doc stored with another Version may differ
// from what Analyze returns now, and is analysed again (crosscheck
// reanalyze).
var Version = fingerprint.Of(rules, lang.Fingerprint)
