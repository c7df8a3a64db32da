package lang

import "testing"

func TestSetInText(t *testing.T) {
	phrases := Set{"may get a share of the sale": true, "earns a commission": true}
	tests := []struct {
		text string
		want bool
	}{
		{"if you buy something through this post, ign may get a share of the sale.", true},
		{"the site earns a commission on every sale.", true},
		{"the company may get a share of the market.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := phrases.InText(tt.text); got != tt.want {
			t.Errorf("InText(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
