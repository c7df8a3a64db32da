package extract

import "regexp"

// mimeLine matches a paragraph that is only a media type ("image/svg+xml"):
// the format field of an inline SVG's metadata, which a browser's text
// copy of the page prints where the logo or icon stands. No sentence is
// a media type alone.
var mimeLine = regexp.MustCompile(`^(?:image|application|text|audio|video|font)/[a-z0-9][a-z0-9.+-]*$`)
