package eval

import (
	"slices"
	"strings"
)

// GoldReported is an annotated frame of reported speech ("X said that …",
// "according to X, …"): Text is a part of the words reported, Phrase the
// speaker as written and Heads its head word(s), several when the speaker
// is a list ("the US, Britain, South Korea, and Japan").
type GoldReported struct {
	Doc    string   `json:"page"`
	Text   string   `json:"text"`
	Phrase string   `json:"phrase"`
	Heads  []string `json:"heads"`
	// Speakers are other acceptable names: what a pronoun stands for, an
	// entity's full name.
	Speakers []string `json:"speakers"`
	Cue      string   `json:"cue"`
	Cues     []string `json:"cues"`
	Listener string   `json:"listener"`
	// NotText must not be in the found text: the frame, a label, residue.
	NotText []string `json:"not_text"`
	// Optional frames count neither as found nor as missed.
	Optional bool `json:"optional"`
}

// FoundReported is a frame of reported speech a system found.
type FoundReported struct {
	Doc, Text, Speaker, Cue, Listener string
}

// ReportedScore is how well reported speech was found.
type ReportedScore struct {
	// Frames: a found frame is right if its text contains a gold text.
	Frames PRF
	// Speakers: right only if its speaker is headed by the gold heads.
	Speakers PRF
	// Of the frames found: with the right cue, with clean text (none of
	// the gold's NotText), and annotated listeners found.
	Cues, Clean, Matched, Listeners, GoldListeners int
	// Errors describes each wrong speaker, cue or text, for the log.
	Errors []string
}

// ScoreReported matches found frames of reported speech to gold ones. A
// speaker is right when it holds every head of the gold phrase and is a
// part of that phrase ("Western intelligence agencies" or "intelligence
// agencies" for heads ["agencies"], not "Western"), or is one of the
// other acceptable names.
func ScoreReported(gold []GoldReported, found []FoundReported) ReportedScore {
	var s ReportedScore
	used := make([]bool, len(found))
	tp, stp, optional, required := 0, 0, 0, 0
	for _, g := range gold {
		if !g.Optional {
			required++
		}
		want := foldText(g.Text)
		for i, f := range found {
			if used[i] || f.Doc != g.Doc || !strings.Contains(foldText(f.Text), want) {
				continue
			}
			used[i] = true
			if g.Optional {
				optional++
				break
			}
			tp++
			s.Matched++
			if headedBy(f.Speaker, g) {
				stp++
			} else {
				s.Errors = append(s.Errors, g.Doc+": speaker "+quoteStr(f.Speaker)+", want "+quoteStr(g.Phrase)+" ("+f.Text+")")
			}
			if foldText(f.Cue) == foldText(g.Cue) || slices.ContainsFunc(g.Cues, func(c string) bool { return foldText(c) == foldText(f.Cue) }) {
				s.Cues++
			} else {
				s.Errors = append(s.Errors, g.Doc+": cue "+quoteStr(f.Cue)+", want "+quoteStr(g.Cue))
			}
			clean := true
			for _, bad := range g.NotText {
				if strings.Contains(f.Text, bad) {
					clean = false
					s.Errors = append(s.Errors, g.Doc+": text holds "+quoteStr(bad)+": "+quoteStr(f.Text))
				}
			}
			if clean {
				s.Clean++
			}
			if g.Listener != "" {
				s.GoldListeners++
				if foldText(f.Listener) == foldText(g.Listener) {
					s.Listeners++
				} else {
					s.Errors = append(s.Errors, g.Doc+": listener "+quoteStr(f.Listener)+", want "+quoteStr(g.Listener))
				}
			}
			break
		}
		if !g.Optional && !slices.ContainsFunc(found, func(f FoundReported) bool {
			return f.Doc == g.Doc && strings.Contains(foldText(f.Text), want)
		}) {
			s.Errors = append(s.Errors, g.Doc+": missed "+quoteStr(g.Text))
		}
	}
	for i, f := range found {
		if !used[i] {
			s.Errors = append(s.Errors, f.Doc+": not reported speech: "+quoteStr(f.Speaker)+" "+quoteStr(f.Text))
		}
	}
	fp := len(found) - optional
	s.Frames = newPRF(tp, fp-tp, required-tp)
	s.Speakers = newPRF(stp, fp-stp, required-stp)
	return s
}

func quoteStr(s string) string { return "“" + s + "”" }

// headedBy reports whether speaker got names the gold frame's speaker.
func headedBy(got string, g GoldReported) bool {
	f := " " + foldText(got) + " "
	if strings.TrimSpace(f) == "" {
		return false
	}
	for _, alt := range g.Speakers {
		if strings.TrimSpace(f) == foldText(alt) {
			return true
		}
	}
	for _, h := range g.Heads {
		if !strings.Contains(f, " "+foldText(h)+" ") {
			return false
		}
	}
	return strings.Contains(" "+foldText(g.Phrase)+" ", f)
}
