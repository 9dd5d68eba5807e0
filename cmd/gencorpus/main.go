// Command gencorpus writes a synthetic corpus of Vietnamese news articles
// about Party committees, the Fatherland Front and mass associations, each
// with a gold file in the format of ../shared/eval/gold that matches its text
// exactly. The loading and API benchmarks load it; the extractor can be
// scored on it at scale.
//
//	go run ./cmd/gencorpus -n 10000 -seed 1 -out /tmp/corpus -gazetteer .cache/gazetteer
//
// writes /tmp/corpus/000001.txt … and /tmp/corpus/gold/000001.txt.json …, one
// pair at a time (memory stays flat), and prints how many distinct bodies,
// people and places the corpus names.
//
// Articles follow the sample articles in examples/articles: eight templates
// (a 2025 ward's associations, a Chỉ thị 17-CT/TW review, an association
// congress, personnel decisions, a provincial working delegation, the Front's
// meeting with the socio-political organisations, a Standing Board's
// assignments of communes, a Standing Committee's meeting), five page styles
// (Thành ủy site, district portal, Liferay portal, short dateline, HTML page),
// real places from the gazetteer (or a built-in excerpt without -gazetteer)
// dated in their era, and invented people. The same seat (place, body, post)
// is held by the same person in every article; -people-pool N draws everyone
// from N people, so that people also recur across places. A fraction of the
// files is written in Windows-1258, UTF-16LE or decomposed UTF-8 with CRLF and
// no-break spaces (-cp1258, -utf16, -nfd).
//
// Output is a function of the flags and the gazetteer files: the same -seed
// gives the same bytes.
//
// With -encode ENCODING, gencorpus instead re-encodes standard input to
// standard output (how the encoded files of examples/articles are made).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"hoigraph/gazetteer"
)

// config is what the flags set.
type config struct {
	N          int
	Seed       uint64
	Out        string
	Gazetteer  string
	PeoplePool uint64
	CP1258     float64 // fraction of files in Windows-1258
	UTF16      float64 // fraction in UTF-16LE with BOM
	NFD        float64 // fraction in NFD UTF-8 with CRLF and no-break spaces
	HTML       float64 // fraction saved as an HTML page
}

// stats counts what a corpus names.
type stats struct {
	Files, Bytes, MinSize, MaxSize int
	Bodies, People, Places         map[string]bool
	Holds, Responsible             int
	Encodings                      map[Encoding]int
}

func newStats() *stats {
	return &stats{MinSize: 1 << 30, Bodies: map[string]bool{}, People: map[string]bool{},
		Places: map[string]bool{}, Encodings: map[Encoding]int{}}
}

