package cluster

import (
	"fmt"
	"slices"

	"crosscheck/internal/eval"
)

// Thresholds fitted to the set they are scored on flatter any method. The
// functions below pick a method's thresholds on one half of the topics of
// one or more labelled sets and score them on the other half, both ways
// round (two-fold cross-validation over topics).

// Halves splits docs into two halves by topic: alternate topics in sorted
// order, so that every article of a topic is on one side.
func Halves(docs []eval.EventDoc) [2][]eval.EventDoc {
	var topics []string
	seen := make(map[string]bool)
	for _, d := range docs {
		if !seen[d.Topic] {
			seen[d.Topic] = true
			topics = append(topics, d.Topic)
		}
	}
	slices.Sort(topics)
	inA := make(map[string]bool)
	for i, t := range topics {
		inA[t] = i%2 == 0
	}
	var h [2][]eval.EventDoc
	for _, d := range docs {
		if inA[d.Topic] {
			h[0] = append(h[0], d)
		} else {
			h[1] = append(h[1], d)
		}
	}
	return h
}

// A Setting is one candidate setting of a method's thresholds.
type Setting struct {
	Label string
	// Run clusters a set and scores it (over several arrival orders where
	// the method depends on the order).
	Run func(docs []eval.EventDoc) Score
}

// HeldOut is a setting picked on one half of each set and scored on the
// other half.
type HeldOut struct {
	// Picked is the setting with the best mean F1 over the sets' training
	// halves, TrainF1 that mean.
	Picked  string
	TrainF1 float64
	// Test is its score on each set's other half.
	Test []Score
}

// CrossValidate picks among settings on half A of every set (by the mean
// over the sets of event F1) and scores the pick on half B of each, then
// the other way round. Ties go to the earlier setting.
func CrossValidate(sets [][2][]eval.EventDoc, settings []Setting) [2]HeldOut {
	var out [2]HeldOut
	for k := range 2 {
		best, bestF1 := -1, -1.0
		for i, s := range settings {
			var f1 float64
			for _, h := range sets {
				f1 += s.Run(h[k]).Event.F1
			}
			f1 /= float64(len(sets))
			if f1 > bestF1 {
				best, bestF1 = i, f1
			}
		}
		out[k] = HeldOut{Picked: settings[best].Label, TrainF1: bestF1}
		for _, h := range sets {
			out[k].Test = append(out[k].Test, settings[best].Run(h[1-k]))
		}
	}
	return out
}

// MeanScore averages scores over arrival orders.
func MeanScore(scores []Score) Score {
	var m Score
	for i, s := range scores {
		if i == 0 || s.Event.F1 < m.EventF1Min {
			m.EventF1Min = s.Event.F1
		}
		m.EventF1Max = max(m.EventF1Max, s.Event.F1)
		m.Stories += s.Stories
		m.Event = addBCubed(m.Event, s.Event)
		m.Topic = addBCubed(m.Topic, s.Topic)
	}
	n := float64(len(scores))
	m.Stories = int(float64(m.Stories)/n + 0.5)
	m.Event, m.Topic = scaleBCubed(m.Event, n), scaleBCubed(m.Topic, n)
	return m
}

func addBCubed(a, b eval.BCubed) eval.BCubed {
	return eval.BCubed{Precision: a.Precision + b.Precision, Recall: a.Recall + b.Recall, F1: a.F1 + b.F1, Items: a.Items + b.Items}
}

func scaleBCubed(a eval.BCubed, n float64) eval.BCubed {
	return eval.BCubed{Precision: a.Precision / n, Recall: a.Recall / n, F1: a.F1 / n, Items: int(float64(a.Items)/n + 0.5)}
}

