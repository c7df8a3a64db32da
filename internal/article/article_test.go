package article

import "testing"

func TestOutlet(t *testing.T) {
	for _, tt := range []struct {
		a    Article
		want string
	}{
		{Article{Site: "Ukrainska Pravda", URL: "https://www.pravda.com.ua/x", Origin: "004.txt"}, "Ukrainska Pravda"},
		{Article{URL: "https://www.telegraph.co.uk/news/x", Origin: "a.html"}, "telegraph.co.uk"},
		// A page that names no publisher is never named after its file.
		{Article{Origin: "../shared/seeds/001_56b8bb534159f71a.txt"}, "unknown outlet (../shared/seeds/001_56b8bb534159f71a.txt)"},
		{Article{URL: "metadata://gnu.org/x", Origin: "crawl.warc.gz#record-17"}, "unknown outlet (crawl.warc.gz#record-17)"},
		{Article{}, "unknown outlet (unnamed input)"},
	} {
		if got := tt.a.Outlet(); got != tt.want {
			t.Errorf("Outlet(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}
