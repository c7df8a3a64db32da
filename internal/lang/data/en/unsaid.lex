# Words that tell a phrase or a clause is no speaker's words or no
# speaker's name (internal/nlp speaker_unsaid.go, reported_unsaid.go).

# Verbs of hearing and seeing: "A witness reports hearing the boy tell
# his mother he wanted to get in the water": the one heard said it, and
# a speaker phrase holding such a verb is a clause, not a name.
[perception-verbs]
hear, hears, heard, hearing, overhear, overhears, overheard, overhearing,
see, sees, saw, seen, seeing, watch, watches, watched, watching

# Cues whose noun-phrase object is the matter explained or defended, not
# words said: "released a video statement explaining his decision to
# withdraw the diplomatic asylum" names what the statement was about.
[topic-object-cues]
explain, explains, explained, explaining, justify, justifies, justified,
justifying, defend, defends, defended, defending, discuss, discusses,
discussed, discussing, outline, outlines, outlined, outlining, detail,
details, detailed, detailing

# Pronouns that open the writer's "as" clause of what the speaker did
# meanwhile: "said the collapse was a “matter of profound regret” as he
# apologised to the company's staff".
[narration-as-subjects]
he, she, they

# Conjunctions of concession that, after an "according to X," set off
# inside a sentence, open the writer's own clause: "88 per cent … had
# never heard of Alibaba last Monday, according to a poll conducted for
# Reuters, though that looks set to change …".
[concession-openers]
though, although

# The word that opens the writer's "as" clause after what was reported
# ("… ” as he apologised").
[narration-as-openers]
as

# The ending of an -ing form, on a word longer than five letters
# ("saying", "posting"; not "king", "thing").
[ing-form-suffix-rules]
ing >5
