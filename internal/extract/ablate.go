package extract

// ablated names the HTML rule families switched off. Only the
// site-held-out cross-validation (TestSiteCV) sets it, to measure what
// each family gains on develop sites it was not written on; it is empty
// in use.
var ablated map[string]bool

// on reports whether the rule family name is in use.
func on(name string) bool { return !ablated[name] }
