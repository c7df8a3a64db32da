package textdump

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDroppedDateLines: the lines of a dump left out of the body that
// write a full date, from spent audit pages (round 19's fuego-eruption
// 06, round 15's las-vegas-shooting 01), beside controls.
func TestDroppedDateLines(t *testing.T) {
	caption := "Rescue workers walk on rooftops in Escuintla, Guatemala, Monday, June 4, 2018, blanketed with heavy ash spewed by the Volcan de Fuego. (AP Photo/Luis Soto)"
	body := "Rescuers on Monday pulled at least 10 people alive from ash drifts and mud flows.\n\nThe head of the country's disaster agency gave the updated death toll on June 4, 2018."
	for _, tt := range []struct {
		name, dump string
		want       []string
	}{
		{"a caption printed twice is one line", caption + "\n\n" + caption + "\n\n" + body, []string{caption}},
		{"a post's signature", body + "\n\n— Lauren Alaina (@Lauren_Alaina) October 2, 2017\n\nhttps://youtu.be/bFA2-2mdnRM", []string{"— Lauren Alaina (@Lauren_Alaina) October 2, 2017"}},
		{"an ISO stamp", "Update: 2017-09-12 21:29 GMT\n\n" + body, []string{"Update: 2017-09-12 21:29 GMT"}},
		{"a bare date is a clock", "Monday, Nov 25, 2024\n\n" + body, nil},
		{"a labelled bare date is a stamp", "Updated: January 28, 2019\n\n" + body, []string{"Updated: January 28, 2019"}},
		{"a date in markup is not printed", "<tweet id=\"672138506081275904\" author=\"@MissDBunker\" datetime=\"2015-12-02\">Scanner: Farook Sayed – was acting nervous, left the building</tweet>.\n\n" + body, nil},
		{"a kept line is not dropped", body, nil},
		{"a date without its year", "Published June 4\n\n" + body, nil},
		{"an ambiguous numeric date", "Posted 4/6/2018\n\n" + body, nil},
		{"no such day", "Updated February 30, 2018\n\n" + body, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, DroppedDateLines(tt.dump, body)); diff != "" {
				t.Errorf("DroppedDateLines (-want +got):\n%s", diff)
			}
		})
	}
}
