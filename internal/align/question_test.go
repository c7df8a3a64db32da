package align

import "testing"

func TestAsks(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Is there a military strategy that is served by this?\" he said.", true},
		{"“Is it over?” she asked.", true},
		{"What has he heard from the council?", true},
		{"''And what has he heard from the council?''", true},
		{"Why not?)", true},
		{"He asked whether it was over.", false},
		{"The book \"Why Me?\" sold well.", true},
		{"The council voted on Tuesday.", false},
		{"会议结束了吗？", true},
	}
	for _, tt := range tests {
		if got := asks(tt.text); got != tt.want {
			t.Errorf("asks(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
