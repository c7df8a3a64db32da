package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"crosscheck/internal/source"
)

// maxURLs bounds the URLs one ingest request may ask the server to fetch.
const maxURLs = 100

// ingestRequest is the JSON body of POST /api/v1/ingest.
type ingestRequest struct {
	Pages []struct {
		Origin  string `json:"origin"`
		URL     string `json:"url"`
		Content string `json:"content"`
	} `json:"pages"`
	URLs []string `json:"urls"`
}

// ingestResult is what an ingest request did, input by input.
type ingestResult struct {
	Outcomes []Outcome `json:"outcomes"`
	Added    int       `json:"added"`
	Failed   int       `json:"failed"`
	// Unchanged counts pages stored before.
	Unchanged int `json:"unchanged"`
	// Skipped counts pages that are not articles.
	Skipped int `json:"skipped"`
}

func (res *ingestResult) add(o Outcome) {
	res.Outcomes = append(res.Outcomes, o)
	switch {
	case o.Error != "":
		res.Failed++
	case o.Skipped != "":
		res.Skipped++
	case o.Unchanged:
		res.Unchanged++
	default:
		res.Added++
	}
}

func (s *Server) ingestForm(w http.ResponseWriter, r *http.Request) error {
	return s.render(w, http.StatusOK, "ingest", "Add pages", ingestView{Enabled: s.opts.Ingest != nil, CanFetch: s.canFetch()})
}

type ingestView struct {
	Enabled, CanFetch bool
	Result            *ingestResult
}

func (s *Server) ingestSubmit(w http.ResponseWriter, r *http.Request) error {
	res, err := s.ingest(w, r)
	if err != nil {
		return err
	}
	code := http.StatusOK
	if res.Added+res.Unchanged == 0 && res.Failed > 0 {
		code = http.StatusUnprocessableEntity
	}
	return s.render(w, code, "ingest", "Added pages", ingestView{Enabled: true, CanFetch: s.canFetch(), Result: res})
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) (any, error) {
	return s.ingest(w, r)
}

// ingest reads the pages of a request (a multipart form with files,
// pasted text and URLs, or a JSON body) and ingests each, reporting every
// input's outcome. A bad input fails alone; a bad request fails whole.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) (*ingestResult, error) {
	if s.opts.Ingest == nil {
		return nil, fmt.Errorf("ingest: %w", errUnavailable)
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxUpload)
	ctx := r.Context()
	res := &ingestResult{Outcomes: []Outcome{}}
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var urls []string
	switch mediaType {
	case "application/json":
		var req ingestRequest
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			var maxBytes *http.MaxBytesError
			if errors.As(err, &maxBytes) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: reading the JSON body: %v", errBadRequest, err)
		}
		// One JSON value is the body: anything after it (a second value,
		// garbage) is a malformed request, not something to ignore.
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			var maxBytes *http.MaxBytesError
			if errors.As(err, &maxBytes) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: reading the JSON body: more after the JSON value", errBadRequest)
		}
		for i, p := range req.Pages {
			origin := cmpOr(p.Origin, p.URL, fmt.Sprintf("page %d", i+1))
			res.add(s.ingestPage(ctx, textPage(origin, p.URL, p.Content)))
		}
		urls = req.URLs
	case "multipart/form-data":
		if err := r.ParseMultipartForm(8 << 20); err != nil {
			var maxBytes *http.MaxBytesError
			if errors.As(err, &maxBytes) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: reading the form: %v", errBadRequest, err)
		}
		defer r.MultipartForm.RemoveAll()
		if err := s.ingestFiles(ctx, r.MultipartForm.File["files"], res); err != nil {
			return nil, err
		}
		if text := r.FormValue("text"); strings.TrimSpace(text) != "" {
			res.add(s.ingestPage(ctx, textPage("pasted text", "", text)))
		}
		urls = strings.Fields(r.FormValue("urls"))
	default:
		return nil, fmt.Errorf("%w: send multipart/form-data or application/json, not %q", errBadRequest, mediaType)
	}
	if len(urls) > maxURLs {
		return nil, fmt.Errorf("%w: at most %d URLs at once, got %d", errBadRequest, maxURLs, len(urls))
	}
	s.ingestURLs(ctx, urls, res)
	if len(res.Outcomes) == 0 {
		return nil, fmt.Errorf("%w: nothing to ingest: give files, text or URLs", errBadRequest)
	}
	return res, nil
}

