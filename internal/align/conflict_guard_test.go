package align

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// datedPage is one article of a guard test: its page's date and text.
type datedPage struct {
	day  string // "2006-01-02"; "" for an undated page
	text string
}

// datedConflicts aligns the pages and lists each conflict as "slot: values"
// with "(uncertain)" after an uncertain one, in the order made.
func datedConflicts(t *testing.T, pages []datedPage) []string {
	t.Helper()
	var inputs []Input
	for i, p := range pages {
		in := Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: p.text}
		if p.day != "" {
			d, err := time.Parse(time.DateOnly, p.day)
			if err != nil {
				t.Fatal(err)
			}
			in.Published = d.Add(12 * time.Hour)
		}
		inputs = append(inputs, in)
	}
	var got []string
	for _, c := range Align(inputs, Options{}).Conflicts {
		var vals []string
		for _, v := range c.Variants {
			vals = append(vals, v.Value)
		}
		s := fmt.Sprintf("%s: %s", c.Slot, strings.Join(vals, " / "))
		if c.Uncertain != "" {
			s += " (uncertain)"
		}
		got = append(got, s)
	}
	return got
}

// igerQuote is the words Disney's outlets gave its chief executive (round 13).
const igerQuote = "Combining Disney's and 21st Century Fox's wealth of creative content and proven talent creates the pre-eminent global entertainment company, well positioned to lead in an incredibly dynamic and transformative era."

