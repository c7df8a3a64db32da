package align

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/nlp"
)

// TestAnalysisSumFields: every field of an analysis, at any depth, moves
// analysisSum when it changes. A field added to nlp.Doc (or to what it
// holds) and not summed fails here: a verdict kept by the sum
// (stated_kept.go) could then be taken for an analysis it was not made
// of.
func TestAnalysisSumFields(t *testing.T) {
	var d nlp.Doc
	fill(reflect.ValueOf(&d).Elem())
	base := analysisSum(&d)
	n := 0
	eachLeaf(reflect.ValueOf(&d).Elem(), "Doc", func(path string, v reflect.Value) {
		n++
		old := reflect.New(v.Type()).Elem()
		old.Set(v)
		change(v)
		if analysisSum(&d) == base {
			t.Errorf("%s changed and analysisSum did not", path)
		}
		v.Set(old)
	})
	if analysisSum(&d) != base {
		t.Fatal("analysisSum differs on the same analysis")
	}
	if n < 60 {
		t.Fatalf("walked %d fields: the walk missed the analysis's fields", n)
	}
}

// TestStoryEntitySumFields: every field of a story entity a kept verdict
// may read moves storyEntitySum when it changes; ID (renumbered between
// alignments, named stably instead) and Members (summed per article, as
// which story entity each of its entities is) are summed elsewhere. A
// field added to nlp.StoryEntity and not summed fails here.
func TestStoryEntitySumFields(t *testing.T) {
	var e nlp.StoryEntity
	fill(reflect.ValueOf(&e).Elem())
	base := storyEntitySum(&e, "E:1.0", true)
	if storyEntitySum(&e, "E:1.1", true) == base || storyEntitySum(&e, "E:1.0", false) == base {
		t.Error("the stable name or centrality changed and storyEntitySum did not")
	}
	n := 0
	eachLeaf(reflect.ValueOf(&e).Elem(), "StoryEntity", func(path string, v reflect.Value) {
		if strings.HasPrefix(path, "StoryEntity.ID") || strings.HasPrefix(path, "StoryEntity.Members") {
			return
		}
		n++
		old := reflect.New(v.Type()).Elem()
		old.Set(v)
		change(v)
		if storyEntitySum(&e, "E:1.0", true) == base {
			t.Errorf("%s changed and storyEntitySum did not", path)
		}
		v.Set(old)
	})
	if n < 6 {
		t.Fatalf("walked %d fields: the walk missed the story entity's fields", n)
	}
}

var timeType = reflect.TypeOf(time.Time{})

// fill gives every field of v a value, and every slice one element.
func fill(v reflect.Value) {
	switch {
	case v.Type() == timeType:
		v.Set(reflect.ValueOf(time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i))
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.String:
		v.SetString("a")
	case reflect.Int:
		v.SetInt(1)
	case reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Bool:
	default:
		panic("fill: no value for " + v.Type().String())
	}
}

// eachLeaf calls f with every field of v that holds a value (not a
// struct or a slice), named by its path.
func eachLeaf(v reflect.Value, path string, f func(string, reflect.Value)) {
	if v.Type() == timeType {
		f(path, v)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			eachLeaf(v.Field(i), path+"."+v.Type().Field(i).Name, f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachLeaf(v.Index(i), path+"[]", f)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			eachLeaf(v.Elem(), path, f)
		}
	default:
		f(path, v)
	}
}

// change gives a leaf another value than fill's.
func change(v reflect.Value) {
	if v.Type() == timeType {
		v.Set(reflect.ValueOf(v.Interface().(time.Time).Add(time.Hour)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("b")
	case reflect.Int:
		v.SetInt(2)
	case reflect.Float64:
		v.SetFloat(2.5)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	}
}
