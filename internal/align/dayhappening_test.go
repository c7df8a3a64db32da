package align

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDayOfHappening holds days that outlets give to one happening in
// sentences that share few other words, from the spent audit rounds
// (BENCHMARKS.md, "session 15: day-of-event conflicts"), and days of one
// story that date different things. Pages are undated, so weekdays are
// compared as weekdays.
func TestDayOfHappening(t *testing.T) {
	const (
		// everest-avalanche-2014 02 and 04: the day of the avalanche.
		iceAvalancheThursday  = "The ice avalanche on Thursday was the world’s highest peak’s deadliest disaster, with 13 Nepalese sherpas confirmed dead and a further three still missing."
		avalancheKilledFriday = "An avalanche on Mount Everest killed 12 Sherpa guides and injured six others on Friday, which is now being dubbed the deadliest day on the mountain."
	)
	tests := []struct {
		name  string
		pages []string
		want  []string // confident conflicts' slots
	}{
		{"the avalanche on Thursday, an avalanche killed on Friday",
			[]string{iceAvalancheThursday, avalancheKilledFriday}, []string{"when the avalanche happened"}},
		// A count that moves: the toll's day, not the avalanche's (and
		// the sentence gives two days).
		{"deaths continued to mount Friday", []string{iceAvalancheThursday,
			"Deaths on Mount Everest continued to mount Friday in the worst disaster in the mountain's history, as a sudden avalanche of ice and snow killed at least 12 climbers, leaving four still missing as of late Friday night in Nepal.",
		}, nil},
		// A later step: the search's day.
		{"a search resumed on Saturday after the avalanche", []string{iceAvalancheThursday,
			"Sherpa climbers aided by helicopters resumed a search on Saturday for four missing guides after an ice avalanche swept the lower slopes of Mount Everest, killing at least 12 in the deadliest accident on the world's highest mountain.",
		}, nil},
		// The day of a saying (germanwings-crash 01) against the day of
		// the crash (ethiopian-airlines-crash 02, another story here,
		// and not a subject of a verb of happening).
		{"a prosecutor said on Thursday", []string{
			"The Sunday crash of a Boeing Co. 737 Max operated by Ethiopian Airlines rattled confidence in the U.S. manufacturer’s best-selling jet with the second deadly accident for the model in five months.",
			"\"The co-pilot of a Germanwings jet that went down in the French Alps, killing 150 people, appears to have crashed the plane deliberately,\" a Marseille prosecutor said on Thursday.",
		}, nil},
		// A day written before the noun names which of several crashes
		// it is (ethiopian-airlines-crash 02 set against tempi-train-
		// collision 05, two stories): no day of one happening.
		{"the Sunday crash, the crash occurred on Tuesday night", []string{
			"The Sunday crash of a Boeing Co. 737 Max operated by Ethiopian Airlines rattled confidence in the U.S. manufacturer’s best-selling jet with the second deadly accident for the model in five months.",
			"The accident on Tuesday night, the worst railway crash in Greece in decades, occurred as the two trains were reportedly travelling on the same track in opposite directions.",
		}, nil},
		// What followed the happening, not the happening: debris found
		// the morning after (lion-air-crash 06, a caption).
		{"debris from the plane crash retrieved this morning", []string{
			"A Lion Air flight with 189 people on board crashed into the sea moments after taking off from Indonesia's capital early Monday.",
			"Debris from the plane crash retrieved by rescuers this morning.",
		}, nil},
		// A verdict and a sentencing (weinstein-verdict 05, 04): a trial
		// is no happening over in moments.
		{"convicted on Monday, sentencing on March 11", []string{
			"Former movie producer Harvey Weinstein was convicted of sexual assault and rape in a New York court on Monday and taken off to jail in handcuffs, a victory for the #MeToo movement that inspired women to publicly accuse powerful men of misconduct.",
			"He was booked into Rikers Island jail, in New York City, and will be held by the New York City department of corrections until his sentencing, on March 11.",
		}, nil},
		// Leaders of a coup named a general on Wednesday: the coup is
		// no subject (gabon-coup 01). A question asked on Friday about
		// Thursday's bombing (kabul-airport-attack 07) dates the asking.
		{"leaders of a coup named a general", []string{
			"Leaders of a coup in Gabon on Wednesday, August 30, named a general, Brice Oligui Nguema, transitional president after seizing power following disputed elections in which President Ali Bongo Ondimba, whose family has ruled for 55 years, had been declared the winner.",
			"Gabon’s army officers said they seized power today, Wednesday, and placed President Ali Bongo under house arrest after the election commission announced he had won a third term.",
		}, nil},
		{"asked on Friday about the bombing", []string{
			"Two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul’s airport Thursday, transforming a scene of desperation into one of horror in the waning days of an airlift for those fleeing the Taliban takeover.",
			"Asked earlier Friday whether Biden would order a mission to kill those responsible for the bombing, White House press secretary Jen Psaki told reporters: “He does not want them to live on the Earth anymore.”",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			// Undated pages: the zero day is no publication date.
			for _, c := range confidentConflicts(alignPages(time.Time{}, tt.pages).Conflicts) {
				got = append(got, c.Slot)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("confident conflicts (-want +got):\n%s", diff)
			}
		})
	}
}
