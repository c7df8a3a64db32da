package fetch

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// robots is the part of a robots.txt (RFC 9309) that applies to one
// user agent.
type robots struct {
	rules []rule
	// delay is the group's Crawl-delay, a common extension.
	delay time.Duration
}

type rule struct {
	allow   bool
	pattern string
}

// allowAll and disallowAll stand for a missing robots.txt (4xx) and for
// one that could not be read (5xx, network errors), as RFC 9309 §2.3.1.
var (
	allowAll    = &robots{}
	disallowAll = &robots{rules: []rule{{allow: false, pattern: "/"}}}
)

// maxRobotsBytes is the part of a robots.txt a crawler must read, by RFC
// 9309 §2.5; the rest is ignored.
const maxRobotsBytes = 500 << 10

// parseRobots reads a robots.txt and keeps the rules of the group that
// names agent (a product token, matched case-insensitively), or else of
// the "*" group. Lines it cannot read are skipped, as the RFC asks.
func parseRobots(data []byte, agent string) *robots {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		r      robots
	}
	var groups []*group
	var cur *group
	inAgents := false // consecutive user-agent lines share one group
	sc := bufio.NewScanner(bytes.NewReader(data[:min(len(data), maxRobotsBytes)]))
	sc.Buffer(make([]byte, 4096), maxRobotsBytes)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if !inAgents {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(value))
			inAgents = true
			continue
		case "allow", "disallow":
			if cur != nil && value != "" {
				cur.r.rules = append(cur.r.rules, rule{allow: key == "allow", pattern: value})
			}
		case "crawl-delay":
			if secs, err := strconv.ParseFloat(value, 64); cur != nil && err == nil && secs >= 0 {
				cur.r.delay = time.Duration(min(secs, 60) * float64(time.Second))
			}
		}
		inAgents = false
	}
	// Every group naming the agent applies, merged (RFC 9309 §2.2.1);
	// only without one does "*" apply.
	var mine, star robots
	found := false
	for _, g := range groups {
		for _, a := range g.agents {
			switch {
			case a == agent:
				found = true
				mine.rules = append(mine.rules, g.r.rules...)
				mine.delay = max(mine.delay, g.r.delay)
			case a == "*":
				star.rules = append(star.rules, g.r.rules...)
				star.delay = max(star.delay, g.r.delay)
			}
		}
	}
	if found {
		return &mine
	}
	return &star
}

// allowed reports whether path (with its query) may be fetched: the
// longest matching rule decides, and allow wins a tie.
func (r *robots) allowed(path string) bool {
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, ru := range r.rules {
		if !match(ru.pattern, path) {
			continue
		}
		if n := len(ru.pattern); n > best || n == best && ru.allow {
			best, allow = n, ru.allow
		}
	}
	return allow
}

// match reports whether a robots.txt path pattern matches path: "*"
// matches any run of characters and a final "$" anchors the end.
func match(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, p := range parts[1:] {
		last := i == len(parts)-2
		if last && anchored {
			return strings.HasSuffix(rest, p)
		}
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	return !anchored || rest == ""
}
