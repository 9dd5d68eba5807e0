package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
)

// connClient sends each request on a kept-alive HTTP/1.1 connection that
// the calling goroutine writes and reads itself: one write of the request
// and the reads of the answer, as a client on another machine would make.
// Go's http.Transport hands every request to a writer goroutine and every
// answer back from a reader goroutine (channel hand-overs and wake-ups per
// request, about 100 µs of CPU for a small answer here); loadgen runs on
// the same two cores as the server and Neo4j, so that client work was
// counted against the API, which the direct path does not pay. Answers are
// read with net/http's own parser (http.ReadResponse: Content-Length or
// chunked), so what is checked is the same.
type connClient struct {
	addr   string // host:port
	header []byte // the request line and headers up to Content-Length's value

	mu   sync.Mutex
	idle []*clientConn
}

type clientConn struct {
	c net.Conn
	r *bufio.Reader
	w *bufio.Writer
}

func newConnClient(endpoint string) (*connClient, error) {
	u, err := url.Parse(endpoint)
	if err != nil {
		return nil, err
	}
	path := u.RequestURI()
	return &connClient{
		addr:   u.Host,
		header: fmt.Appendf(nil, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: ", path, u.Host),
	}, nil
}

// post sends body and reads the whole answer into buf, returning its
// status. A kept-alive connection the server closed meanwhile (Node closes
// idle ones after 5 s) is replaced once; a GraphQL query may be sent again.
func (cc *connClient) post(body []byte, buf *bytes.Buffer) (int, error) {
	c, reused, err := cc.get()
	if err != nil {
		return 0, err
	}
	status, keep, err := c.roundTrip(cc.header, body, buf)
	if err != nil && reused {
		c.c.Close()
		if c, err = cc.dial(); err != nil {
			return 0, err
		}
		status, keep, err = c.roundTrip(cc.header, body, buf)
	}
	if err != nil || !keep {
		c.c.Close()
		return status, err
	}
	cc.put(c)
	return status, nil
}

func (cc *connClient) get() (*clientConn, bool, error) {
	cc.mu.Lock()
	if n := len(cc.idle); n > 0 {
		c := cc.idle[n-1]
		cc.idle = cc.idle[:n-1]
		cc.mu.Unlock()
		return c, true, nil
	}
	cc.mu.Unlock()
	c, err := cc.dial()
	return c, false, err
}

func (cc *connClient) put(c *clientConn) {
	cc.mu.Lock()
	cc.idle = append(cc.idle, c)
	cc.mu.Unlock()
}

func (cc *connClient) dial() (*clientConn, error) {
	c, err := net.Dial("tcp", cc.addr)
	if err != nil {
		return nil, err
	}
	return &clientConn{c: c, r: bufio.NewReaderSize(c, 32<<10), w: bufio.NewWriterSize(c, 8<<10)}, nil
}

// roundTrip writes one request and reads its answer; keep says whether
// the connection may carry another.
func (c *clientConn) roundTrip(header, body []byte, buf *bytes.Buffer) (status int, keep bool, err error) {
	c.w.Write(header)
	c.w.WriteString(strconv.Itoa(len(body)))
	c.w.WriteString("\r\n\r\n")
	c.w.Write(body)
	if err := c.w.Flush(); err != nil {
		return 0, false, err
	}
	res, err := http.ReadResponse(c.r, nil)
	if err != nil {
		return 0, false, err
	}
	buf.Reset()
	_, err = buf.ReadFrom(res.Body)
	res.Body.Close()
	if err != nil {
		return res.StatusCode, false, errors.Join(errors.New("reading the answer"), err)
	}
	return res.StatusCode, !res.Close, nil
}
