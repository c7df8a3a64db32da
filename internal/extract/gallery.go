package extract

import (
	"regexp"
	"strconv"

	"golang.org/x/net/html"
)

// slideCounter is a gallery's "3/50" or "3 of 50" at the start of a
// slide's title or caption.
var slideCounter = regexp.MustCompile(`^(\d{1,3})\s*(?:/|of)\s*(\d{1,3})\b`)

// galleryMinSlides is how many numbered slides make an embedded gallery.
const galleryMinSlides = 3

// galleryMinStory is how many words the body must keep outside the
// gallery for the gallery to be an embed in a story rather than the page
// itself (a photo story is all slides).
const galleryMinStory = 150

// dropGallery drops an embedded gallery that trafilatura kept: three or
// more kept paragraphs counting slides of one total in order ("1/50",
// "2/50", ...) mark it, and everything in the smallest element holding
// them goes, titles, captions and credits, when the story outside it is
// long enough to be the page's article.
func dropGallery(blocks []block, paras []string, match []int, dropped []bool) {
	var nodes []*html.Node
	total, next := "", 1
	for i, p := range paras {
		m := slideCounter.FindStringSubmatch(p)
		if m == nil || match[i] < 0 || dropped[i] {
			continue
		}
		k, _ := strconv.Atoi(m[1])
		if total != "" && m[2] != total || k != next {
			continue
		}
		total, next = m[2], k+1
		nodes = append(nodes, blocks[match[i]].parent)
	}
	if len(nodes) < galleryMinSlides {
		return
	}
	box := nodes[0]
	for _, n := range nodes[1:] {
		for box != nil && !contains(box, n) {
			box = box.Parent
		}
	}
	if box == nil || box.Parent == nil {
		return
	}
	in := make([]bool, len(paras))
	story := 0
	for i, p := range paras {
		in[i] = match[i] >= 0 && contains(box, blocks[match[i]].parent)
		if !in[i] && !dropped[i] {
			story += wordsIn(p)
		}
	}
	if story < galleryMinStory {
		return
	}
	for i := range paras {
		if in[i] {
			dropped[i] = true
		}
	}
}

// contains tells whether n is a or inside it.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}
