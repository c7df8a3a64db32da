package extract

import (
	"regexp"
	"strings"
	"unicode"

	"crosscheck/internal/lang"
)

// Furniture at the foot of a body that reaches the text in every
// language alike: a label over links to other stories with the
// headlines under it, a press release's contact block, a photo credit
// left after the last paragraph.

const (
	// moreLabelMaxWords bounds a "Read more" label: longer, the line
	// says something itself.
	moreLabelMaxWords = 8
	// moreLabelMinBefore paragraphs of body come before a label that
	// closes it.
	moreLabelMinBefore = 3
)

// dropMoreReading removes a "Read more" box from the second half of a
// body: the label line ("Schon gelesen?", "Lesen Sie auch die folgenden
// Beiträge:", "Te puede interesar") and the headlines and blurbs under
// it, up to the first paragraph that is not a headline. What follows
// that (an author's note, more of the story) stays. A label in
// the first half, or with fewer than three paragraphs before it, is left
// alone: a story may open with "See also" notes, and a short body is not
// sure enough to cut.
func dropMoreReading(paras []string, lex *lang.Lexicon) []string {
	for i := len(paras) / 2; i < len(paras); i++ {
		if i < moreLabelMinBefore || !isMoreReadingLabel(paras[i], lex) {
			continue
		}
		j := i + 1
		for j < len(paras) && isTeaser(paras[j]) {
			j++
		}
		return append(paras[:i:i], paras[j:]...)
	}
	return paras
}

// isMoreReadingLabel tells a short line that starts with a label of the
// language's more-reading-labels (or English's) and is no sentence.
func isMoreReadingLabel(p string, lex *lang.Lexicon) bool {
	if strings.Contains(p, "\n") || wordsIn(p) > moreLabelMaxWords || endsInFullStop(p) {
		return false
	}
	_, ok := cutMoreReadingLabel(p, lex)
	return ok
}

// endsInFullStop tells a line that closes a sentence with a full stop.
// An ellipsis does not: labels trail off into the box they head ("You may
// also like...", "Read more…").
func endsInFullStop(p string) bool {
	t := strings.TrimSpace(p)
	return strings.HasSuffix(t, ".") && !(on("labelEllipsis") && strings.HasSuffix(t, ".."))
}

// cutMoreReadingLabel returns what follows a more-reading label that
// starts p, lower-cased; ok is false when p starts with none.
func cutMoreReadingLabel(p string, lex *lang.Lexicon) (rest string, ok bool) {
	l := strings.ToLower(strings.TrimSpace(p))
	for _, x := range []*lang.Lexicon{lex, lang.English()} {
		if x == nil {
			continue
		}
		for ph := range x.Set(lang.MoreReadingLabels) {
			if rest, ok := strings.CutPrefix(l, ph); ok && (rest == "" || !isLetterStart(rest)) {
				return rest, true
			}
		}
	}
	return "", false
}

// linkLineMaxWords bounds a labelled link: the label and a headline.
const linkLineMaxWords = 20

// isLabelledLink tells a line that is a more-reading label, a colon and
// the headline it links to ("READ MORE: China plague outbreak
// confirmed", "Related post: Pickled Brussels Sprouts Recipe", "Lesen
// Sie auch: ..."): a link to another story wherever it stands in the
// body. A headline does not end in a full stop; a sentence that starts
// "Read more: the council's report says ..." does.
func isLabelledLink(p string, lex *lang.Lexicon) bool {
	p = strings.TrimSpace(p)
	if strings.Contains(p, "\n") || wordsIn(p) > linkLineMaxWords || strings.HasSuffix(p, ".") {
		return false
	}
	rest, ok := cutMoreReadingLabel(p, lex)
	if !ok {
		return false
	}
	// The label may go on for a word or two before its colon
	// ("Related post:", "Read more about:").
	label, headline, ok := strings.Cut(rest, ":")
	return ok && wordsIn(label) <= labelTailWords && strings.TrimSpace(headline) != ""
}

// labelTailWords is how many words may follow a more-reading label
// before its colon.
const labelTailWords = 2

