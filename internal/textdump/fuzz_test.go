package textdump

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/internal/sharedtest"
)

// FuzzExtract checks that Extract never panics, fails only with
// ErrNoArticle, and builds the body from lines of the input alone (after
// markup removal, a drop cap joined to its word at most).
func FuzzExtract(f *testing.F) {
	// The seeds join the corpus where they are at hand; fuzzing needs
	// no more than testdata.
	for _, dir := range []string{"testdata", filepath.Join(sharedtest.Root(), "seeds")} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(data))
		}
	}
	f.Add("Title here\n\nBy Jane Doe\n4 September 2023\n\nA sentence of the story that is long enough to count as prose for the test.")
	f.Add("<p>only <a href=x>markup</a></p><!--")
	f.Add("Headline<!-- a <!-- b --> c <!-- d\n\nA paragraph --> that ends.")
	f.Fuzz(func(t *testing.T, text string) {
		a, err := Extract(text)
		if err != nil {
			if !errors.Is(err, ErrNoArticle) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if a.Text == "" {
			t.Fatal("no error but empty body")
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatal("invalid UTF-8 in output")
		}
		input := make(map[string]bool)
		for _, l := range cleanText(text) {
			input[l] = true
			// joinDropCaps may join a drop cap to its word ("T he" ->
			// "The") on a body line.
			if m := dropCap.FindStringSubmatch(l); m != nil {
				input[m[1]+l[len(m[1])+1:]] = true
			}
		}
		for _, l := range strings.Split(a.Text, "\n") {
			if l == "" {
				continue
			}
			if !input[l] {
				t.Fatalf("body line %q is not a line of the input", l)
			}
		}
	})
}
