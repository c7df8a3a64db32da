"""Chooses which speaker evidence makes a quote's speaker confident, by
leave-one-round-out over the judged speakers of the spent rounds and the
PolNeAR train split (nlp.SpeakerEvidence; BENCHMARKS "2026-12-12 session
12: speaker confidence").

Material:
- PolNeAR train: `go run ./bench/quotes -data ../shared/data -train-only
  -speakers POLNEAR.jsonl` (every named speaker found for a quote whose
  gold speaker is named, right or wrong, with its evidence).
- The spent news rounds: the judged quote-speaker items of
  testdata/audit/news-roundN and news-roundN-base (N = 9..16), matched
  by (story, source, speaker shown, words shown) to the items of the
  same stories prepared again at this code from their sha256-checked
  sources: `go run ./bench/audit -prepare -quotes 100000 -pages-dirs
  FRESH/news-roundN`. A speaker judged in a round and its -base counts
  once, wrong if either judge said no; "cannot tell" is left out.

    python3 bench/speakerconf/loro.py POLNEAR.jsonl FRESH [-dump OUT.jsonl]

With -judged-commit, FRESH holds each judged round directory prepared
again by the commit that briefed it (`-prepare -pages-dirs
FRESH/news-roundN[-base]` with that commit's bench/audit and the
evidence code added): the same items, with the evidence of the speakers
the judges saw, errors included (at main most judged errors are fixed,
so the speakers still made alike are nearly all right).

A rule is a conjunction of up to three literals (a signal or its
negation). Chosen on the families but one: the rule whose confident
speakers reach precision 0.95 both on the news rounds pooled and on
PolNeAR (when in), keeping the most right speakers confident; scored on
the family left out.
"""
import collections
import glob
import itertools
import json
import os
import re
import sys

TARGET = float(os.environ.get('SPEAKER_TARGET', '0.95'))


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def signals(ev, direct):
    """The binary signals of one speaker's evidence."""
    p = ev.get('path')
    back = ev.get('back', -1)
    return {
        'named': p == 'named',
        'pronoun': p == 'pronoun',
        'carried': p == 'carried',
        'back<=1': 0 <= back <= 1,
        'back<=2': 0 <= back <= 2,
        'same-para': bool(ev.get('same_paragraph')),
        'no-other': ev.get('others', 0) == 0,
        'none-between': ev.get('between', 0) == 0,
        'person': ev.get('kind') == 'person',
        'org': ev.get('kind') == 'organisation',
        'description': ev.get('kind') == 'description',
        'name-only': ev.get('kind') == 'name',
        'country': ev.get('kind') == 'country',
        'two-words': ev.get('words', 0) >= 2,
        'cue': bool(ev.get('cue')),
        'direct': direct,
        'next-to-cue': bool(ev.get('next_to_cue')),
        'evident': bool(ev.get('evident')),
        'role': ev.get('head') == 'role',
        'document': ev.get('head') == 'document',
    }


def polnear(path):
    for l in open(path):
        x = json.loads(l)
        if x.get('evidence'):
            yield 'polnear', ('polnear', len(x), x['doc'], x['speaker']), x['right'], signals(x['evidence'], x['direct'])


def fresh_items(fresh):
    """(N, story, source, speaker, words) -> (evidence, direct) of the
    prepared items."""
    out = {}
    for f in glob.glob(os.path.join(fresh, 'news-round*', '*', 'items.jsonl')):
        rnd = f.split('/')[-3]
        story = f.split('/')[-2]
        for l in open(f):
            it = json.loads(l)
            if it['kind'] != 'quote-speaker' or not it.get('speaker_evidence'):
                continue
            m = re.match(r'(.*?) \((direct|reported)[^)]*\): (.*)$', it['shown'], re.S)
            if not m:
                continue
            key = (rnd, story, it['evidence'][0]['source'], m.group(1), norm(m.group(3)))
            out[key] = (it['speaker_evidence'], m.group(2) == 'direct')
    return out


