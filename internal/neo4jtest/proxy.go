package neo4jtest

import (
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
)

// Proxy forwards TCP connections to the test Neo4j until closed, when it
// refuses new ones and cuts those open: a Neo4j that goes down, seen from
// its clients, while the real server goes on serving the other tests.
type Proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

// NewProxy starts a proxy to the configured Neo4j, closed when the test
// ends; URI is the bolt:// address to give a client.
func NewProxy(t testing.TB) *Proxy {
	t.Helper()
	u, err := url.Parse(Config(t).URI)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", u.Host)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
	t.Cleanup(p.Close)
	return p
}

// URI is the proxy's address as a bolt:// URI.
func (p *Proxy) URI() string { return "bolt://" + p.ln.Addr().String() }

// Close stops accepting and cuts the connections open: Neo4j is gone.
func (p *Proxy) Close() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
}
