package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"sync"
	"syscall"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/source"
)

// engineFunc extracts one case's body text.
type engineFunc func(c eval.ExtractionCase, data []byte) (string, error)

func engineFor(name string) (engineFunc, bool, error) {
	switch name {
	case "crosscheck-html":
		return func(c eval.ExtractionCase, data []byte) (string, error) {
			a, err := extract.Extract(context.Background(), source.Page{Origin: c.HTMLPath, URL: c.URL, Kind: source.KindHTML, Data: data})
			return a.Text, err
		}, true, nil
	case "crosscheck-text":
		return func(c eval.ExtractionCase, data []byte) (string, error) {
			a, err := extract.Extract(context.Background(), source.Page{Origin: c.TextPath, URL: c.URL, Kind: source.KindText, Data: data})
			return a.Text, err
		}, false, nil
	case "go-trafilatura":
		return func(c eval.ExtractionCase, data []byte) (string, error) {
			res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{})
			if err != nil {
				return "", err
			}
			return res.ContentText, nil
		}, true, nil
	}
	return nil, false, fmt.Errorf("unknown engine %q", name)
}

func runChild(dir, engine, mode string) (result, error) {
	fn, html, err := engineFor(engine)
	if err != nil {
		return result{}, err
	}
	cases, err := eval.LoadExtraction(dir)
	if err != nil {
		return result{}, err
	}
	pages := make([][]byte, len(cases))
	for i, c := range cases {
		if pages[i], err = load(c, html); err != nil {
			return result{}, err
		}
	}
	runtime.GC()
	res := result{Engine: engine, Mode: mode, Pages: len(cases), BaselineRSS: maxRSS()}
	sampler := startHeapSampler()

	switch mode {
	case "quality":
		quality(&res, cases, pages, fn)
		if engine == "crosscheck-html" {
			d, err := evaluateDates(cases, pages)
			if err != nil {
				return result{}, err
			}
			res.Dates = d
		}
	case "single":
		start := time.Now()
		for i, c := range cases {
			if _, err := fn(c, pages[i]); err != nil {
				res.Failed++
			}
		}
		res.Seconds, res.Workers = time.Since(start).Seconds(), 1
	case "parallel":
		res.Workers = runtime.GOMAXPROCS(0)
		next := make(chan int)
		var wg sync.WaitGroup
		start := time.Now()
		for range res.Workers {
			wg.Go(func() {
				for i := range next {
					fn(cases[i], pages[i]) //nolint:errcheck // failures are counted in the quality run
				}
			})
		}
		for i := range cases {
			next <- i
		}
		close(next)
		wg.Wait()
		res.Seconds = time.Since(start).Seconds()
	default:
		return result{}, fmt.Errorf("unknown mode %q", mode)
	}
	res.PeakHeapUsed = sampler.stop()
	res.MaxRSS = maxRSS()
	return res, nil
}

func quality(res *result, cases []eval.ExtractionCase, pages [][]byte, fn engineFunc) {
	var all []eval.ShingleScore
	parts := map[eval.Part][]eval.ShingleScore{}
	for i, c := range cases {
		text, err := fn(c, pages[i])
		if err != nil {
			res.Failed++
		}
		s := eval.ScoreShingles(text, c.Truth)
		all = append(all, s)
		// Split by site before any page was read (eval.SplitBySite):
		// rules are written on develop pages, held-out ones are only
		// scored.
		part := eval.SplitBySite(eval.URLSite(c.URL))
		parts[part] = append(parts[part], s)
	}
	res.Precision, res.Recall, res.F1 = eval.MeanShingleScore(all)
	res.Develop = prf(parts[eval.Develop])
	res.HeldOut = prf(parts[eval.HeldOut])
}

func prf(s []eval.ShingleScore) scores {
	var out scores
	out.N = len(s)
	out.P, out.R, out.F1 = eval.MeanShingleScore(s)
	return out
}

func load(c eval.ExtractionCase, html bool) ([]byte, error) {
	if !html {
		data, err := os.ReadFile(c.TextPath)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", c.TextPath, err)
		}
		return data, nil
	}
	f, err := os.Open(c.HTMLPath)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", c.HTMLPath, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", c.HTMLPath, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", c.HTMLPath, err)
	}
	return data, nil
}

// maxRSS is the process's peak resident set size in bytes.
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // Linux reports KiB
}

// heapSampler records the peak of live heap objects, sampled every
// millisecond; a peak between samples can be missed, so it is a floor.
type heapSampler struct {
	done chan struct{}
	peak chan uint64
}

func startHeapSampler() *heapSampler {
	s := &heapSampler{done: make(chan struct{}), peak: make(chan uint64)}
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-s.done:
				s.peak <- peak
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *heapSampler) stop() uint64 {
	close(s.done)
	return <-s.peak
}
