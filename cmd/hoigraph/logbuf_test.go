package main

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the flushing goroutine.
type syncBuffer struct {
	mu     sync.Mutex
	b      bytes.Buffer
	writes int
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	return s.b.Write(p)
}

func (s *syncBuffer) read() (string, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String(), s.writes
}

func TestLogBufferWritesLinesTogether(t *testing.T) {
	tests := []struct {
		name       string
		log        func(l *slog.Logger)
		wantAtOnce []string // written before any flush by time
		wantWrites int      // writes to the output by then; -1: at least one
	}{
		{"info lines wait", func(l *slog.Logger) {
			l.Info("http request", "path", "/graphql")
			l.Info("http request", "path", "/healthz")
		}, nil, 0},
		{"a warning goes out at once, with what waits before it", func(l *slog.Logger) {
			l.Info("http request", "path", "/graphql")
			l.Warn("neo4j does not answer")
		}, []string{`"path":"/graphql"`, `"msg":"neo4j does not answer"`}, 1},
		{"a full buffer is written", func(l *slog.Logger) {
			// Each line is longer than 64 bytes.
			for range maxBuffered/64 + 1 {
				l.Info("http request")
			}
		}, []string{`"msg":"http request"`}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out syncBuffer
			b := newLogBuffer(&out)
			l := slog.New(flushAbove{slog.NewJSONHandler(b, nil), b})
			l = l.With("server", "test") // the wrapper survives With
			start := time.Now()
			tt.log(l)
			got, writes := out.read()
			if time.Since(start) < flushEvery/2 {
				for _, w := range tt.wantAtOnce {
					if !strings.Contains(got, w) {
						t.Errorf("written at once: %q, want it to hold %s", got, w)
					}
				}
				if writes != tt.wantWrites && !(tt.wantWrites < 0 && writes > 0) {
					t.Errorf("%d writes before the first flush, want %d", writes, tt.wantWrites)
				}
			}
			b.Close()
			got, _ = out.read()
			if n := strings.Count(got, "\n"); n < 2 {
				t.Errorf("after Close, %d lines written: %q", n, got)
			}
		})
	}
}

func TestLogBufferFlushesOnItsOwn(t *testing.T) {
	var out syncBuffer
	b := newLogBuffer(&out)
	defer b.Close()
	slog.New(flushAbove{slog.NewJSONHandler(b, nil), b}).Log(context.Background(), slog.LevelInfo, "http request")
	deadline := time.Now().Add(20 * flushEvery)
	for time.Now().Before(deadline) {
		if got, _ := out.read(); strings.Contains(got, "http request") {
			return
		}
		time.Sleep(flushEvery / 4)
	}
	t.Fatalf("the line was not written within %s", 20*flushEvery)
}
