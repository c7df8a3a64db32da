package demo

import (
	"bufio"
	"fmt"
	"strings"
)

type row struct {
	line  int
	cells []string
}

// readmeTable reads the rows of the table under the README's "## section"
// heading, its header and rule left out.
func readmeTable(section string, columns int) ([]row, error) {
	data, err := corpus.ReadFile("corpus/README.md")
	if err != nil {
		return nil, fmt.Errorf("reading the demo corpus README: %w", err)
	}
	return parseTable(string(data), section, columns)
}

func parseTable(readme, section string, columns int) ([]row, error) {
	var (
		rows           []row
		inside, header bool
	)
	sc := bufio.NewScanner(strings.NewReader(readme))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "## ") {
			inside = strings.TrimSpace(line[3:]) == section
			header = inside
			continue
		}
		if !inside || !strings.HasPrefix(line, "|") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) != columns {
			return nil, fmt.Errorf("demo corpus README line %d: want %d cells in the %s table, got %d", n, columns, section, len(cells))
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if header || strings.Trim(strings.Join(cells, ""), "-: ") == "" {
			header = false // the header row, then its rule
			continue
		}
		rows = append(rows, row{line: n, cells: cells})
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("demo corpus README: no rows in a table under \"## %s\"", section)
	}
	return rows, nil
}
