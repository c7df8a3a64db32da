package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"crosscheck/internal/article"
	"crosscheck/internal/brief"
)

func runSummarize(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "summarize", "PATH...")
	words := fs.Int("words", 100, "the summary's length in words, at most")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no documents given", errUsage)
	}
	if *words <= 0 {
		return fmt.Errorf("%w: --words must be positive, not %d", errUsage, *words)
	}
	var arts []article.Article
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("reading %s: %w", p, err)
		}
		if !utf8.Valid(data) {
			return fmt.Errorf("reading %s: not UTF-8 text", p)
		}
		arts = append(arts, plainArticle(p, string(data)))
	}
	docs, err := brief.Documents(ctx, arts)
	if err != nil {
		return fmt.Errorf("summarizing: %w", err)
	}
	for _, p := range brief.Summarize(docs, *words) {
		fmt.Fprintln(e.stdout, strings.Join(strings.Fields(docs[p.Doc].Sentences[p.Sentence]), " "))
	}
	return nil
}

// plainArticle reads a plain-text article: its first line is the headline
// when it looks like one (short, no closing punctuation, text after it),
// the rest is the body.
func plainArticle(origin, text string) article.Article {
	text = strings.TrimPrefix(strings.ReplaceAll(text, "\r\n", "\n"), "\ufeff")
	a := article.Article{Origin: origin, Text: strings.TrimSpace(text)}
	first, rest, ok := strings.Cut(a.Text, "\n")
	first = strings.TrimSpace(first)
	if ok && strings.TrimSpace(rest) != "" && looksLikeHeadline(first) {
		a.Title = first
		a.Text = strings.TrimSpace(rest)
	}
	return a
}

func looksLikeHeadline(line string) bool {
	n := len(strings.Fields(line))
	if n == 0 || n > 25 {
		return false
	}
	return !strings.ContainsAny(line[len(line)-1:], ".!?:;,\"”")
}
