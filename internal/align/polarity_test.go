package align

import "testing"

func TestPolarityApart(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"not guilty against guilty", "The founder, who pleaded not guilty to the charges, was convicted.", "Three witnesses have pleaded guilty to the charges.", true},
		{"no reports of injuries (control)", "No injuries were reported.", "There were no reports of injuries.", false},
		{"found not guilty against found guilty", "The driver was found not guilty of murder on Friday.", "The driver was found guilty of murder, the court said.", true},
		{"a denial's wider scope (control)", "No gun has been recovered.", "The gun has not been recovered.", false},
		{"a denied noun met elsewhere (control)", "Subryan was arrested without incident.", "A police officer who witnessed the incident arrested Subryan.", false},
		{"denied on both sides (control)", "He pleaded not guilty on Monday.", "The founder pleaded not guilty in court.", false},
		{"denied on one side, both ways on the other (control)", "No injuries were reported.", "Injuries were feared at first, but no injuries were reported.", false},
		{"no denial (control)", "He pleaded guilty on Monday.", "The founder pleaded guilty in court.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := polarityApart(readPolarity(tt.a), readPolarity(tt.b)); got != tt.want {
				t.Errorf("polarityApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
