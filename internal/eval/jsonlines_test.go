package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadJSONLines(t *testing.T) {
	type rec struct {
		ID string `json:"id"`
	}
	tests := []struct {
		name    string
		text    string
		want    []rec
		wantErr string
	}{
		{"records", `{"id":"a"}` + "\n" + `{"id":"b"}` + "\n", []rec{{"a"}, {"b"}}, ""},
		{"blank lines hold no record", "\n" + `{"id":"a"}` + "\n  \n\n" + `{"id":"b"}`, []rec{{"a"}, {"b"}}, ""},
		{"a broken line is named", `{"id":"a"}` + "\n\n" + `{"id":`, nil, "line 3"},
		{"empty file", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.jsonl")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := ReadJSONLines[rec](path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), path) {
					t.Fatalf("error = %v, want one naming %s and %q", err, path, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
		})
	}
}
