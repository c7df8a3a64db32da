package align

import "crosscheck/internal/nlp"

// findConflicts compares the values stated by the sentences of each claim.
func findConflicts(claims []Claim, inputs []Input, docs []nlp.Doc, opts Options) []Conflict {
	return nil
}
