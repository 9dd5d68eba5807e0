package main

import (
	"bufio"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// cpuWatch names the processes whose CPU time loadgen attributes to each
// path (-cpu-of server=PID,neo4j=PID), itself always included as "loadgen":
// a p50 ratio on a shared machine is mostly the ratio of the CPU a request
// costs all the processes it passes through, and this says which of them.
type cpuWatch struct {
	names []string
	pids  []string // "self" for loadgen
}

func parseCPUOf(s string) (cpuWatch, error) {
	w := cpuWatch{names: []string{"loadgen"}, pids: []string{"self"}}
	if s == "" {
		return w, nil
	}
	for part := range strings.SplitSeq(s, ",") {
		name, pid, ok := strings.Cut(part, "=")
		if _, err := strconv.Atoi(pid); !ok || name == "" || err != nil {
			return w, fmt.Errorf("-cpu-of %q: want name=PID,name=PID", s)
		}
		w.names = append(w.names, name)
		w.pids = append(w.pids, pid)
	}
	return w, nil
}

// sample reads each process's user+system time so far.
func (w cpuWatch) sample() []time.Duration {
	out := make([]time.Duration, len(w.pids))
	for i, pid := range w.pids {
		out[i] = procCPU(pid)
	}
	return out
}

// procCPU is utime+stime of /proc/PID/stat (fields 14 and 15, counted in
// clock ticks of 10 ms: USER_HZ is 100 on Linux); 0 when unreadable.
func procCPU(pid string) time.Duration {
	b, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces; fields follow its ')'.
	s := string(b)
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		s = s[i+1:]
	}
	f := strings.Fields(s)
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+st) * 10 * time.Millisecond
}

// cpuSpent is CPU time per process over a path's rounds.
type cpuSpent []time.Duration

func (c *cpuSpent) add(before, after []time.Duration) {
	if *c == nil {
		*c = make(cpuSpent, len(before))
	}
	for i := range before {
		(*c)[i] += after[i] - before[i]
	}
}

// perRequest writes each process's CPU per request, "loadgen 120 µs, server …".
func (c cpuSpent) perRequest(w cpuWatch, requests int) string {
	var parts []string
	var total time.Duration
	for i, d := range c {
		parts = append(parts, fmt.Sprintf("%s %d", w.names[i], d.Microseconds()/int64(max(requests, 1))))
		total += d
	}
	return fmt.Sprintf("%s; all %d µs", strings.Join(parts, ", "), total.Microseconds()/int64(max(requests, 1)))
}

// scrapeCypherSeconds is the server's hoigraph_cypher_seconds_total, read
// from the /metrics beside its GraphQL endpoint: over a run, that time
// divided by the run's wall time is how many statements the server had at
// Neo4j at once on average (Little's law), which loadgen compares with the
// direct path's own store. NaN when it cannot be read.
func scrapeCypherSeconds(c *http.Client, endpoint string) float64 {
	u, err := url.Parse(endpoint)
	if err != nil {
		return math.NaN()
	}
	u.Path, u.RawQuery = "/metrics", ""
	res, err := c.Get(u.String())
	if err != nil {
		return math.NaN()
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "hoigraph_cypher_seconds_total "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err == nil {
				return f
			}
		}
	}
	return math.NaN()
}
