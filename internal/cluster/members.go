package cluster

import "slices"

// Two stories merge when one article reaches both and their centroids
// are close. A centroid says what a story's articles share on average:
// two events of one kind (two primaries, two earthquakes) have close
// centroids, and one article about both — a wrap-up, a comparison —
// bridges them. That is the chaining single-link clustering is known for;
// average link is the usual cure (e.g. Jain, Murty and Flynn, "Data
// clustering: a review", ACM Computing Surveys 1999). A story therefore
// keeps a small sample of its articles, the earliest (its core) and the
// latest, and two stories merge only when their samples are close on
// average with the bridging article left out.

// member is one sampled article of a story: its tf vector (the terms
// kept for its vector, sorted by term) and its arrival number.
type member struct {
	tf  []termWeight
	seq int64
	// vec is its vector as weighted when it arrived, sorted by term, kept
	// only with Config.Consolidate: hindsight compares articles as they
	// were judged, not as the end of a burst reweighs them.
	vec []termWeight
}

// addMember keeps the first keep/2 members and the latest others, at
// most keep in all.
func (s *story) addMember(m member, keep int) {
	if keep <= 0 {
		return
	}
	if len(s.members) < keep {
		s.members = append(s.members, m)
		return
	}
	core := keep / 2
	copy(s.members[core:], s.members[core+1:])
	s.members[keep-1] = m
}

// mergeMembers keeps, of both stories' samples, the earliest keep/2 and
// the latest others.
func (s *story) mergeMembers(o *story, keep int) {
	all := append(slices.Clone(s.members), o.members...)
	slices.SortFunc(all, func(a, b member) int { return int(a.seq - b.seq) })
	if len(all) > keep {
		core := keep / 2
		all = append(all[:core], all[len(all)-(keep-core):]...)
	}
	s.members = all
}

// weightedMembers returns the story's sampled members weighted with the
// current idf and burst weights, with their norms, leaving out the
// member that arrived as seq (the article being placed).
func (s *story) weightedMembers(v *vocabulary, skip int64) ([][]termWeight, []float64) {
	var vs [][]termWeight
	var ns []float64
	for _, m := range s.members {
		if m.seq == skip {
			continue
		}
		w := make([]termWeight, len(m.tf))
		for i, tw := range m.tf {
			w[i] = termWeight{tw.term, tw.w * v.weight(tw.term)}
		}
		vs = append(vs, w)
		ns = append(ns, norm(w))
	}
	return vs, ns
}

// memberLink is the mean cosine between the sampled members of two
// stories, leaving out the article being placed: two stories are one when
// their articles are close to each other's, not when one article bridges
// them. ok is false when either side has no other member.
func (c *Clusterer) memberLink(s, o *story) (float64, bool) {
	a, an := s.weightedMembers(c.vocab, c.seq)
	b, bn := o.weightedMembers(c.vocab, c.seq)
	if len(a) == 0 || len(b) == 0 {
		return 0, false
	}
	var sum float64
	for i := range a {
		for j := range b {
			sum += cosine(a[i], an[i], b[j], bn[j])
		}
	}
	return sum / float64(len(a)*len(b)), true
}

// linked reports whether two stories' members are close enough on
// average to merge (MergeMembers; 0 turns the test off).
func (c *Clusterer) linked(s, o *story) bool {
	if c.cfg.MergeMembers <= 0 {
		return true
	}
	l, ok := c.memberLink(s, o)
	return !ok || l >= c.cfg.MergeMembers
}
