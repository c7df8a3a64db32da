package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound20SpeakerClasses checks the speaker classes judged wrong and
// confident in the spent round 20 (BENCHMARKS "2026-12-14 session 14:
// round-20 speaker and reported classes"), on the real sentences of its
// sources, each with a control. A quote is shown as its speaker, with
// "?" after an uncertain one.
func TestRound20SpeakerClasses(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{
			// news-round20 gabon-coup 05.txt, shortened
			name: "a surname whose full name the text gives a relative",
			text: "In a video shared on social media, the deposed president pleaded for help while under house arrest. “I want to send a message to all of the friends we have all over the world, to tell them to make noise,” Bongo said.\n\n" +
				"Bongo has held power in Gabon since the death of his father, Omar Bongo, in 2009.",
			want: map[string]string{"I want to send a message to all of the friends we have all over the world, to tell them to make noise,": "Omar Bongo?"},
		},
		{
			name: "control: a surname of a full name no relative bears",
			text: "Prime Minister Pravind Jugnauth said his government appealed to France for help.\n\n" +
				"“Our country doesn’t have the skills and expertise to refloat stranded ships,” Jugnauth said.",
			want: map[string]string{"Our country doesn’t have the skills and expertise to refloat stranded ships,": "Pravind Jugnauth"},
		},
		{
			// news-round20 griner-bout-swap 02.txt, its first 20 lines
			name: "a he after a person given as the source after the subject",
			text: "Griner Brittney Was Swapped For Russian Prisoner Viktor Bout at Abu Dhabi International Airport\nPublisher: thebigissue.co.ke\n\nGriner; according to President Joe Biden, is safe and on his way home from the United Arab Emirates. “I’m glad to report that Brittney is in great spirits… she requires time and space to heal,” he remarked at the White House.\n\nBrittney Griner in her prison cell.PHOTO/CREDIT\n\nAccording to Russian media, Bout, also known as the “merchant of death,” has returned to Moscow.\n\n“They simply woke me up in the middle of the night and said, ‘Get your things together,’ and that was all,” Bout stated to a reporter from national television after landing in Russia.\n\nGriner in Moscow\n\nGriner was detained for having cannabis oil at a Moscow airport in February, and she was transferred to a prison camp last month.\n\nIn July, the Biden administration suggested a prisoner swap, knowing that Moscow had long demanded Bout’s release.\n\nTwo private planes flew the pair from Moscow and Washington to Abu Dhabi airport for the elaborate swap and then flew them back home.\n\nCherelle Griner expresses gratitude to everybody who worked to free her wife Brittney from prison.\n",
			want: map[string]string{"I’m glad to report that Brittney is in great spirits… she requires time and space to heal,": "Griner?"},
		},
		{
			// news-round20 gabon-coup 05.txt
			name: "control: a he after a person named as the object",
			text: "Gen. Brice Oligui Nguema, who headed the coup, initially denied reports that he has been selected to replace Bongo. “I am not declaring myself yet, I am not considering anything at the moment,” he said.",
			want: map[string]string{"I am not declaring myself yet, I am not considering anything at the moment,": "Brice Oligui Nguema"},
		},
		{
			// news-round20 pope-francis-death 05.txt, shortened
			name: "a he after a titled surname of a person named in full before",
			text: "“Cardinal Kevin Ferrell, the Vatican camerlengo, announced the sad news”.\n\n" +
				"Both King Charles and Sir Keir Starmer have issued statements.\n\n" +
				"The Vatican confirmed the 88-year-old passed away at around 7.30am this morning. Cardinal Ferrell revealed the sad news at the Casa Santa Marta, close to St Peter's Basilica. He said: \"Dearest brothers and sisters, with deep sorrow I must announce the death of our Holy Father Francis.\"",
			want: map[string]string{"Dearest brothers and sisters, with deep sorrow I must announce the death of our Holy Father Francis.": "Charles?"},
		},
		{
			// news-round13 theresa-may-resignation 05.txt, shortened
			name: "control: a titled surname of the speaker described",
			text: "Theresa May has announced that she will resign as Prime Minister of the United Kingdom on June 7.\n\n" +
				"The Prime Minister delivered the news in front of number 10 Downing Street this morning, Friday, May 24.\n\n" +
				"Mrs May gathered the press for an announcement at 9.30am and was moved to tears at the end of the speech.\n\n" +
				"She said: \"It is now clear to me that it is in the best interest of the UK for a new PM to lead that effort.\"",
			want: map[string]string{"It is now clear to me that it is in the best interest of the UK for a new PM to lead that effort.": "Theresa May"},
		},
		{
			// news-round20 tempi-train-collision 02.txt
			name: "initials in brackets name an outlet, not a person",
			text: "Transport Minister Kostas Karamanlis also stepped down from his position following the crash, German news outlet Deutsche Welle (DW) reported.\n\n" +
				"Police arrested the 59-year-old station master overseeing the junction near the Larissa crash site, charging him with “mass deaths through negligence and causing grievous bodily harm through negligence,” DW reported.",
			want: map[string]string{"mass deaths through negligence and causing grievous bodily harm through negligence,": "Deutsche Welle?"},
		},
		{
			// news-round20 russia-asat-test 02.txt
			name: "an acronym names the organisation, not a person titled by it",
			text: "None of the seven crew members was hurt, but they had to remain sheltered for two hours in case they needed a quick getaway, NASA said.\n\n" +
				"“NASA will continue monitoring the debris in the coming days and beyond to ensure the safety of our crew in orbit,” NASA chief Bill Nelson said.",
			want: map[string]string{
				"None of the seven crew members was hurt, but they had to remain sheltered for two hours in case they needed a quick getaway": "NASA?",
				"NASA will continue monitoring the debris in the coming days and beyond to ensure the safety of our crew in orbit,":           "Bill Nelson",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shownSpeakers(tt.text, tt.want)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}