def same_items(fresh):
    """(N, story, source, speaker, words) -> (evidence, direct) of the
    items prepared again by the judged round's own commit (FRESH/<round
    dir>/<story>/items.jsonl, the same draw: the same ids and text)."""
    out = {}
    for f in glob.glob(os.path.join(fresh, 'news-round*', '*', 'items.jsonl')):
        rd, story = f.split('/')[-3], f.split('/')[-2]
        judged = {}
        for l in open(os.path.join('testdata/audit', rd, story, 'items.jsonl')):
            if l.strip():
                x = json.loads(l)
                judged[x['id']] = x
        for l in open(f):
            it = json.loads(l)
            old = judged.get(it['id'])
            if it['kind'] != 'quote-speaker' or not it.get('speaker_evidence') or not old or old['shown'] != it['shown']:
                continue
            m = re.match(r'(.*?) \((direct|reported)[^)]*\): (.*)$', it['shown'], re.S)
            key = (rd.removesuffix('-base'), story, it['evidence'][0]['source'], m.group(1), norm(m.group(3)))
            if key not in out or not rd.endswith('-base'):
                out[key] = (it['speaker_evidence'], m.group(2) == 'direct')
    return out


def news(fresh):
    have = same_items(fresh) if '-judged-commit' in sys.argv else fresh_items(fresh)
    verdicts = collections.defaultdict(list)
    for rd in sorted(glob.glob('testdata/audit/news-round*')):
        rnd = os.path.basename(rd)
        base = rnd.removesuffix('-base')
        if not re.fullmatch(r'news-round(9|1[0-6])', base):
            continue
        for items in glob.glob(os.path.join(rd, '*', 'items.jsonl')):
            its = {}
            for l in open(items):
                if l.strip():
                    x = json.loads(l)
                    its[x['id']] = x
            for jf in glob.glob(os.path.join(os.path.dirname(items), 'judgments*.jsonl')):
                for l in open(jf):
                    try:
                        j = json.loads(l)
                    except ValueError:
                        continue
                    it = its.get(j.get('id'))
                    v = (j.get('verdict') or '').strip().lower()
                    if not it or it['kind'] != 'quote-speaker' or v not in ('yes', 'no') or not it.get('evidence'):
                        continue
                    m = re.match(r'(.*?) \((direct|reported)[^)]*\): (.*)$', it['shown'], re.S)
                    if not m:
                        continue
                    key = (base, it['story'], it['evidence'][0]['source'], m.group(1), norm(m.group(3)))
                    verdicts[key].append(v)
    n_judged = len(verdicts)
    n = 0
    for key, vs in verdicts.items():
        if key not in have:
            continue
        n += 1
        ev, direct = have[key]
        yield key[0], key, 'no' not in vs, signals(ev, direct)
    print('news speakers judged: %d distinct, %d matched to an item prepared again' % (n_judged, n), file=sys.stderr)


def literals(names):
    out = []
    for s in names:
        out.append((s, True))
        out.append((s, False))
    return out


def holds(rule, sig):
    return all(sig[s] == want for s, want in rule)


def show(rule):
    return ' & '.join(s if w else '!' + s for s, w in rule) or '(all)'


def tally(rows, rule):
    c = r = 0
    for (sig, _), (n, k) in grouped(rows).items():
        if holds(rule, dict(sig)):
            c += n
            r += k
    return c, r


_groups = {}


def grouped(rows):
    """The rows counted by (signals, news or not): (count, right)."""
    key = id(rows)
    if key not in _groups:
        g = collections.defaultdict(lambda: [0, 0])
        for fam, _, right, sig in rows:
            e = g[(tuple(sorted(sig.items())), fam == 'polnear')]
            e[0] += 1
            e[1] += right
        _groups[key] = (rows, dict(g))
    return _groups[key][1]


