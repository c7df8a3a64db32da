package textdump

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/sharedtest"
)

// readSeed reads one of the project's seed dumps: five outlets, one story.
func readSeed(t *testing.T, name string) string {
	t.Helper()
	path := sharedtest.Path(t, "seeds", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return string(data)
}

// seedCase is what a reader would mark by hand in one seed dump.
type seedCase struct {
	file  string
	title string
	// site is the publisher the text names, "" when it names none plainly.
	site    string
	authors []string
	// published is the dateline, zero when the page prints none (dates in
	// its chrome must not be taken).
	published time.Time
	// chrome are lines of page furniture; none may survive in the body.
	chrome []string
	// keep are starts of real paragraphs that must stay in the body.
	keep []string
}

var seedCases = []seedCase{
	{
		file:  "000_84f051c35248ed40.txt",
		title: "Kim Jong Un Heads for Russia to Help Putin With Weapons for Ukraine",
		site:  "The Daily Beast",
		chrome: []string{
			"Wed. Jul 3rd, 2024", // the header's date of the scrape
			"Read more at The Daily Beast.",
			"By",
			"<p>", "<a href", "wp:html", // the leaked HTML copy
		},
		keep: []string{
			"North Korean dictator Kim Jong Un reportedly left Pyongyang Monday",
			"The Kremlin boss hopes to use the meeting",
			"Kim last visited Vladivostok, 4,000 miles east of Moscow",
		},
	},
	{
		file:  "001_56b8bb534159f71a.txt",
		title: "Kim Jong Un to Meet Putin, North Korean Leader’s Armored Train Heads to Russia: Reports",
		chrome: []string{
			"10.5 C", "Madrid", "Sunday, November 24, 2024", // weather widget
			"Must read", "- Advertisement -", "Author", "Archives", "spot_img", "Trending Today",
			"Also Read: Brazilian President Assures Putin Won’t Face Arrest during 2024 G20 Meeting",
		},
		keep: []string{
			"NORTH KOREA: North Korea’s leader, Kim Jong-un, will travel to Russia",
			"According to South Korean media, an armoured train",
			"Kim will be travelling abroad for the first time",
			"The US has already accused North Korea",
			"Analysts suggest North Korea’s arsenal contains artillery shells",
		},
	},
	{
		file:  "002_901111274d820b68.txt",
		title: "Kim Jong-un heads to Russia for arms talks with Putin",
		site:  "Daily Global Times",
		chrome: []string{
			"PoliticsKim Jong-un heads to Russia for arms talks with Putin",
			"Daily Global Times",
			"Daily Global Timeshttps://dailyglobaltimes.com",
			"Daily Global Times provides the latest news from India and around the world.",
			"Related Article", "Editors Picks",
		},
		keep: []string{
			"North Korean leader Kim Jong-un left Pyongyang on his armored train",
			"Western intelligence agencies predict",
			"According to analysts, North Korea possesses tens of millions",
			"Kirby claimed that the letters between Kim and Putin",
			"Reuters and the Associated Press contributed to this report.",
		},
	},
	{
		// The dump starts inside the page, at the share bar: there is no
		// headline line, and the title stays empty rather than borrow a
		// sentence of the body.
		file:  "003_be0d8039bc309324.txt",
		title: "",
		// Named only by the brand line under the article.
		site: "IAMBEST Networks",
		chrome: []string{
			"Share this", "IAMBEST Networks", "Leave a Reply",
			"Your email address will not be published. Required fields are marked *",
		},
		keep: []string{
			"North Korean leader, Kim Jong-un is planning to meet with Russian President",
			"The pair will discuss the possibility",
			"There’s even a chance Kim would pay a visit to Moscow",
			"‘We will continue to work with allies and partners",
		},
	},
	{
		file:  "004_8a1e39c0f538a0c7.txt",
		title: "Kim Jong Un to visit Putin soon to discuss arms supplies to Russia – NYT",
		// Named only by its blurb in the footer.
		site:      "Ukrainska Pravda",
		published: time.Date(2023, time.September, 4, 21, 43, 0, 0, time.UTC),
		chrome: []string{
			"Support Us", "Monday, 4 September 2023, 21:43", "Photo: Reuters", "Advertisement:",
			"Ukrainska Pravda is the place where you will find the most up-to-date information",
		},
		keep: []string{
			"North Korean leader Kim Jong Un plans to visit Russia this month",
			// An attribution line, not a photo credit: who-cites-whom needs it.
			"Source: The New York Times",
			"Details: The NYT's sources said Kim would travel from Pyongyang",
			"The newspaper's sources reported that Putin wants Kim",
			"The source said that one of Kim's possible stops after Vladivostok",
		},
	},
}

func TestExtractSeeds(t *testing.T) {
	for _, tc := range seedCases {
		t.Run(tc.file, func(t *testing.T) {
			a, err := Extract(readSeed(t, tc.file))
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			type meta struct {
				Title     string
				Site      string
				Authors   []string
				Published time.Time
			}
			want := meta{tc.title, tc.site, tc.authors, tc.published}
			got := meta{a.Title, a.Site, a.Authors, a.Published}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("metadata mismatch (-want +got):\n%s", diff)
			}
			if !a.Published.IsZero() && a.PublishedFrom != "dateline" {
				t.Errorf("PublishedFrom = %q, want dateline", a.PublishedFrom)
			}
			if a.Language != "en" {
				t.Errorf("Language = %q, want en", a.Language)
			}
			bodyLines := make(map[string]bool)
			for _, l := range strings.Split(a.Text, "\n") {
				bodyLines[strings.TrimSpace(l)] = true
			}
			for _, c := range tc.chrome {
				if bodyLines[c] || (len(c) > 25 || strings.HasPrefix(c, "<")) && strings.Contains(a.Text, c) {
					t.Errorf("chrome %q survived in the body", c)
				}
			}
			for _, k := range tc.keep {
				if !strings.Contains(a.Text, k) {
					t.Errorf("body lost the paragraph starting %q", k)
				}
				if n := strings.Count(a.Text, k); n > 1 {
					t.Errorf("paragraph starting %q appears %d times", k, n)
				}
			}
			if t.Failed() {
				t.Logf("body:\n%s", a.Text)
			}
		})
	}
}
