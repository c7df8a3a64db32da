package brief

import (
	"testing"

	"crosscheck/internal/nlp"
)

// A role an article names nobody in keeps its own words rather than a
// name linked in from another article (spent round 16: "the country's
// interim Prime Minister" shown as the prime minister designate another
// article names); a role whose holder the same article names takes the
// name.
func TestRoleNamedElsewhere(t *testing.T) {
	d := &nlp.Doc{Entities: []nlp.Entity{
		{Name: "harbour master", Kind: nlp.KindPerson, Descriptive: true},
		{Name: "Declan Ferris", Kind: nlp.KindPerson},
	}}
	tests := []struct {
		name string
		e    int
		se   nlp.StoryEntity
		want bool
	}{
		{"a role linked to a name only another article gives", 0,
			nlp.StoryEntity{Name: "Dana Stiff", Members: []nlp.EntityRef{{Doc: 1, Entity: 0}, {Doc: 0, Entity: 0}}}, true},
		{"a role whose holder the article names", 0,
			nlp.StoryEntity{Name: "Declan Ferris", Members: []nlp.EntityRef{{Doc: 0, Entity: 1}, {Doc: 0, Entity: 0}, {Doc: 1, Entity: 3}}}, false},
		{"a named person is no role", 1,
			nlp.StoryEntity{Name: "Declan Ferris", Members: []nlp.EntityRef{{Doc: 0, Entity: 1}}}, false},
	}
	for _, tt := range tests {
		if got := roleNamedElsewhere(d, 0, tt.e, tt.se); got != tt.want {
			t.Errorf("%s: roleNamedElsewhere = %v, want %v", tt.name, got, tt.want)
		}
	}
}
