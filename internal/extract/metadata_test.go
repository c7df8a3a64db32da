package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/lang"
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
		// Author fields that name nobody, or someone who did not write.
		{"No Author", nil},
		{"Account You're logged", nil},
		{"Photo by Alcalino", nil},
		{"Joe Wee Monday, February", []string{"Joe Wee"}},
		{"By Jean O'Brien", []string{"Jean O'Brien"}},
		{"Aleš Vávra před 2 hodinami", []string{"Aleš Vávra"}},
		{"JOE HILDEBRAND ", []string{"JOE HILDEBRAND"}},
		{"folha", nil},
		{"Matt Bai The", []string{"Matt Bai"}},
		{"Laura June Topolsky", []string{"Laura June Topolsky"}},
		{"Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy", []string{"Daniel Kahn Gillmor"}},
		{"$", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, splitNames(tt.in, lang.English())); diff != "" {
			t.Errorf("splitNames(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestSiteName(t *testing.T) {
	if got := siteName("", "https://www.cbsnews.com/", "CBS News"); got != "CBS News" {
		t.Errorf("siteName = %q, want the first candidate that is a name", got)
	}
}

func TestCleanTitle(t *testing.T) {
	for _, tt := range []struct{ title, site, url, h1, want string }{
		{"Zimbabwe coup: Mugabe 'insisting he finishes his term' - Telegraph", "The Telegraph", "", "", "Zimbabwe coup: Mugabe 'insisting he finishes his term'"},
		{"Zimbabwe coup - Telegraph", "", "http://www.telegraph.co.uk/news/x", "", "Zimbabwe coup"},
		{"Opinion | The bypass will not fix our traffic", "", "", "", "The bypass will not fix our traffic"},
		{"Australian &amp;#039;megablaze&amp;#039; brought under control", "", "", "", "Australian 'megablaze' brought under control"},
		{"How to Build a Terrarium | eHow", "", "", "How to Build a Terrarium", "How to Build a Terrarium"},
		{"Analysis: Why the vote failed", "", "", "", "Analysis: Why the vote failed"},
		{"Ten years - and counting", "", "", "", "Ten years - and counting"},
	} {
		if got := cleanTitle(tt.title, tt.site, tt.url, tt.h1, lang.English()); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
