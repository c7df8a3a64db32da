package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestMultilingualTimeBounds: a word after a date in Chinese or Japanese
// makes it an open interval ("1939年以来": since 1939, not the year
// 1939), and a day's number that counts days ("発生から5日": five days
// after the occurrence, "5日間") is no day of the month (made-up
// sentences).
func TestMultilingualTimeBounds(t *testing.T) {
	type tm struct{ Text, Start, End, Open string }
	for _, tc := range []struct {
		lang, text string
		want       []tm
	}{
		{"zh", "这是该地区1939年以来最强烈的地震。", []tm{{"1939年以来", "1939-01-01", "", OpenAfter}}},
		{"zh", "自2月6日起，救援队持续搜救。", []tm{{"2月6日起", "2023-02-06", "", OpenAfter}}},
		{"zh", "2022年以前，这里没有发生过地震。", []tm{{"2022年以前", "", "2022-01-01", OpenBefore}}},
		{"ja", "この地域では1939年以来の大地震となった。", []tm{{"1939年以来", "1939-01-01", "", OpenAfter}}},
		{"ja", "地震の発生から5日が経過した。", nil},
		{"ja", "救助活動は5日間続いた。", nil},
		{"ja", "首相は5日、被災地を視察した。", []tm{{"5日", "2023-09-05", "2023-09-06", ""}}},
	} {
		d := AnalyzeIn(tc.text, mlRef, tc.lang)
		var got []tm
		for _, x := range d.Times {
			got = append(got, tm{x.Text, dayOrNone(x.Start), dayOrNone(x.End), x.Open})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tc.lang, tc.text, diff)
		}
	}
}

// dayOrNone is t's date, "" for no time (an open end).
func dayOrNone(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
