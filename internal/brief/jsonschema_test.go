package brief

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// The JSON Schema of the briefing (docs/briefing.schema.json) is generated
// from the Go types, checked against the file, and used to validate the seed
// briefing, so that the published schema, the types and the output cannot
// drift apart. Run go test ./internal/brief -update to rewrite it.

const schemaPath = "../../docs/briefing.schema.json"

func TestJSONSchemaFile(t *testing.T) {
	got, err := json.MarshalIndent(briefingSchema(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(schemaPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/brief -update)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s is out of date with the Briefing type; run go test ./internal/brief -update", schemaPath)
	}
}

func TestSeedBriefingMatchesSchema(t *testing.T) {
	data, err := os.ReadFile("testdata/seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	schema := briefingSchema()
	for _, msg := range validate(schema, schema, doc, "$") {
		t.Error(msg)
	}
	// The validator must reject what the schema forbids.
	bad := map[string]any{"schema": "other/v9", "headline": 3}
	if len(validate(schema, schema, bad, "$")) == 0 {
		t.Error("validator accepts a briefing with a wrong schema and headline")
	}
}

// briefingSchema describes Briefing as a JSON Schema (draft 2020-12).
func briefingSchema() map[string]any {
	defs := make(map[string]any)
	root := schemaOf(reflect.TypeFor[Briefing](), defs)
	out := map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     "https://crosscheck.invalid/" + SchemaVersion,
		"title":   "crosscheck briefing " + SchemaVersion,
		"$ref":    root["$ref"],
		"$defs":   defs,
	}
	return out
}

func schemaOf(t reflect.Type, defs map[string]any) map[string]any {
	switch {
	case t == reflect.TypeFor[time.Time]():
		return map[string]any{"type": "string", "format": "date-time"}
	case t.Kind() == reflect.String:
		return map[string]any{"type": "string"}
	case t.Kind() == reflect.Int, t.Kind() == reflect.Int64:
		return map[string]any{"type": "integer"}
	case t.Kind() == reflect.Float64:
		return map[string]any{"type": "number"}
	case t.Kind() == reflect.Bool:
		return map[string]any{"type": "boolean"}
	case t.Kind() == reflect.Pointer:
		return schemaOf(t.Elem(), defs) // only ever omitted when nil
	case t.Kind() == reflect.Slice:
		return map[string]any{"type": "array", "items": schemaOf(t.Elem(), defs)}
	case t.Kind() == reflect.Struct:
		ref := map[string]any{"$ref": "#/$defs/" + t.Name()}
		if _, ok := defs[t.Name()]; ok {
			return ref
		}
		defs[t.Name()] = nil // reserve against recursion
		props := make(map[string]any)
		var required []string
		for i := range t.NumField() {
			f := t.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			p := schemaOf(f.Type, defs)
			if t == reflect.TypeFor[Briefing]() && name == "schema" {
				p = map[string]any{"const": SchemaVersion}
			}
			if t == reflect.TypeFor[Quote]() && name == "kind" {
				p = map[string]any{"type": "string", "enum": []any{QuoteDirect, QuoteReported}}
			}
			props[name] = p
			if !strings.Contains(opts, "omit") {
				required = append(required, name)
			}
		}
		defs[t.Name()] = map[string]any{"type": "object", "properties": props, "required": required}
		return ref
	}
	panic(fmt.Sprintf("no JSON Schema for %v", t))
}

// validate checks doc against the subset of JSON Schema briefingSchema
// uses: $ref, type, const, properties, required and items.
func validate(root, schema map[string]any, doc any, path string) []string {
	if ref, ok := schema["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		return validate(root, root["$defs"].(map[string]any)[name].(map[string]any), doc, path)
	}
	if c, ok := schema["const"]; ok && doc != c {
		return []string{fmt.Sprintf("%s: %v, want %v", path, doc, c)}
	}
	if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, doc) {
		return []string{fmt.Sprintf("%s: %v, want one of %v", path, doc, enum)}
	}
	var errs []string
	switch schema["type"] {
	case "string":
		s, ok := doc.(string)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want a string", path, doc)}
		}
		if schema["format"] == "date-time" {
			if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
				errs = append(errs, fmt.Sprintf("%s: %q is not a date-time", path, s))
			}
		}
	case "boolean":
		if _, ok := doc.(bool); !ok {
			return []string{fmt.Sprintf("%s: %T, want a boolean", path, doc)}
		}
	case "integer", "number":
		n, ok := doc.(float64)
		if !ok || (schema["type"] == "integer" && n != float64(int64(n))) {
			return []string{fmt.Sprintf("%s: %v, want an %s", path, doc, schema["type"])}
		}
	case "array":
		items, ok := doc.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want an array", path, doc)}
		}
		for i, it := range items {
			errs = append(errs, validate(root, schema["items"].(map[string]any), it, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case "object":
		obj, ok := doc.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want an object", path, doc)}
		}
		for _, r := range schema["required"].([]string) {
			if _, ok := obj[r]; !ok {
				errs = append(errs, fmt.Sprintf("%s: missing %q", path, r))
			}
		}
		props := schema["properties"].(map[string]any)
		for k, v := range obj {
			p, ok := props[k]
			if !ok {
				errs = append(errs, fmt.Sprintf("%s: unknown field %q", path, k))
				continue
			}
			errs = append(errs, validate(root, p.(map[string]any), v, path+"."+k)...)
		}
	}
	return errs
}
