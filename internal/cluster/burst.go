package cluster

import (
	"math"
	"time"
)

// A news event makes the words that name it bursty: in the days of a
// party convention "convention", "delegates" and the host city fill a
// far larger share of the stream than they do over the year, while the
// names of each speaker stay rare and the campaign's standing names stay
// common. Weighting terms by how much more often they occur in recent
// articles than overall pulls the many angles of one event together
// (He, Chang and Lim, "Using burstiness to improve clustering of topics in
// news streams", ICDM 2007). Only dated articles count: without dates
// there is no "recent", and nothing changes.

// burst keeps, per term, an exponentially decayed count of the dated
// articles that contain it, as of the newest publication time seen.
type burst struct {
	halfLife float64 // hours; 0 turns burst weights off
	minDocs  float32 // decayed articles a term needs before it is weighted
	maxBoost float32
	// now is the newest publication time seen, in hours since the Unix
	// epoch; docs the decayed count of dated articles as of now.
	now  float64
	docs float64
	// recent[t] is the decayed count as of recentAt[t].
	recent, recentAt []float32
	// epoch counts how often now has moved on by a tenth of halfLife,
	// so stories know when to weigh their centroids again. A term's
	// boost is cached (cached[t], as of epoch cachedAt[t]-1) until an
	// article holding it arrives or the epoch ends: its recent count and
	// the count of recent articles fade alike, so between its own
	// arrivals it drifts only as other articles add to the second.
	epoch    int
	epochAt  float64
	cached   []float32
	cachedAt []int32
}

func hours(t time.Time) float64 { return float64(t.Unix()) / 3600 }

// decay is the factor by which a count made dt hours ago has faded.
func (b *burst) decay(dt float64) float64 { return math.Exp2(-dt / b.halfLife) }

// grow makes room for terms numbered up to n-1.
func (b *burst) grow(n int) {
	for len(b.recent) < n {
		b.recent = append(b.recent, 0)
		b.recentAt = append(b.recentAt, float32(b.now))
		b.cached = append(b.cached, 0)
		b.cachedAt = append(b.cachedAt, 0)
	}
}

// observe counts an article published at t containing ids.
func (b *burst) observe(ids []uint32, t time.Time) {
	if b.halfLife <= 0 || t.IsZero() {
		return
	}
	h := hours(t)
	if h > b.now {
		if b.now > 0 {
			b.docs *= b.decay(h - b.now)
		}
		b.now = h
		if b.now-b.epochAt >= b.halfLife/10 {
			b.epoch++
			b.epochAt = b.now
		}
	}
	add := b.decay(b.now - h)
	b.docs += add
	for _, id := range ids {
		b.recent[id] = float32(float64(b.recent[id])*b.decay(b.now-float64(b.recentAt[id])) + add)
		b.recentAt[id] = float32(b.now)
		b.cachedAt[id] = 0
	}
}

// boost is how much more often than overall (df of docs articles) the
// term occurs in recent articles, at least 1 and at most maxBoost.
func (b *burst) boost(id uint32, df uint32, docs int) float32 {
	if b.halfLife <= 0 || b.docs == 0 || int(id) >= len(b.recent) {
		return 1
	}
	if b.cachedAt[id] == int32(b.epoch+1) {
		return b.cached[id]
	}
	w := b.compute(id, df, docs)
	b.cached[id], b.cachedAt[id] = w, int32(b.epoch+1)
	return w
}

func (b *burst) compute(id uint32, df uint32, docs int) float32 {
	rec := float64(b.recent[id]) * b.decay(b.now-float64(b.recentAt[id]))
	if rec < float64(b.minDocs) {
		return 1
	}
	ratio := (rec / b.docs) / (float64(df) / float64(docs))
	if ratio <= 1 {
		return 1
	}
	return min(b.maxBoost, float32(1+math.Log(ratio)))
}
