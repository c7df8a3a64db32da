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
// that compares (HasSuffix, TrimPrefix, EqualFold…), or a run of letters
// a regular expression matches literally (in the string literals
// regexp.Compile and MustCompile are given, directly or through the
// constants, variables and calls they are built of). Literals that are no
// word of a language (kinds, units, format codes, template names) are
// listed in identifiers with the reason; a listed literal no longer in
// the code fails the test too, so that the list stays true.
func TestNoWordsInRules(t *testing.T) {
	found := wordsInRules(t)
	for file, words := range found {
		for _, w := range words {
			if slices.Contains(identifiers[file], w) {
				continue
			}
			t.Errorf("%s: the word %q is written in the code; put it in a class of internal/lang/data/en/*.lex (or, if it is no word of a language, in identifiers in this test with why)", file, w)
		}
	}
	for file, words := range identifiers {
		for _, w := range words {
			if !slices.Contains(found[file], w) {
				t.Errorf("%s: %q is no longer in the code; take it off identifiers", file, w)
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
		parsed := map[string]*ast.File{}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatalf("parsing %s: %v", name, err)
			}
			parsed[name] = f
		}
		values := packageValues(parsed)
		for name, f := range parsed {
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
					if compilingCall(x.Fun) {
						for _, a := range x.Args {
							for _, w := range patternWords(a, values) {
								if !seen[w] {
									seen[w] = true
									out[key] = append(out[key], w)
								}
							}
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

// compilingCall reports whether fun is regexp.Compile or MustCompile.
func compilingCall(fun ast.Expr) bool {
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "regexp" && (sel.Sel.Name == "Compile" || sel.Sel.Name == "MustCompile")
}

// packageValues maps the package-level constants and variables of files
// to the expressions they are given.
func packageValues(files map[string]*ast.File) map[string]ast.Expr {
	out := map[string]ast.Expr{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range g.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok && len(vs.Values) == len(vs.Names) {
					for i, n := range vs.Names {
						out[n.Name] = vs.Values[i]
					}
				}
			}
		}
	}
	return out
}

// patternWords returns the words written in the string literals a
// regular expression is built of: literals of e, of the constants and
// variables e names (local or of the package) and of the arguments of
// the calls in it.
func patternWords(e ast.Expr, values map[string]ast.Expr) []string {
	var out []string
	seen := map[ast.Node]bool{}
	var walk func(ast.Expr)
	walk = func(e ast.Expr) {
		if e == nil || seen[e] {
			return
		}
		seen[e] = true
		switch x := e.(type) {
		case *ast.BasicLit:
			if s, err := strconv.Unquote(x.Value); err == nil && x.Kind == token.STRING {
				out = append(out, regexpWords(s)...)
			}
		case *ast.ParenExpr:
			walk(x.X)
		case *ast.BinaryExpr:
			walk(x.X)
			walk(x.Y)
		case *ast.CallExpr:
			for _, a := range x.Args {
				walk(a)
			}
		case *ast.Ident:
			walk(identValue(x, values))
		}
	}
	walk(e)
	return out
}

// identValue is the expression the identifier was given: in its own
// declaration or assignment when the parser resolved it, else at package
// level.
func identValue(id *ast.Ident, values map[string]ast.Expr) ast.Expr {
	if id.Obj != nil {
		switch d := id.Obj.Decl.(type) {
		case *ast.ValueSpec:
			for i, n := range d.Names {
				if n.Name == id.Name && i < len(d.Values) {
					return d.Values[i]
				}
			}
		case *ast.AssignStmt:
			for i, l := range d.Lhs {
				if n, ok := l.(*ast.Ident); ok && n.Name == id.Name && i < len(d.Rhs) && len(d.Lhs) == len(d.Rhs) {
					return d.Rhs[i]
				}
			}
		}
		return nil
	}
	return values[id.Name]
}

// regexpWords returns the runs of letters a piece of a regular
// expression matches literally: letters outside character classes,
// escapes (\b, \p{Lu}) and flag groups ((?i:, (?P<name>).
func regexpWords(s string) []string {
	var out []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			out = append(out, run.String())
			run.Reset()
		}
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\\' && i+1 < len(rs):
			flush()
			i++
			if (rs[i] == 'p' || rs[i] == 'P' || rs[i] == 'x') && i+1 < len(rs) && rs[i+1] == '{' {
				for i < len(rs) && rs[i] != '}' {
					i++
				}
			}
		case r == '[':
			flush()
			for i++; i < len(rs) && rs[i] != ']'; i++ {
				if rs[i] == '\\' {
					i++
				} else if rs[i] == '[' && i+1 < len(rs) && rs[i+1] == ':' {
					for i < len(rs) && !(rs[i] == ']' && rs[i-1] == ':') {
						i++
					}
				}
			}
		case r == '(' && i+1 < len(rs) && rs[i+1] == '?':
			flush()
			for i < len(rs) && rs[i] != ':' && rs[i] != ')' && rs[i] != '>' {
				i++
			}
		case unicode.IsLetter(r):
			run.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
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

// formatWords lists found words as Go source, for whoever moves words or
// updates identifiers: go test -run TestNoWordsInRules -v ./internal/lang
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
