package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Ada Lovell and Tom Reyes", []string{"Ada Lovell", "Tom Reyes"}},
		{"TOM KRISHER, AP Auto Writer", []string{"TOM KRISHER"}},
		{"Lisa Mascaro; Mary Clare Jalonick", []string{"Lisa Mascaro", "Mary Clare Jalonick"}},
		{"https://www.facebook.com/someone", nil},
		{"news@example.com", nil},
		{"Jana Koch | Staff", []string{"Jana Koch"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, splitNames(tt.in)); diff != "" {
			t.Errorf("splitNames(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestSiteName(t *testing.T) {
	if got := siteName("", "https://www.cbsnews.com/", "CBS News"); got != "CBS News" {
		t.Errorf("siteName = %q, want the first candidate that is a name", got)
	}
}