// isLetterStart tells whether s goes on with a letter or digit, so that
// "related" does not match "relatedness".
func isLetterStart(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// isTeaser tells a headline under a "Read more" label: no more than a
// teaser's words (teaserMaxWords, as refine counts them), and not ending in a full stop (a headline may ask or
// exclaim; a paragraph of the story ends as a sentence ends).
func isTeaser(p string) bool {
	return wordsIn(p) <= teaserMaxWords && !strings.HasSuffix(strings.TrimRight(strings.TrimSpace(p), "\"'”’»)"), ".")
}

var (
	// contactWay is an e-mail address or a telephone number in a
	// contact block: "presse(at)bund.net", "Tel.: 030-27586-467".
	contactWay = regexp.MustCompile(`(?i)[\w.-]+(?:@|\(at\)|\[at\])[\w-]+\.[a-z]{2,}|\b(?:tel|phone|fon|mobil|mobile|fax|tél|teléfono)\b\.?\s*:?\s*\+?[\d(]`)
	// contactLabel is the line's label, up to its colon.
	contactLabel = regexp.MustCompile(`^\s*([\p{L} ]{2,40}?)\s*[:：]`)
)

// contactMaxWords bounds a contact block: names, roles, numbers.
const contactMaxWords = 80

// isContactBlock tells a press release's contact paragraph: a contact
// label and a colon ("Media contact:", "Kontakt:"), then a way to reach
// someone (an e-mail address or a telephone number).
func isContactBlock(p string, lex *lang.Lexicon) bool {
	if wordsIn(p) > contactMaxWords {
		return false
	}
	m := contactLabel.FindStringSubmatch(p)
	if m == nil || !contactWay.MatchString(p) {
		return false
	}
	label := strings.ToLower(strings.TrimSpace(m[1]))
	for _, x := range []*lang.Lexicon{lex, lang.English()} {
		if x != nil && x.Set(lang.ContactLabels).Has(label) {
			return true
		}
	}
	return false
}

// disclosureMaxWords bounds an affiliate disclosure: a notice of a few
// sentences.
const disclosureMaxWords = 60

// isDisclosure tells an affiliate or advertiser disclosure ("This post
// contains references to products from one or more of our advertisers.
// We may receive compensation ..."), which sites put above or below the
// story. Only a body's edges are tested: a story about affiliate
// marketing may say the same words inside it.
func isDisclosure(p string, lex *lang.Lexicon) bool {
	return wordsIn(p) <= disclosureMaxWords && hasPhrase(p, lang.DisclosurePhrases, lex)
}

// isPhotoCredit tells a credit line whose label credits a picture
// ("Titelbild: Geyres Christophe/ABACA", "Crédits photos : Bestimage").
// A source's or a graphic's line ("(Graphic: Global assets in 2019 -
// here)") may be the story's own last word, and stays.
func isPhotoCredit(p string, lex *lang.Lexicon) bool {
	return labelledCredit(p, lang.PhotoCreditLabels, lex)
}

// footFragmentWords bounds a fragment a widget leaves between furniture
// lines at the foot ("Sorry!", "!", "+++").
const footFragmentWords = 2

// dropFoot removes the furniture closing a body: share bars, and (while
// more than one paragraph is left) promotion, sign-offs, disclosures,
// contacts, photo credits and dangling labels. A newsletter box leaves
// fragments of its states between and after its lines ("Keep an eye on
// your inbox ..." then "Sorry!"; "... Newsletter an" then "!"): they go
// with the furniture before them, and alone they are never cut.
func dropFoot(paras []string, lex *lang.Lexicon) []string {
	for {
		cut := -1
		for i := len(paras) - 1; i >= 0; i-- {
			p := paras[i]
			if isShareLine(p, lex) || i > 0 && isFootFurniture(p, lex) {
				cut = i
				continue
			}
			if isFootFragment(p) && i > 0 {
				continue
			}
			break
		}
		if cut < 0 {
			return paras
		}
		paras = paras[:cut]
	}
}

// isFootFragment tells a paragraph too short to be the story's last:
// one or two words, or no letter or digit at all.
func isFootFragment(p string) bool {
	if wordsIn(p) <= footFragmentWords && !endsSentence(strings.TrimRight(p, "!")) {
		return true
	}
	return strings.IndexFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}