// ConfigSettings are the candidates for the clusterer's thresholds around
// cfg: Assign and Merge on a grid, each scored over orders, and with
// Config.Consolidate the consolidation's threshold too (ConsolidateGrid
// from cfg.Consolidate up; each stream is clustered once for all of
// them, as Cut allows).
func ConfigSettings(cfg Config, orders []uint64) []Setting {
	var out []Setting
	for assign := 0.15; assign <= 0.301; assign += 0.025 {
		for _, merge := range []float64{0.3, 0.4, 0.5} {
			c := cfg
			c.Assign, c.Merge = assign, merge
			if cfg.Consolidate <= 0 {
				out = append(out, Setting{
					Label: fmt.Sprintf("assign %.3f merge %.2f", assign, merge),
					Run:   func(docs []eval.EventDoc) Score { return evaluateOrders(docs, c, orders) },
				})
				continue
			}
			runs := make(map[runKey][]run)
			for _, t := range ConsolidateGrid(cfg.Consolidate) {
				out = append(out, Setting{
					Label: fmt.Sprintf("assign %.3f merge %.2f consolidate %.3f", assign, merge, t),
					Run: func(docs []eval.EventDoc) Score {
						k := runKey{&docs[0], len(docs)}
						rs, ok := runs[k]
						if !ok {
							for _, seed := range orders {
								rs = append(rs, evaluateRun(docs, c, seed))
							}
							runs[k] = rs
						}
						var scores []Score
						for _, r := range rs {
							scores = append(scores, scoreLabels(docs, r.stories(t)))
						}
						return MeanScore(scores)
					},
				})
			}
		}
	}
	return out
}

// runKey names a set (a half) by its first doc and length.
type runKey struct {
	first *eval.EventDoc
	n     int
}

// ConsolidateGrid is the consolidation thresholds tried from lowest up.
func ConsolidateGrid(lowest float64) []float64 {
	var out []float64
	for t := lowest; t <= lowest+0.0501; t += 0.025 {
		out = append(out, t)
	}
	return out
}

func evaluateOrders(docs []eval.EventDoc, cfg Config, orders []uint64) Score {
	var scores []Score
	for _, seed := range orders {
		scores = append(scores, Evaluate(docs, cfg, seed))
	}
	return MeanScore(scores)
}

// baselineThresholds are the similarity thresholds tried for the
// baselines.
func baselineThresholds() []float64 {
	var out []float64
	for t := 0.05; t <= 0.501; t += 0.025 {
		out = append(out, t)
	}
	return out
}

// SinglePassSettings are the single-pass TF-IDF baseline's candidates.
func SinglePassSettings(orders []uint64) []Setting {
	var out []Setting
	for _, t := range baselineThresholds() {
		out = append(out, Setting{
			Label: fmt.Sprintf("threshold %.3f", t),
			Run: func(docs []eval.EventDoc) Score {
				var scores []Score
				for _, seed := range orders {
					scores = append(scores, scoreLabels(docs, SinglePassTFIDF(docs, t, seed)))
				}
				return MeanScore(scores)
			},
		})
	}
	return out
}

// AverageLinkSettings are the average-link TF-IDF baseline's candidates;
// each set's dendrogram is built once and cut at every threshold.
func AverageLinkSettings() []Setting {
	thresholds := baselineThresholds()
	type key struct {
		first *eval.EventDoc
		n     int
	}
	built := make(map[key]*AverageLink)
	var out []Setting
	for _, t := range thresholds {
		out = append(out, Setting{
			Label: fmt.Sprintf("threshold %.3f", t),
			Run: func(docs []eval.EventDoc) Score {
				k := key{&docs[0], len(docs)}
				al, ok := built[k]
				if !ok {
					al = NewAverageLink(docs, thresholds[0])
					built[k] = al
				}
				return scoreLabels(docs, al.Cut(t))
			},
		})
	}
	return out
}

// scoreLabels scores a story number per doc against docs' events and
// topics.
func scoreLabels[L comparable](docs []eval.EventDoc, pred []L) Score {
	events := make([]string, len(docs))
	topics := make([]string, len(docs))
	stories := make(map[L]bool)
	hasTopics := false
	for i, d := range docs {
		events[i], topics[i] = d.Event, d.Topic
		hasTopics = hasTopics || d.Topic != ""
		stories[pred[i]] = true
	}
	s := Score{Event: eval.ScoreBCubed(pred, events), Stories: len(stories)}
	if hasTopics {
		s.Topic = eval.ScoreBCubed(pred, topics)
	}
	return s
}
