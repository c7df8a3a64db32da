package lang

// Language detection (data/<lang>/detect.lex).
const (
	// DetectionWords are a language's commonest function words, dense in
	// its prose whatever the topic: Detect names a text's language by
	// them, and the text dump's classifier tells prose from menus by them.
	DetectionWords Class = "detection-words"
	// DetectionLetters are letters a language writes and the others of its
	// script do not ("ї" of Ukrainian, "ы" of Russian): they name the
	// language of a text too short for its function words to.
	DetectionLetters Class = "detection-letters"
)
