package extract

import (
	"context"
	"strings"
	"testing"

	"crosscheck/internal/source"
)

// ukrainianBody is a made-up Ukrainian report, long enough to be the
// article of its page.
const ukrainianBody = "Рятувальники продовжують розбирати завали після землетрусу на півдні країни, повідомила служба надзвичайних ситуацій. " +
	"За її даними, кількість загиблих зросла до 120 осіб, ще понад 800 людей отримали поранення. " +
	"Голова служби заявив, що роботи тривають цілодобово і що до них долучилися волонтери з сусідніх областей. " +
	"Він також зазначив, що уряд виділив кошти на тимчасове житло для тих, хто втратив свої домівки."

// TestLanguageOfUndeclaredPages: a page that does not say its language
// is in the one its text is written in, Ukrainian told from Russian (an
// HTML page by trafilatura's classifier of its body, a text dump by
// lang.Detect); a page that says it keeps what it says.
func TestLanguageOfUndeclaredPages(t *testing.T) {
	paras := "<p>" + strings.ReplaceAll(ukrainianBody, ". ", ".</p>\n<p>") + "</p>"
	page := func(htmlAttrs string) string {
		return "<!doctype html><html" + htmlAttrs + "><head><title>Землетрус: кількість загиблих зросла</title></head><body><article><h1>Землетрус: кількість загиблих зросла</h1>\n" + paras + "</article></body></html>"
	}
	tests := []struct {
		name string
		page source.Page
		want string
	}{
		{"html without lang", source.Page{Origin: "a.html", Kind: source.KindHTML, Data: []byte(page(""))}, "uk"},
		{"html with lang", source.Page{Origin: "b.html", Kind: source.KindHTML, Data: []byte(page(` lang="ru"`))}, "ru"},
		{"text dump", source.Page{Origin: "c.txt", Kind: source.KindText, Data: []byte("Землетрус: кількість загиблих зросла\n\n" + strings.ReplaceAll(ukrainianBody, ". ", ".\n\n") + "\n")}, "uk"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(context.Background(), tc.page)
			if err != nil {
				t.Fatal(err)
			}
			if a.Language != tc.want {
				t.Errorf("Language = %q, want %q", a.Language, tc.want)
			}
		})
	}
}