func cmpOr(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func textPage(origin, url, content string) source.Page {
	data := []byte(content)
	return source.Page{Origin: origin, URL: url, Kind: source.Sniff(data), Data: data}
}

func (s *Server) ingestPage(ctx context.Context, p source.Page) Outcome {
	if len(strings.TrimSpace(string(p.Data))) == 0 {
		return Outcome{Origin: p.Origin, Error: source.ErrEmpty.Error()}
	}
	o := s.opts.Ingest(ctx, p)
	if o.Origin == "" {
		o.Origin = p.Origin
	}
	return o
}

func (s *Server) reader() *source.Reader {
	if s.opts.Reader != nil {
		return s.opts.Reader
	}
	return &source.Reader{}
}

func (s *Server) canFetch() bool { return s.reader().Fetch != nil }

// ingestURLs fetches and ingests URLs. Anything but an http or https URL
// is refused here: the reader would take it for a path on this machine.
func (s *Server) ingestURLs(ctx context.Context, urls []string, res *ingestResult) {
	var fetch []string
	for _, raw := range urls {
		u, err := url.Parse(raw)
		switch {
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			res.add(Outcome{Origin: raw, Error: "not an http or https URL"})
		case !s.canFetch():
			res.add(Outcome{Origin: raw, Error: "fetching URLs is not enabled on this server"})
		default:
			fetch = append(fetch, u.String())
		}
	}
	if len(fetch) == 0 {
		return
	}
	for p, err := range s.reader().Pages(ctx, fetch) {
		if err != nil {
			res.add(Outcome{Origin: "URL", Error: err.Error()})
			continue
		}
		res.add(s.ingestPage(ctx, p))
	}
}

// ingestFiles reads uploaded files with the same reader the command line
// uses, so that gzip, JSONL and the other input kinds work alike. Each
// file is written under a directory of its own so uploads with the same
// name stay apart, and its origin is the uploaded name.
func (s *Server) ingestFiles(ctx context.Context, files []*multipart.FileHeader, res *ingestResult) error {
	if len(files) == 0 {
		return nil
	}
	dir, err := os.MkdirTemp("", "crosscheck-upload-")
	if err != nil {
		return fmt.Errorf("storing uploads: %w", err)
	}
	defer os.RemoveAll(dir)
	var paths []string
	for i, fh := range files {
		name := uploadName(fh.Filename)
		sub := filepath.Join(dir, strconv.Itoa(i))
		path := filepath.Join(sub, name)
		if err := os.Mkdir(sub, 0o700); err != nil {
			return fmt.Errorf("storing upload %s: %w", name, err)
		}
		if err := saveUpload(fh, path); err != nil {
			return fmt.Errorf("storing upload %s: %w", name, err)
		}
		paths = append(paths, path)
	}
	for p, err := range s.reader().Pages(ctx, paths) {
		if err != nil {
			res.add(Outcome{Origin: "upload", Error: stripDir(err.Error(), dir)})
			continue
		}
		p.Origin = stripDir(p.Origin, dir)
		res.add(s.ingestPage(ctx, p))
	}
	return nil
}

// stripDir removes the temporary directory and the per-file directory
// from a path or a message naming one, leaving the uploaded file name.
func stripDir(s, dir string) string {
	for {
		i := strings.Index(s, dir+string(filepath.Separator))
		if i < 0 {
			return s
		}
		rest := s[i+len(dir)+1:]
		if j := strings.IndexRune(rest, filepath.Separator); j >= 0 {
			rest = rest[j+1:]
		}
		s = s[:i] + rest
	}
}

// uploadName keeps the last element of a client-given file name, so a
// name like "../../etc/passwd" cannot leave the upload directory.
func uploadName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	if name == "." || name == "/" || name == ".." || strings.HasPrefix(name, ".") {
		name = "upload" + name
	}
	return name
}

func saveUpload(fh *multipart.FileHeader, path string) error {
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
