// Command crosscheck turns scraped news pages into stories and briefings.
package main

import (
	"os"

	"crosscheck/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
