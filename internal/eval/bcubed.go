package eval

// BCubed is a clustering's B-cubed score (Bagga and Baldwin, "Algorithms for
// scoring coreference chains", 1998): for every item, precision is the share
// of its predicted cluster that shares its gold label, recall the share of
// its gold cluster that the prediction put with it; both are averaged over
// items.
type BCubed struct {
	Precision, Recall, F1 float64
	Items                 int
}

// ScoreBCubed scores predicted cluster labels against gold labels; pred[i]
// and gold[i] label the same item. Labels are compared only for equality,
// so any comparable type works (story ids, event names).
func ScoreBCubed[P, G comparable](pred []P, gold []G) BCubed {
	n := min(len(pred), len(gold))
	if n == 0 {
		return BCubed{}
	}
	type pair struct {
		p P
		g G
	}
	predSize := make(map[P]int)
	goldSize := make(map[G]int)
	both := make(map[pair]int)
	for i := range n {
		predSize[pred[i]]++
		goldSize[gold[i]]++
		both[pair{pred[i], gold[i]}]++
	}
	var p, r float64
	for i := range n {
		shared := float64(both[pair{pred[i], gold[i]}])
		p += shared / float64(predSize[pred[i]])
		r += shared / float64(goldSize[gold[i]])
	}
	p /= float64(n)
	r /= float64(n)
	return BCubed{Precision: p, Recall: r, F1: F1(p, r), Items: n}
}
