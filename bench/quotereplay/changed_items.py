"""Lists the quote items (quote-words, quote-speaker, reported-content) that
a change of the quote finder changed on the spent news rounds, for a blind
judgment: the rounds prepared twice from copies of their restored sources,
once before and once after the change, with every quote drawn
(`go run ./bench/audit -prepare -quotes 100000 -pages-dirs COPY/news-roundN`).

    python3 bench/quotereplay/changed_items.py BEFORE AFTER OUT.jsonl WAS.jsonl

OUT.jsonl holds the after-items that are new or read otherwise, in the
items.jsonl format bench/audit writes (fresh ids), for the judges; WAS.jsonl
says for each what the before-briefing showed from the same sentence, and
the verdicts that shown text was given in the spent rounds, for the lead
(never for the judges). Items the change removed are listed in WAS.jsonl
only (status "gone").
"""
import collections
import glob
import json
import os
import sys

KINDS = ('quote-words', 'quote-speaker', 'reported-content')


def items(root):
    out = {}
    for f in glob.glob(os.path.join(root, 'news-round*', '*', 'items.jsonl')):
        rnd = f.split('/')[-3]
        for l in open(f):
            if not l.strip():
                continue
            it = json.loads(l)
            if it['kind'] in KINDS:
                ev = it['evidence'][0] if it.get('evidence') else {}
                key = (rnd, it['story'], it['kind'], it['shown'], ev.get('source', ''), ev.get('sentence', ''))
                out[key] = it
    return out


def verdicts():
    """(story, kind, shown, source) -> verdicts of the spent rounds."""
    v = collections.defaultdict(list)
    for items_file in glob.glob('testdata/audit/news-round1[0-5]*/*/items.jsonl'):
        d = os.path.dirname(items_file)
        if 'round16' in d:
            continue
        its = {}
        for l in open(items_file):
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
                if it and it['kind'] in KINDS and it.get('evidence'):
                    v[(it['story'], it['kind'], it['shown'], it['evidence'][0]['source'])].append(j.get('verdict'))
    return v


def main():
    before, after, out, was = sys.argv[1:5]
    b, a = items(before), items(after)
    vs = verdicts()
    bysent = collections.defaultdict(list)
    for k, it in b.items():
        bysent[(k[0], k[1], k[2], k[4], k[5])].append(it)
    n = collections.Counter()
    rows, notes = [], []
    for k in sorted(a):
        if k in b:
            continue
        it = dict(a[k])
        old = [o for o in bysent[(k[0], k[1], k[2], k[4], k[5])] if (k[0], k[1], k[2], o['shown'], k[4], k[5]) not in a]
        n[it['story']] += 1
        it['id'] = '%s-s11-%03d' % (it['story'], n[it['story']])
        rows.append(it)
        notes.append({'id': it['id'], 'round': k[0], 'status': 'changed' if old else 'new', 'kind': k[2], 'shown': it['shown'],
                      'was': [o['shown'] for o in old],
                      'was_verdicts': [vs.get((k[1], k[2], o['shown'], k[4]), []) for o in old]})
    for k in sorted(b):
        if k in a:
            continue
        same_sentence = [x for x in a if x not in b and x[:3] == k[:3] and x[4:] == k[4:]]
        if same_sentence:
            continue  # listed above as changed
        notes.append({'id': '', 'round': k[0], 'status': 'gone', 'story': k[1], 'kind': k[2], 'was': [b[k]['shown']],
                      'sentence': k[5], 'was_verdicts': [vs.get((k[1], k[2], b[k]['shown'], k[4]), [])]})
    with open(out, 'w') as f:
        for it in rows:
            f.write(json.dumps(it, ensure_ascii=False, separators=(',', ':')) + '\n')
    with open(was, 'w') as f:
        for x in notes:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    by = collections.Counter()
    for x in notes:
        no = any('no' in v for v in x['was_verdicts'])
        judged = any(v for v in x['was_verdicts'])
        by[(x['status'], x['kind'], 'judged no' if no else 'judged yes' if judged else 'not judged')] += 1
    for k in sorted(by):
        print(k, by[k])


if __name__ == '__main__':
    main()
