package lang

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The packages whose rules must read their words from the lexicons.
var rulePackages = []string{"nlp", "align", "brief", "cluster"}

// TestNoWordsInRules fails when a word of a language is written into the
// code of nlp, align, brief or cluster rather than read from a lexicon:
// a string literal of letters compared with ==, listed in a switch case,
// held in a map, slice or set literal, or passed to a strings function
// that compares (HasSuffix, TrimPrefix, EqualFold…). Literals that are no
// word of a language (kinds, units, format codes, template names) are
// listed in identifiers with the reason; words not moved yet are listed
// in notMoved, so that the list can only shrink.
func TestNoWordsInRules(t *testing.T) {
	found := wordsInRules(t)
	for file, words := range found {
		for _, w := range words {
			if slices.Contains(identifiers[file], w) || slices.Contains(notMoved[file], w) {
				continue
			}
			t.Errorf("%s: the word %q is written in the code; put it in a class of internal/lang/data/en/*.lex (or, if it is no word of a language, in identifiers in this test with why)", file, w)
		}
	}
	for file, words := range notMoved {
		for _, w := range words {
			if !slices.Contains(found[file], w) {
				t.Errorf("%s: %q is no longer in the code; take it off notMoved", file, w)
			}
		}
	}
	if t.Failed() {
		t.Logf("word literals found now:\n%s", formatWords(found))
	}
}

// wordsInRules returns, by file (package/name.go), the sorted word
// literals the rule packages compare against.
func wordsInRules(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	fset := token.NewFileSet()
	for _, pkg := range rulePackages {
		files, err := filepath.Glob(filepath.Join("..", pkg, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatalf("parsing %s: %v", name, err)
			}
			key := pkg + "/" + filepath.Base(name)
			seen := map[string]bool{}
			add := func(e ast.Expr) {
				if w, ok := wordLiteral(e); ok && !seen[w] {
					seen[w] = true
					out[key] = append(out[key], w)
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.BinaryExpr:
					if x.Op == token.EQL || x.Op == token.NEQ {
						add(x.X)
						add(x.Y)
					}
				case *ast.CaseClause:
					for _, e := range x.List {
						add(e)
					}
				case *ast.CompositeLit:
					for _, el := range x.Elts {
						if kv, ok := el.(*ast.KeyValueExpr); ok {
							add(kv.Key)
							continue
						}
						add(el)
					}
				case *ast.CallExpr:
					if comparingCall(x.Fun) {
						for _, a := range x.Args {
							add(a)
						}
					}
				}
				return true
			})
			sort.Strings(out[key])
		}
	}
	return out
}

// comparingCall reports whether fun is a function of package strings that
// compares its arguments or cuts one by the other.
func comparingCall(fun ast.Expr) bool {
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok || pkg.Name != "strings" {
		return false
	}
	switch sel.Sel.Name {
	case "HasPrefix", "HasSuffix", "TrimPrefix", "TrimSuffix", "CutPrefix", "CutSuffix",
		"EqualFold", "Contains", "Index", "LastIndex", "ReplaceAll", "Replace", "Count":
		return true
	}
	return false
}

// wordLiteral reports whether e is a string literal that reads as a word or
// phrase: letters, with spaces, apostrophes, hyphens or periods between.
func wordLiteral(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	if err != nil {
		return "", false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == ' ' || r == '\'' || r == '’' || r == '-' || r == '.':
		default:
			return "", false
		}
	}
	return s, letters > 0
}

// formatWords lists found words as Go source, for whoever moves words and
// updates notMoved: go test -run TestNoWordsInRules -v ./internal/lang
// prints it when the test fails.
func formatWords(m map[string][]string) string {
	var b strings.Builder
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "\t%q: {", k)
		for i, w := range m[k] {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q", w)
		}
		b.WriteString("},\n")
	}
	return b.String()
}
