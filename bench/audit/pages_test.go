package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/brief"
	"crosscheck/internal/eval"
)

func TestParsePage(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       eval.EventDoc
		err        string
	}{
		{"dated", "Brücke gesperrt\nPublisher: alpha.de\nPublished: 2021-03-04\n\nDie Brücke ist gesperrt.\n",
			eval.EventDoc{ID: "01", Title: "Brücke gesperrt", Outlet: "alpha.de", Published: time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC), Text: "Die Brücke ist gesperrt."}, ""},
		{"undated, CRLF", "Titel\r\nPublisher: beta.at\r\n\r\nText.\r\n",
			eval.EventDoc{ID: "01", Title: "Titel", Outlet: "beta.at", Text: "Text."}, ""},
		{"no blank line", "Titel\nPublisher: beta.at\nText.\n", eval.EventDoc{}, "no blank line"},
		{"no publisher", "Titel\n\nText.\n", eval.EventDoc{}, `no "Publisher:" line`},
		{"bad date", "Titel\nPublisher: beta.at\nPublished: 2021-03\n\nText.\n", eval.EventDoc{}, "not YYYY-MM-DD"},
		{"unknown line", "Titel\nPublisher: beta.at\nAuthor: X\n\nText.\n", eval.EventDoc{}, "header line"},
		{"no title", "\nPublisher: beta.at\n\nText.\n", eval.EventDoc{}, "title"},
		{"no text", "Titel\nPublisher: beta.at\n\n\n", eval.EventDoc{}, "no text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parsePage("01.txt", []byte(tc.page))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "01.txt") {
					t.Errorf("error %v, want one naming 01.txt and saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("page (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParsePage(f *testing.F) {
	f.Add([]byte("Titel\nPublisher: alpha.de\nPublished: 2021-03-04\n\nText.\n"))
	f.Add([]byte("Titel\r\nPublisher: beta.at\r\n\r\nText.\r\n"))
	f.Add([]byte("\n\n\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := parsePage("x.txt", b)
		if err != nil {
			return
		}
		if d.Title == "" || d.Outlet == "" || d.Text == "" {
			t.Errorf("accepted a page without title, outlet or text: %+v", d)
		}
	})
}

// The pages of a made-up German story: a bridge closed after a crack was
// found, told by three outlets, and a second story told by two.
var germanPages = map[string]string{
	"de/sources/01.txt": `Riss in der Talbrücke: Strecke gesperrt
Publisher: alpha-zeitung.de
Published: 2021-03-04

Die Talbrücke bei Neudorf ist seit Mittwoch für den gesamten Verkehr gesperrt. Prüfer hatten bei einer Routinekontrolle einen 40 Zentimeter langen Riss in einem Pfeiler entdeckt, teilte die Autobahngesellschaft mit.

"Wir können die Sicherheit der Brücke derzeit nicht garantieren", sagte der Sprecher der Autobahngesellschaft, Martin Keller. Die Sperrung werde mindestens drei Wochen dauern.

Täglich fahren rund 25.000 Fahrzeuge über die Brücke. Die Umleitung führt über die Landstraße durch den Ort.
`,
	"de/sources/02.txt": `Talbrücke Neudorf bleibt wochenlang zu
Publisher: beta-nachrichten.de
Published: 2021-03-04

Nach dem Fund eines Risses in einem Pfeiler hat die Autobahngesellschaft die Talbrücke bei Neudorf am Mittwoch gesperrt. Der Riss ist nach Angaben der Behörde 40 Zentimeter lang.

Die Sperrung werde mindestens drei Wochen dauern, sagte Sprecher Martin Keller. Über die Brücke fahren täglich etwa 25.000 Fahrzeuge, darunter viele Lastwagen.

Anwohner in Neudorf befürchten nun viel Verkehr auf der Umleitung durch den Ort.
`,
	"de/sources/03.txt": `Brücke gesperrt: Pendler müssen Umwege fahren
Publisher: gamma-post.at

Pendler zwischen Neudorf und der Kreisstadt müssen sich auf längere Fahrzeiten einstellen. Die Talbrücke ist gesperrt, weil Prüfer einen Riss in einem Pfeiler gefunden haben.

Die Autobahngesellschaft rechnet damit, dass die Sperrung mindestens drei Wochen dauert. "Die Reparatur hat für uns höchste Priorität", sagte Martin Keller.

Der Bürgermeister von Neudorf forderte eine zweite Umleitung für Lastwagen.
`,
	"xx/sources/01.txt": "Ein Titel\nPublisher: alpha-zeitung.de\n\nDer Stadtrat hat am Dienstag den Haushalt beschlossen. Die Schulden sinken um zwei Millionen Euro.\n",
	"xx/sources/02.txt": "Noch ein Titel\nPublisher: beta-nachrichten.de\n\nDer Stadtrat beschloss den Haushalt. Die Schulden sinken, sagte der Kämmerer.\n",
}

func writePages(t *testing.T, root string, pages map[string]string) {
	t.Helper()
	for name, text := range pages {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPreparePages(t *testing.T) {
	root := t.TempDir()
	writePages(t, root, germanPages)
	err := preparePages(context.Background(), root, 1)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(root, "xx")) || !strings.Contains(err.Error(), "2 outlets") {
		t.Errorf("error %v, want one naming the story xx of two outlets", err)
	}
	if _, err := os.Stat(filepath.Join(root, "xx", "items.jsonl")); err == nil {
		t.Error("items written for a story of two outlets")
	}

	dir := filepath.Join(root, "de")
	for name, text := range germanPages {
		if got, err := os.ReadFile(filepath.Join(root, name)); err != nil || string(got) != text {
			t.Errorf("%s changed by prepare (%v):\n%s", name, err, got)
		}
	}
	var b brief.Briefing
	raw, err := os.ReadFile(filepath.Join(dir, "briefing.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	analysed := map[string]string{}
	for _, o := range b.Outlets {
		for _, a := range o.Articles {
			analysed[o.Name+" "+a.Origin] = a.AnalysedIn
		}
	}
	want := map[string]string{"alpha-zeitung.de 01.txt": "de", "beta-nachrichten.de 02.txt": "de", "gamma-post.at 03.txt": "de"}
	if diff := cmp.Diff(want, analysed); diff != "" {
		t.Errorf("outlets, sources and the language each was analysed in (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(dir, "briefing.md")); err != nil {
		t.Error(err)
	}

	items, err := eval.ReadJSONLines[item](filepath.Join(dir, "items.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 {
		t.Fatal("no items")
	}
	for _, it := range items {
		if !strings.HasPrefix(it.ID, "de-") || it.Story != "de" {
			t.Errorf("item %s of story %q, want the story named after its directory", it.ID, it.Story)
		}
		if it.Kind == "timeline" && it.Question != askTimeline {
			t.Errorf("timeline item %s asks %q, want the question for sources not all dated", it.ID, it.Question)
		}
		for _, e := range it.Evidence {
			if _, ok := germanPages["de/sources/"+e.Source]; !ok || e.Sentence == "" {
				t.Errorf("item %s cites %q in %q, not a sentence of the story's pages", it.ID, e.Sentence, e.Source)
			}
		}
	}
}

func TestPreparePagesNoStories(t *testing.T) {
	root := t.TempDir()
	if err := preparePages(context.Background(), root, 1); err == nil || !strings.Contains(err.Error(), root) {
		t.Errorf("error %v, want one naming %s", err, root)
	}
}
