"""Tabulates the judged "no" quote-speaker and reported-content items of the
spent audit rounds (never round 15) by cause, from the judges' reasons by a
keyword pass (approximate: a reason may fit two causes; the first rule that
matches wins), by round, and counts those whose evidence sentence the quote
finder still reads alike (the same words with the same speaker) in two
replays written by `go run ./bench/quotereplay -out`.

    python3 bench/quotereplay/causes.py before.jsonl after.jsonl
"""
import json,re,collections
import sys,glob,os
# usage: causes.py BEFORE.jsonl AFTER.jsonl  (replays written by quotereplay -out)
rows=[]
for items in sorted(glob.glob('testdata/audit/*/*/items.jsonl')+glob.glob('testdata/audit/*/items.jsonl')):
    d=os.path.dirname(items)
    if 'round15' in d: continue
    its={}
    for l in open(items):
        if l.strip():
            x=json.loads(l); its[x['id']]=x
    for jf in glob.glob(d+'/judgments-*.jsonl'):
        for l in open(jf):
            try: j=json.loads(l)
            except Exception: continue
            it=its.get(j.get('id'))
            if not it or it['kind'] not in ('quote-speaker','reported-content'): continue
            rows.append((items.split('/')[2],os.path.basename(jf),it['kind'],j.get('verdict'),it['shown'],it['evidence'][0]['sentence'] if it.get('evidence') else '',j.get('reason',''),it['id']))
# replay status
def rgroup(r):
    if r.startswith('news-round'): return 'news'+r.split('round')[1].split('-')[0]
    if r.startswith('polnear'): return 'polnear'
    if r.startswith('lang'): return 'lang'
    if r.startswith('round'): return 'ecb'
    return r
def cls(kind,shown,src,why):
    w=why.lower(); sp=shown.split(' (')[0]
    cue=re.search(r'cue "([^"]*)"',shown); cue=cue.group(1) if cue else ''
    if kind=='quote-speaker':
        if cue=='': return 'S6 quoted phrase with no speech cue credited to the subject'
        if re.search(r'relay|only report|only relayed|quoted him|read it out|is the addressee|addressee|the outlet told|interview',w) : return 'S1 relay/outlet/listener taken for the speaker'
        if re.search(r'\bhe\b|\bshe\b|\bhe said|he added|refers to|pronoun',w) and re.search(r'“|"|\bhe\b|\bshe\b',src): 
            if re.search(r'\bhe (said|added|wrote)|\bshe (said|has said)|, he said|he added|he noted|she says|he says|\bhe\b',src.lower()): return 'S4 pronoun or context resolved to the wrong person'
        if re.search(r'fragment|truncat|adjective|modifier|place|country|time zone|adverb|time phrase|dateline|a thing|is a thing|not a speaker|product|processor|chip|results|generic|role',w): return 'S2 place/thing/fragment/modifier as speaker'
        return 'S5 another person of the sentence or story'
    else:
        if re.search(r'addressee|listener|object of "told"|told the|told reuters',w): return 'R2 listener kept in the content'
        if re.search(r'is the speaker|speaker description|not the content|attribution|sourcing|reports cbs|as per',w) and re.search(r'speaker|attribution|sourcing',w): return 'R5 attribution/speaker as content'
        if re.search(r'negation|drops? "no"|drops the neg|cut|truncat|garbl|loses|mid-word|cuts off|fragment|no meaning',w): return 'R6 cut/garbled/negation lost'
        if re.search(r'narration of an act|narrating|not reported speech|not speech|journalist narrat|narration, not|not anything|not something|hypothetical|no speaker|idiomatic|own opinion|modifying|participle|noun phrase',w) and not re.search(r'trailing|adds|includes|appends|runs into|as well|clause',w): return 'R1 narration taken for speech'
        if re.search(r'^[^:]*: ?"?(as |although |while |before |following |after )',w) or re.search(r'before "according to"|the .as. clause|the .although. clause|the text includes the article|headline|framing',w): return 'R4 writer\'s leading clause kept'
        if re.search(r'time|setting|place of the statement|when it was|friday|wednesday|tuesday|thursday|monday|where it claimed|where it',w): return 'R3 writer\'s setting (time/venue/medium) kept'
        return 'R7 writer\'s trailing clause or next clause kept'
seen={}
for r in rows:
    if r[3]!='no': continue
    k=(r[4],r[5])
    if k in seen: continue
    seen[k]=(rgroup(r[0]),r[2],cls(r[2],r[4],r[5],r[6]),r[0],r[7],r[4],r[6])
tab=collections.defaultdict(collections.Counter)
for g,kind,c,rnd,iid,sh,why in seen.values():
    tab[c][g]+=1
groups=['ecb','polnear','lang','news9','news10','news11','news12','news13','news14']
print('| cause | '+' | '.join(groups)+' | all | rounds |')
print('| --- |'+' --- |'*(len(groups)+2))
for c in sorted(tab):
    print(f"| {c} | "+' | '.join(str(tab[c][g]) for g in groups)+f" | {sum(tab[c].values())} | {sum(1 for g in groups if tab[c][g])} |")
print()
def load(f):
    m={}
    for l in open(f):
        r=json.loads(l); m[(r['round'],r['id'])]=r
    return m
b=load(sys.argv[1]); a=load(sys.argv[2])
def wrong_still(m,rnd,iid,kind,shown):
    r=m.get((rnd,iid))
    if not r or not r['still']: return False
    if kind=='quote-speaker':
        sp=shown.split(' (')[0]
        now=r['speaker']
        return now!='' and (now==sp or sp.endswith(' '+now))
    return True
cb=collections.Counter(); ca=collections.Counter(); tot=collections.Counter()
for g,kind,c,rnd,iid,sh,why in seen.values():
    tot[c]+=1
    cb[c]+=wrong_still(b,rnd,iid,kind,sh); ca[c]+=wrong_still(a,rnd,iid,kind,sh)
print('| cause | judged no (distinct) | still made alike, before | still made alike, after |')
print('| --- | --- | --- | --- |')
for c in sorted(tot): print(f'| {c} | {tot[c]} | {cb[c]} | {ca[c]} |')
print('| all |',sum(tot.values()),'|',sum(cb.values()),'|',sum(ca.values()),'|')
