package web

import (
	"fmt"
	"slices"
	"strings"

	"crosscheck/internal/brief"
)

// graph is the who-cites-whom graph laid out for an SVG drawn by the
// story template: outlets on the left, the sources they cite to their
// right, and the sources of those sources further right.
type graph struct {
	Width, Height int
	Nodes         []graphNode
	Edges         []graphEdge
}

type graphNode struct {
	Label       string
	X, Y        int // centre of the node's box
	W           int
	Outlet      bool // an outlet of the story rather than a cited source
	BoxX, BoxY  int
	BoxH        int
	Description string
}

type graphEdge struct {
	Path  string // SVG path data
	Title string
}

const (
	graphColumn = 230 // horizontal distance between layers
	graphRow    = 44  // vertical distance between nodes of a layer
	graphBoxW   = 180
	graphBoxH   = 28
	graphMargin = 12
	graphLabel  = 26 // longest label shown in full, in characters
)

// layoutCitations places the graph in layers by longest path from the
// citing outlets (each node sits one layer right of the furthest node
// that cites it) and orders each layer by the mean row of the nodes
// citing it, which keeps most edges short and uncrossed. This is the
// layering and barycentre steps of Sugiyama, Tagawa and Toda, "Methods
// for visual understanding of hierarchical system structures" (1981).
func layoutCitations(cs []brief.Citation) graph {
	var names []string
	index := make(map[string]int)
	node := func(name string) int {
		key := strings.ToLower(strings.TrimSpace(name))
		if i, ok := index[key]; ok {
			return i
		}
		index[key] = len(names)
		names = append(names, strings.TrimSpace(name))
		return len(names) - 1
	}
	type edge struct{ from, to int }
	var edges []edge
	seen := make(map[edge]bool)
	addEdge := func(from, to int) {
		e := edge{from, to}
		if from != to && !seen[e] {
			seen[e] = true
			edges = append(edges, e)
		}
	}
	outlet := make(map[int]bool)
	for _, c := range cs {
		o, cited := node(c.Outlet), node(c.Cites)
		outlet[o] = true
		addEdge(o, cited)
		for _, v := range c.Via {
			addEdge(cited, node(v))
		}
	}
	if len(names) == 0 {
		return graph{}
	}

	// Longest-path layering; relaxing len(names) times bounds the work
	// when a cycle ("A citing B" and "B citing A") would never settle.
	layer := make([]int, len(names))
	for range len(names) {
		changed := false
		for _, e := range edges {
			if layer[e.to] < layer[e.from]+1 && layer[e.from]+1 < len(names) {
				layer[e.to] = layer[e.from] + 1
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	maxLayer := slices.Max(layer)
	layers := make([][]int, maxLayer+1)
	for i := range names {
		layers[layer[i]] = append(layers[layer[i]], i)
	}
	row := make([]float64, len(names))
	for l, members := range layers {
		if l > 0 {
			for _, n := range members {
				var sum, count float64
				for _, e := range edges {
					if e.to == n && layer[e.from] < l {
						sum += row[e.from]
						count++
					}
				}
				if count > 0 {
					row[n] = sum / count
				}
			}
			slices.SortStableFunc(members, func(a, b int) int {
				switch {
				case row[a] < row[b]:
					return -1
				case row[a] > row[b]:
					return 1
				}
				return 0
			})
		}
		for i, n := range members {
			row[n] = float64(i)
		}
	}

	g := graph{Width: 2*graphMargin + maxLayer*graphColumn + graphBoxW}
	pos := make([][2]int, len(names))
	for l, members := range layers {
		g.Height = max(g.Height, 2*graphMargin+len(members)*graphRow)
		for i, n := range members {
			x := graphMargin + l*graphColumn + graphBoxW/2
			y := graphMargin + i*graphRow + graphBoxH/2
			pos[n] = [2]int{x, y}
			label := names[n]
			if r := []rune(label); len(r) > graphLabel {
				label = string(r[:graphLabel-1]) + "…"
			}
			g.Nodes = append(g.Nodes, graphNode{
				Label: label, Description: names[n], X: x, Y: y, W: graphBoxW, Outlet: outlet[n],
				BoxX: x - graphBoxW/2, BoxY: y - graphBoxH/2, BoxH: graphBoxH,
			})
		}
	}
	for _, e := range edges {
		from, to := pos[e.from], pos[e.to]
		x1, y1 := from[0]+graphBoxW/2, from[1]
		x2, y2 := to[0]-graphBoxW/2, to[1]
		if layer[e.to] <= layer[e.from] { // a back edge: curve below
			x1, x2 = from[0], to[0]
			y1, y2 = from[1]+graphBoxH/2, to[1]+graphBoxH/2
			g.Edges = append(g.Edges, graphEdge{
				Path:  fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d", x1, y1, x1, y1+graphRow, x2, y2+graphRow, x2, y2),
				Title: names[e.from] + " cites " + names[e.to],
			})
			continue
		}
		mid := (x1 + x2) / 2
		g.Edges = append(g.Edges, graphEdge{
			Path:  fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d", x1, y1, mid, y1, mid, y2, x2-4, y2),
			Title: names[e.from] + " cites " + names[e.to],
		})
	}
	g.Height += graphRow // room for back edges curving below
	return g
}
