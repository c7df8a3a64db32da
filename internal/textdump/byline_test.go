package textdump

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBylineNames(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"By Anders Krogh, Dry Bulk Editor", []string{"Anders Krogh"}},
		{"By Hélène Rocheteau, special correspondent in Port Ardlow", []string{"Hélène Rocheteau"}},
		{"March 12, 2026 by Nell Arkwright", []string{"Nell Arkwright"}},
		{"By Ana Ruiz and Tom Hale", []string{"Ana Ruiz", "Tom Hale"}},
		// Prose with "by" in it is not a byline.
		{"The bay was closed by the ministry on Wednesday", nil},
		{"In 2019 by contrast the port was busy", nil},
		{"By Staff Reporter", nil},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, BylineNames(tc.line)); diff != "" {
				t.Errorf("BylineNames(%q) (-want +got):\n%s", tc.line, diff)
			}
		})
	}
}
