# Used for round 9b (BENCHMARKS.md): python3 bench/audit/reuse_verdicts.py BASE_ROUND_DIR NEW_ROUND_DIR OUT_DIR
# writes OUT_DIR/judgments-reused.jsonl (verdicts of items identical to a judged one, each naming it)
# and OUT_DIR/items-new.jsonl (the items a blind judge still has to see).
# Reuse blind verdicts for items whose content is identical to an already-judged item
# (same story, kind, question, shown text and evidence), so judges see only new items.
import json, sys, glob, os
base_dir, after_dir, out_dir = sys.argv[1:4]
def key(it):
    return json.dumps([it.get('story'), it.get('kind'), it.get('question'), it.get('shown'), it.get('evidence')], sort_keys=True)
verd = {}
for f in glob.glob(os.path.join(base_dir, 'judgments*.jsonl')) + glob.glob(os.path.join(base_dir, '*/judgments*.jsonl')):
    for l in open(f):
        if l.strip():
            j = json.loads(l); verd[j['id']] = j
bykey = {}
for f in glob.glob(os.path.join(base_dir, '*/items.jsonl')) + glob.glob(os.path.join(base_dir, 'items.jsonl')):
    for l in open(f):
        it = json.loads(l)
        if it['id'] in verd: bykey[key(it)] = verd[it['id']]
os.makedirs(out_dir, exist_ok=True)
reused = open(os.path.join(out_dir, 'judgments-reused.jsonl'), 'w')
new = open(os.path.join(out_dir, 'items-new.jsonl'), 'w')
allitems = open(os.path.join(out_dir, 'items.jsonl'), 'w')
nr = nn = 0
for f in sorted(glob.glob(os.path.join(after_dir, '*/items.jsonl'))):
    for l in open(f):
        it = json.loads(l); allitems.write(l if l.endswith('\n') else l + '\n')
        b = bykey.get(key(it))
        if b:
            reused.write(json.dumps({'id': it['id'], 'verdict': b['verdict'], 'reason': 'same item as ' + b['id'] + ' in the base round: ' + b.get('reason', '')}) + '\n'); nr += 1
        else:
            new.write(l if l.endswith('\n') else l + '\n'); nn += 1
print('reused', nr, 'new', nn)
