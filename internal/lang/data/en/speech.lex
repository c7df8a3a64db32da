# English words for quotes, speakers and reported speech.

[speech-cues]
said, says, say, told, tells, added, adds, stated, states, commented, noted,
notes, claimed, claims, warned, warns, announced, declared, explained, wrote,
writes, asked, replied, insisted, argued, confirmed, reported, read, reads,
quoted, tweeted, posted, continued, recalled, acknowledged, admitted, stressed,
emphasised, emphasized, urged, predicted, predict, speculate, indicated,
indicate, revealed, insists, believes, suggested, suggest, adding, saying,
warning, stating, noting, insisting, arguing, claiming, calling, describing

[pronouns]
i, you, he, she, it, we, they, me, him, her, us, them

[head-prepositions]
of, at, in, from, for, with, on, by, within, inside, near

[relative-words]
who, whom, which, that, whose, where, when
