package align

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestDevelopConflictClasses holds one case of each class of false
// confident conflict found on the develop measure of session 9
// (testdata/audit/conflicts-develop), in the sources' own sentences, and
// the real conflicts of that measure as controls. want is what the
// briefing may show: "confident", or "not confident" (uncertain, an
// update or nothing).
func TestDevelopConflictClasses(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	type page struct {
		published string // "" when the page gives no date
		text      string
	}
	tests := []struct {
		name      string
		pages     []page
		confident bool
	}{
		{"a day counted from a page's date (an Australian page of a US Monday)", []page{
			{"2007-04-10", "A man suspected of shooting three people, killing one, at a suburban Detroit accounting firm from which he was fired last week was arrested after a high-speed chase a few hours after the attack this morning, authorities said."},
			{"2007-04-12", "A man suspected of shooting three people, killing one, at an accounting firm where he was fired last week was arrested after a high-speed chase a few hours after the Monday morning attack, authorities said."},
		}, false},
		{"thousands and over 24,000", []page{
			{"", "Thousands of people who have fled fighting in Sudan's South Kordofan region have crossed the border to take refuge at the Yida camp."},
			{"", "The camp, located in the oil-rich northern region of Yida, consists of over 24, 000 refugees who have fled the heavy fighting of Sudan's South Kordofan region."},
		}, false},
		// Real conflicts of the measure.
		{"distance from one town", []page{
			{"", "The temblor struck at 2:09 a.m. and was centered in Geyserville, about 20 miles north of Santa Rosa, according to the U.S. Geological Survey."},
			{"", "The temblor struck about 26 miles north of Santa Rosa in the Geysers area."},
		}, true},
		{"months served", []page{
			{"", "He served four months in federal prison for conspiracy to obstruct justice."},
			{"", "He served five months in federal prison."},
		}, true},
		{"a weekday against a dated day", []page{
			{"2023-11-18", "New York: OpenAI, the parent firm of ChatGPT, has ousted CEO Sam Altman on Friday."},
			{"2023-11-18", "Once the face of OpenAI, CEO and co-founder Sam Altman was ousted from the tech company on Saturday, 18 November, after its board of directors said that it no longer has confidence in him."},
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, p := range tt.pages {
				in := Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: p.text}
				if p.published != "" {
					in.Published = day(p.published)
				}
				inputs = append(inputs, in)
			}
			res := Align(inputs, Options{})
			if got := len(confidentConflicts(res.Conflicts)) > 0; got != tt.confident {
				t.Errorf("confident conflict %v, want %v: %+v", got, tt.confident, res.Conflicts)
			}
		})
	}
}

// judgeOf analyses pages (a date, "" for none, and a text each) as a
// story for the judge's rules that read one value at a time.
func judgeOf(t *testing.T, pages ...[2]string) (*judge, []nlp.Doc) {
	t.Helper()
	var inputs []Input
	var docs []nlp.Doc
	for i, p := range pages {
		in := Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: p[1]}
		if p[0] != "" {
			d, err := time.Parse("2006-01-02", p[0])
			if err != nil {
				t.Fatal(err)
			}
			in.Published = d
		}
		inputs = append(inputs, in)
		docs = append(docs, nlp.Analyze(p[1], in.Published))
	}
	ents := nlp.LinkEntities(docs)
	indexes := make([]*nlp.Index, len(docs))
	for i := range docs {
		indexes[i] = nlp.NewIndex(&docs[i])
	}
	return newJudge(nil, inputs, indexes, &ents), docs
}

// TestDistributiveFigure: a figure given for each of several is not the
// figure of the whole (the develop measure's Maxwell sentence: five years
// for each perjury count against 65 years in all).
func TestDistributiveFigure(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The two perjury counts each carry a maximum prison sentence of five years.", true},
		{"The two men were sentenced to five years apiece.", true},
		{"Maxwell could potentially spend the rest of her life behind bars, with a maximum possible sentence of 65 years.", false},
		{"He served five months in federal prison.", false},
	} {
		j, docs := judgeOf(t, [2]string{"", tc.text})
		if len(docs[0].Quantities) == 0 {
			t.Fatalf("%q: no quantity read", tc.text)
		}
		q := docs[0].Quantities[len(docs[0].Quantities)-1]
		v := value{input: 0, sentence: q.Sentence, kind: "number", q: q}
		if got := j.distributive(&v); got != tc.want {
			t.Errorf("distributive(%q in %q) = %v, want %v", q.Text, tc.text, got, tc.want)
		}
	}
}

