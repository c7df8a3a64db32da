package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A document in the CROMER layout of ECB+: two sentences, a cross-document
// action chain, a time, and a within-document chain.
const ecbSample = `<Document doc_name="9_1ecb.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">A</token>
<token t_id="2" sentence="0" number="1">6</token>
<token t_id="3" sentence="0" number="2">.</token>
<token t_id="4" sentence="0" number="3">1</token>
<token t_id="5" sentence="0" number="4">quake</token>
<token t_id="6" sentence="0" number="5">struck</token>
<token t_id="7" sentence="0" number="6">on</token>
<token t_id="8" sentence="0" number="7">Sunday</token>
<token t_id="9" sentence="0" number="8">.</token>
<token t_id="10" sentence="1" number="0">It</token>
<token t_id="11" sentence="1" number="1">killed</token>
<token t_id="12" sentence="1" number="2">38</token>
<token t_id="13" sentence="1" number="3">-</token>
<token t_id="14" sentence="1" number="4">year</token>
<token t_id="15" sentence="1" number="5">-</token>
<token t_id="16" sentence="1" number="6">olds</token>
<token t_id="17" sentence="1" number="7">(</token>
<token t_id="18" sentence="1" number="8">two</token>
<token t_id="19" sentence="1" number="9">)</token>
<token t_id="20" sentence="1" number="10">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
<TIME_DATE m_id="2"><token_anchor t_id="7"/><token_anchor t_id="8"/></TIME_DATE>
<ACTION_OCCURRENCE m_id="3"><token_anchor t_id="11"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="4"><token_anchor t_id="12"/><token_anchor t_id="16"/></HUMAN_PART_PER>
<NON_HUMAN_PART m_id="5"><token_anchor t_id="5"/></NON_HUMAN_PART>
<NON_HUMAN_PART m_id="6"><token_anchor t_id="10"/></NON_HUMAN_PART>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="quake" instance_id="ACT1" />
<NON_HUMAN_PART m_id="10" RELATED_TO="" TAG_DESCRIPTOR="it" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="1" /><target m_id="9" /></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2"><source m_id="5" /><source m_id="6" /><target m_id="10" /></INTRA_DOC_COREF>
</Relations>
</Document>`

func TestReadECBDoc(t *testing.T) {
	d, err := ReadECBDoc(strings.NewReader(ecbSample))
	if err != nil {
		t.Fatal(err)
	}
	if want := "A 6.1 quake struck on Sunday.\nIt killed 38-year-olds (two)."; d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
	type got struct{ Text, Component, Chain string }
	var ms []got
	for _, m := range d.Mentions {
		ms = append(ms, got{d.MentionText(m), m.Component, m.Chain})
	}
	want := []got{
		{"struck", ComponentAction, "ACT1"}, {"on Sunday", ComponentTime, ""}, {"killed", ComponentAction, ""},
		{"38-year-olds", ComponentParticipant, ""}, {"quake", ComponentParticipant, "m10"}, {"It", ComponentParticipant, "m10"},
	}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
	if d.Mentions[0].Sentence != 0 || d.Mentions[3].Sentence != 1 || !d.Mentions[0].CrossDoc || d.Mentions[4].CrossDoc {
		t.Errorf("mentions %+v", d.Mentions)
	}
}

func TestReadECBDocErrors(t *testing.T) {
	for name, in := range map[string]string{
		"no tokens":    `<Document></Document>`,
		"bad xml":      `<Document><token t_id="1" sentence="0">A</tok></Document>`,
		"bad sentence": `<Document><token t_id="1" sentence="x">A</token></Document>`,
	} {
		if _, err := ReadECBDoc(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestEcbName(t *testing.T) {
	if topic, event, err := ecbName("4_10ecbplus"); err != nil || topic != 4 || event != "4ecbplus" {
		t.Errorf("ecbName = %d %q %v", topic, event, err)
	}
	for _, bad := range []string{"x_1ecb", "4_1", "4"} {
		if _, _, err := ecbName(bad); err == nil {
			t.Errorf("ecbName(%q): no error", bad)
		}
	}
}

// FuzzReadECBDoc: any input gives a document whose mentions and
// sentences lie in its text, or an error.
func FuzzReadECBDoc(f *testing.F) {
	f.Add(ecbSample)
	f.Add(`<Document><token t_id="1" sentence="0">A</token><Markables><X m_id="1"><token_anchor t_id="1"/></X></Markables></Document>`)
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ReadECBDoc(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.Start > s.End || s.End > len(d.Text) {
				t.Fatalf("sentence %+v outside text of %d bytes", s, len(d.Text))
			}
		}
		for _, m := range d.Mentions {
			if m.Start < 0 || m.Start > m.End || m.End > len(d.Text) || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
				t.Fatalf("mention %+v outside text of %d bytes", m, len(d.Text))
			}
		}
	})
}

func TestJudgeValues(t *testing.T) {
	// Two articles: the same quake (ACT1) at different times, and a
	// count of one participant chain.
	mk := func(name, text string, ms []ECBMention) *ECBDoc {
		d := &ECBDoc{Name: name, Text: text, Sentences: []ECBSentence{{Start: 0, End: len(text), Annotated: true}}}
		for _, m := range ms {
			m.Start = strings.Index(text, m.ID)
			m.End = m.Start + len(m.ID)
			d.Mentions = append(d.Mentions, m)
		}
		return d
	}
	a := mk("a", "The quake struck on Sunday and injured five people.", []ECBMention{
		{ID: "struck", Component: ComponentAction, Chain: "ACT1", CrossDoc: true},
		{ID: "on Sunday", Component: ComponentTime, Chain: "TIM1", CrossDoc: true},
		{ID: "injured", Component: ComponentAction, Chain: "ACT2", CrossDoc: true},
		{ID: "five people", Component: ComponentParticipant, Chain: "HUM1", CrossDoc: true},
	})
	b := mk("b", "The quake struck on Monday and injured two people.", []ECBMention{
		{ID: "struck", Component: ComponentAction, Chain: "ACT1", CrossDoc: true},
		{ID: "on Monday", Component: ComponentTime, Chain: "TIM2", CrossDoc: true},
		{ID: "injured", Component: ComponentAction, Chain: "ACT2", CrossDoc: true},
		{ID: "two people", Component: ComponentParticipant, Chain: "HUM1", CrossDoc: true},
	})
	c := mk("c", "The quake struck on Sunday.", []ECBMention{
		{ID: "struck", Component: ComponentAction, Chain: "ACT1", CrossDoc: true},
		{ID: "Sunday", Component: ComponentTime, Chain: "TIM1", CrossDoc: true},
	})
	at := func(d *ECBDoc, v, kind string) ValueAt {
		i := strings.Index(d.Text, v)
		return ValueAt{Doc: d, Start: i, End: i + len(v), Kind: kind}
	}
	for _, tt := range []struct {
		a, b ValueAt
		want string
	}{
		{at(a, "Sunday", "weekday"), at(b, "Monday", "weekday"), VerdictRight},
		{at(a, "Sunday", "weekday"), at(c, "Sunday", "weekday"), VerdictWrong},
		{at(a, "five people", "number"), at(b, "two people", "number"), VerdictRight},
		{at(a, "quake", "place"), at(b, "quake", "place"), VerdictUnjudged},
	} {
		if got, why := JudgeValues(tt.a, tt.b); got != tt.want {
			t.Errorf("JudgeValues(%q, %q) = %s (%s), want %s", tt.a.Doc.Text[tt.a.Start:tt.a.End], tt.b.Doc.Text[tt.b.Start:tt.b.End], got, why, tt.want)
		}
	}
}
