package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// How the graph is written for neo4j-admin: one CSV file per node label
// (bodies: per type label) and per relationship type and end labels, each
// with its header line. Node ids are the project's own id property, each
// label its own id space. Every string is quoted, so that an empty string
// ("") stays an empty string and an empty field is an absent property.
// List elements are joined by U+001F, which no document may hold
// (checkSeparators). neo4j-admin reads an empty field as no list at all,
// so a list of one empty string (an undated edge's sinces) is written " "
// and read with --trim-strings, which trims list elements (never quoted
// strings, checked by TestImportBuildsTheSameGraphAsLoad); no element may
// then begin or end with white space (checkSeparators). An empty list
// (a unit without aliases) cannot be written at all: it is written as one
// marker element (markEmpty), and a node :ImportPending lists the label or
// type and property of each; the first start (Migrate, finishImport)
// replaces them and deletes that node before it creates the schema.

// pendingLabel marks an imported store whose lists are not all final yet.
const pendingLabel = "ImportPending"

// ImportFiles is what WriteImport wrote: the neo4j-admin arguments that
// import it.
type ImportFiles struct {
	Dir       string
	Nodes     []string // --nodes values: "Label[:Label]=file"
	Rels      []string // --relationships values: "TYPE=file"
	Multiline bool     // some value holds a line break
	Fixes     []string // "node Label prop..." or "rel TYPE prop...": lists written as markers
}

// csvFile is one file being written.
type csvFile struct {
	labels string // "Area", "Organization:Front", or a relationship type
	from   string // relationship: the id space of its ends
	to     string
	cols   []string          // property names, in header order
	types  map[string]string // property → neo4j-admin type
	rows   []map[string]any
	rel    []*iedge
}

// WriteImport writes the graph as neo4j-admin CSV files into dir (made
// if missing).
func (im *Import) WriteImport(dir string) (ImportFiles, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	out := ImportFiles{Dir: dir}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return out, fmt.Errorf("write import files: %w", err)
	}
	nodeFiles := map[string]*csvFile{}
	var nodeKeys []string
	for _, n := range im.order {
		labels := n.label
		if n.typeLabel != "" {
			labels += ":" + n.typeLabel
		}
		f := nodeFiles[labels]
		if f == nil {
			f = &csvFile{labels: labels, from: n.label, types: map[string]string{}}
			nodeFiles[labels] = f
			nodeKeys = append(nodeKeys, labels)
		}
		f.rows = append(f.rows, n.props)
	}
	relFiles := map[string]*csvFile{}
	var relKeys []string
	addRel := func(e *iedge) {
		key := e.typ + "\x00" + e.from.label + "\x00" + e.to.label
		f := relFiles[key]
		if f == nil {
			f = &csvFile{labels: e.typ, from: e.from.label, to: e.to.label, types: map[string]string{}}
			relFiles[key] = f
			relKeys = append(relKeys, key)
		}
		f.rel = append(f.rel, e)
	}
	for _, e := range im.eorder {
		addRel(e)
	}
	for i := range im.mentions {
		addRel(&im.mentions[i])
	}
	sort.Strings(nodeKeys)
	sort.Strings(relKeys)
	// The files are written at once, one goroutine a file, at most one per
	// core: each is independent, and this is the import's one step with
	// nothing to overlap.
	type job struct {
		f          *csvFile
		name, what string
		multiline  bool
		fixes      map[string]map[string]bool
		err        error
	}
	var jobs []*job
	for i, k := range nodeKeys {
		f := nodeFiles[k]
		jobs = append(jobs, &job{f: f, what: "node " + f.from, name: filepath.Join(dir, fmt.Sprintf("nodes-%02d-%s.csv", i, strings.ReplaceAll(k, ":", "-")))})
		out.Nodes = append(out.Nodes, f.labels+"="+jobs[len(jobs)-1].name)
	}
	for i, k := range relKeys {
		f := relFiles[k]
		for _, e := range f.rel {
			f.rows = append(f.rows, e.props)
		}
		jobs = append(jobs, &job{f: f, what: "rel " + f.labels, name: filepath.Join(dir, fmt.Sprintf("rels-%02d-%s-%s-%s.csv", i, f.labels, f.from, f.to))})
		out.Rels = append(out.Rels, f.labels+"="+jobs[len(jobs)-1].name)
	}
	next := make(chan *job)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				j.fixes = map[string]map[string]bool{}
				j.multiline, j.err = j.f.write(j.name, j.fixes, j.what)
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	fixes := map[string]map[string]bool{}
	for _, j := range jobs {
		if j.err != nil {
			return out, j.err
		}
		out.Multiline = out.Multiline || j.multiline
		for what, props := range j.fixes {
			for p := range props {
				addFix(fixes, what, p)
			}
		}
	}
	for what, props := range fixes {
		l := []string{what}
		for p := range props {
			l = append(l, p)
		}
		sort.Strings(l[1:])
		out.Fixes = append(out.Fixes, strings.Join(l, " "))
	}
	sort.Strings(out.Fixes)
	if len(out.Fixes) > 0 {
		name := filepath.Join(dir, "nodes-pending.csv")
		body := "id:ID(" + pendingLabel + "),fixes:string[]\n\"import\"," + quote(strings.Join(out.Fixes, arraySep)) + "\n"
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			return out, fmt.Errorf("write import files: %w", err)
		}
		out.Nodes = append(out.Nodes, pendingLabel+"="+name)
	}
	return out, nil
}