// TestConflictGuards holds the session-18 precision audit's classes of
// false conflicts on spent rounds 10-27 (BENCHMARKS.md, "session 18:
// conflicts"), each in the real sentences of the outlets, and a control
// that keeps its conflict.
func TestConflictGuards(t *testing.T) {
	tests := []struct {
		name  string
		pages []datedPage
		want  []string
	}{
		// Round 22, Tianjin: the leads' days date different verbs (the
		// blasts, the toll's climb): different steps of the story.
		{"leads dating different verbs", []datedPage{
			{"2015-08-13", "Fifty people have been confirmed dead and more than 700 injured after a series of huge explosions Wednesday at a warehouse in the Chinese port city of Tianjin."},
			{"2015-08-14", "TIANJIN, China — The death toll from the fiery explosions at a warehouse of hazardous chemicals climbed Thursday to 50, and the Chinese government sent experts to the shattered and smoldering port to assess any environmental dangers from the spectacular blasts."},
		}, nil},
		// Control, round 10, OpenAI: both leads date the ousting.
		{"leads dating one verb", []datedPage{
			{"2023-11-18", "New York: OpenAI, the parent firm of ChatGPT, has ousted CEO Sam Altman on Friday."},
			{"2023-11-19", "Once the face of OpenAI, CEO and co-founder Sam Altman was ousted from the tech company on Saturday, 18 November, after its board of directors said that it \"no longer has confidence in his ability to continue leading OpenAI.\""},
		}, []string{"when the story's main event happened: on Friday / on Saturday, 18 November (uncertain)"}},
		// Round 19, Ireland: "Friday’s referendum" dates the referendum,
		// not the showing.
		{"a day in the possessive", []datedPage{
			{"2018-05-27", "Final results on Saturday evening showed that 66.4% of voters backed reform, with 33.6% against."},
			{"2018-05-27", "The final results of Friday’s referendum showed 66.4 per cent voted for removing the constitutional ban, while 33.6 voted against."},
		}, nil},
		// Round 13, Disney: one speaker under two given names.
		{"one surname, two given names", []datedPage{
			{"2017-12-14", "Disney's chief executive Bob Iger said: \"" + igerQuote + "\""},
			{"2017-12-14", "Chief executive Robert A. Iger said: \"" + igerQuote + "\""},
		}, nil},
		// Control: two surnames.
		{"two surnames", []datedPage{
			{"2017-12-14", "Disney's chief executive Bob Iger said: \"" + igerQuote + "\""},
			{"2017-12-14", "Fox's chairman Rupert Murdoch said: \"" + igerQuote + "\""},
		}, []string{"speaker of the same quoted words: Bob Iger / Rupert Murdoch"}},
		// Round 23, Chile: "he told Pinera" was read as Pinera's
		// words; the other outlet's attribution names Pinera too, as
		// the one told.
		{"the other's speaker named by surname in the attribution", []datedPage{
			{"2010-10-14", "\"We have done what the entire world was waiting for,\" Mr Urzua told President Pinera immediately after his rescue."},
			{"2010-10-14", "Chilean President Sebastian Pinera greeted the last miner out. \"We have done what the entire world was waiting for,\" he told Pinera immediately after his rescue."},
		}, nil},
		// Round 12, Trump: each article names the other's place too.
		{"a borough and its city, each named by both", []datedPage{
			{"2024-05-30", "A Manhattan jury has found Donald Trump guilty at his hush money trial, marking the first time a former U.S. president has been convicted of a crime. The trial was held in New York."},
			{"2024-05-30", "A New York jury has found Donald Trump guilty of 34 counts of falsifying business records to conceal a hush money payment to an adult-film actress, delivering a historic verdict that could shape the November election and makes Trump the first former U.S. president convicted of a crime. The jurors met in Manhattan."},
		}, nil},
		// Control: neither names the other's place.
		{"a borough and its city, each named once", []datedPage{
			{"2024-05-30", "A Manhattan jury has found Donald Trump guilty at his hush money trial, marking the first time a former U.S. president has been convicted of a crime."},
			{"2024-05-30", "A New York jury has found Donald Trump guilty of 34 counts of falsifying business records to conceal a hush money payment to an adult-film actress, delivering a historic verdict that could shape the November election and makes Trump the first former U.S. president convicted of a crime."},
		}, []string{"where: find: Manhattan / New York (uncertain)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, datedConflicts(t, tt.pages)); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDeicticAgrees holds round 11's Queen Elizabeth ("died peacefully
// at Balmoral this afternoon" in outlets whose pages' dates, or the
// guesses for undated ones, differ) and round 15's Euro 2020 final ("on
// Sunday evening" against "tonight" on an undated page, its weekday
// borrowed from the story's date): a day counted from a page's date
// agrees with the same words, and one counted from the story's date
// with a weekday one day from it.
func TestDeicticAgrees(t *testing.T) {
	day := func(d int, text string) value {
		start := time.Date(2022, 9, d, 12, 0, 0, 0, time.UTC)
		return value{kind: "time", t: nlp.TimeExpr{Text: text, Start: start, End: start.Add(6 * time.Hour), Resolved: true, Relative: true}}
	}
	weekday := func(w int, text string, relative, resolved bool) value {
		named := strings.HasPrefix(text, "on ") // "on Sunday evening" names its weekday
		return value{kind: "time", t: nlp.TimeExpr{Text: text, Weekday: w, Relative: relative, Resolved: resolved}, dayNamed: named}
	}
	tests := []struct {
		name string
		a, b value
		want bool
	}{
		{"the same words", day(8, "this afternoon"), day(10, "this afternoon"), true},
		{"the same words, case apart", day(8, "This afternoon"), day(10, "this afternoon"), true},
		{"other words", day(8, "this afternoon"), day(10, "yesterday afternoon"), false},
		{"a weekday from the story's date, a day apart", weekday(7, "on Sunday evening", false, true), weekday(1, "tonight", true, false), true},
		{"across the week's end", weekday(1, "tonight", true, false), weekday(7, "on Sunday evening", false, true), true},
		{"two days apart", weekday(5, "on Friday", false, true), weekday(7, "tonight", true, false), false},
		// Control: "last night" on a dated page is that page's.
		{"a page's own date, a day apart", weekday(1, "last night", true, true), weekday(2, "on Tuesday", true, false), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := agree(&tt.a, &tt.b, 0.1); got != tt.want {
				t.Errorf("agree(%q, %q) = %v, want %v", tt.a.t.Text, tt.b.t.Text, got, tt.want)
			}
		})
	}
}

// TestSpeakerNamedAsOther holds round 23's Chile: "he told Pinera" was
// read as Pinera's words, against another outlet's "Mr Urzua told
// President Pinera": that attribution names the other outlet's speaker
// by surname, as the one told, so the two give no two speakers.
func TestSpeakerNamedAsOther(t *testing.T) {
	const urzua = `"We have done what the entire world was waiting for," Mr Urzua told President Pinera immediately after his rescue.`
	const pinera = `"We have done what the entire world was waiting for," he told Pinera immediately after his rescue.`
	tests := []struct {
		name         string
		first, other string // the first outlet's sentence, the other outlet's speaker
		drop         bool
	}{
		{"the other speaker named by surname", urzua, "Sebastian Pinera", true},
		{"the other speaker not named", `"We have done what the entire world was waiting for," Mr Urzua said immediately after his rescue.`, "Sebastian Pinera", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := func(s string) *nlp.Index {
				return &nlp.Index{Doc: &nlp.Doc{Text: s, Sentences: []nlp.Sentence{{Text: s, End: len(s)}}}}
			}
			j := &judge{
				indexes: []*nlp.Index{doc(tt.first), doc(pinera)},
				ents: &nlp.StoryEntities{Entities: []nlp.StoryEntity{
					{ID: 0, Name: "Luis Urzua", Kind: nlp.KindPerson},
					{ID: 1, Name: tt.other, Kind: nlp.KindPerson},
				}},
			}
			a := value{input: 0, kind: "person", entity: 0, text: "Urzua", name: "Luis Urzua", nameWritten: true}
			b := value{input: 1, kind: "person", entity: 1, text: tt.other, name: tt.other}
			if got := j.pairSlot(&a, &b).drop; got != tt.drop {
				t.Errorf("dropped %v, want %v", got, tt.drop)
			}
		})
	}
}
