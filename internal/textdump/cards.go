package textdump

// markSharedCards flags the items of a feed that a page prints under or
// beside its story: a blog's other posts, each one paragraph over its own
// share bar ("Whatsapp Facebook Pint Baixar"). A story carries one share
// bar, above or below it, or one at each end; the same bar printed again
// after every paragraph or two says each of those paragraphs is an item of
// its own. Three such items in a row, each one or two lines between two
// copies of the same bar, are cards: chrome, which ends the region as a
// teaser box does. The bar's first copy and what precedes it are left to
// the other rules, so the story above a feed keeps its own bar.
func markSharedCards(lines []line) {
	at := make(map[string][]int)
	for i, l := range lines {
		if l.chrome && isWidgetWords(normalizePhrase(l.text), l.words) {
			key := normalizePhrase(l.text)
			at[key] = append(at[key], i)
		}
	}
	for _, pos := range at {
		for k := 0; k+1 < len(pos); {
			j := k
			for j+1 < len(pos) && isCardGap(lines, pos[j], pos[j+1]) {
				j++
			}
			if j-k >= sharedCardsMin {
				for m := k; m < j; m++ {
					for i := pos[m] + 1; i < pos[m+1]; i++ {
						lines[i].chrome = true
					}
				}
			}
			k = max(j, k+1)
		}
	}
}

// sharedCardsMin is how many cards in a row make a feed.
const sharedCardsMin = 3

// isCardGap tells whether the lines between two copies of a share bar at
// a and b are one card: one or two lines, none of them furniture already
// and none a comment-thread header.
func isCardGap(lines []line, a, b int) bool {
	n := b - a - 1
	if n < 1 || n > 2 {
		return false
	}
	for _, l := range lines[a+1 : b] {
		if l.chrome || l.barrier || l.slot {
			return false
		}
	}
	return true
}
