package store

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

// statements remembers the Cypher text built for each shape of a read, so
// that a question asked again is not written out again: the API asks the
// same few shapes (those of its clients' queries) over and over, and
// writing a nested statement out cost ~4% of the server's CPU on a
// person's page (BENCHMARKS.md, "API at issue 11, branch api7"). The text
// stays parameterised: only the shape (relations, labels from their closed
// lists, flags) goes into the key, never a value.
//
// It is bounded: past maxStatements distinct shapes (a client inventing
// selections) new ones are built each time and not kept.
var statements = stmtCache{m: map[string]string{}}

const maxStatements = 4096

type stmtCache struct {
	mu sync.RWMutex
	m  map[string]string
}

// get returns the statement remembered under key, or builds it with build,
// remembers it (unless the cache is full) and returns it. An error of
// build is returned and nothing is remembered.
func (c *stmtCache) get(key []byte, build func() (string, error)) (string, error) {
	c.mu.RLock()
	cypher, ok := c.m[string(key)] // no copy of key for a lookup
	c.mu.RUnlock()
	if ok {
		if verifyStatements.Load() {
			if fresh, err := build(); err != nil || fresh != cypher {
				return "", fmt.Errorf("statement cache: the statement remembered under %q is not the one built fresh (%v):\n%s\n%s", key, err, cypher, fresh)
			}
		}
		return cypher, nil
	}
	cypher, err := build()
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	if len(c.m) < maxStatements {
		c.m[string(key)] = cypher
	}
	c.mu.Unlock()
	return cypher, nil
}

// verifyStatements makes every statement found in the cache be built
// again and compared, failing the read when they differ: tests turn it on
// (VerifyStatementCache) so that every shape they ask checks the key.
var verifyStatements atomic.Bool

// VerifyStatementCache turns on (or off) the check that a remembered
// statement is the one its shape builds fresh, for the tests of the
// packages above the store (the API's shapes come from its resolvers).
// It doubles the cost of building statements: never in a server.
func VerifyStatementCache(on bool) { verifyStatements.Store(on) }

// len is how many statements are remembered, for tests.
func (c *stmtCache) len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}

// appendString writes s with its length first, so that no two different
// sequences of strings write the same key.
func appendString(key []byte, s string) []byte {
	key = strconv.AppendInt(key, int64(len(s)), 10)
	key = append(key, ':')
	return append(key, s...)
}

// appendShape writes everything of sh that compileTree reads: each nest's
// relation, kind and Sources flag, and its shapes below, bracketed.
func appendShape(key []byte, sh Shape) []byte {
	key = append(key, '[')
	for _, n := range sh.Nests {
		key = strconv.AppendInt(key, int64(n.Rel), 10)
		key = appendString(key, n.Kind)
		if n.Sources {
			key = append(key, 's')
		}
		key = appendShape(key, n.Shape)
		key = appendShape(key, n.Back)
	}
	return append(key, ']')
}

// treeStatement is compileTree(labels, sh), remembered per labels and shape.
func treeStatement(labels []string, sh Shape) (string, error) {
	var buf [256]byte
	key := append(buf[:0], 't')
	for _, l := range labels {
		key = appendString(key, l)
	}
	key = appendShape(key, sh)
	return statements.get(key, func() (string, error) { return compileTree(labels, sh) })
}

// neighborhoodStatement is neighborhoodCypher, remembered per its
// arguments (label and types come from closed lists).
func neighborhoodStatement(label string, depth int, types []string, read Drawn) string {
	var buf [128]byte
	key := append(buf[:0], 'n')
	key = appendString(key, label)
	key = strconv.AppendInt(key, int64(depth), 10)
	for _, t := range types {
		key = appendString(key, t)
	}
	for _, f := range []bool{read.OrgType, read.Props, read.Provenance} {
		key = strconv.AppendBool(key, f)
	}
	cypher, _ := statements.get(key, func() (string, error) { return neighborhoodCypher(label, depth, types, read), nil })
	return cypher
}