def choose(rows, rules):
    """The rule keeping most right speakers confident at precision >=
    TARGET on the news rounds pooled and on PolNeAR."""
    newsrows = [x for x in rows if x[0] != 'polnear']
    polrows = [x for x in rows if x[0] == 'polnear']
    best, best_kept = None, -1
    for rule in rules:
        c, r = tally(newsrows, rule)
        if c == 0 or r < TARGET * c:
            continue
        pc, pr = tally(polrows, rule)
        if polrows and (pc == 0 or pr < TARGET * pc):
            continue
        if r + pr > best_kept:
            best, best_kept = rule, r + pr
    return best


def masks(rows, names):
    """Bit masks over rows: each literal's, the news rows', the right
    rows', each family's."""
    lit = {}
    for s in names:
        on = 0
        for i, x in enumerate(rows):
            if x[3][s]:
                on |= 1 << i
        lit[(s, True)] = on
        lit[(s, False)] = ((1 << len(rows)) - 1) & ~on
    news = right = 0
    fam = collections.defaultdict(int)
    for i, x in enumerate(rows):
        if x[0] != 'polnear':
            news |= 1 << i
        if x[2]:
            right |= 1 << i
        fam[x[0]] |= 1 << i
    return lit, news, right, fam


def disjunctions(rows, names, fams):
    """Leave-one-round-out over rules A | B, A and B conjunctions of up
    to two literals."""
    lit, news, right, fam = masks(rows, names)
    allm = (1 << len(rows)) - 1
    conj = {}
    lits = literals(names)
    for a in lits:
        conj[(a,)] = lit[a]
    for a, b in itertools.combinations(lits, 2):
        if a[0] != b[0]:
            conj[(a, b)] = lit[a] & lit[b]
    items = [(k, m) for k, m in conj.items() if m]
    rules = [((k,), m) for k, m in items] + [((k1, k2), m1 | m2) for (k1, m1), (k2, m2) in itertools.combinations(items, 2)]

    def pick(keep):
        nm, pm = news & keep, keep & ~news
        best, bk = None, -1
        for r, m in rules:
            c = (m & nm).bit_count()
            k = (m & nm & right).bit_count()
            if c == 0 or k < TARGET * c:
                continue
            pc = (m & pm).bit_count()
            pk = (m & pm & right).bit_count()
            if pm and (pc == 0 or pk < TARGET * pc):
                continue
            if k + pk > bk:
                best, bk = (r, m), k + pk
        return best

    def shown(r):
        return ' | '.join('(' + show(c) + ')' for c in r)

    print()
    print('disjunctions of two conjunctions of up to two literals:')
    print('| left out | rule chosen on the others | left out: confident precision | left out: right kept confident | left out: uncertain precision |')
    print('| --- | --- | --- | --- | --- |')
    tot = collections.Counter()
    for f in fams:
        keep = allm & ~fam[f]
        got = pick(keep)
        if got is None:
            print('| %s | none | | | |' % f)
            continue
        r, m = got
        t = fam[f]
        tc, tr = (m & t).bit_count(), (m & t & right).bit_count()
        rr = (t & right).bit_count()
        uc, ur = t.bit_count() - tc, rr - tr
        print('| %s | %s | %.3f (%d/%d) | %d/%d | %.3f (%d/%d) |' % (f, shown(r), tr / max(tc, 1), tr, tc, tr, rr, ur / max(uc, 1), ur, uc))
        if f != 'polnear':
            tot.update(c=tc, r=tr, right=rr, uc=uc, ur=ur)
    print('| news rounds, cross-validated | | **%.3f** (%d/%d) | %d/%d | %.3f (%d/%d) |' % (
        tot['r'] / max(tot['c'], 1), tot['r'], tot['c'], tot['r'], tot['right'], tot['ur'] / max(tot['uc'], 1), tot['ur'], tot['uc']))
    got = pick(allm)
    if got:
        r, m = got
        c, k = (m & news).bit_count(), (m & news & right).bit_count()
        pc, pk = (m & ~news).bit_count(), (m & ~news & right).bit_count()
        print('chosen on all: %s: news %.3f (%d/%d, right kept %d/%d), polnear %.3f (%d/%d)' % (
            shown(r), k / c, k, c, k, (news & right).bit_count(), pk / max(pc, 1), pk, pc))