func main() {
	var cfg config
	var encode string
	flag.IntVar(&cfg.N, "n", 100, "number of articles")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "random seed; the same seed writes the same corpus")
	flag.StringVar(&cfg.Out, "out", "", "output folder (created); gold files go to OUT/gold")
	flag.StringVar(&cfg.Gazetteer, "gazetteer", "", "gazetteer folder (.cache/gazetteer, from scripts/gazetteer); without it, a built-in excerpt")
	flag.Uint64Var(&cfg.PeoplePool, "people-pool", 0, "draw people from this many persons (0: a person per seat)")
	flag.Float64Var(&cfg.CP1258, "cp1258", 0.04, "fraction of files written in Windows-1258")
	flag.Float64Var(&cfg.UTF16, "utf16", 0.04, "fraction of files written in UTF-16LE with BOM")
	flag.Float64Var(&cfg.NFD, "nfd", 0.04, "fraction of files written as NFD UTF-8 with CRLF and no-break spaces")
	flag.Float64Var(&cfg.HTML, "html", 0.1, "fraction of articles saved as HTML pages")
	national := flag.Bool("national", false, "write instead OUT/national.jsonl: every commune of the gazetteer's current era with its bodies, seats and people, as facts for hoigraph load -facts (needs -gazetteer)")
	flag.StringVar(&encode, "encode", "", "re-encode stdin to stdout in this encoding and exit (utf-8, windows-1258, utf-16le-bom, utf-8-nfd-crlf-nbsp)")
	flag.Parse()

	if encode != "" {
		if err := encodeStream(os.Stdin, os.Stdout, encode); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
		return
	}
	if *national {
		start := time.Now()
		g, err := gazetteer.Open(cfg.Gazetteer)
		if err == nil && cfg.Gazetteer == "" {
			err = errors.New("-national needs -gazetteer")
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
		communes, facts, err := writeNational(g, cfg.Seed, cfg.Out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
		fmt.Printf("gencorpus: %d communes, %d facts in %s into %s\n", communes, facts, time.Since(start).Round(time.Millisecond), filepath.Join(cfg.Out, "national.jsonl"))
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	st, err := run(ctx, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("gencorpus: %d articles, %.1f MB (sizes %d–%d bytes) in %s into %s\n",
		st.Files, float64(st.Bytes)/1e6, st.MinSize, st.MaxSize, time.Since(start).Round(time.Millisecond), cfg.Out)
	fmt.Printf("gencorpus: distinct bodies %d, people %d, places %d; holds %d, responsible_for %d; encodings %v\n",
		len(st.Bodies), len(st.People), len(st.Places), st.Holds, st.Responsible, st.Encodings)
}

func encodeStream(r io.Reader, w io.Writer, name string) error {
	e, err := ParseEncoding(name)
	if err != nil {
		return err
	}
	in, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	out, err := Encode(string(in), e)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// loadPlaces returns the gazetteer's places, or the built-in excerpt.
func loadPlaces(path string) (*placeSet, error) {
	if path == "" {
		return builtinPlaces()
	}
	g, err := gazetteer.Load(path)
	if err != nil {
		return nil, err
	}
	return placesFromGazetteer(g)
}

// run writes the corpus file by file.
func run(ctx context.Context, cfg config) (*stats, error) {
	if cfg.Out == "" {
		return nil, errors.New("-out is required")
	}
	if cfg.N < 0 {
		return nil, fmt.Errorf("-n %d: must not be negative", cfg.N)
	}
	if f := cfg.CP1258 + cfg.UTF16 + cfg.NFD; f > 1 || cfg.CP1258 < 0 || cfg.UTF16 < 0 || cfg.NFD < 0 {
		return nil, fmt.Errorf("-cp1258, -utf16, -nfd: fractions must be ≥ 0 and sum to at most 1 (got %.2f)", f)
	}
	ps, err := loadPlaces(cfg.Gazetteer)
	if err != nil {
		return nil, err
	}
	goldDir := filepath.Join(cfg.Out, "gold")
	if err := os.MkdirAll(goldDir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", goldDir, err)
	}
	st := newStats()
	for i := 1; i <= cfg.N; i++ {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		a, err := generate(cfg, ps, i)
		if err != nil {
			return st, err
		}
		if err := os.WriteFile(filepath.Join(cfg.Out, a.Gold.Doc), a.Bytes, 0o644); err != nil {
			return st, fmt.Errorf("write article: %w", err)
		}
		if err := os.WriteFile(filepath.Join(goldDir, a.Gold.Doc+".json"), a.GoldJSON, 0o644); err != nil {
			return st, fmt.Errorf("write gold: %w", err)
		}
		st.add(a)
	}
	return st, nil
}

// article is one generated file and its gold.
type article struct {
	Gold     *Gold
	GoldJSON []byte
	Bytes    []byte
	Encoding Encoding
	Template string
	Style    string
	doc      *doc
}

// generate writes article number i (from 1). Each article has its own
// random stream derived from the seed and i, so articles do not depend on
// one another.
func generate(cfg config, ps *placeSet, i int) (*article, error) {
	rng := rand.New(rand.NewPCG(cfg.Seed, uint64(i)))
	d := newDoc(fmt.Sprintf("%06d.txt", i), rng, people{Seed: cfg.Seed, Pool: cfg.PeoplePool})
	t := pickTemplate(d)
	t.Write(ps, d)
	style := styleHTML
	if !d.chance(cfg.HTML) {
		style = pick(d, styleThanhuy, stylePortal, styleLiferay, styleShort)
	}
	text := d.render(style)
	d.finish()
	enc := UTF8
	switch r := d.rng.Float64(); {
	case r < cfg.CP1258:
		enc = CP1258
	case r < cfg.CP1258+cfg.UTF16:
		enc = UTF16LE
	case r < cfg.CP1258+cfg.UTF16+cfg.NFD:
		enc = NFDCRLF
	}
	b, err := Encode(text, enc)
	if err != nil {
		return nil, fmt.Errorf("article %s (%s): %w", d.gold.Doc, t.Name, err)
	}
	g, err := MarshalGold(&d.gold)
	if err != nil {
		return nil, err
	}
	return &article{Gold: &d.gold, GoldJSON: g, Bytes: b, Encoding: enc, Template: t.Name, Style: style, doc: d}, nil
}

func pickTemplate(d *doc) template {
	total := 0
	for _, t := range templates {
		total += t.Weight
	}
	r := d.rng.IntN(total)
	for _, t := range templates {
		if r < t.Weight {
			return t
		}
		r -= t.Weight
	}
	return templates[len(templates)-1]
}

func (st *stats) add(a *article) {
	st.Files++
	st.Bytes += len(a.Bytes)
	st.MinSize, st.MaxSize = min(st.MinSize, len(a.Bytes)), max(st.MaxSize, len(a.Bytes))
	for _, b := range a.doc.bodies {
		st.Bodies[b] = true
	}
	for _, p := range a.doc.persons {
		st.People[fmt.Sprint(p)] = true
	}
	for p := range a.doc.tags {
		st.Places[p.Era+"/"+p.Code] = true
	}
	st.Holds += len(a.Gold.Holds)
	st.Responsible += len(a.Gold.ResponsibleFor)
	st.Encodings[a.Encoding]++
}