// csvType is the neo4j-admin type of a property value.
func csvType(v any) (string, error) {
	switch v.(type) {
	case string:
		return "string", nil
	case bool:
		return "boolean", nil
	case float64:
		return "double", nil
	case int:
		return "long", nil
	case int64:
		return "long", nil
	case []string:
		return "string[]", nil
	case []float64:
		return "double[]", nil
	}
	return "", fmt.Errorf("no CSV type for a value of type %T", v)
}

// write writes the file: header, then one line per row. It reports whether
// a value holds a line break (neo4j-admin must then be told) and adds the
// lists written as markers to fixes[what].
func (f *csvFile) write(name string, fixes map[string]map[string]bool, what string) (multiline bool, err error) {
	for _, r := range f.rows {
		for k, v := range r {
			t, err := csvType(v)
			if err != nil {
				return false, fmt.Errorf("write %s: property %s: %w", name, k, err)
			}
			if have, ok := f.types[k]; !ok {
				f.types[k] = t
				f.cols = append(f.cols, k)
			} else if have != t {
				return false, fmt.Errorf("write %s: property %s is %s on one %s and %s on another", name, k, have, f.labels, t)
			}
		}
	}
	sort.Strings(f.cols)
	file, err := os.Create(name)
	if err != nil {
		return false, fmt.Errorf("write import files: %w", err)
	}
	w := bufio.NewWriterSize(file, 1<<20)
	var head []string
	if f.rel == nil {
		head = append(head, "id:ID("+f.from+")")
	} else {
		head = append(head, ":START_ID("+f.from+")", ":END_ID("+f.to+")")
	}
	for _, c := range f.cols {
		if c == "id" && f.rel == nil {
			continue
		}
		head = append(head, c+":"+f.types[c])
	}
	w.WriteString(strings.Join(head, ",") + "\n")
	var line []byte
	for i, r := range f.rows {
		line = line[:0]
		if f.rel == nil {
			line = append(line, quote(r["id"].(string))...)
		} else {
			e := f.rel[i]
			line = append(line, quote(e.from.props["id"].(string))...)
			line = append(line, ',')
			line = append(line, quote(e.to.props["id"].(string))...)
		}
		for _, c := range f.cols {
			if c == "id" && f.rel == nil {
				continue
			}
			line = append(line, ',')
			switch v := r[c].(type) {
			case nil:
			case string:
				line = append(line, quote(v)...)
			case bool:
				line = strconv.AppendBool(line, v)
			case float64:
				line = strconv.AppendFloat(line, v, 'g', -1, 64)
			case int:
				line = strconv.AppendInt(line, int64(v), 10)
			case int64:
				line = strconv.AppendInt(line, v, 10)
			case []string:
				switch {
				case len(v) == 0:
					line = append(line, quote(markEmpty)...)
					addFix(fixes, what, c)
				default:
					for _, x := range v {
						if !trimmed(x) {
							file.Close()
							return false, fmt.Errorf("write %s: property %s holds %q, which neo4j-admin would trim", name, c, x)
						}
					}
					if len(v) == 1 && v[0] == "" {
						line = append(line, `" "`...)
						break
					}
					line = append(line, quote(strings.Join(v, arraySep))...)
				}
			case []float64:
				if len(v) == 0 {
					file.Close()
					return false, fmt.Errorf("write %s: property %s: an empty list of numbers, which neo4j-admin cannot import", name, c)
				}
				for j, x := range v {
					if j > 0 {
						line = append(line, arraySep...)
					}
					line = strconv.AppendFloat(line, x, 'g', -1, 64)
				}
			}
		}
		if !multiline && strings.ContainsAny(string(line), "\n\r") {
			multiline = true
		}
		line = append(line, '\n')
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		file.Close()
		return false, fmt.Errorf("write import files: %w", err)
	}
	if err := file.Close(); err != nil {
		return false, fmt.Errorf("write import files: %w", err)
	}
	return multiline, nil
}

