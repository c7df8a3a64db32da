package nlp

import (
	"slices"
	"testing"
	"time"
)

// TestProductOwnerSpeaker: a company written alone before a pair of
// capitalised words it opens ("Tandrel … the Tandrel Vista") is the
// company, not a short form of a person "Tandrel Vista": its words are
// the company's, of no evident kind. A person's full name written first,
// a known given name, or a title or kin noun before the lone word keep
// the word a short form of the person.
func TestProductOwnerSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "company before its product",
			text: "Tandrel announced that it will buy Corvix for $2 billion. The deal ties Corvix to tools like Tandrel Vista and Tandrel Ledger.",
			want: []quoteFrame{{QuoteReported, "it will buy Corvix for $2 billion", "Tandrel", "announced"}}},
		{name: "control: full name first, then the first word",
			text: "Keelan Marsh joined the board in May. Keelan said the board had approved the sale.",
			want: []quoteFrame{{QuoteReported, "the board had approved the sale", "Keelan Marsh", "said"}}},
		{name: "control: a known given name written first",
			text: "Robert said the board had approved the sale. Robert Tandrel joined the board in May.",
			want: []quoteFrame{{QuoteReported, "the board had approved the sale", "Robert Tandrel", "said"}}},
	})
}

// TestProductOwnerEntities checks the entities themselves: the lone
// company word is its own entity, while "daughter Gianna" joins the
// person named in full later.
func TestProductOwnerEntities(t *testing.T) {
	for _, tc := range []struct {
		text, word, want string
	}{
		{"Tandrel said on Monday that sales rose. The Tandrel Vista sold well.", "Tandrel", "Tandrel"},
		{"Nine died, among them his daughter Keelin. Keelin Marsh was 13.", "Keelin", "Keelin Marsh"},
		{"Tandrel Vista said on Monday that sales rose. Costs fell, Tandrel added.", "Tandrel", "Tandrel Vista"},
	} {
		d := Analyze(tc.text, time.Time{})
		got := ""
		for _, e := range d.Entities {
			if e.Name == tc.word || slices.Contains(e.Aliases, tc.word) {
				got = e.Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q is part of %q, want %q (entities %v)", tc.text, tc.word, got, tc.want, d.Entities)
		}
	}
}

// TestLinkEntitiesProductOwner: one article's "ISRO" alone is not another
// article's "ISRO Chairman", a pair taken for a person's name for want of
// evidence; a person's surname still joins the full name.
func TestLinkEntitiesProductOwner(t *testing.T) {
	docs := []Doc{
		Analyze("The lander lost contact, Modi said, adding that the KSRA Chairman gave updates.", time.Time{}),
		Analyze("The lander was spotted on the lunar surface, KSRA said on Sunday.", time.Time{}),
		Analyze("Keelan Marsh said the lander was lost. Marsh added that the team would go on.", time.Time{}),
		Analyze("The orbiter was working well, Marsh said on Sunday.", time.Time{}),
	}
	s := LinkEntities(docs)
	name := func(doc int, word string) string {
		for ei, e := range docs[doc].Entities {
			if e.Name == word {
				return s.Entities[s.Of[doc][ei]].Name
			}
		}
		return ""
	}
	if got := name(1, "KSRA"); got != "KSRA" {
		t.Errorf("KSRA of the second article is story entity %q, want KSRA", got)
	}
	if got := name(3, "Marsh"); got != "Keelan Marsh" {
		t.Errorf("Marsh of the fourth article is story entity %q, want Keelan Marsh", got)
	}
}
