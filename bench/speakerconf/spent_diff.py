"""Compare the speakers two builds of bench/speakerdump give on the spent
rounds' restored sources, against the judged quote-speaker items.

    python3 bench/speakerconf/spent_diff.py BEFORE AFTER SRC AUDIT

BEFORE and AFTER are speakerdump binaries; SRC holds news-roundN/<event>/*.txt
(the restored sources); AUDIT is testdata/audit. A quote is matched to a
judged item by story, source file, speaker and words as shown; a speaker
judged in a round and its -base counts once, wrong if either judge said
no. Prints per round: judged items matched, confident precision before
and after, judged-no confident speakers made uncertain or dropped
("fixed") and judged-yes ones ("cost"), then every changed line.
"""
import collections
import glob
import json
import os
import subprocess
import sys


def judged(audit, rnd):
    out = {}
    for suf in ['', '-base']:
        for st in glob.glob(f'{audit}/news-round{rnd}{suf}/*/'):
            if not os.path.exists(st + 'items.jsonl'):
                continue
            items = {}
            for line in open(st + 'items.jsonl'):
                it = json.loads(line)
                if it['kind'] == 'quote-speaker':
                    items[it['id']] = it
            verdicts = {}
            for jf in glob.glob(st + 'judgments*.jsonl'):
                for line in open(jf):
                    if line.strip():
                        j = json.loads(line)
                        if j['id'] in items:
                            verdicts.setdefault(j['id'], []).append(j['verdict'])
            for i, it in items.items():
                v = verdicts.get(i, [])
                ok = 'no' if 'no' in v else ('yes' if 'yes' in v else None)
                if ok is None:
                    continue
                shown = it['shown']
                speaker, words = shown[:shown.find(' (')], shown[shown.find('): ') + 3:]
                key = (it['story'], it['evidence'][0]['source'], speaker, ' '.join(words.split()))
                out[key] = 'no' if ok == 'no' or out.get(key) == 'no' else 'yes'
    return out


def dump(binary, story, files):
    rows = {}
    for line in subprocess.run([binary] + files, capture_output=True, text=True, check=True).stdout.splitlines():
        f = line.split('\t')
        rows[(story, os.path.basename(f[0]), f[3], ' '.join(f[6].split()))] = (f[1], f[5], f[7])
    return rows


def main():
    before, after, src, audit = sys.argv[1:5]
    total = collections.Counter()
    changed = []
    print('| round | events | judged matched | confident before | confident after | judged-no fixed | judged-yes made uncertain |')
    print('| --- | --- | --- | --- | --- | --- | --- |')
    rounds = sorted((d for d in glob.glob(f'{src}/news-round*') if not d.endswith('-base')), key=lambda d: int(d.split('round')[1]))
    for rd in rounds:
        rnd = rd.split('news-round')[1]
        j, c, events = judged(audit, rnd), collections.Counter(), 0
        for ev in sorted(glob.glob(rd + '/*/')):
            files = sorted(glob.glob(ev + '*.txt') or glob.glob(ev + 'sources/*.txt'))
            if not files:
                continue
            events += 1
            story = os.path.basename(ev.rstrip('/'))
            a, b = dump(before, story, files), dump(after, story, files)
            for k in sorted(set(a) | set(b)):
                if a.get(k, ('-',))[0] != b.get(k, ('-',))[0]:
                    changed.append((rnd, j.get(k, 'unjudged'), a.get(k, ('-',))[0], b.get(k, ('-',))[0]) + k)
            for k, v in j.items():
                if k[0] != story or k not in a:
                    continue
                c['matched'] += 1
                ca, cb = a[k][0], b.get(k, ('-',))[0]
                if ca == 'C':
                    c['before ' + v] += 1
                if cb == 'C':
                    c['after ' + v] += 1
                if ca == 'C' and cb != 'C':
                    c['fixed' if v == 'no' else 'cost'] += 1
        total.update(c)
        print(row(rnd, events, c))
    print(row('all', '', total))
    for ch in changed:
        print(' '.join(ch[:4]), '|', ' | '.join(x[:90] for x in ch[4:]))


def row(name, events, c):
    def p(side):
        y, n = c[side + ' yes'], c[side + ' no']
        return f'{y / (y + n):.3f} ({y}/{y + n})' if y + n else '-'
    return f"| {name} | {events} | {c['matched']} | {p('before')} | {p('after')} | {c['fixed']} | {c['cost']} |"


main()
