# python3 bench/speakerconf/confidence_diff.py BEFORE AFTER: every quote-speaker item of two
# re-prepared copies of the spent rounds whose confidence changed (or that is in one only).
import json,glob,sys
a,b=sys.argv[1],sys.argv[2]
def load(root):
    out={}
    for f in glob.glob(root+'/news-round*/*/items.jsonl'):
        for l in open(f):
            it=json.loads(l)
            if it['kind']!='quote-speaker': continue
            ev=it['evidence'][0]
            out[(f.split('/')[-3],it['story'],it['shown'],ev['source'],' '.join(ev['sentence'].split()))]=it
    return out
A,B=load(a),load(b)
for k in sorted(set(A)|set(B)):
    x,y=A.get(k),B.get(k)
    if x and y and x.get('speaker')==y.get('speaker'): continue
    print(k[0][10:],k[1],'|',x and x.get('speaker'),'->',y and y.get('speaker'),'|',k[2][:100],'|',(y or x).get('speaker_reason','')[-90:])
