package nlp

import "testing"

// TestNamesWithInitialAndSuffix checks that a middle initial and a "Jr."
// keep a name whole when its surname is a name the gazetteer knows:
// "Joseph R. Biden Jr." is one speaker, not "Joseph R", and "Donald J.
// Trump" is the gazetteer's Donald Trump. A surname after other given
// names stays someone else's ("Lois Scholz" is not Olaf Scholz).
func TestNamesWithInitialAndSuffix(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "initial and suffix around a known surname",
			text: "Vice President Joseph R. Biden Jr. warned this week that the plan had raised the risks for the allies.",
			want: []quoteFrame{{QuoteReported, "the plan had raised the risks for the allies", "Joseph R. Biden Jr", "warned"}}},
		{name: "a known person with a middle initial",
			text: "Donald J. Trump said the plan had raised the risks for the allies.",
			want: []quoteFrame{{QuoteReported, "the plan had raised the risks for the allies", "Donald Trump", "said"}}},
		{name: "control: another given name with an initial is another person",
			text: "Robert J. Trump said the plan had raised the risks for the allies.",
			want: []quoteFrame{{QuoteReported, "the plan had raised the risks for the allies", "Robert J. Trump", "said"}}},
	})
}
