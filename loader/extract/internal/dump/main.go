package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"hoigraph/gazetteer"
	"hoigraph/loader/extract"
)

func main() {
	var opts extract.Options
	if g := os.Getenv("GAZ"); g != "" {
		opts.Gazetteer, _ = gazetteer.Load(g)
	}
	x, err := extract.New(opts)
	if err != nil {
		panic(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, dir := range os.Args[1:] {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			raw, _ := os.ReadFile(f)
			doc, err := x.Extract(f, raw)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				continue
			}
			for _, fa := range doc.Facts {
				enc.Encode(fa)
			}
		}
	}
}
