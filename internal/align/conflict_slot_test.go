package align

import (
	"strings"
	"testing"
)

// TestConflictsNeedOneSlot: values that a blind audit found set against
// each other although they fill different slots (made-up sentences of
// the same shapes): no confident conflict may come of them.
func TestConflictsNeedOneSlot(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		// real is whether a confident conflict is right.
		real bool
	}{
		{"points in games against different opponents", []string{
			"Johnson scored 31 points against the Portland Trail Blazers on Tuesday night.",
			"Johnson scored 18 points against the Denver Nuggets in the win.",
		}, false},
		{"points needed and points scored", []string{
			"Johnson scored the nine points he needed to pass the record in the third quarter.",
			"Johnson scored 20 points he got from the line in the third quarter.",
		}, false},
		{"touchdowns of different kinds", []string{
			"The Ravens scored three touchdowns on punt returns in the season opener.",
			"The Ravens scored five touchdowns on offense in the season opener.",
		}, false},
		{"people sheltering and people killed", []string{
			"About 1,000 people were sheltering in schools after the storm hit the coast.",
			"The storm hit the coast and 30 people were killed, officials said.",
		}, false},
		{"a total and a part", []string{
			"The navy seized 300 rounds of ammunition from the pirates' boats.",
			"The navy seized a total of 923 rounds of ammunition from the pirates' boats.",
		}, false},
		{"a source giving both values", []string{
			"The storm killed 42 people, officials said, after 30 people were first reported killed.",
			"The storm killed 30 people, officials said.",
		}, false},
		{"the time of the saying and the time of the happening", []string{
			"Smith hurt his knee last Thursday in practice, the team said.",
			"The team announced on Wednesday that Smith hurt his knee in practice.",
		}, false},
		{"shares of different holders", []string{
			"Donald Trump and Sen. Ted Cruz campaigned in Wisconsin on Monday. Trump must win 54 percent of the remaining delegates to clinch the nomination.",
			"Donald Trump and Sen. Ted Cruz campaigned in Wisconsin on Monday. Cruz must win 91 percent of the remaining delegates to clinch the nomination.",
		}, false},
		{"shares of different holders, the holder before a comma", []string{
			"Donald Trump and Sen. Ted Cruz campaigned in Wisconsin on Monday. Trump would have to win about 54 percent of the remaining delegates to clinch the nomination.",
			"Donald Trump and Sen. Ted Cruz campaigned in Wisconsin on Monday. Cruz, by contrast, would have to win 91 percent of the remaining delegates to clinch the nomination.",
		}, false},
		{"the two sides of one vote", []string{
			"Twenty senators voted against the motion to remove the president from office.",
			"Sixty-one senators voted in favour of the motion to remove the president from office.",
		}, false},
		{"a sentence giving both counts, one as a bare numeral", []string{
			"Only 20 senators voted to acquit her while 61 other senators voted to convict her.",
			"Sixty-one senators voted to convict her and 20 to acquit her.",
		}, false},
		{"one measure of one event", []string{
			"The 6.1-magnitude quake struck Qeshm island, home to 120,000 people, state media said.",
			"The 5.9-magnitude quake struck Qeshm island, home to 120,000 people, state media said.",
		}, true},
		{"one day of one happening", []string{
			"Kim's armoured train left Pyongyang on Monday, officials said.",
			"Kim's armoured train left Pyongyang on Sunday night, South Korean media said.",
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, text := range tt.texts {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text})
			}
			res := Align(inputs, Options{})
			if got := len(confidentConflicts(res.Conflicts)) > 0; got != tt.real {
				t.Errorf("confident conflict %v, want %v: %+v", got, tt.real, res.Conflicts)
			}
		})
	}
}

// TestConflictSlotNamesHolder: two values of one holder's share
// conflict, and the slot says whose share it is.
func TestConflictSlotNamesHolder(t *testing.T) {
	res := Align([]Input{
		{ArticleID: 1, Outlet: "A", Text: "Donald Trump and Sen. Ted Cruz campaigned in Wisconsin on Monday. Trump must win 54 percent of the remaining delegates to clinch the nomination."},
		{ArticleID: 2, Outlet: "B", Text: "Donald Trump and Sen. Ted Cruz campaigned in Wisconsin on Monday. Trump must win 61 percent of the remaining delegates to clinch the nomination."},
	}, Options{})
	var slots []string
	for _, c := range res.Conflicts {
		if c.Kind == ConflictNumber && c.Uncertain == "" {
			slots = append(slots, c.Slot)
		}
	}
	if len(slots) != 1 || !strings.Contains(slots[0], "Donald Trump") {
		t.Errorf("confident number conflict slots %q, want one naming Donald Trump", slots)
	}
}

// TestStagesAreDifferentFacts: charged, pleaded, convicted and sentenced
// are different happenings; "faces life in prison" is not a sentence.
func TestStagesAreDifferentFacts(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"convicted and pleaded", "A jury convicted Smith of murder in the shooting of two officers.", "Smith pleaded not guilty to murder in the shooting of two officers.", false},
		{"convicted and charged", "A jury convicted Smith of murder in the shooting of two officers.", "Smith has been charged with murder in the shooting of two officers.", false},
		{"sentenced and faces", "Smith was sentenced to life in prison for the shooting of two officers.", "Smith faces life in prison for the shooting of two officers.", false},
		{"convicted twice", "A jury convicted Smith of murder in the shooting of two officers.", "Smith was convicted of murder in the shooting of two officers on Friday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Align([]Input{{ArticleID: 1, Outlet: "A", Text: tt.a}, {ArticleID: 2, Outlet: "B", Text: tt.b}}, Options{})
			same := false
			for _, c := range res.Claims {
				if len(c.Outlets) == 2 {
					same = true
				}
			}
			if same != tt.same {
				t.Errorf("one fact %v, want %v: %+v", same, tt.same, res.Claims)
			}
		})
	}
}
