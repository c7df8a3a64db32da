package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDebugSeeds(t *testing.T) {
	if os.Getenv("NLPDBG") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("/work/shared/seeds/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d := Analyze(string(b), time.Date(2023, 9, 11, 12, 0, 0, 0, time.UTC))
		fmt.Println("=====", f)
		for _, e := range d.Entities {
			fmt.Printf("E%d %s [%s] aliases=%v roles=%v n=%d desc=%v\n", e.ID, e.Name, e.Kind, e.Aliases, e.Roles, len(e.Mentions), e.Descriptive)
		}
		for _, q := range d.Quotes {
			fmt.Printf("Q %q by %q(%d) cue=%s direct=%v\n", q.Text, q.Speaker, q.SpeakerEntity, q.Cue, q.Direct)
		}
		for _, a := range d.Attributions {
			fmt.Printf("A %+v\n", a)
		}
		for _, q := range d.Quantities {
			fmt.Printf("N %q %v-%v %s %s\n", q.Text, q.Value, q.ValueMax, q.Unit, q.Qualifier)
		}
		for _, x := range d.Times {
			fmt.Printf("T %q %s %s %s wd=%d\n", x.Text, x.Start.Format("2006-01-02"), x.End.Format("2006-01-02"), x.Granularity, x.Weekday)
		}
	}
}
