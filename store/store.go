// Package store is the only package that talks to Neo4j: it opens the one
// driver of the process, applies schema migrations, writes documents of facts
// and answers the API's reads. Every statement is parameterised; reads run in
// read transactions and writes in write transactions with the driver's
// retries.
package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"hoigraph"
)

// Config names the Neo4j to connect to.
type Config struct {
	URI      string // bolt://, neo4j://, neo4j+s:// ...
	User     string
	Password string
	Database string // "" means the server's default database
	// RetryTime bounds how long a transaction is retried while Neo4j is
	// unreachable or answers with a transient error: the driver's 30 s
	// when 0, fit for loads; an API wants an answer fast.
	RetryTime time.Duration
	// MaxConnections bounds the driver's pool of Bolt connections, so
	// how many statements run at Neo4j at once; more callers wait for a
	// connection in the driver. DefaultMaxConnections when 0.
	MaxConnections int
}

// DefaultMaxConnections is the pool size of Config.MaxConnections 0.
const DefaultMaxConnections = 64

// Store holds the process's one driver.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	uri    string

	// queries counts Cypher round-trips, so tests can prove a request runs a
	// fixed number of them.
	queries atomic.Int64
	// cypherNanos adds up the time spent in Cypher, for /metrics.
	cypherNanos atomic.Int64
}

// Open connects to Neo4j and verifies that it answers. The error names the
// URI but never the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("open neo4j: no URI (set NEO4J_URI)")
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.MaxConnectionPoolSize = DefaultMaxConnections
		if cfg.MaxConnections > 0 {
			c.MaxConnectionPoolSize = cfg.MaxConnections
		}
		c.ConnectionAcquisitionTimeout = 30 * time.Second
		c.SocketConnectTimeout = 5 * time.Second
		if cfg.RetryTime > 0 {
			c.MaxTransactionRetryTime = cfg.RetryTime
			c.ConnectionAcquisitionTimeout = cfg.RetryTime
		}
	})
	if err != nil {
		return nil, fmt.Errorf("open neo4j at %s: %w", Redact(cfg.URI), err)
	}
	vctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := driver.VerifyConnectivity(vctx); err != nil {
		driver.Close(ctx)
		var ne *neo4j.Neo4jError
		if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Security.") {
			return nil, fmt.Errorf("neo4j at %s refused the credentials of user %q: check NEO4J_USER and NEO4J_PASSWORD (%s)", Redact(cfg.URI), cfg.User, ne.Code)
		}
		return nil, fmt.Errorf("neo4j at %s does not answer: %w", Redact(cfg.URI), err)
	}
	return &Store{driver: driver, db: cfg.Database, uri: Redact(cfg.URI)}, nil
}

// Redact is uri without the user and password a URI may carry
// (bolt://user:pw@host), for messages and logs.
func Redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		// Not a URI the driver takes either; show only its scheme.
		if i := strings.Index(uri, "://"); i >= 0 {
			return uri[:i+3] + "…"
		}
		return "(unreadable URI)"
	}
	if u.User != nil {
		u.User = url.User("REDACTED")
	}
	return u.String()
}

// Close releases the driver.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// URI is the address the store is connected to, for logs.
func (s *Store) URI() string { return s.uri }

// Ping reports whether Neo4j answers, for /healthz.
func (s *Store) Ping(ctx context.Context) error { return s.driver.VerifyConnectivity(ctx) }

// QueryCount is the number of Cypher round-trips run so far.
func (s *Store) QueryCount() int64 { return s.queries.Load() }

// CypherSeconds is the total time spent running Cypher so far.
func (s *Store) CypherSeconds() float64 { return float64(s.cypherNanos.Load()) / 1e9 }

// run executes one statement inside a transaction and collects its records,
// counting the round-trip.
func (s *Store) run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	s.queries.Add(1)
	t0 := time.Now()
	defer func() { s.cypherNanos.Add(int64(time.Since(t0))) }()
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return collect(ctx, res)
}

// read runs fn in a read transaction of a short-lived session.
func (s *Store) read(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	out, err := session.ExecuteRead(ctx, fn)
	return out, unavailable(ctx, err)
}

// unavailable turns the errors of a Neo4j that cannot be reached (refused
// or lost connections, retries exhausted on them) into the client-safe
// UNAVAILABLE error, keeping the cause for logs; others pass unchanged.
//
// A request that ran out of time is not that: its error stays as it is, so
// that it reads as a timeout.
func unavailable(ctx context.Context, err error) error {
	if err == nil || ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return err
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.TransactionTimedOut") {
		// Neo4j stopped the transaction at the timeout the deadline gave it,
		// a moment before the deadline itself: the same timeout.
		return fmt.Errorf("%w: %w", context.DeadlineExceeded, err)
	}
	causes := []error{err}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		causes = append(causes, limit.Errors...)
	}
	for _, c := range causes {
		var conn *neo4j.ConnectivityError
		if errors.As(c, &conn) {
			return &hoigraph.Error{Code: hoigraph.EUNAVAILABLE, Message: "the database does not answer; try again later", Err: err}
		}
	}
	return err
}

// write runs fn in a write transaction of a short-lived session; the driver
// retries it on transient errors, so fn must be safe to run again.
func (s *Store) write(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	return session.ExecuteWrite(ctx, fn)
}
