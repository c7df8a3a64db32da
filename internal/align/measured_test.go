package align

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestMeasuredThing holds the session-15 recall class "the same measured
// thing in sentences not aligned into one fact" (spent round 11, Genoa:
// the collapsed section 260 ft = 80 m in one outlet, 200 m in another),
// in the sources' own sentences, and the controls that must make no
// confident conflict (BENCHMARKS.md, "session 15: conflicts").
func TestMeasuredThing(t *testing.T) {
	day := time.Date(2018, 8, 15, 0, 0, 0, 0, time.UTC)
	const (
		dailymail = "Roberto Robbiano, his wife Ersilia Piccinino, and their seven-year-old son Samuel all died when their car fell 150ft as the huge 260ft section of the 50-year-old Morandi bridge gave way about 11.30am on Tuesday. 'Genoa Club Portuali Voltri rallying around Andrea's family, our associate, our friend, our colleague, victim of Ponte Morandi's tragedy,' his football club wrote on its Facebook page."
		dw        = "On Tuesday, a 200-metre (650 feet) section of the Morandi bridge gave way in busy traffic, plunging more than 30 vehicles and chunks of concrete and twisted metal to the ground 50 meters below."
	)
	tests := []struct {
		name  string
		pages []string
		want  []string // the confident conflicts' values
	}{
		{"one section of one bridge that gave way", []string{dailymail, dw}, []string{"260ft", "200-metre"}},
		// Control: a height is not a length ("50-metre high").
		{"a section's height", []string{
			dailymail,
			"A 50-metre high section of the bridge, including one set of the supports that tower above it, crashed down in the rain onto the roof of a factory and other buildings, crushing vehicles below and plunging huge slabs of reinforced concrete into the nearby riverbed.",
		}, nil},
		// Control: no named thing ("a highway bridge") says which
		// bridge's section is measured.
		{"a section of an unnamed bridge", []string{
			"Devastation: Dozens are feared dead after a 260ft section of a highway bridge suddenly collapsed during a storm in Genoa, Italy.",
			dw,
		}, nil},
		// Control (ECB+ develop): the conversion read as part of
		// "1,150 kilometers" must not make the distances of two towns
		// from one city one slot.
		{"two towns southeast of one city", []string{
			"The last major quake to hit southern Iran was in February, when a magnitude-6.4 temblor rocked Zarand, a town of about 15,000 people in Kerman province 602 miles southeast of Tehran.",
			"Qeshm, located 1,150 kilometers (700 miles) southeast of Tehran, has a busy commercial and fishing port and is also a popular weekend sunshine getaway for Iranian tourists.",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range confidentConflicts(alignPages(day, tt.pages).Conflicts) {
				for _, v := range c.Variants {
					got = append(got, v.Value)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("confident conflict values (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPastConversion reads a bracketed conversion after a value as part
// of it, and no other bracket.
func TestPastConversion(t *testing.T) {
	tests := []struct {
		text, value string
		conversion  bool
	}{
		{"a 200-metre (650 feet) section of the Morandi bridge gave way", "200-metre", true},
		{"maximum sustained winds of 155 miles per hour (250 km per hour) , the U.S. National Hurricane Center said", "155 miles per hour", true},
		{"a 400-pound (181-kg) western lowland gorilla", "400-pound", true},
		{"deep into negative territory, touching –$40.32 (or Rs 3,100 below zero) before clawing back", "$40.32", false},
		{"the jobs of more than 21,000 workers (9,000 throughout the UK) employed by Thomas Cook across 16 countries are now in jeopardy.", "21,000 workers", false},
		{"To clarify, Police received its first 111 (emergency) call at 1.41pm,", "111", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, tt.value)
		end := at + len(tt.value)
		if got := pastConversion(tt.text, end, len(tt.text)) > end; got != tt.conversion {
			t.Errorf("%q after %q: conversion %v, want %v", tt.text, tt.value, got, tt.conversion)
		}
	}
}

// alignPages aligns pages of one day, the i-th told by outlet A+i.
func alignPages(day time.Time, pages []string) Result {
	var inputs []Input
	for i, p := range pages {
		inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Published: day, Text: p})
	}
	return Align(inputs, Options{})
}
