package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestCutSentence: only a text that stops inside its last sentence marks
// it cut, and the words a cue reports there are left out, while a
// quotation closed before the cut stays.
func TestCutSentence(t *testing.T) {
	ref := time.Date(2018, 4, 27, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		// cut is the index of the sentence marked cut, -1 for none.
		cut int
		// reported are the texts reported speech gives.
		reported []string
		direct   []string
	}{
		{
			name:     "text stops inside a word",
			text:     "The airline held a news conference on Thursday.\n\nThe chief executive said pilots do not undergo regul",
			cut:      1,
			reported: nil,
		},
		{
			name:     "text stops after a comma",
			text:     "The airline held a news conference on Thursday.\n\nThe chief executive said pilots do not undergo regular checks,",
			cut:      1,
			reported: nil,
		},
		{
			name:     "whole last sentence",
			text:     "The airline held a news conference on Thursday.\n\nThe chief executive said pilots do not undergo regular checks.",
			cut:      -1,
			reported: []string{"pilots do not undergo regular checks"},
		},
		{
			name:     "closing quotation mark ends it",
			text:     "The airline held a news conference.\n\n\u201cWe are devastated,\u201d the chief executive said, \u201cand we will find out why.\u201d",
			cut:      -1,
			direct:   []string{"We are devastated and we will find out why."},
			reported: nil,
		},
		{
			name:     "a report before the cut sentence stays",
			text:     "The chief executive said pilots do not undergo regular checks.\n\nShe thought it was a part of a fi",
			cut:      1,
			reported: []string{"pilots do not undergo regular checks"},
		},
		{
			name:     "a headline alone",
			text:     "Reports say over 50 died in the mishap",
			cut:      -1,
			reported: []string{"over 50 died in the mishap"},
		},
		{
			name:   "quotation closed before the cut",
			text:   "The airline held a news conference.\n\n\u201cWe are devastated,\u201d the chief executive said, adding that the airline would",
			cut:    1,
			direct: []string{"We are devastated,"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, ref)
			cut := -1
			for i, s := range d.Sentences {
				if s.Cut {
					if cut >= 0 {
						t.Fatalf("two sentences cut: %d and %d", cut, i)
					}
					cut = i
				}
			}
			if cut != tt.cut {
				t.Errorf("cut sentence = %d, want %d (sentences %q)", cut, tt.cut, sentenceTexts(d))
			}
			var reported, direct []string
			for _, q := range d.Quotes {
				if q.Direct {
					direct = append(direct, q.Text)
				} else {
					reported = append(reported, q.Text)
				}
			}
			if diff := cmp.Diff(tt.reported, reported); diff != "" {
				t.Errorf("reported (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.direct, direct); diff != "" {
				t.Errorf("direct (-want +got):\n%s", diff)
			}
		})
	}
}

func sentenceTexts(d Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}
