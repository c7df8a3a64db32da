package pagetype

import (
	"fmt"
	"strings"
	"testing"
)

// TestHubsSignInAndOwnWords: a hub of linked headings with nothing to
// read, a page named after its section alone, an email-first sign-in
// page and not-found or region-block pages in the site's own words are
// not articles; a story over a box of related headlines, a story filed
// under a section label, an article about signing in and a story about
// geo-blocking told in prose are.
func TestHubsSignInAndOwnWords(t *testing.T) {
	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	prose := func(sentences int) string {
		return "<p>" + strings.Repeat(sentence, sentences) + "</p>"
	}
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav>" + body + "<footer><a href=\"/about/\">About</a> © Harbour Weekly</footer></body></html>"
	}
	linked := func(n int, tag string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, `<div class="card"><a href="/v/%d/"><img src="/v/%d.jpg" alt=""></a><%s><a href="/v/%d/">Crews pull truck %d from the lake</a></%s><span>2:%02d</span></div>`, i, i, tag, i, i, tag, i)
		}
		return b.String()
	}
	signIn := `<form action="/login"><label>Email address</label><input type="email" name="email"><button>Continue</button></form>`
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a hub of six linked headings and no prose",
			page("Live updates | Harbour Weekly", "<h1>Live coverage</h1>"+linked(6, "h2")),
			Listing},
		{"a show page whose one-sentence blurb sits over its episodes",
			page("Harbour Weekly podcast | Harbour Weekly", "<h1>Harbour Weekly podcast</h1><p>Our reporters talk through the week's biggest story. New episodes every Friday.</p>"+linked(6, "h3")),
			Listing},
		{"a page named after its section alone",
			page("Photos | Harbour Weekly", "<h1>Photo galleries</h1>"+linked(3, "h3")),
			Index},
		{"an email-first sign-in page",
			page("Log in | Harbour Weekly", "<h1>Log in to your account</h1><p>Enter the email address you use for your subscription.</p>"+signIn),
			Login},
		{"a not-found page in the site's own words",
			page("We couldn't find that | Harbour Weekly", "<h1>Sorry, we couldn't find that page.</h1><p>The link you followed may be broken, or the story may have been taken down.</p>"+linked(8, "li")),
			Error},
		{"a region block",
			page("Harbour Weekly", "<h1>This content is not available in your country</h1><p>Because of legal requirements in your region we are unable to show you this page.</p>"),
			Error},
		{"a Spanish not-found page",
			page("Vaya, esta página ya no está | Diario", "<h1>Vaya, esta página ya no está</h1><p>Es posible que la dirección esté mal escrita.</p>"),
			Error},
		{"an Indonesian not-found page",
			page("Halaman tidak ditemukan | Kabar Kota", "<h1>Maaf, halaman tidak ditemukan</h1><p>Halaman yang Anda cari mungkin sudah dihapus.</p>"),
			Error},
		{"a Russian sign-in page",
			page("Вход | Городские новости", "<h1>Вход в личный кабинет</h1>"+signIn),
			Login},
		{"a story over a box of related linked headings",
			page("Ferry route closed for winter | Harbour Weekly", "<h1>Ferry route closed for winter</h1>"+prose(4)+"<section class=\"related\"><h2>More on the ferry</h2>"+linked(6, "h3")+"</section>"),
			Article},
		{"a story filed under a section label",
			page("Opinion | The ferry deserves a winter timetable", "<h1>The ferry deserves a winter timetable</h1>"+prose(6)),
			Article},
		{"an article about signing in, beside a newsletter box",
			page("How to sign in to the new tax portal | Harbour Weekly", "<h1>How to sign in to the new tax portal</h1>"+prose(6)+signIn),
			Article},
		{"a story about geo-blocking told in prose",
			page("Why the final is not available in your country | Harbour Weekly", "<h1>Why the final is not available in your country</h1>"+prose(8)),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
