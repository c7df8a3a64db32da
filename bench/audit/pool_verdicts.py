# Pools the judged timeline, citation and conflict items of the spent audit rounds
# named on the command line, never a blind round of the running session:
#   python3 bench/audit/pool_verdicts.py testdata/audit /tmp/pool.json news-round16 news-round17 ...
# (a round's -base directory comes with it); prints yes/no counts by kind and
# round; the pool feeds recheck_spent.py. The rounds are named, not walked,
# because testdata/audit also holds the blind round being measured.
import json,os,re,sys,collections
if len(sys.argv)<4:
    sys.exit("usage: pool_verdicts.py ROOT OUT.json ROUND... (the spent rounds to pool, e.g. news-round17)")
root=sys.argv[1]
spent=set(sys.argv[3:])
rows=[]
for dp,dn,fn in os.walk(root):
    top=os.path.relpath(dp,root).split("/")[0]
    if top=="." or top.replace("-base","") not in spent: continue
    items={}
    for f in fn:
        if f.startswith("items") and f.endswith(".jsonl"):
            for l in open(os.path.join(dp,f)):
                l=l.strip()
                if not l: continue
                d=json.loads(l); items[d["id"]]=d
    if not items: continue
    for f in fn:
        if f.startswith("judgments") and f.endswith(".jsonl"):
            for l in open(os.path.join(dp,f)):
                l=l.strip()
                if not l: continue
                j=json.loads(l)
                it=items.get(j["id"])
                if not it: continue
                if it["kind"] not in ("timeline","citation","conflict"): continue
                rel=os.path.relpath(dp,root)
                rnd=rel.split("/")[0].replace("-base","")
                rows.append(dict(round=rnd,dir=rel,judge=f,id=j["id"],kind=it["kind"],verdict=j["verdict"],reason=j.get("reason",""),shown=it["shown"],evidence=it.get("evidence",[])))
# dedupe identical (round,kind,shown,evidence,verdict)
seen=set();out=[]
for r in rows:
    k=(r["round"],r["kind"],r["shown"],json.dumps(r["evidence"],sort_keys=True),r["verdict"])
    if k in seen: continue
    seen.add(k); out.append(r)
json.dump(out,open(sys.argv[2],"w"))
c=collections.Counter((r["kind"],r["round"],r["verdict"]) for r in out)
for kind in ("timeline","citation","conflict"):
    print(kind)
    for rnd in sorted({r["round"] for r in out}):
        y=c[(kind,rnd,"yes")];n=c[(kind,rnd,"no")]
        if y+n: print("  %-16s yes %4d no %3d"%(rnd,y,n))