// TestMisreadSpacedMarks: tokenised text spaces a fraction's slash and
// a thousands separator apart; the number after the slash, or before the
// cut group, is no value ("41 / 2 months" read as 2 months, "$1, 199" as
// $1).
func TestMisreadSpacedMarks(t *testing.T) {
	for _, tc := range []struct {
		text, quantity string
		want           bool
	}{
		{"Apple's new MacBook Pro line starts at $1, 199 for the 13 - inch option.", "$1", true},
		{"LaRue served 41 / 2 months in federal prison for conspiracy to obstruct justice.", "2 months", true},
		{"He served five months in federal prison.", "five months", false},
		{"Hutson said at least 15, 000 refugees who fled violence in Sudan are living in the Yida camp.", "at least 15, 000 refugees", false},
		{"In 2008, 300 people were evacuated from the town.", "300 people", false},
	} {
		d := nlp.Analyze(tc.text, time.Time{})
		found := false
		for _, q := range d.Quantities {
			if q.Text != tc.quantity {
				continue
			}
			found = true
			if got := misread(d.Text, q); got != tc.want {
				t.Errorf("misread(%q in %q) = %v, want %v", q.Text, tc.text, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: quantity %q not read (read: %+v)", tc.text, tc.quantity, d.Quantities)
		}
	}
}

// TestTimesSameOnFace: two times the same as written agree whatever their
// pages' dates made of them (the develop measure's "April 9" of pages a
// year apart, "Thursday" and "Thursday evening" of pages a week apart);
// different days still disagree.
func TestTimesSameOnFace(t *testing.T) {
	for _, tc := range []struct {
		name       string
		a, b       [2]string // page date, sentence
		ta, tb     string
		wantAgreed bool
	}{
		{"a day whose year each page lent",
			[2]string{"2013-09-26", "Flynn's body was found in a car near Spiro on April 9."}, [2]string{"2012-04-10", "Flynn's body was found in a car near Spiro on April 9."},
			"April 9", "April 9", true},
		{"one weekday named by pages a week apart",
			[2]string{"2013-09-26", "A Spiro man was found guilty of two counts of first - degree murder Thursday evening."}, [2]string{"2013-10-03", "An Oklahoma man was found guilty Thursday on two first - degree murder charges."},
			"Thursday evening", "Thursday", true},
		{"two weekdays",
			[2]string{"2019-04-23", "Kim's armoured train left Pyongyang on Monday, officials said."}, [2]string{"2019-04-23", "Kim's armoured train left Pyongyang on Sunday night, South Korean media said."},
			"Monday", "Sunday night", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, docs := judgeOf(t, tc.a, tc.b)
			va, vb := timeValueOf(t, docs[0], tc.ta, 0), timeValueOf(t, docs[1], tc.tb, 1)
			if got := agree(&va, &vb, 0.1); got != tc.wantAgreed {
				t.Errorf("agree(%q, %q) = %v, want %v", tc.ta, tc.tb, got, tc.wantAgreed)
			}
		})
	}
}

// TestSpeakerNamedInOther: a speaker read from a sentence that names the
// other outlet's speaker in its attribution is no evidence of another
// speaker ("Doctor Who" from "Steven Moffat, lead writer and executive
// producer of Doctor Who, said").
func TestSpeakerNamedInOther(t *testing.T) {
	j, _ := judgeOf(t,
		[2]string{"", `Executive producer Steven Moffat added: "It's an incendiary combination: one of the most talented actors of his generation is about to play the best part on television."`},
		[2]string{"", `Steven Moffat, lead writer and executive producer of Doctor Who, said: "It's an incendiary combination: one of the most talented actors of his generation is about to play the best part on television."`},
		[2]string{"", `Matt Smith said: "It's an incendiary combination: one of the most talented actors of his generation is about to play the best part on television."`})
	moffat := value{input: 0, sentence: 0, kind: "person", text: "Steven Moffat", name: "Steven Moffat"}
	doctor := value{input: 1, sentence: 0, kind: "person", text: "Doctor Who", name: "Doctor Who"}
	smith := value{input: 2, sentence: 0, kind: "person", text: "Matt Smith", name: "Matt Smith"}
	if !j.namesOther(&doctor, &moffat) {
		t.Errorf("the Doctor Who sentence names Steven Moffat, not found")
	}
	if j.namesOther(&smith, &moffat) || j.namesOther(&moffat, &smith) {
		t.Errorf("the Smith and Moffat sentences name no other speaker, found one")
	}
}

// TestTimeSlotCreditsItsDaters: a time conflict credits an outlet with a
// value only when the value dates the slot's predicate, not the saying
// of it ("the board announced Friday") nor another happening its words
// brought into the slot ("a founding member of OpenAI back in 2015",
// which agrees with an undated "Friday"). Sentences of the develop
// measure's Altman story (news round 10), the classes its briefing made.
func TestTimeSlotCreditsItsDaters(t *testing.T) {
	j, docs := judgeOf(t,
		[2]string{"", "Sam Altman will leave OpenAI, the company’s board announced Friday in a surprise move suggesting he was fired for not being “consistently candid in his communications with the board.”"},
		[2]string{"", "Sam Altman was a founding member of OpenAI back in 2015 and played a significant role in the company’s growth and success."},
		[2]string{"", "New York: OpenAI, the parent firm of ChatGPT, has ousted CEO Sam Altman on Friday."},
		[2]string{"2023-11-18", "Once the face of OpenAI, CEO and co-founder Sam Altman was ousted from the tech company on Saturday, 18 November, after its board of directors said that it no longer has confidence in him."})
	var vals []value
	for i, d := range docs {
		if len(d.Times) == 0 {
			t.Fatalf("no time read in %q", d.Text)
		}
		vals = append(vals, value{input: i, sentence: d.Times[0].Sentence, kind: "time", t: d.Times[0]})
	}
	got := j.datingOnly(vals, [][]int{{2, 0, 1}, {3}})
	if diff := cmp.Diff([][]int{{2}, {3}}, got); diff != "" {
		t.Errorf("classes kept (-want +got):\n%s", diff)
	}
}

// TestWeekdayAgainstDateCountedFromPage: a weekday against a value that
// names none ("Tuesday" against "Aug. 31", news round 14's
// kabul-airport-attack) disagrees only through the page's date and the
// clause's tense that chose the week, so the conflict is not confident;
// two weekdays disagree on their face ("Monday", "Sunday night") and two
// dates written out need no page's date.
func TestWeekdayAgainstDateCountedFromPage(t *testing.T) {
	for _, tc := range []struct {
		name    string
		a, b    [2]string // page date, sentence
		ta, tb  string
		counted bool
	}{
		{"a weekday against a date", [2]string{"2021-08-27", "Afghans fled the country before the U.S. ended its presence on Aug. 31."}, [2]string{"2021-08-27", "Afghans fled the country before the U.S. ended its presence Tuesday."},
			"Aug. 31", "Tuesday", true},
		{"two weekdays", [2]string{"2019-04-23", "Kim's armoured train left Pyongyang on Monday, officials said."}, [2]string{"2019-04-23", "Kim's armoured train left Pyongyang on Sunday night, South Korean media said."},
			"Monday", "Sunday night", false},
		{"two dates", [2]string{"2021-08-27", "The U.S. ended its presence on Aug. 31."}, [2]string{"2021-08-27", "The U.S. ended its presence on Aug. 30."},
			"Aug. 31", "Aug. 30", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, docs := judgeOf(t, tc.a, tc.b)
			va, vb := timeValueOf(t, docs[0], tc.ta, 0), timeValueOf(t, docs[1], tc.tb, 1)
			if got := countedFromPage(&va, &vb) != ""; got != tc.counted {
				t.Errorf("countedFromPage(%q, %q) = %v, want %v", tc.ta, tc.tb, got, tc.counted)
			}
		})
	}
}

// timeValueOf is the time value of page page whose text (with or without
// a leading "on") is text, as findConflicts makes it.
func timeValueOf(t *testing.T, d nlp.Doc, text string, page int) value {
	t.Helper()
	for _, x := range d.Times {
		if x.Text == text || x.Text == "on "+text {
			return value{input: page, kind: "time", t: x, dayNamed: namesWeekday(x.Text, "en")}
		}
	}
	t.Fatalf("time %q not read: %+v", text, d.Times)
	return value{}
}

// confidentConflicts are the conflicts the briefing counts: neither
// uncertain nor an update of a moving count.
func confidentConflicts(cs []Conflict) []Conflict {
	var out []Conflict
	for _, c := range cs {
		if c.Uncertain == "" && !c.Update {
			out = append(out, c)
		}
	}
	return out
}