func addFix(fixes map[string]map[string]bool, what, prop string) {
	if fixes[what] == nil {
		fixes[what] = map[string]bool{}
	}
	fixes[what][prop] = true
}

// quote is a CSV field in double quotes, inner quotes doubled.
func quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// Database is the database hoigraph import writes: the server's default.
const Database = "neo4j"

// CheckImportTarget refuses a Neo4j home (as scripts/neo4j/neo4j.sh lays
// it out) that an import must not write: one whose server runs, or one
// that holds a database already, unless overwrite. neo4j-admin cannot say
// whether a stopped database holds data, so an existing one needs the
// caller's word.
func CheckImportTarget(home string, overwrite bool) error {
	if _, err := os.Stat(filepath.Join(home, "conf", "neo4j.conf")); err != nil {
		return fmt.Errorf("%s is no Neo4j home (no conf/neo4j.conf): make one with scripts/neo4j/neo4j.sh import, or run it once with scripts/neo4j/neo4j.sh run", home)
	}
	if b, err := os.ReadFile(filepath.Join(home, "run", "server.pid")); err == nil {
		if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && pid > 0 && syscall.Kill(pid, 0) == nil {
			return fmt.Errorf("the Neo4j server of %s is running (pid %d, %s): stop it first; an import writes the store files of a stopped server", home, pid, filepath.Join(home, "run", "server.pid"))
		}
	}
	for _, lock := range []string{filepath.Join(home, "data", "databases", "store_lock"), filepath.Join(home, "data", "databases", Database, "database_lock")} {
		if pid := lockedBy(lock); pid != 0 {
			return fmt.Errorf("%s is locked by process %d (a Neo4j server or neo4j-admin using %s): stop it first", lock, pid, home)
		}
	}
	db := filepath.Join(home, "data", "databases", Database)
	if _, err := os.Stat(filepath.Join(db, "neostore")); err == nil && !overwrite {
		return fmt.Errorf("%s holds a database already (%s); an import replaces it whole (neo4j-admin cannot tell whether a stopped database holds data): pass -overwrite to replace it, or import into a new home", home, db)
	}
	return nil
}

// lockedBy is the process holding a POSIX lock on the file (how the JVM
// locks Neo4j's store), 0 when none or no such file.
func lockedBy(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 0, Len: 0}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil || lk.Type == syscall.F_UNLCK {
		return 0
	}
	return int(lk.Pid)
}

