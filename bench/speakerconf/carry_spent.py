# python3 bench/speakerconf/carry_spent.py PREPARED_ROOT [v [KIND]]: carry the judged quote-speaker
# (or KIND: reported-content) verdicts of the spent rounds 10-25 (testdata/audit/news-roundN{,-base}; a round
# not in testdata yet is read from the dirs of $SPENT_AUDIT, colon-separated) to identical items
# (same story, shown text, source and sentence) of a re-prepared copy, and list the confident
# judged-no items and the judged items whose speaker changed. PREPARED_ROOT holds
# news-roundN/<event>/items.jsonl from `bench/audit -prepare -quotes 100000 -pages-dirs` on a
# copy of /work/spentsrc/news-roundN. Spent rounds only, never a blind round.
import glob,json,os,sys,collections,re
audits=[os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','testdata','audit')]+[d for d in os.environ.get('SPENT_AUDIT','').split(':') if d]
root=sys.argv[1]; verbose=len(sys.argv)>2 and sys.argv[2]=='v'
kind=sys.argv[3] if len(sys.argv)>3 else 'quote-speaker'
norm=lambda s:' '.join(s.split())
def parts(sh):
    return sh[:sh.find(' (')], norm(sh[sh.find('): ')+3:])
def judged(r):
    out={}
    audit=next((a for a in audits if glob.glob(f'{a}/news-round{r}*/')),audits[0])
    for suf in ['','-base']:
        for st in glob.glob(f'{audit}/news-round{r}{suf}/*/'):
            if not os.path.exists(st+'items.jsonl'): continue
            items={}
            for l in open(st+'items.jsonl'):
                it=json.loads(l)
                if it['kind']==kind: items[it['id']]=it
            ver=collections.defaultdict(list)
            for jf in glob.glob(st+'judgments*.jsonl'):
                for l in open(jf):
                    if l.strip():
                        j=json.loads(l)
                        if j['id'] in items: ver[j['id']].append((j['verdict'],j.get('reason','')))
            for i,it in items.items():
                v=[x[0] for x in ver[i]]
                ok='no' if 'no' in v else 'yes' if 'yes' in v else None
                if not ok: continue
                ev=it['evidence'][0]
                k=(it['story'],it['shown'],ev['source'],norm(ev['sentence']))
                rs=' / '.join(x[1] for x in ver[i] if x[0]=='no')
                if k not in out or ok=='no': out[k]=(ok,i+suf,rs)
    return out
def prepared(r):
    global root
    out={}; byw={}
    for f in glob.glob(f'{root}/news-round{r}/*/items.jsonl'):
        for l in open(f):
            it=json.loads(l)
            if it['kind']!=kind: continue
            ev=it['evidence'][0]
            k=(it['story'],it['shown'],ev['source'],norm(ev['sentence']))
            out[k]=it
            byw.setdefault((it['story'],ev['source'],parts(it['shown'])[1]),[]).append(it)
    return out,byw
tot=collections.Counter()
print('| round | judged matched | confident | uncertain | judged speakers changed or gone |')
print('| --- | --- | --- | --- | --- |')
lines=[]
for r in range(10,26):  # spent rounds only (rounds 22 to 25 spent after their blind measure)
    j=judged(r); p,byw=prepared(r); c=collections.Counter()
    for k,(v,i,rs) in sorted(j.items()):
        it=p.get(k)
        if it:
            cf='C' if it.get('speaker','confident')=='confident' else 'U'
            c[cf+v]+=1
            if v=='no' and cf=='C': lines.append(f'R{r} CONF-NO {i} {k[1][:110]!r} :: {rs[:160]} || {json.dumps(it.get("speaker_evidence"))}')
        else:
            sp,w=parts(k[1])
            alt=byw.get((k[0],k[2],w))
            c['changed' if alt else 'gone']+=1
            if alt and verbose:
                for a in alt: lines.append(f'R{r} CHANGED {v} {i} [{sp}] -> [{parts(a["shown"])[0]}] {a.get("speaker")} {w[:60]!r} :: {rs[:100]}')
    tot.update(c)
    pr=lambda a,b: f'{a/(a+b):.3f} ({a}/{a+b})' if a+b else '-'
    print(f'| {r} | {c["Cyes"]+c["Cno"]+c["Uyes"]+c["Uno"]} | {pr(c["Cyes"],c["Cno"])} | {pr(c["Uyes"],c["Uno"])} | {c["changed"]} / {c["gone"]} |')
c=tot; pr=lambda a,b: f'{a/(a+b):.3f} ({a}/{a+b})' if a+b else '-'
print(f'| all | {c["Cyes"]+c["Cno"]+c["Uyes"]+c["Uno"]} | {pr(c["Cyes"],c["Cno"])} | {pr(c["Uyes"],c["Uno"])} | {c["changed"]} / {c["gone"]} |')
print('\n'.join(lines))
