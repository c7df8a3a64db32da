package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"crosscheck/internal/lang"
)

// cleanBody removes from an extracted body what is not the article,
// whatever mode found it: markup that reached the text escaped, a
// comment policy, the share bar under the text, a photo caption above it.
// It returns "" when what is left is only a credit line ("Source:
// Reuters"): that is no article.
func cleanBody(text string, lex *lang.Lexicon) string {
	var paras []string
	for _, p := range strings.Split(text, "\n\n") {
		if markupTag.FindAllStringIndex(p, 3) != nil && len(markupTag.FindAllStringIndex(p, 3)) >= 2 {
			paras = append(paras, unmarkup(p)...)
			continue
		}
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	keep := paras[:0]
	for _, p := range paras {
		if on("commentPolicy") && wordsIn(p) <= 80 && hasPhrase(p, lang.CommentPolicyPhrases, lex) || on("labelledLink") && isLabelledLink(p, lex) || on("taggedTeaserBox") && isTaggedTeaserBox(p) || on("mimeLine") && mimeLine.MatchString(p) {
			continue
		}
		keep = append(keep, p)
	}
	paras = keep
	if on("stampLine") {
		paras = dropStamps(paras)
	}
	if on("moreReading") {
		paras = dropMoreReading(paras, lex)
	}
	if on("foot") {
		paras = dropFoot(paras, lex)
	}
	for on("disclosure") && len(paras) > 1 && isDisclosure(paras[0], lex) {
		paras = paras[1:]
	}
	if on("leadCaption") && len(paras) > 1 && isCaption(paras[0], lex) {
		paras = paras[1:]
	}
	if on("captions") {
		paras = dropCaptions(paras, lex)
	}
	if len(paras) == 1 && isCreditLine(paras[0], lex) {
		return ""
	}
	return strings.Join(paras, "\n\n")
}

// kindTag is a bracketed label in capitals naming what a link leads to:
// "[VIDEO]", "[INSIGHT]", "[PICS]".
var kindTag = regexp.MustCompile(`\[\s*\p{Lu}[\p{Lu} ]{1,14}\]`)

// isTaggedTeaserBox tells a paragraph of other stories' headlines that
// each close on such a label ("CDC names EIGHT deadly diseases
// [WARNING]BLACK DEATH PLAGUE fears: ... [INSIGHT]"), which a box set
// between a story's paragraphs leaves when its links run together: two
// labels or more, the paragraph ending on one, and no sentence between
// them. A story's own sentences do not label themselves.
func isTaggedTeaserBox(p string) bool {
	if wordsIn(p) > 80 {
		return false
	}
	tags := kindTag.FindAllStringIndex(p, -1)
	if len(tags) < 2 || strings.TrimRight(p[tags[len(tags)-1][1]:], " |") != "" {
		return false
	}
	from := 0
	for _, t := range tags {
		if endsSentence(strings.TrimSpace(p[from:t[0]])) {
			return false
		}
		from = t[1]
	}
	return true
}

// markupTag is an HTML tag written out in the text.
var markupTag = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*\s*/?>`)

// unmarkup reads a paragraph that is HTML written out as text (a
// template or an escaped post body that reached the text) as the page
// would show it: its text, a paragraph per block.
func unmarkup(p string) []string {
	nodes, err := html.ParseFragment(strings.NewReader(p), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return nil
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := collapseSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
		case n.Type == html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Img, atom.Iframe:
				return
			}
			block := n.DataAtom == atom.P || n.DataAtom == atom.Div || n.DataAtom == atom.Br || n.DataAtom == atom.Li || n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3 || n.DataAtom == atom.Blockquote
			if block {
				flush()
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if block {
				flush()
			}
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	flush()
	return out
}

// hasPhrase reports whether p holds a phrase of the class in the
// language or in English.
func hasPhrase(p string, c lang.Class, lex *lang.Lexicon) bool {
	l := strings.ToLower(p)
	for _, x := range []*lang.Lexicon{lex, lang.English()} {
		if x == nil {
			continue
		}
		if x.Set(c).InText(l) {
			return true
		}
	}
	return false
}

// isFootFurniture tells a last paragraph that is not the story's: the
// site's promotion, an affiliate disclosure, a press contact, a photo's
// credit, or a label whose colon announces what was just dropped ("Mehr
// Informationen:"). A news agency's sign-off ("Reporting by ...; Editing
// by ...") stays: internal/nlp reads it as a credit line, and its names
// are the story's.
func isFootFurniture(p string, lex *lang.Lexicon) bool {
	return isPromo(p, lex) || isDisclosure(p, lex) || isContactBlock(p, lex) || isPhotoCredit(p, lex) || isDanglingLabel(p)
}

// danglingLabelMaxWords bounds a label that ends a body on its colon.
const danglingLabelMaxWords = 6

// isDanglingLabel tells a short line ending in a colon: it introduces
// something, and nothing follows it.
func isDanglingLabel(p string) bool {
	return wordsIn(p) <= danglingLabelMaxWords && !strings.Contains(p, "\n") && strings.HasSuffix(strings.TrimSpace(p), ":")
}

// isPromo tells a site's own promotion closing a body: a newsletter
// sign-up, "follow us on", the publisher's standards, short.
func isPromo(p string, lex *lang.Lexicon) bool {
	return wordsIn(p) <= 40 && hasPhrase(p, lang.PromoPhrases, lex)
}

// isShareLine tells a paragraph of share-bar lines ("Tweet this", "Digg
// this", "Trending On Reuters"): every line short, and one a share
// phrase.
func isShareLine(p string, lex *lang.Lexicon) bool {
	share := false
	for _, line := range strings.Split(p, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if wordsIn(line) > 6 {
			return false
		}
		if hasPhrase(line, lang.SharePhrases, lex) {
			share = true
		}
	}
	return share
}

var (
	// slashCredit is a photo credit in a caption: "REUTERS/Lucas
	// Jackson", "AP Photo/Evan Vucci".
	slashCredit = regexp.MustCompile(`(?i)\b(?:reuters|ap photo|afp|epa|getty images|ap|dpa|xinhua|pa)\s*/\s*\p{Lu}`)
	// creditLine is a label and a name: "Source: Reuters", "Photo: AP".
	creditLine = regexp.MustCompile(`^\(?\s*([\p{L} ]{2,20}?)\s*[:：]\s*(.{2,60}?)\s*\)?\.?$`)
)

// isCaption tells a photo caption left at the top of a body: it carries
// a photo credit ("REUTERS/Lucas Jackson", "(Photo: AFP)", "File photo").
func isCaption(p string, lex *lang.Lexicon) bool {
	if wordsIn(p) > 70 {
		return false
	}
	l := strings.ToLower(p)
	return slashCredit.MatchString(p) || strings.Contains(l, "file photo") || isCreditLine(p, lex) ||
		strings.HasSuffix(strings.TrimRight(l, ". "), "getty images") || strings.Contains(l, "(photo:") || strings.Contains(l, "(photo by")
}

var (
	// endCredit is a photo credit closing a caption: "... REUTERS/Brendan
	// McDermid", "... Credit... Doug Mills/The New York Times", "...
	// (Photo: AFP)".
	endCredit = regexp.MustCompile(`(?:(?i:\b(?:reuters|ap photo|afp photo|afp|epa|getty images|dpa|xinhua|pa))\s*/\s*\p{Lu}[\p{L}.' -]{1,40}|\b(?:Credit|CREDIT|Photo credit|Image credit|Main image credit)s?\s*(?:\.\.\.|…|:)\s*[^.!?]{2,60}|\(\s*(?i:photo|foto|image|picture)s?\b[^)]{0,60}\))\.?\s*$`)
	// bareCredit is a photographer's credit alone: "Jason
	// Cipriani/ZDNet", "Doug Mills/The New York Times".
	bareCredit = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3}\s*/\s*(?:The )?\p{Lu}[\p{L}.&' -]{1,30}$`)
)

// dropCaptions removes photo captions and credits inside a body: text
// and HTML dumps keep a figure's caption between paragraphs, and it is
// the picture's, not the article's. A caption is known by the credit it
// ends with ("REUTERS/Name", "Credit... Name/Outlet", "... . Getty") or
// is a credit alone ("Name/Outlet", "Name, AP"); it is short, and a body
// never shrinks to nothing here.
func dropCaptions(paras []string, lex *lang.Lexicon) []string {
	keep := make([]string, 0, len(paras))
	for _, p := range paras {
		if wordsIn(p) <= 70 && isCaptioned(p, lex) {
			continue
		}
		keep = append(keep, p)
	}
	if len(keep) == 0 {
		return paras
	}
	return keep
}

// isCaptioned tells a paragraph that is a caption with its credit: one
// line ending in the credit, or a credit alone, or a text dump's two
// lines of a caption and its credit under it ("Teachers rally at the
// Statehouse ...\nMichael Conroy, AP").
func isCaptioned(p string, lex *lang.Lexicon) bool {
	lines := strings.Split(p, "\n")
	if len(lines) > 2 {
		return false
	}
	last := strings.TrimSpace(lines[len(lines)-1])
	if bareCredit.MatchString(last) || agencyCredit(last, lex) || byCredit(last, lex) {
		return true
	}
	return len(lines) == 1 && (endCredit.MatchString(p) || bankCredited(p, lex))
}

// byCredit tells a line that credits a picture to who made or gave it:
// "Photo by David Dyer-Bennet", "Courtesy of Andrew Vaughan". It names
// someone, in at most ten words, and is no sentence.
func byCredit(l string, lex *lang.Lexicon) bool {
	if wordsIn(l) > 10 || strings.ContainsAny(strings.TrimRight(l, "."), ".!?") {
		return false
	}
	low := strings.ToLower(l)
	for _, x := range []*lang.Lexicon{lex, lang.English()} {
		if x == nil {
			continue
		}
		for ph := range x.Set(lang.CreditByPhrases) {
			if rest, ok := strings.CutPrefix(low, ph+" "); ok && rest != "" {
				r := []rune(strings.TrimSpace(l[len(l)-len(rest):]))
				return len(r) > 0 && unicode.IsUpper(r[0])
			}
		}
	}
	return false
}

var (
	// commaCredit is a photographer's name and an agency alone: "Michael
	// Conroy, AP", "Jane Doe, Getty Images".
	commaCredit = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3}\s*,\s*(\p{Lu}[\p{L}.& -]{1,30})$`)
	// lastWords are the words after a caption's last sentence: "... of
	// the drug. Getty".
	lastWords = regexp.MustCompile(`[.!?]["”’]?\s+(\p{Lu}[\p{L} ]{1,25})$`)
)

// agencyCredit tells a credit line of a photographer's name and the
// agency or photo bank the picture came from.
func agencyCredit(p string, lex *lang.Lexicon) bool {
	m := commaCredit.FindStringSubmatch(strings.TrimSpace(p))
	return m != nil && (inClass(m[1], lang.CreditAgencies, lex) || inClass(m[1], lang.ImageBanks, lex))
}

// bankCredited tells a caption that ends, after its last sentence, in the
// name of the photo bank that sold the picture ("... of the drug.
// Getty"). A wire's name there ("... he said. PTI") credits the text, so
// only banks of pictures count.
func bankCredited(p string, lex *lang.Lexicon) bool {
	m := lastWords.FindStringSubmatch(strings.TrimSpace(p))
	return m != nil && inClass(m[1], lang.ImageBanks, lex)
}

// inClass tells whether s, lower-cased, is a phrase of the class in the
// page's lexicon or in English, where agencies' names are listed.
func inClass(s string, c lang.Class, lex *lang.Lexicon) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, x := range []*lang.Lexicon{lex, lang.English()} {
		if x != nil && x.Set(c).Has(s) {
			return true
		}
	}
	return false
}

// isCreditLine tells a line that only credits a source or a photo
// ("Source: Reuters", "Photo: Getty Images").
func isCreditLine(p string, lex *lang.Lexicon) bool {
	return labelledCredit(p, lang.CreditLabels, lex)
}

// labelledCredit tells a short line of a label of the class, a colon
// and a name.
func labelledCredit(p string, labels lang.Class, lex *lang.Lexicon) bool {
	m := creditLine.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil || wordsIn(p) > 8 {
		return false
	}
	label := strings.ToLower(strings.TrimSpace(m[1]))
	for _, x := range []*lang.Lexicon{lex, lang.English()} {
		if x != nil && x.Set(labels).Has(label) {
			return true
		}
	}
	return false
}
