package cli

import "fmt"

// plural writes a count with the noun in the number it takes: "1 story",
// "0 stories", "2 stories".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
