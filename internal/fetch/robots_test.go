package fetch

import (
	"testing"
	"time"
)

const robotsTxt = `# comment
User-agent: *
Disallow: /private
Allow: /private/open
Crawl-delay: 2

User-agent: otherbot
User-agent: CrossCheck
Disallow: /search
Disallow: /*.pdf$
Allow: /search/about
Disallow: /tmp/
Crawl-delay: 0.5

User-agent: crosscheck
Disallow: /drafts
`

func TestRobotsAllowed(t *testing.T) {
	mine := parseRobots([]byte(robotsTxt), "crosscheck")
	star := parseRobots([]byte(robotsTxt), "somebot")
	tests := []struct {
		rules *robots
		path  string
		want  bool
	}{
		{mine, "/", true},
		{mine, "/private", true}, // the * group does not apply to a named agent
		{mine, "/search?q=kim", false},
		{mine, "/search/about", true}, // longer allow wins
		{mine, "/report.pdf", false},
		{mine, "/report.pdf?x=1", true}, // $ anchors the end
		{mine, "/drafts/1", false},      // groups for one agent merge
		{mine, "/tmp", true},
		{mine, "/tmp/x", false},
		{star, "/private/x", false},
		{star, "/private/open/x", true},
		{star, "/search", true},
		{star, "/robots.txt", true},
		{allowAll, "/anything", true},
		{disallowAll, "/anything", false},
	}
	for _, tt := range tests {
		if got := tt.rules.allowed(tt.path); got != tt.want {
			t.Errorf("allowed(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if mine.delay != 500*time.Millisecond || star.delay != 2*time.Second {
		t.Errorf("delays = %v, %v; want 500ms, 2s", mine.delay, star.delay)
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/a", "/a/b", true},
		{"/a$", "/a", true},
		{"/a$", "/ab", false},
		{"/*/b", "/x/y/b/z", true},
		{"/*.php$", "/x/index.php", true},
		{"/*.php$", "/x/index.php5", false},
		{"*", "/anything", true},
		{"/a*", "/b", false},
	}
	for _, tt := range tests {
		if got := match(tt.pattern, tt.path); got != tt.want {
			t.Errorf("match(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte(robotsTxt), "/search/x")
	f.Add([]byte("User-agent: *\nDisallow: /*$*\n"), "/a$")
	f.Add([]byte("Disallow: /\nUser-agent:"), "/")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		r := parseRobots(data, "crosscheck")
		r.allowed(path)
		if r.delay < 0 || r.delay > time.Minute {
			t.Fatalf("delay %v out of range", r.delay)
		}
	})
}
