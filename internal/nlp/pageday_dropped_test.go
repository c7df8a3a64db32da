package nlp

import (
	"testing"
	"time"
)

// TestPageDayDroppedLines: a page of unknown date dated by the lines its
// extractor kept out of the text (article.Article.DateLines): photo
// captions (round 12's tiger-woods-masters 02, round 19's fuego-eruption
// 06), the signatures of embedded posts (round 15's las-vegas-shooting 01,
// round 11's queen-elizabeth-death 01), all spent; with controls, among
// them round 18's spacex-booster-landing 03, whose one caption dates a
// file photo of another year.
func TestPageDayDroppedLines(t *testing.T) {
	tiger := "US golf icon Tiger Woods won his fifth Masters on Sunday, the first major of the season played this week at the historic Augusta National course, 14 years after his first victory there in 2005."
	tigerCaptions := []string{
		"US golf icon Tiger Woods celebrates with his fifth green jacket after winning the 2019 Masters Tournament at the Augusta National Golf Club in Augusta, Georgia, on April 14, 2019. EPA-EPA/TANNEN MAURY",
		"US golf icon Tiger Woods (r) celebrates with caddie Joe LaCava (l) on the 18th green after winning the 2019 Masters Tournament at the Augusta National Golf Club in Augusta, Georgia, on April 14, 2019. EFE/EPA/ERIK S. LESSER",
	}
	fuego := "Rescuers on Monday pulled at least 10 people alive from ash drifts and mud flows that poured down the slopes of Guatemala's erupting Volcano of Fire, but officials said at least 33 people were dead and the toll was expected to rise."
	fuegoCaption := "Rescue workers walk on rooftops in Escuintla, Guatemala, Monday, June 4, 2018, blanketed with heavy ash spewed by the Volcan de Fuego, or “Volcano of Fire,” pictured in the background, left center. (AP Photo/Luis Soto)"
	queen := "Queen Elizabeth II, Britain's longest-reigning monarch, died on Thursday at her Scottish estate of Balmoral, Buckingham Palace said."
	spacex := "SpaceX joins Blue Origin as the only space exploration organizations to successfully land a rocket intact after it had been launched. The landing Monday night was the first time SpaceX tried to return a booster to land."
	for _, tt := range []struct {
		name, text string
		dropped    []string
		want       string
	}{
		{"captions written twice", tiger, tigerCaptions, "2019-04-14"},
		{"a caption written once", tiger, tigerCaptions[:1], ""},
		{"a caption with its weekday", fuego, []string{fuegoCaption}, "2018-06-04"},
		{"a caption with another weekday", fuego, []string{"Rescue workers walk on rooftops in Escuintla, Guatemala, Tuesday, June 5, 2018. (AP Photo/Luis Soto)"}, ""},
		{"a post's signature", queen, []string{"#BREAKING Queen Elizabeth II dies at 96: palace pic.twitter.com/h1GnFfkRAi — AFP News Agency (@AFP) September 8, 2022"}, "2022-09-08"},
		{"two post signatures", "Tragedy struck during a Jason Aldean concert in Las Vegas on Sunday night. Police said on Monday that the gunman had killed himself.",
			[]string{"— Lauren Alaina (@Lauren_Alaina) October 2, 2017", "— TODAY (@TODAYshow) October 2, 2017"}, "2017-10-02"},
		{"a file photo of another year", spacex, []string{"Elon Musk attends the SpaceX Commercial Launch Facility on September 22, 2014."}, ""},
		{"a later dropped date refuses the day", fuego, []string{fuegoCaption, "Rescue workers return to Escuintla, Guatemala, on June 9, 2018. (AP Photo/Luis Soto)"}, ""},
		{"no dropped lines", fuego, nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			day, ok := PageDay(&d, time.Time{}, time.Time{}, tt.dropped)
			got := ""
			if ok {
				got = day.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("PageDay = %q, want %q", got, tt.want)
			}
		})
	}
}
