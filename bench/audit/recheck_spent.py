# Self-check on spent, judged material (NOT blind): for briefings re-made
# with bench/audit -prepare (-pages-dirs for news rounds), how each judged
# timeline entry is now placed and which judged citations and conflicts are
# still shown. python3 bench/audit/recheck_spent.py /tmp/pool.json OUTDIR [v]
import json,os,glob,sys,collections,re
pool=json.load(open(sys.argv[1]))
out=sys.argv[2]; verbose=len(sys.argv)>3
def shown(e):
    when=e.get("start","")
    if e.get("unresolved"): when="undated ("+e["unresolved"]+")"
    elif e.get("open")=="after": when="from "+e["start"]+" on"
    elif e.get("open")=="before": when="until "+e.get("end","")
    elif e.get("end")!=e.get("start"): when=e["start"]+" to "+e["end"]
    if e.get("basis") and not e.get("unresolved"): when+=", "+e["basis"]
    return 'expression %s placed at: %s (precision %s)'%(json.dumps(e["expression"],ensure_ascii=False),when,e.get("precision",""))
def norm(s): return re.sub(r"\s+"," ",s).strip()
ents=collections.defaultdict(list)  # (round, expr, sentence) -> shown list
for rd in os.listdir(out):
    for f in glob.glob(os.path.join(out,rd,"*/briefing.json")):
        b=json.load(open(f))
        for e in b.get("timeline") or []:
            ents[(rd,e["expression"],norm(e["text"]))].append(shown(e))
c=collections.Counter(); lines=[]
for r in pool:
    if r["kind"]!="timeline": continue
    if not os.path.isdir(os.path.join(out,r["round"])): continue
    m=re.match(r'expression (".*?") placed at',r["shown"])
    expr=json.loads(m.group(1)) if m else None
    sent=norm(r["evidence"][0]["sentence"]) if r["evidence"] else ""
    new=ents.get((r["round"],expr,sent))
    if new is None:
        st="gone"
    elif r["shown"] in new: st="same"
    else: st="changed"
    c[(r["round"],r["verdict"],st)]+=1
    if (r["verdict"]=="no" and st!="gone") or (r["verdict"]=="yes" and st=="changed"):
        lines.append(f'{r["round"]} {r["id"]} {r["verdict"]} {st}: {r["shown"][:110]} -> {new[0][:110] if new else ""}')
for rd in sorted({k[0] for k in c}):
    print(rd, " ".join(f"{v}-{s}:{c[(rd,v,s)]}" for v in ("yes","no") for s in ("same","changed","gone")))
if verbose: print("\n".join(lines))

# citations and conflicts still shown, by their judged verdict

def key(kind,shown,ev):
    return (kind,shown,tuple((e.get("source"),e.get("sentence")) for e in ev))
jud=collections.defaultdict(set); reason={}
for r in pool:
    k=key(r["kind"],r["shown"],r["evidence"])
    jud[(r["round"],)+k].add(r["verdict"]); reason[(r["round"],)+k]=r["reason"]

tot=collections.Counter(); shownno=[]
for rd in sorted(os.listdir(out)):
    p=os.path.join(out,rd)
    if not os.path.isdir(p): continue
    files=glob.glob(p+"/items.jsonl")+glob.glob(p+"/*/items.jsonl")
    if glob.glob(p+"/items.jsonl"): files=glob.glob(p+"/items.jsonl")
    for f in files:
        for l in open(f):
            it=json.loads(l)
            if it["kind"] not in ("citation","conflict"): continue
            k=(rd,)+key(it["kind"],it["shown"],it.get("evidence",[]))
            v=jud.get(k)
            if not v: tot[(rd,it["kind"],"unjudged")]+=1; continue
            vv="no" if "no" in v else "yes"
            tot[(rd,it["kind"],vv)]+=1
            if vv=="no": shownno.append((rd,it["kind"],it["shown"][:150],reason[k][:150]))
for kind in ("citation","conflict"):
    for rd in sorted({k[0] for k in tot}):
        y,n,u=tot[(rd,kind,"yes")],tot[(rd,kind,"no")],tot[(rd,kind,"unjudged")]
        if y+n+u: print(f"{kind:9s} {rd:16s} judged-yes {y:4d} judged-no {n:3d} unjudged {u:4d}")
if verbose:
    for s in shownno: print(s)