// AdminImport runs neo4j-admin database import full on the home, from the
// Neo4j jars in lib (what scripts/neo4j/neo4j.sh fetches), with java from
// JAVA_HOME or PATH, and the JVM options of NEO4J_ADMIN_JAVA_OPTS. Its
// output goes to log.
func AdminImport(ctx context.Context, home, lib string, files ImportFiles, log *os.File) (AdminUsage, error) {
	if _, err := os.Stat(lib); err != nil {
		return AdminUsage{}, fmt.Errorf("neo4j-admin: no Neo4j jars at %s (scripts/neo4j/neo4j.sh fetch): %w", lib, err)
	}
	java := "java"
	if jh := os.Getenv("JAVA_HOME"); jh != "" {
		java = filepath.Join(jh, "bin", "java")
	}
	// NEO4J_ADMIN_JAVA_OPTS: JVM options for neo4j-admin (heap, collector).
	args := append(strings.Fields(os.Getenv("NEO4J_ADMIN_JAVA_OPTS")), "-cp", filepath.Join(lib, "*"), "org.neo4j.cli.AdminTool", "database", "import", "full", Database,
		"--overwrite-destination=true", "--array-delimiter=U+001F", "--trim-strings=true", "--report-file="+filepath.Join(files.Dir, "import.report"))
	if files.Multiline {
		args = append(args, "--multiline-fields=true")
	}
	for _, n := range files.Nodes {
		args = append(args, "--nodes="+n)
	}
	for _, r := range files.Rels {
		args = append(args, "--relationships="+r)
	}
	cmd := exec.CommandContext(ctx, java, args...)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home, "NEO4J_CONF="+filepath.Join(home, "conf"))
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Run(); err != nil {
		return AdminUsage{}, fmt.Errorf("neo4j-admin database import (log: %s): %w", log.Name(), err)
	}
	u := AdminUsage{CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		u.MaxRSS = ru.Maxrss << 10 // KiB on Linux
	}
	return u, nil
}

// AdminUsage is what neo4j-admin cost: CPU time and peak resident memory
// in bytes, for the import's summary.
type AdminUsage struct {
	CPU    time.Duration
	MaxRSS int64
}

// fixName is a label, type or property name finishImport may splice into
// a statement (names cannot be parameters); they come from WriteImport.
var fixName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// finishImport replaces the marker lists an import wrote (WriteImport)
// and deletes the :ImportPending node. Every start runs it; on a store
// that was not imported it is one label lookup.
func (s *Store) finishImport(ctx context.Context, session neo4j.SessionWithContext) error {
	res, err := session.Run(ctx, "MATCH (m:"+pendingLabel+") RETURN m.fixes AS fixes", nil)
	if err != nil {
		return fmt.Errorf("finish import: %w", err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return fmt.Errorf("finish import: %w", err)
	}
	for _, rec := range recs {
		v, _ := rec.Get("fixes")
		for _, fix := range toStrings(v) {
			f := strings.Fields(fix)
			if len(f) < 3 || (f[0] != "node" && f[0] != "rel") {
				return fmt.Errorf("finish import: bad entry %q", fix)
			}
			for _, n := range f[1:] {
				if !fixName.MatchString(n) {
					return fmt.Errorf("finish import: bad name %q in %q", n, fix)
				}
			}
			match := "MATCH (x:" + f[1] + ")"
			if f[0] == "rel" {
				match = "MATCH ()-[x:" + f[1] + "]->()"
			}
			var where, sets []string
			for _, p := range f[2:] {
				where = append(where, "x."+p+" IN $marks")
				sets = append(sets, fmt.Sprintf("x.%s = CASE x.%s WHEN [$empty] THEN [] ELSE x.%s END", p, p, p))
			}
			q := match + " WHERE " + strings.Join(where, " OR ") + " CALL (x) { SET " + strings.Join(sets, ", ") + " } IN TRANSACTIONS OF 20000 ROWS"
			res, err := session.Run(ctx, q, map[string]any{"marks": []any{[]string{markEmpty}}, "empty": markEmpty})
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				return fmt.Errorf("finish import (%s): %w", fix, err)
			}
		}
	}
	if len(recs) == 0 {
		return nil
	}
	res, err = session.Run(ctx, "MATCH (m:"+pendingLabel+") DELETE m", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("finish import: %w", err)
	}
	return nil
}
