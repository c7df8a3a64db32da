package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// What the alignment of a briefing keeps (StoredBriefing.Alignment) is
// stored in parts cut by its content, each under a sum of its bytes
// (table briefing_parts), and listed in order in the briefing's row
// (column alignment_parts). When an article joins a story of 1,000
// articles, most of the 8 MB the alignment keeps is what it kept
// before; cut by content, an insertion moves the cuts only around it,
// so an update writes the few parts it has not stored yet (about a
// seventh of the bytes) instead of the whole value. The bytes read back
// are the bytes given: parts only change where they lie.
//
// The cuts are those of a gear hash over a sliding window (Xia et al.,
// "FastCDC: a fast and efficient content-defined chunking approach for
// data deduplication", USENIX ATC 2016): a cut falls after a byte where
// the top bits of the hash are zero, so where it falls depends on the
// 64 bytes before it only.
const (
	// partMin and partMax bound a part; partMask's twelve bits put a cut
	// every 4 KiB on average past partMin. Parts of 4 KiB fit the
	// store's 16 KiB pages.
	partMin  = 1 << 10
	partMax  = 16 << 10
	partMask = uint64(0xfff) << 52
	// partWindow is how many bytes the top bits of the hash depend on:
	// one shifts out at each byte.
	partWindow = 64
	// partSumSize is the length of a part's sum (SHA-256, cut).
	partSumSize = 16
)

// gear maps each byte to a random 64-bit number, the same in every
// process (splitmix64 from a fixed seed), so that the same bytes are
// cut alike by every process.
var gear = func() (t [256]uint64) {
	x := uint64(0x2545f4914f6cdd1d)
	for i := range t {
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		t[i] = z ^ z>>31
	}
	return t
}()

// part is one part of a value: its bytes and their sum.
type part struct {
	sum  [partSumSize]byte
	body []byte
}

// cutParts cuts b into parts by its content; the parts' bodies are
// slices of b.
func cutParts(b []byte) []part {
	var parts []part
	for start := 0; start < len(b); {
		limit := min(start+partMax, len(b))
		end := limit
		var h uint64
		// Hashing starts a window before the first place a cut may
		// fall: the hash's top bits there are what they would be had
		// it started at the part's start.
		for i := start + partMin - partWindow; i < limit; i++ {
			h = h<<1 + gear[b[i]]
			if i+1-start >= partMin && h&partMask == 0 {
				end = i + 1
				break
			}
		}
		p := part{body: b[start:end]}
		full := sha256.Sum256(p.body)
		copy(p.sum[:], full[:])
		parts = append(parts, p)
		start = end
	}
	return parts
}

// partsList encodes the order of parts: how many, then each one's sum
// and length.
func partsList(parts []part) []byte {
	out := make([]byte, 0, binary.MaxVarintLen64+len(parts)*(partSumSize+3))
	out = binary.AppendUvarint(out, uint64(len(parts)))
	for _, p := range parts {
		out = append(out, p.sum[:]...)
		out = binary.AppendUvarint(out, uint64(len(p.body)))
	}
	return out
}

// listedPart is one entry of a parts list.
type listedPart struct {
	sum [partSumSize]byte
	n   int
}

var errPartsList = errors.New("not a list of parts")

// readPartsList decodes what partsList encoded, and the length of the
// whole value.
func readPartsList(list []byte) ([]listedPart, int, error) {
	n, k := binary.Uvarint(list)
	if k <= 0 || n > uint64(len(list)) {
		return nil, 0, errPartsList
	}
	list = list[k:]
	out := make([]listedPart, 0, n)
	total := 0
	for range n {
		if len(list) < partSumSize {
			return nil, 0, errPartsList
		}
		var p listedPart
		copy(p.sum[:], list)
		size, k := binary.Uvarint(list[partSumSize:])
		if k <= 0 || size > partMax {
			return nil, 0, errPartsList
		}
		p.n = int(size)
		total += p.n
		list = list[partSumSize+k:]
		out = append(out, p)
	}
	if len(list) != 0 {
		return nil, 0, errPartsList
	}
	return out, total, nil
}

