package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

func readPage(t *testing.T, name, url string) source.Page {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return source.Page{Origin: name, URL: url, Kind: source.KindHTML, Data: data}
}

func TestExtractHTML(t *testing.T) {
	tests := []struct {
		file, url string
		want      article.Article
	}{
		{
			file: "jsonld.html",
			url:  "https://courier.example/news/harbour-bridge-reopens?ref=home",
			want: article.Article{
				Origin:        "jsonld.html",
				URL:           "https://courier.example/news/harbour-bridge-reopens",
				Title:         "Harbour bridge reopens after repairs",
				Description:   "The swing bridge was closed for eleven weeks.",
				Authors:       []string{"Ada Lovell", "Tom Reyes"},
				Site:          "The Coastal Courier",
				Language:      "en",
				Image:         "https://courier.example/images/bridge.jpg",
				Published:     time.Date(2023, 9, 4, 21, 43, 0, 0, time.FixedZone("", 3600)),
				PublishedFrom: "json-ld",
				Modified:      time.Date(2023, 9, 5, 8, 0, 0, 0, time.FixedZone("", 3600)),
				Text: "The harbour swing bridge reopened to traffic on Monday evening after eleven weeks of repairs to its turning gear, the county council said.\n\n" +
					"Engineers replaced the central bearing, which had worn unevenly since the bridge was last refurbished in 1998, and fitted new hydraulic rams to the deck locks.\n\n" +
					"\"We are grateful to residents for their patience,\" said councillor Mary Hale, who chairs the transport committee. \"The diversion added twenty minutes to many journeys.\"\n\n" +
					"The repairs cost £2.4 million, slightly under the original estimate, and were paid for from the council's highways maintenance budget.",
			},
		},
		{
			file: "byline.html",
			want: article.Article{
				Origin:        "byline.html",
				Title:         "Neue Buslinie verbindet Vororte",
				Description:   "Ab Montag fährt die Linie 42 alle zehn Minuten.",
				Authors:       []string{"Jana Koch"},
				Language:      "de",
				Published:     time.Date(2023, 9, 4, 21, 43, 0, 0, time.UTC),
				PublishedFrom: "byline",
				Text: "Ab Montag fährt die neue Linie 42 im Zehn-Minuten-Takt zwischen den nördlichen und südlichen Vororten, ohne den Umweg über den Hauptbahnhof.\n\n" +
					"Die Verkehrsbetriebe rechnen mit rund achttausend Fahrgästen am Tag. Für die Strecke wurden zwölf neue Elektrobusse angeschafft.\n\n" +
					"Anwohner hatten die Verbindung seit Jahren gefordert. Bisher dauerte die Fahrt zwischen den Vororten mit Umstieg fast eine Stunde.",
			},
		},
		{
			file: "urldate.html",
			url:  "https://citypost.example/2023/09/05/library-hours/",
			want: article.Article{
				Origin:        "urldate.html",
				URL:           "https://citypost.example/2023/09/05/library-hours/",
				Title:         "Library extends opening hours",
				Site:          "citypost.example",
				Language:      "en",
				Published:     time.Date(2023, 9, 5, 0, 0, 0, 0, time.UTC),
				PublishedFrom: "url",
				Text: "The central library will stay open until nine in the evening on weekdays from next month, the city's culture department announced on Tuesday.\n\n" +
					"The change follows a survey in which two thirds of members said they could not visit during working hours. Weekend hours are unchanged.\n\n" +
					"Three new staff members will be hired to cover the extra shifts, funded by a grant from the regional education trust.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := Extract(context.Background(), readPage(t, tt.file, tt.url))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Extract(%s) mismatch (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name string
		page source.Page
		want error
	}{
		{"binary", source.Page{Origin: "x.bin", Kind: source.KindBinary, Data: []byte{0, 1, 2}}, ErrNotPage},
		{"empty", source.Page{Origin: "e.html", Kind: source.KindEmpty}, ErrNotPage},
		{"too large", source.Page{Origin: "big.html", Kind: source.KindHTML, Data: make([]byte, MaxPageBytes+1)}, ErrTooLarge},
		{"no text", source.Page{Origin: "n.html", Kind: source.KindHTML, Data: []byte("<html><body><div></div></body></html>")}, ErrNoArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.page)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Extract(%s) error = %v, want %v", tt.page.Origin, err, tt.want)
			}
			if want := "extracting " + tt.page.Origin + ": "; len(err.Error()) < len(want) || err.Error()[:len(want)] != want {
				t.Errorf("error %q does not name the page", err)
			}
		})
	}
}

func TestExtractText(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "dump.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(context.Background(), source.Page{Origin: "dump.txt", URL: "https://courier.example/b", Kind: source.KindText, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if a.Origin != "dump.txt" || a.URL != "https://courier.example/b" {
		t.Errorf("origin, URL = %q, %q; want the page's", a.Origin, a.URL)
	}
	for _, want := range []string{"reopened to traffic on Monday evening", "fitted new hydraulic rams"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, chrome := range []string{"Most read", "Council tax to rise", "Share this article"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("text keeps chrome %q:\n%s", chrome, a.Text)
		}
	}
}
