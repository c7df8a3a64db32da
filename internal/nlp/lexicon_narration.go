package nlp

import "crosscheck/internal/lang"

// Word lists of speaker_impostor.go, reported_writer_unknown.go and
// reported_noun_cue.go.
var (
	impostorModifiers     = en.Set(lang.ImpostorModifiers)
	unknownWords          = en.Set(lang.UnknownWords)
	knownWords            = en.Set(lang.KnownWords)
	impersonalItForms     = en.Set(lang.ImpersonalItForms)
	possessiveDeterminers = en.Set(lang.PossessiveDeterminers)
)