// putParts makes the stored parts of story's alignment those of parts,
// in tx: it writes the parts not stored yet and deletes those no longer
// listed. With parts nil, the story has none.
func putParts(ctx context.Context, tx *sql.Tx, story int64, parts []part) error {
	rows, err := tx.QueryContext(ctx, `SELECT part_sum FROM briefing_parts WHERE story_id = $1`, story)
	if err != nil {
		return err
	}
	stored := make(map[[partSumSize]byte]bool)
	for rows.Next() {
		var sum []byte
		if err := rows.Scan(&sum); err != nil {
			rows.Close()
			return err
		}
		var k [partSumSize]byte
		copy(k[:], sum)
		stored[k] = false // not listed (yet)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var fresh []part
	for _, p := range parts {
		if listed, ok := stored[p.sum]; ok && listed {
			continue // a part listed twice is written once
		} else if !ok {
			fresh = append(fresh, p)
		}
		stored[p.sum] = true
	}
	var gone [][partSumSize]byte
	for sum, listed := range stored {
		if !listed {
			gone = append(gone, sum)
		}
	}
	// A statement per partsBatch parts: on PostgreSQL each statement is
	// a round trip.
	for len(fresh) > 0 {
		n := min(len(fresh), partsBatch)
		var q strings.Builder
		q.WriteString(`INSERT INTO briefing_parts (story_id, part_sum, body) VALUES `)
		args := []any{story}
		for i, p := range fresh[:n] {
			if i > 0 {
				q.WriteByte(',')
			}
			fmt.Fprintf(&q, "($1, $%d, $%d)", len(args)+1, len(args)+2)
			args = append(args, p.sum[:], p.body)
		}
		if _, err := tx.ExecContext(ctx, q.String(), args...); err != nil {
			return err
		}
		fresh = fresh[n:]
	}
	for len(gone) > 0 {
		n := min(len(gone), partsBatch)
		var q strings.Builder
		q.WriteString(`DELETE FROM briefing_parts WHERE story_id = $1 AND part_sum IN (`)
		args := []any{story}
		for i := range gone[:n] {
			if i > 0 {
				q.WriteByte(',')
			}
			fmt.Fprintf(&q, "$%d", len(args)+1)
			args = append(args, gone[i][:])
		}
		q.WriteByte(')')
		if _, err := tx.ExecContext(ctx, q.String(), args...); err != nil {
			return err
		}
		gone = gone[n:]
	}
	return nil
}

// partsBatch is how many parts one statement writes or deletes.
const partsBatch = 100

// readParts puts together the value list names from story's stored
// parts. It is nil when a part is missing: a writer replaced the parts
// between the reading of the list and of the parts (what the alignment
// keeps then counts as not kept, which costs the next build time, not
// its result).
func (s *Store) readParts(ctx context.Context, story int64, list []byte) ([]byte, error) {
	listed, total, err := readPartsList(list)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT part_sum, body FROM briefing_parts WHERE story_id = $1`, story)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	bodies := make(map[[partSumSize]byte][]byte, len(listed))
	for rows.Next() {
		var sum, body []byte
		if err := rows.Scan(&sum, &body); err != nil {
			return nil, err
		}
		var k [partSumSize]byte
		copy(k[:], sum)
		bodies[k] = body
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]byte, 0, total)
	for _, p := range listed {
		body, ok := bodies[p.sum]
		if !ok || len(body) != p.n {
			return nil, nil
		}
		out = append(out, body...)
	}
	return out, nil
}

// partsOf is the parts of an alignment to store and their list; both nil
// for none.
func partsOf(alignment []byte) ([]part, []byte) {
	if alignment == nil {
		return nil, nil
	}
	parts := cutParts(alignment)
	return parts, partsList(parts)
}
