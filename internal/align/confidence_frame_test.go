package align

import "testing"

// TestMainToldSignal: the signal asks a main verb only of a fact whose
// frame outweighs what it reports, and only where verbs are read (news
// round 27, spent: bashir-ousted 01 credited with 04's "demonstrators
// vowed to keep up their campaign ... after the military said it would
// govern the country for the next two years" for "a military council to
// govern the country for the next two years", judged not stated).
func TestMainToldSignal(t *testing.T) {
	s := signalNamed(signalMainTold)
	for _, tt := range []struct {
		name string
		e    creditEvidence
		want bool
	}{
		{"frame heavy, main verb left out", creditEvidence{FrameHeavy: true, Mains: true}, false},
		{"frame heavy, main verb told", creditEvidence{FrameHeavy: true, Mains: true, Main: true}, true},
		{"light frame, main verb left out", creditEvidence{Mains: true}, true},
		{"no verbs read", creditEvidence{FrameHeavy: true}, true},
	} {
		if got := s.holds(tt.e); got != tt.want {
			t.Errorf("%s: holds = %v, want %v", tt.name, got, tt.want)
		}
	}
}
