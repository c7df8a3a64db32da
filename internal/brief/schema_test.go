package brief

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestSchemaDocumented checks that docs/briefing.md names every JSON field
// of a Briefing, so that the documented schema cannot fall behind the code.
func TestSchemaDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/briefing.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), SchemaVersion) {
		t.Errorf("docs/briefing.md does not name %s", SchemaVersion)
	}
	seen := make(map[reflect.Type]bool)
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Slice || typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] || typ.PkgPath() != reflect.TypeFor[Briefing]().PkgPath() {
			return
		}
		seen[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			if !strings.Contains(string(doc), "`"+name+"`") && !strings.Contains(string(doc), "."+name+"`") {
				t.Errorf("docs/briefing.md does not document %s.%s (`%s`)", typ.Name(), f.Name, name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[Briefing]())

	// And the JSON really uses those names.
	var buf strings.Builder
	if err := json.NewEncoder(&buf).Encode(&Briefing{Schema: SchemaVersion}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"schema":"`+SchemaVersion+`"`) {
		t.Errorf("JSON lacks the schema version: %s", buf.String())
	}
}
