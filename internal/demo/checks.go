package demo

import (
	"bufio"
	"fmt"
	"strings"
)

// Check is one annotation of corpus/README.md: a passage a page must (or,
// when Absent, must not) hold, under a heading that says what the passage
// is meant to exercise.
type Check struct {
	// Heading is the README heading the check is listed under, e.g.
	// "Conflict: how much fuel spilled (...)".
	Heading string
	// Kind is the heading up to its colon: "Agreed", "Partial", "Single",
	// "Conflict", "Quotes", "Citations", "Syndicated", ...
	Kind   string
	File   string
	Text   string
	Absent bool
	Line   int
}

// Checks reads the annotations of the README's "Checks" section, so that
// tests hold the corpus and the briefing to what the README promises.
func Checks() ([]Check, error) {
	data, err := corpus.ReadFile("corpus/README.md")
	if err != nil {
		return nil, fmt.Errorf("reading the demo corpus README: %w", err)
	}
	return parseChecks(string(data))
}

func parseChecks(readme string) ([]Check, error) {
	var (
		checks  []Check
		inside  bool
		heading string
	)
	sc := bufio.NewScanner(strings.NewReader(readme))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			inside = strings.TrimSpace(line[3:]) == "Checks"
			heading = ""
		case !inside:
		case strings.HasPrefix(line, "### "):
			heading = strings.TrimSpace(line[4:])
		case strings.HasPrefix(line, "- "):
			c, err := parseCheck(line[2:])
			if err != nil {
				return nil, fmt.Errorf("demo corpus README line %d: %w", n, err)
			}
			if heading == "" {
				return nil, fmt.Errorf("demo corpus README line %d: check outside a ### heading", n)
			}
			c.Heading, c.Line = heading, n
			c.Kind, _, _ = strings.Cut(heading, ":")
			checks = append(checks, c)
		}
	}
	if len(checks) == 0 {
		return nil, fmt.Errorf("demo corpus README: no checks under a \"## Checks\" heading")
	}
	return checks, nil
}

// parseCheck reads "[not ]FILE: `passage`".
func parseCheck(item string) (Check, error) {
	var c Check
	if rest, ok := strings.CutPrefix(item, "not "); ok {
		c.Absent, item = true, rest
	}
	file, quoted, ok := strings.Cut(item, ": ")
	if !ok {
		return c, fmt.Errorf("want \"FILE: `passage`\", got %q", item)
	}
	quoted = strings.TrimSpace(quoted)
	if len(quoted) < 3 || !strings.HasPrefix(quoted, "`") || !strings.HasSuffix(quoted, "`") || strings.Count(quoted, "`") != 2 {
		return c, fmt.Errorf("want the passage of %s in one pair of backticks, got %q", file, quoted)
	}
	c.File, c.Text = strings.TrimSpace(file), quoted[1:len(quoted)-1]
	if c.File == "" {
		return c, fmt.Errorf("no file named before %s", quoted)
	}
	return c, nil
}
