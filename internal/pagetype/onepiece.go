package pagetype

// onePieceMaxLinks is the most links outside menus a page may have and
// still point nowhere: a front points readers on to many pages.
const onePieceMaxLinks = 4

// onePiece tells whether the page is one piece of writing whatever its
// address or title says: prose of 100 words or more holding three
// quarters of the words outside menus, and next to no links outside
// them. A site of one page (a farewell note at the root, titled
// "Home") is such a page; a front, whose work is to list other pages,
// never is.
func (f *features) onePiece() bool {
	return f.links-f.chromeLinks <= onePieceMaxLinks && f.proseWords >= 100 && f.proseWords*4 >= f.mainWords*3
}
