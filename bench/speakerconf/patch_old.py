"""Adds the speaker evidence to a checkout of an older commit, so that its
own bench/audit prepares a judged round again with the same items and
each speaker item carrying speaker_evidence (bench/speakerconf/loro.py
-judged-commit). Run in the old checkout after copying
internal/nlp/speaker_evidence.go and speaker_confidence.go into it and
applying this commit's changes to internal/brief/* and internal/nlp/doc.go
(git apply --include); words lists an old lexicon lacks are defined in a
shim by the caller."""
import re


def edit(p, f):
    s = open(p).read()
    t = f(s)
    if t == s:
        print('NOCHANGE', p)
    open(p, 'w').write(t)

# analyze.go: after the line assigning d.Quotes
def an(s):
    return re.sub(r'(\n\td\.Quotes = [^\n]*\n)', r'\1\tmarkSpeakerEvidence(&d, subjectPronouns)\n', s, count=1)
edit('internal/nlp/analyze.go',an)
def prep(s):
    s=re.sub(r'(type item struct \{\n)', r'\1\tSpeaker         string               `json:"speaker,omitempty"`\n\tSpeakerReason   string               `json:"speaker_reason,omitempty"`\n\tSpeakerEvidence *nlp.SpeakerEvidence `json:"speaker_evidence,omitempty"`\n', s, count=1)
    if '"crosscheck/internal/nlp"' not in s:
        s=s.replace('import (\n','import (\n\t"crosscheck/internal/nlp"\n',1)
    return s
edit('bench/audit/prepare.go',prep)
def items(s):
    return re.sub(r'(item\{Story: s\.name, Kind: "quote-speaker",[^\n]*Evidence: \[\]cited\{c\})\}', r'\1, SpeakerReason: q.SpeakerUncertain, SpeakerEvidence: q.SpeakerEvidence}', s, count=1)
edit('bench/audit/items.go',items)
