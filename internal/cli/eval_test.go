package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func runForTest(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{pages: testPages, stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	code = run(context.Background(), e, args)
	return code, out.String(), errOut.String()
}

func TestEvalCluster(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.jsonl")
	lines := []string{
		`{"id":"1","event":"quake","topic":"t","text":"A magnitude 6.1 earthquake struck Lorca in Murcia, Spain, killing nine people."}`,
		`{"id":"2","event":"quake","topic":"t","text":"Nine people died when an earthquake hit the Spanish town of Lorca in Murcia."}`,
		`{"id":"3","event":"rehab","topic":"u","text":"Actress Tara Reid checked into the Promises Treatment Center in Malibu, her publicist said."}`,
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runForTest(t, "eval", "cluster", path, "--seeds", "1,2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"topic F1", "mean", "3 articles, 2 events"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalClusterErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"id":"1","text":"x"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no stage", []string{"eval"}, 2, "eval cluster FILE.jsonl"},
		{"no file", []string{"eval", "cluster"}, 2, "want one FILE.jsonl"},
		{"bad seeds", []string{"eval", "cluster", bad, "--seeds", "1,x"}, 2, `"x" is not a seed`},
		{"backward range", []string{"eval", "cluster", bad, "--seeds", "5-2"}, 2, `"5-2" is not a seed or a range`},
		{"open range", []string{"eval", "cluster", bad, "--seeds", "1-"}, 2, `"1-" is not a seed or a range`},
		{"missing file", []string{"eval", "cluster", "/nonexistent.jsonl"}, 1, "/nonexistent.jsonl"},
		{"no event", []string{"eval", "cluster", bad}, 1, `bad.jsonl: line 1 (id "1"): no "event"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runForTest(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errOut, tt.code, tt.want)
			}
		})
	}
}

// TestEvalAlign runs "eval align" on two tiny ECB+ articles of one
// held-out and one develop topic.
func TestEvalAlign(t *testing.T) {
	dir := t.TempDir()
	doc := func(topic, name, text string) {
		var b strings.Builder
		b.WriteString(`<Document doc_name="` + name + `.xml">` + "\n")
		for i, w := range strings.Fields(text) {
			fmt.Fprintf(&b, `<token t_id="%d" sentence="0" number="%d">%s</token>`+"\n", i+1, i, w)
		}
		b.WriteString(`<Markables><ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>` +
			`<ACTION_OCCURRENCE m_id="9" TAG_DESCRIPTOR="quake" instance_id="ACT1" /></Markables>` +
			`<Relations><CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="1" /><target m_id="9" /></CROSS_DOC_COREF></Relations></Document>`)
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write([]byte(b.String()))
		w.Close()
		if err := os.MkdirAll(filepath.Join(dir, "ecbplus", topic), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "ecbplus", topic, name+".xml.gz"), z.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	csv := "Topic,File,Sentence Number\n"
	for _, topic := range []string{"3", "4"} {
		doc(topic, topic+"_1ecb", "A quake struck Qeshm island on Sunday , killing ten people .")
		doc(topic, topic+"_2ecb", "A quake struck Qeshm island on Sunday , killing twelve people .")
		csv += topic + ",1ecb,0\n" + topic + ",2ecb,0\n"
	}
	if err := os.WriteFile(filepath.Join(dir, "ECBplus_coreference_sentences.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runForTest(t, "eval", "align", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"develop  words only", "held-out  same event", "4 documents; develop 2, held out 2"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := runForTest(t, "eval", "align", t.TempDir()); code == 0 {
		t.Error("eval align of an empty directory succeeded")
	}
}

func TestParseSeeds(t *testing.T) {
	tests := []struct {
		in   string
		want []uint64
	}{
		{"1,2,3", []uint64{1, 2, 3}},
		{"1-4", []uint64{1, 2, 3, 4}},
		{"0, 7-8", []uint64{0, 7, 8}},
		{"5-5", []uint64{5}},
	}
	for _, tt := range tests {
		got, err := parseSeeds(tt.in)
		if err != nil {
			t.Errorf("parseSeeds(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("parseSeeds(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
