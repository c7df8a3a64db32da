# Words that tell the writer's narration, or a name that is no speaker,
# from someone's reported words (internal/nlp speaker_impostor.go,
# reported_writer_unknown.go, reported_noun_cue.go).

# Adjectives that, right before a name, say the one writing was not its
# bearer: "“I am giving back to the community,” fake Joe Biden wrote"
# (a hijacked account), "a phony Elon Musk tweeted". The name is who was
# impersonated, never who said the words.
[impostor-modifiers]
fake, phony, phoney, bogus, spoof, impostor, imposter, counterfeit, sham,
pretend, parody

# Words that, in the writer's "it is unclear whether …" after what was
# reported, say what nobody has told: "they will cease flying to Doha,
# and it's unclear if Qatar Airways will be able to …" ends the words
# said at its comma.
[unknown-words]
unclear, uncertain, unknown

# Words that, after "it is not", say the same: "and it was not
# immediately clear whether …", "it is not known how many …".
[known-words]
clear, known, certain

# The forms of "it" and "be" that open such a clause.
[impersonal-it-forms]
it, it's, it’s

# Possessive determiners: after one, with only modifiers between, an
# "-ing" word is a noun ("its first-ever red warning for extreme heat"),
# not a participle reporting speech.
[possessive-determiners]
his, her, its, their, our, my, your
