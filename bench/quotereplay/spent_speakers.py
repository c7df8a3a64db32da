"""Matches the judged quote-speaker and reported-content items of the spent
news rounds (news-round10..15 and their -base rounds; never round 16) to
the quotes of briefings prepared again from the restored sources, by
(story, source, words shown), and counts by verdict whether the same
speaker is still shown, another one, or the quote is no longer made with
a speaker. An item judged in two rounds counts once per round.

    cp -r /work/spentsrc/news-round1{0,1,2,3,4,5} DIR/
    for n in 10 11 12 13 14 15; do go run ./bench/audit -prepare -pages-dirs DIR/news-round$n; done
    python3 bench/quotereplay/spent_speakers.py DIR [-list] [-context]

-context keeps only items whose speaker's name is not in the paragraph
of its quote in the source (a pronoun or an earlier sentence named it).
"""
import collections
import glob
import json
import os
import re
import sys

ROUNDS = ['news-round%d%s' % (n, b) for n in range(10, 16) for b in ('', '-base')]


def brief_quotes(d):
    """(story, origin, words) -> speaker of the briefings under d."""
    out = {}
    for f in glob.glob(os.path.join(d, 'news-round1[0-5]', '*', 'briefing.json')):
        story = os.path.basename(os.path.dirname(f))
        rnd = f.split('/')[-3]
        b = json.load(open(f))
        for g in b.get('quotes') or []:
            for q in g['quotes']:
                out[(rnd, story, q['ref']['origin'], norm(q['text']))] = g['speaker']
    return out


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def judged():
    for rnd in ROUNDS:
        for items in glob.glob('testdata/audit/%s/*/items.jsonl' % rnd):
            d = os.path.dirname(items)
            its = {}
            for l in open(items):
                if l.strip():
                    x = json.loads(l)
                    its[x['id']] = x
            for jf in glob.glob(d + '/judgments-*.jsonl'):
                for l in open(jf):
                    try:
                        j = json.loads(l)
                    except ValueError:
                        continue
                    it = its.get(j.get('id'))
                    if not it or it['kind'] not in ('quote-speaker', 'reported-content') or not it.get('evidence'):
                        continue
                    m = re.match(r'(.*?) \((direct|reported)[^)]*\): (.*)$', it['shown'], re.S)
                    if not m:
                        continue
                    yield rnd, it, j.get('verdict'), m.group(1), norm(m.group(3)), j.get('reason', '')


def paragraph(srcdir, origin, words):
    try:
        text = open(os.path.join(srcdir, 'sources', origin)).read()
    except OSError:
        return ''
    k = text.find(words[:40])
    if k < 0:
        return ''
    a = text.rfind('\n', 0, k)
    b = text.find('\n', k + len(words))
    return text[a + 1:b if b >= 0 else len(text)]


def main():
    d = sys.argv[1]
    listing = '-list' in sys.argv
    context = '-context' in sys.argv
    now = brief_quotes(d)
    tab = collections.Counter()
    rows = []
    for rnd, it, verdict, old, words, why in judged():
        cur = rnd.removesuffix('-base')
        origin = it['evidence'][0]['source']
        para = paragraph(os.path.join(d, cur, it['story']), origin, words)
        if context and old.split()[-1] in para:
            continue
        sp = now.get((cur, it['story'], origin, words))
        if sp is None:
            state = 'no longer made'
        elif sp == old:
            state = 'same speaker'
        else:
            state = 'speaker changed'
        tab[(it['kind'], verdict, state)] += 1
        rows.append((it['kind'], verdict, state, rnd, it['id'], old, sp, words[:90], why[:160]))
    print('| kind, verdict | items | same speaker | speaker changed | no longer made |')
    print('| --- | --- | --- | --- | --- |')
    for kind in ('quote-speaker', 'reported-content'):
        for v in ('no', 'yes'):
            c = [tab[(kind, v, s)] for s in ('same speaker', 'speaker changed', 'no longer made')]
            print('| %s, %s | %d | %d | %d | %d |' % (kind, v, sum(c), *c))
    if listing:
        for r in sorted(rows):
            if r[2] != 'same speaker' or r[1] == 'no':
                print('\t'.join(str(x) for x in r))


if __name__ == '__main__':
    main()
