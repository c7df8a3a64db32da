// Package fingerprint names the content of a package's rules — its Go
// sources and data files, embedded by the package itself — so that what
// was computed by one version of the rules can be told from what the
// running binary would compute. A stored analysis or briefing carries the
// fingerprint it was made with; a different one marks it stale.
package fingerprint

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io/fs"
	"strings"
)

// Of returns a short hex digest of every file of fsys other than tests
// (a test's change does not change what the rules compute), in path
// order, and of the fingerprints it builds on (those of the packages
// whose rules it uses). A nil fsys fingerprints the others alone.
func Of(fsys fs.FS, builds ...string) string {
	h := sha256.New()
	if fsys != nil {
		if err := walk(h, fsys); err != nil {
			// An embedded tree cannot fail to read; if it did, no
			// stored result may pass for current.
			panic("fingerprint: " + err.Error())
		}
	}
	for _, b := range builds {
		h.Write([]byte(b))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func walk(h hash.Hash, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
		h.Write(data)
		h.Write([]byte{0})
		return nil
	})
}
