package loader

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progress shows how far a load is: a bar redrawn in place on a terminal,
// a plain line every few seconds otherwise (logs, CI).
type progress struct {
	w        io.Writer
	terminal bool
	total    int
	files    int
	start    time.Time
	last     time.Time
}

func newProgress(w io.Writer, terminal bool, total int) *progress {
	now := time.Now()
	return &progress{w: w, terminal: terminal, total: total, start: now, last: now}
}

// every is how often a line is written when not on a terminal.
const every = 5 * time.Second

func (p *progress) update(files, facts, errs int) {
	if p.w == nil {
		return
	}
	p.files += files
	now := time.Now()
	if p.terminal {
		if now.Sub(p.last) < 100*time.Millisecond && p.files < p.total {
			return
		}
		p.last = now
		fmt.Fprintf(p.w, "\r%s", p.line(facts, errs, true))
		return
	}
	if now.Sub(p.last) >= every {
		p.last = now
		fmt.Fprintln(p.w, "load:", p.line(facts, errs, false))
	}
}

// line is e.g. "[#####.....] 500/1000 files  12034 facts  9800 facts/s  ETA 0:05".
func (p *progress) line(facts, errs int, bar bool) string {
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(facts) / el
	}
	eta := "?"
	if p.files > 0 && el > 0 {
		left := time.Duration(float64(p.total-p.files) / (float64(p.files) / el) * float64(time.Second))
		eta = fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	}
	var b strings.Builder
	if bar && p.total > 0 {
		const width = 30
		n := p.files * width / p.total
		b.WriteString("[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "] ")
	}
	fmt.Fprintf(&b, "%d/%d files  %d facts  %.0f facts/s  ETA %s", p.files, p.total, facts, rate, eta)
	if errs > 0 {
		fmt.Fprintf(&b, "  %d errors", errs)
	}
	return b.String()
}

// done ends the bar's line so the summary starts on its own.
func (p *progress) done() {
	if p.w != nil && p.terminal {
		fmt.Fprintln(p.w)
	}
}
