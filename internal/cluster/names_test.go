package cluster

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNames(t *testing.T) {
	texts := []string{
		"North Korean leader Kim Jong Un left Pyongyang on Sunday for talks with Vladimir Putin in Vladivostok.",
		"Kim Jong Un arrived in Vladivostok on Tuesday. The talks with Vladimir Putin's team began in September.",
		"Officials said Kim Jong Un's train stopped at the border.",
	}
	got := Names(4, texts...)
	want := []string{"Kim Jong Un", "Vladimir Putin", "Vladivostok", "North Korean"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Names (-want +got):\n%s", diff)
	}
	for _, n := range Names(100, texts...) {
		switch n {
		case "Sunday", "Tuesday", "September", "Officials", "The":
			t.Errorf("Names gave %q, which is no name", n)
		}
	}
}

func FuzzNames(f *testing.F) {
	f.Add("Kim Jong Un left Pyongyang on Sunday. He met Vladimir Putin's aides.")
	f.Add("A “Quoted Name” and Ünïcode Nâme; O'Brien-Smith")
	f.Fuzz(func(t *testing.T, text string) {
		for _, n := range Names(8, text) {
			for _, part := range strings.Fields(n) {
				if !strings.Contains(text, part) {
					t.Errorf("name %q has %q, which is not in the text", n, part)
				}
			}
		}
	})
}
