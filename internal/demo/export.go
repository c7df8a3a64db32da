package demo

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// Export writes the corpus pages into dir, byte for byte as they are
// embedded (the Gazette's page stays gzipped), so that a newcomer can try
// ingest, stories, brief and serve on files of their own. dir is made if
// need be. A file already there with the same bytes is left as it is; one
// with other bytes is not overwritten, and nothing is written then.
// Export returns the paths of the pages.
func Export(dir string) ([]string, error) {
	names, err := Names()
	if err != nil {
		return nil, err
	}
	pages := make([][]byte, len(names))
	paths := make([]string, len(names))
	for i, name := range names {
		data, err := fs.ReadFile(corpus, path.Join("corpus", name))
		if err != nil {
			return nil, fmt.Errorf("reading %s%s: %w", originPrefix, name, err)
		}
		pages[i], paths[i] = data, filepath.Join(dir, name)
		old, err := os.ReadFile(paths[i])
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, fmt.Errorf("exporting the demo corpus: %w", err)
		case !bytes.Equal(old, data):
			return nil, fmt.Errorf("exporting the demo corpus: %s exists and is not the demo page; choose another directory", paths[i])
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("exporting the demo corpus: %w", err)
	}
	for i := range names {
		if err := os.WriteFile(paths[i], pages[i], 0o644); err != nil {
			return nil, fmt.Errorf("exporting the demo corpus: %w", err)
		}
	}
	return paths, nil
}
