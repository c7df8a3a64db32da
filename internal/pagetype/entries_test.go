package pagetype

import (
	"testing"
)

// yamlEntriesW is the body of libyaml's Doxygen page of its data
// fields under "w" (libyaml-doc 0.2.5, functions_vars_w.html), byte for
// byte but for the scripts: three entries, each a field's name and a
// link to the structure that has it.
const yamlEntriesW = `<div class="contents">
&#160;

<h3><a id="index_w"></a>- w -</h3><ul>
<li>whitespace
: <a class="el" href="structyaml__emitter__s.html#a160ed0cf1cc6116b65772d14ced2d867">yaml_emitter_s</a>
</li>
<li>write_handler
: <a class="el" href="structyaml__emitter__s.html#aefa7e29ba8042ed1d133a02bb368ea3e">yaml_emitter_s</a>
</li>
<li>write_handler_data
: <a class="el" href="structyaml__emitter__s.html#a6c4fe0176b69da64ac1ddc7e091967e5">yaml_emitter_s</a>
</li>
</ul>
</div><!-- contents -->`

// TestIndexEntries: a page of an index that holds a few entries, each
// a name and a link to where it is defined, and not one line of text is
// a listing, however few the entries (libyaml's page for "w" has
// three). The hard negatives: a brief that says its piece in a
// sentence over links to the people it names, a photo story marked as
// an article with captions of a few words, and a page of one line of
// text under a list of parts.
func TestIndexEntries(t *testing.T) {
	page := func(title, head, body string) string {
		return "<html><head><title>" + title + "</title>" + head + "</head><body>" + body + "</body></html>"
	}
	people := `<ul><li><a href="/people/ana-ruiz">Ana Ruiz</a>, harbour master</li><li><a href="/people/tom-berg">Tom Berg</a>, board chair</li><li><a href="/people/li-wen">Li Wen</a>, treasurer</li></ul>`
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"libyaml's data fields under w",
			page("yaml: Data Fields - Variables", "", `<div id="top"><div id="titlearea"><div id="projectname">yaml &#160;<span id="projectnumber">0.2.5</span></div></div></div>`+yamlEntriesW),
			Listing},
		{"a brief that says its piece in a sentence",
			page("Board elects officers | The Harbour Times", "", `<h1>Board elects officers</h1><p>The harbour board elected its officers for the coming year on Tuesday night.</p>`+people),
			Article},
		{"a photo story marked as an article",
			page("The regatta in pictures | The Harbour Times", `<meta property="og:type" content="article">`, `<h1>The regatta in pictures</h1><ul><li><img src="1.jpg"><a href="/photos/1">The start line</a></li><li><img src="2.jpg"><a href="/photos/2">Rounding the buoy</a></li><li><img src="3.jpg"><a href="/photos/3">The finish</a></li></ul>`),
			Article},
		{"a line of text under a list of parts",
			page("Tide tables", "", `<h1>Tide tables</h1><div>Tables for every harbour of the coast in one place</div><ul><li><a href="/north">North harbour</a></li><li><a href="/south">South harbour</a></li><li><a href="/east">East harbour</a></li></ul>`),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
