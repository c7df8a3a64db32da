package textdump

import (
	"strings"
	"testing"
)

// TestUnspacedLinesByScript: a Japanese prose line whose commas and
// Latin names cut it into short tokens ("通常、権利者により…") is
// measured by its script, a word for every two characters, so a short
// sentence of it settles by its neighbours as a sentence does; a line of
// Japanese menu labels stays out of the body. Real bytes: a Japanese
// patent firm's blog post of the extraction set's develop part (its
// recall was 0.62).
func TestUnspacedLinesByScript(t *testing.T) {
	a := extractDevDump(t, "85439e26c41c")
	for _, want := range []string{
		"通常、権利者により正規のルートで販売された商品をそのまま転売する場合は",
		"しかし、今回の事件のように、権利者の意思に基づくことなく",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q", want)
		}
	}
	for _, chrome := range []string{"商標登録の基礎知識", "事務所案内・アクセス", "関連記事"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("body holds the menu label %q", chrome)
		}
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"もちろん、Apple社は「脱獄」を認めていません。", 9},
		{"The council voted on Tuesday.", 5},
	} {
		l := []line{{text: c.text}}
		measure(l)
		if l[0].words != c.want {
			t.Errorf("%q: %d words, want %d", c.text, l[0].words, c.want)
		}
	}
}

// TestIndonesianInformalProse: Indonesian prose written with the
// informal abbreviations of function words ("yg", "dgn") and the common
// words the lexicon lacked ("jadi", "kita", "saja") reads as prose, not
// as a menu. Real bytes: an Indonesian blog post of the develop part
// (recall 0.66), whose paragraphs "Islam pecah jadi Sunni dan Syi'ah
// karena faktor politik…" were dropped.
func TestIndonesianInformalProse(t *testing.T) {
	a := extractDevDump(t, "7837c9d66c81")
	for _, want := range []string{
		"Islam pecah jadi Sunni dan Syi’ah karena faktor politik",
		"Setelah pecah itulah jalan sendiri2",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q", want)
		}
	}
	for _, chrome := range []string{"Tinggalkan Balasan", "Filed under", "Aliran Sesat (225)"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("body holds the chrome line %q", chrome)
		}
	}
}
