package brief

import (
	"encoding/csv"
	"fmt"
	"io"
)

// RenderCSV writes the fact × outlet matrix: one row per fact with its ID,
// status, text and the clause of the text stating the fact (empty when it
// is the whole text), then one column per outlet holding "reports", "copies",
// "differs: VALUE", "split: VALUE", "may_also: WHY" or nothing (Matrix
// says which).
func RenderCSV(w io.Writer, b *Briefing) error {
	m := b.Matrix()
	cw := csv.NewWriter(w)
	header := []string{"fact", "status", "text", "clause"}
	for _, o := range m.Outlets {
		header = append(header, csvSafe(o))
	}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("writing matrix: %w", err)
	}
	for _, r := range m.Rows {
		rec := []string{r.Fact.ID, r.Status, csvSafe(r.Fact.Text), csvSafe(r.Fact.Clause)}
		for _, c := range r.Cells {
			v := c.State
			if c.State == CellDiffers || c.State == CellSplit || c.State == CellMayAlso {
				v += ": " + csvSafe(c.Value)
			}
			rec = append(rec, v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing matrix: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing matrix: %w", err)
	}
	return nil
}

// csvSafe keeps spreadsheet programs from running a cell that starts like
// a formula: article text is untrusted.
func csvSafe(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') {
		return "'" + s
	}
	return s
}