def main():
    rows = list(polnear(sys.argv[1])) + list(news(sys.argv[2]))
    names = list(rows[0][3].keys())
    lits = literals(names)
    rules = [()]
    for k in (1, 2, 3):
        for combo in itertools.combinations(lits, k):
            if len({s for s, _ in combo}) == k:
                rules.append(combo)
    fams = sorted({x[0] for x in rows})
    print('| family | speakers judged | right | all confident precision |')
    print('| --- | --- | --- | --- |')
    for f in fams:
        fr = [x for x in rows if x[0] == f]
        print('| %s | %d | %d | %.3f |' % (f, len(fr), sum(x[2] for x in fr), sum(x[2] for x in fr) / len(fr)))
    print()
    print('signals one at a time (news rounds pooled: precision with / without, count with):')
    newsrows = [x for x in rows if x[0] != 'polnear']
    for s in names:
        c, r = tally(newsrows, ((s, True),))
        c2, r2 = tally(newsrows, ((s, False),))
        print('  %-14s %.3f (%d/%d) / %.3f (%d/%d)' % (s, r / max(c, 1), r, c, r2 / max(c2, 1), r2, c2))
    print()
    print('| left out | rule chosen on the others | others: news confident precision, right kept | left out: confident precision | left out: right kept confident | left out: uncertain precision |')
    print('| --- | --- | --- | --- | --- | --- |')
    tot = collections.Counter()
    for f in fams:
        train = [x for x in rows if x[0] != f]
        test = [x for x in rows if x[0] == f]
        rule = choose(train, rules)
        if rule is None:
            print('| %s | none | | | | |' % f)
            continue
        tn = [x for x in train if x[0] != 'polnear']
        c, r = tally(tn, rule)
        allr = sum(x[2] for x in tn)
        tc, tr = tally(test, rule)
        right = sum(x[2] for x in test)
        uc, ur = len(test) - tc, right - tr
        print('| %s | %s | %.3f, %d/%d | %.3f (%d/%d) | %d/%d | %.3f (%d/%d) |' % (
            f, show(rule), r / c, r, allr, tr / max(tc, 1), tr, tc, tr, right, ur / max(uc, 1), ur, uc))
        if f != 'polnear':
            tot['c'] += tc
            tot['r'] += tr
            tot['right'] += right
            tot['uc'] += uc
            tot['ur'] += ur
    print('| news rounds, cross-validated | | | **%.3f** (%d/%d) | %d/%d | %.3f (%d/%d) |' % (
        tot['r'] / max(tot['c'], 1), tot['r'], tot['c'], tot['r'], tot['right'], tot['ur'] / max(tot['uc'], 1), tot['ur'], tot['uc']))
    rule = choose(rows, rules)
    print()
    if rule is None:
        print('on all: no rule reaches the target')
        return
    tn = [x for x in rows if x[0] != 'polnear']
    c, r = tally(tn, rule)
    pc, pr = tally([x for x in rows if x[0] == 'polnear'], rule)
    print('chosen on all: %s: news %.3f (%d/%d, right kept %d/%d), polnear %.3f (%d/%d)' % (
        show(rule), r / c, r, c, r, sum(x[2] for x in tn), pr / max(pc, 1), pr, pc))
    if '-or' in sys.argv:
        disjunctions(rows, names, fams)
    if '-dump' in sys.argv:
        with open(sys.argv[sys.argv.index('-dump') + 1], 'w') as out:
            for fam, key, right, sig in rows:
                out.write(json.dumps({'family': fam, 'key': list(key), 'right': right, 'signals': sig}) + '\n')


if __name__ == '__main__':
    main()
