package textdump

import "testing"

// TestAuthorBoxHeader: the header of the author box under an article
// ends the body whatever its capitals ("About the Author" is how
// 9to5Mac and many WordPress themes print it); a subhead that only starts
// with "About" is no such header.
func TestAuthorBoxHeader(t *testing.T) {
	for s, want := range map[string]bool{
		"About the author":          true,
		"About the Author":          true,
		"ABOUT THE AUTHOR":          true,
		"Über die Autorin":          true,
		"Sobre o autor":             true,
		"About Trevor Daugherty":    true,
		"About the vaccine trial":   false,
		"About the author's motive": false,
	} {
		if got := authorBoxHeader.MatchString(s); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}
