package cluster

import (
	"cmp"
	"slices"
	"time"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
	"crosscheck/internal/signature"
)

// Articles in different languages about one event share few words: the
// term vectors of a German and an English report meet on names and
// digits only, far below Assign. What a translation keeps is the event's
// figures, days and names, so with Config.CrossLanguage each article
// carries its signature (package signature), each story the union of its
// articles', and an article that no story of its words takes looks for
// stories in other languages sharing its signature's keys. The test of
// one event is signature.TieOf: a shared day, figure and name, four
// distinctive keys in all; the word vectors of stories in one language,
// and so monolingual clustering, are left as they were.

// maxStoryKeys bounds a story's signature: its first articles say what
// the event is; a long story's later ones add background.
const maxStoryKeys = 256

// maxRelated bounds Assignment.Related.
const maxRelated = 5

// prepareSignature is the signature of d when the clusterer links
// across languages and d's language is known.
func (c *Clusterer) prepareSignature(d Doc) (string, signature.Signature) {
	code := lang.Primary(d.Language)
	if !c.cfg.CrossLanguage || code == "" {
		return "", signature.Signature{}
	}
	return code, signature.Of(nlp.AnalyzeIn(d.Text, d.Published, code))
}

// sigKeys are the keys a signature is posted under: every number, day
// and name word, by kind.
func sigKeys(s signature.Signature) []string {
	keys := make([]string, 0, s.Len())
	for _, k := range s.Numbers {
		keys = append(keys, "q\x00"+k)
	}
	for _, k := range s.Dates {
		keys = append(keys, "d\x00"+k)
	}
	for _, k := range s.Names {
		keys = append(keys, "n\x00"+k)
	}
	return keys
}

// placeSignature records an article's language and signature in s.
func (c *Clusterer) placeSignature(s *story, code string, sig signature.Signature) {
	if code == "" {
		return
	}
	if !slices.Contains(s.langs, code) {
		s.langs = append(s.langs, code)
	}
	if s.sig.Len() >= maxStoryKeys {
		return
	}
	s.sig = signature.Union(s.sig, sig)
	c.postSignature(s, sig)
}

func (c *Clusterer) postSignature(s *story, sig signature.Signature) {
	if c.sigPosts == nil {
		c.sigPosts = make(map[string][]int64)
	}
	for _, k := range sigKeys(sig) {
		p := c.sigPosts[k]
		if len(p) > 0 && p[len(p)-1] == s.id {
			continue
		}
		p = append(p, s.id)
		if len(p) > c.cfg.PostingCap {
			p = slices.Clone(p[len(p)-c.cfg.PostingCap:])
		}
		c.sigPosts[k] = p
	}
}

// foldSignature gives survivor the languages and signature of s, folded
// into it.
func (c *Clusterer) foldSignature(survivor, s *story) {
	for _, l := range s.langs {
		if !slices.Contains(survivor.langs, l) {
			survivor.langs = append(survivor.langs, l)
		}
	}
	if s.sig.Len() > 0 {
		survivor.sig = signature.Union(survivor.sig, s.sig)
		c.postSignature(survivor, s.sig)
	}
}

// abroadTie is a live story in another language and what an article
// shares with it.
type abroadTie struct {
	s      *story
	shared signature.Signature
	tie    signature.Tie
}

// abroad returns the live stories with no article in the article's
// language, within Window of it, that share keys with its signature
// tied at least as related, the most shared first.
func (c *Clusterer) abroad(code string, sig signature.Signature, published time.Time) []abroadTie {
	if code == "" || sig.Empty() {
		return nil
	}
	seen := make(map[int64]bool)
	var out []abroadTie
	for _, k := range sigKeys(sig) {
		p := c.sigPosts[k]
		live := p[:0]
		for _, id := range p {
			s, ok := c.stories[id]
			if !ok || s.id != id {
				continue // retired, or folded into another
			}
			live = append(live, id)
			if seen[id] || slices.Contains(s.langs, code) {
				continue
			}
			seen[id] = true
			if gap, dated := s.gap(published); dated && gap > c.cfg.Window {
				continue
			}
			shared := signature.Shared(sig, s.sig)
			if t := signature.TieOf(shared); t != signature.TieNone {
				out = append(out, abroadTie{s, shared, t})
			}
		}
		if len(live) == 0 {
			delete(c.sigPosts, k)
		} else {
			c.sigPosts[k] = live
		}
	}
	slices.SortFunc(out, func(a, b abroadTie) int {
		if c := cmp.Compare(b.tie, a.tie); c != 0 {
			return c
		}
		if c := signature.Compare(a.shared, b.shared); c != 0 {
			return c
		}
		return cmp.Compare(a.s.id, b.s.id)
	})
	return out
}

// related lists the ties to live stories other than story (the article
// may have folded some into it), at most maxRelated.
func (c *Clusterer) related(ties []abroadTie, story int64) []Related {
	var out []Related
	for _, t := range ties {
		if t.s.id != story && c.stories[t.s.id] == t.s && len(out) < maxRelated {
			out = append(out, Related{Story: t.s.id, Shared: t.shared})
		}
	}
	return out
}
