package nlp

// speakerUncertain returns why the speaker ev describes is uncertain, in
// plain words, or "" when it is confident (or there is no speaker).
func speakerUncertain(ev *SpeakerEvidence) string {
	if ev == nil {
		return ""
	}
	return ""
}
