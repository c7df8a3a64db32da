package extract

// dropTrailingHeadings drops headings that end the body. A subhead
// announces the paragraphs under it; one with none under it in the body
// is the title of a box the body left out ("You may also like...",
// "Most read", "How to listen to the podcast"), whose items were
// dropped as links or never taken. A body of headings alone is left as
// it is.
func dropTrailingHeadings(paras []string, m *matcher, blocks []block) []string {
	end := len(paras)
	for end > 1 {
		j := m.find(paras[end-1])
		if j < 0 || !blocks[j].heading {
			break
		}
		end--
	}
	if end == 1 {
		if j := m.find(paras[0]); j >= 0 && blocks[j].heading {
			return paras // headings only: nothing tells which to keep
		}
	}
	return paras[:end]
}
