package storage

import (
	"errors"
	"fmt"
	"strings"
)

// StoryOrder is how a story list is ranked.
//
// An order is a name the web, API and CLI accept and an ORDER BY over the
// columns of the ranking query (rankQuery). An order by conflicts belongs
// here once briefings are stored: it adds a constant and a clause over a
// column joined from the stored briefing's counts. It cannot be computed
// from the articles table alone, so there is none yet.
type StoryOrder string

const (
	// OrderTop ranks like a news front page: stories many outlets cover,
	// that grew fast and whose newest article is recent come first (see
	// topKey).
	OrderTop StoryOrder = "top"
	// OrderNewest ranks by the story's newest article.
	OrderNewest StoryOrder = "newest"
	// OrderOutlets ranks by the number of outlets covering the story, then
	// as OrderTop.
	OrderOutlets StoryOrder = "outlets"
)

// StoryOrders are the orders Stories accepts, the default first.
var StoryOrders = []StoryOrder{OrderTop, OrderNewest, OrderOutlets}

// ErrUnknownOrder is returned for a story order Stories does not know.
var ErrUnknownOrder = errors.New("unknown story order")

// ParseStoryOrder reads an order by name; "" is OrderTop.
func ParseStoryOrder(s string) (StoryOrder, error) {
	if s == "" {
		return OrderTop, nil
	}
	for _, o := range StoryOrders {
		if string(o) == s {
			return o, nil
		}
	}
	return "", fmt.Errorf("%w %q: use one of %s", ErrUnknownOrder, s, StoryOrderNames())
}

// StoryOrderNames lists the orders' names for a usage message.
func StoryOrderNames() string {
	names := make([]string, len(StoryOrders))
	for i, o := range StoryOrders {
		names[i] = string(o)
	}
	return strings.Join(names, ", ")
}

// Ranking constants. Times are in hours since the Unix epoch.
const (
	// growthWindow is how far back from a story's newest article an outlet
	// counts as having joined recently: a news day.
	growthWindow = 24
	// doublingHours is what doubling a story's weight is worth in
	// recency: a story covered by twice the outlets ranks as if its
	// newest article were a day newer.
	doublingHours = 24
	// thinBody is the body length below which the only page of a story is
	// no article worth a briefing. The shortest news items, wire briefs,
	// run to 50-150 words (300-900 characters); error pages, sign-in
	// prompts and empty shells say a sentence or two. It is counted in
	// bytes of UTF-8, which both databases know without reading the text
	// (a character count reads every body): 300 characters of Latin
	// script, 100 of Chinese.
	thinBody = 300
)

// topKey is the front-page rank of a story, an SQL expression over the
// ranking query's columns newest (hours), outlets and recent.
//
// It is the "hot" ranking Reddit published with its source (r2,
// _sorts.pyx; explained by A. Salihefendic, "How Reddit ranking algorithms
// work", 2010): the logarithm of a story's weight plus its time, so that
// each doubling of the weight is worth a fixed stretch of recency. Two
// stories keep their order as the clock moves on, unlike a score divided
// by age as in Hacker News's gravity ((P-1)/(T+2)^1.8), so a pile read a
// year after it was scraped ranks as it would have on its last day, and
// no "now" is needed, save to keep a wrongly dated future article from
// outranking everything.
//
// The weight is the outlets covering the story plus those of them that
// published in its last day (growth), minus one: a story one outlet ran
// once weighs 1 (log 0), one that four outlets picked up within a day
// weighs 7, one that eight covered over a month with a single late
// update weighs 8. The log keeps the tenth outlet from counting as much as
// the second, which is what makes a story cross-checkable.
func topKey() string {
	return fmt.Sprintf("(newest + %d * LN(CASE WHEN outlets + recent - 1 < 1 THEN 1 ELSE outlets + recent - 1 END) / LN(2))", doublingHours)
}

// storyOrderBy is the ORDER BY of each order. Thin stories come last in
// every order, and before them the undated; story id, newest first,
// breaks ties.
func storyOrderBy(o StoryOrder) string {
	switch o {
	case OrderNewest:
		return `thin, undated, newest DESC, id DESC`
	case OrderOutlets:
		return `thin, outlets DESC, undated, ` + topKey() + ` DESC, id DESC`
	}
	return `thin, undated, ` + topKey() + ` DESC, newest DESC, id DESC`
}

// rankQuery selects (id, title, updated_at, articles, outlets, duplicates,
// recent, thin) of the stories that where selects, ranked by order. where
// is over stories s; nowParam names the parameter holding the current
// time in hours.
//
// A story's time is taken from its articles' publication dates. A story
// none of whose articles has one is undated and ranked after every dated
// story: its pages were fetched, or stored, at a known time, but that
// says when they were read, not when they were news (a page fetched
// today may be years old; a file's fetch time is when it was last
// written). Undated stories are timed among themselves by when their
// pages were fetched, else stored. No time later than now counts: a wrongly
// parsed date must not pin a story to the top. A story's newest is the
// latest of its times, recent the outlets with an article in the
// growthWindow up to it. A thin story is one short page (see thinBody) or
// none: a robots.txt record, an error page, anything with nothing to
// brief.
//
// The counts and latest times are read through the story index, as the
// plain list did, and the latest of each kind of time is taken on the
// stored values, which order as times do (SQLite keeps them as text of
// one layout, in UTC), before they are converted to hours; a second join
// counts the outlets within the growth window.
func (d dialect) rankQuery(where, nowParam string, order StoryOrder) string {
	clamped := func(expr string) string {
		h := d.hours(expr)
		return `CASE WHEN ` + h + ` > ` + nowParam + ` THEN ` + nowParam + ` ELSE ` + h + ` END`
	}
	return `WITH per AS (
		SELECT s.id, s.title, s.updated_at, COUNT(a.id) AS n, COUNT(DISTINCT a.outlet) AS outlets, COUNT(a.duplicate_of) AS dups,
			MAX(a.published) AS pub, MAX(a.fetched_at) AS fetched, MAX(a.created_at) AS stored,
			MAX(OCTET_LENGTH(a.body)) AS body_len
		FROM stories s LEFT JOIN articles a ON a.story_id = s.id
		WHERE ` + where + `
		GROUP BY s.id, s.title, s.updated_at
	), timed AS (
		SELECT id, title, updated_at, n, outlets, dups, pub, fetched, body_len,
			COALESCE(` + clamped("pub") + `, ` + clamped("fetched") + `, ` + clamped("stored") + `) AS newest
		FROM per
	), grown AS (
		SELECT timed.id, COUNT(DISTINCT a.outlet) AS recent
		FROM timed JOIN articles a ON a.story_id = timed.id
		WHERE CASE WHEN timed.pub IS NOT NULL THEN a.published WHEN timed.fetched IS NOT NULL THEN a.fetched_at ELSE a.created_at END
			>= ` + d.timestamp("timed.newest - "+fmt.Sprint(growthWindow)) + `
		GROUP BY timed.id
	), ranked AS (
		SELECT timed.id, title, updated_at, n, outlets, dups, COALESCE(newest, 0) AS newest, COALESCE(grown.recent, 0) AS recent,
			CASE WHEN pub IS NULL THEN 1 ELSE 0 END AS undated,
			CASE WHEN n = 0 OR n = 1 AND body_len < ` + fmt.Sprint(thinBody) + ` THEN 1 ELSE 0 END AS thin
		FROM timed LEFT JOIN grown ON grown.id = timed.id
	)
	SELECT id, title, updated_at, n, outlets, dups, recent, thin FROM ranked
	ORDER BY ` + storyOrderBy(order)
}
