package eval

import (
	"crypto/sha256"
	"net/url"
	"regexp"
	"strings"
)

// Part is one side of an evaluation set split before any of it was read:
// rules are written looking at Develop pages only, and HeldOut pages are
// only scored.
type Part string

// The two parts of a split set.
const (
	Develop Part = "develop"
	HeldOut Part = "held-out"
)

// heldOutShare is the share of sites, in 256ths, that SplitBySite holds
// out: about 40%.
const heldOutShare = 102

// SplitBySite assigns a site to a part by a hash of its name, so every page
// of one site falls in the same part (a rule tuned on a site's template
// must not be scored on another page of that template) and the split is
// fixed before any page is read. The salt names the split's version: it
// changes only if the split is ever redrawn, which would void held-out
// numbers measured under the old one.
func SplitBySite(site string) Part {
	sum := sha256.Sum256([]byte("crosscheck split 1\x00" + strings.ToLower(site)))
	if sum[0] < heldOutShare {
		return HeldOut
	}
	return Develop
}

// URLSite is the site of a page URL: its host without "www.".
func URLSite(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return pageURL
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

var caseNumber = regexp.MustCompile(`-\d+$`)

// ReadabilitySite is the site of a page of the readability set, named by
// its directory: "nytimes-3" and "nytimes-1" are one site.
func ReadabilitySite(dir string) string {
	return caseNumber.ReplaceAllString(dir, "")
}
