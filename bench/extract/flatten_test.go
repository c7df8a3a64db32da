package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFlatten(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{
		{
			name: "title, paragraphs between blank lines, inline text joined",
			page: `<html><head><title> A  story </title><style>p{}</style></head><body>
<p>First <b>bold</b><i>word</i> and <a href="/x">a link</a>.</p><p>Second.</p></body></html>`,
			want: "A story\n\nFirst boldword and a link.\n\nSecond.\n",
		},
		{
			name: "list items and table cells on lines; a list between blank lines",
			page: `<body><div>Menu<ul><li>News</li><li>Sport</li></ul></div><table><tr><td>a</td><td>b</td></tr></table></body>`,
			want: "Menu\n\nNews\nSport\n\na\nb\n",
		},
		{
			name: "scripts, alt text and hidden elements give nothing; br breaks; display:none is kept as the real dumps keep it",
			page: `<body><div hidden>gone</div><script>var x</script><img alt="photo">By<br>Jane <a style="display:none">Doe</a></body>`,
			want: "By\nJane Doe\n",
		},
		{
			name: "a no-break space before a link is a space",
			page: "<body><p>in western\u00a0<a>Mongolia</a>, near</p></body>",
			want: "in western Mongolia, near\n",
		},
		{
			name: "empty blocks leave one blank line at most",
			page: `<body><p>a</p><div><p></p><div></div></div><div>b</div></body>`,
			want: "a\n\nb\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, flatten([]byte(tc.page))); diff != "" {
				t.Errorf("flatten (-want +got):\n%s", diff)
			}
		})
	}
}
