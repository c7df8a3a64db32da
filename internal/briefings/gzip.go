package briefings

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"crosscheck/internal/storage"
)

// gzipLevel is how hard a briefing is compressed when it is built. JSON
// of a 1,000-article story is 7 MB; a build compresses it once and every
// reader of the API that accepts gzip is sent the result. The fastest
// level: on that story 59 ms of CPU instead of 184 ms at the default, for
// 1.62 MB instead of 1.35 MB (BENCHMARKS.md, issue 15, session 6), and
// the build is what an added article waits for. The story page, sent far
// more often, is compressed at the default level (web.compressFragment).
const gzipLevel = gzip.BestSpeed

// gzipJSON is the encoded briefing as one gzip member.
func gzipJSON(enc []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(enc)/8 + 64)
	zw, err := gzip.NewWriterLevel(&buf, gzipLevel)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(enc); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// GzipTrailer returns the CRC-32 and the length (modulo 2^32) of what a
// gzip member holds, from its last eight bytes, and whether gz looks like
// a whole member (its magic number at the start). They make an entity
// tag of the briefing without reading it.
func GzipTrailer(gz []byte) (crc, size uint32, ok bool) {
	if len(gz) < 18 || gz[0] != 0x1f || gz[1] != 0x8b {
		return 0, 0, false
	}
	t := gz[len(gz)-8:]
	return binary.LittleEndian.Uint32(t), binary.LittleEndian.Uint32(t[4:]), true
}

// WriteGzip is WriteEncoded for a reader that accepts gzip: it hands
// write the stored briefing compressed (a whole gzip member of the JSON
// WriteEncoded writes), as the store read it and valid only while write
// runs. A current briefing stored without it (before the column) is
// compressed now and stored; one that is not current is built first.
func (k *Keeper) WriteGzip(ctx context.Context, st storage.Story, write func(gz []byte) error) error {
	err := k.store.WithBriefingGzip(ctx, st.ID, func(sb storage.StoredBriefing) error {
		if _, _, ok := GzipTrailer(sb.Gzip); sb.Version != Version || sb.Revision != st.Revision || !ok {
			return errNotCurrent
		}
		return write(sb.Gzip)
	})
	if err == nil || !errors.Is(err, errNotCurrent) && !errors.Is(err, storage.ErrNotFound) {
		return err
	}
	sb, err := k.store.Briefing(ctx, st.ID)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return err
	}
	var enc []byte
	current := err == nil && sb.Version == Version && sb.Revision == st.Revision && looksWhole(sb.Briefing)
	if current {
		enc = sb.Briefing
	} else {
		b, err := k.BriefingFor(ctx, st)
		if err != nil {
			return err
		}
		if enc, err = encodeJSON(b); err != nil {
			return err
		}
	}
	gz, err := gzipJSON(enc)
	if err != nil {
		return fmt.Errorf("compressing the briefing of story %d: %w", st.ID, err)
	}
	if current {
		// Best effort: the reader has it either way.
		_, _ = k.store.PutBriefingGzip(ctx, storage.StoredBriefing{Story: st.ID, Version: sb.Version, Revision: sb.Revision, Gzip: gz})
	}
	return write(gz)
}
