package extract

import (
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// BenchmarkExtract measures throughput (MB/s of article bytes, one
// goroutine) and the peak heap while extracting a corpus file by file. The
// corpus is $HOIGRAPH_BENCH_CORPUS (made with
// `go run ./cmd/gencorpus -n 10000 -out DIR -gazetteer .cache/gazetteer`),
// else the five real articles and the test articles.
func BenchmarkExtract(b *testing.B) {
	dirs := []string{filepath.Join(shared, "corpus"), filepath.Join("testdata", "articles")}
	if d := os.Getenv("HOIGRAPH_BENCH_CORPUS"); d != "" {
		dirs = []string{d}
	}
	var files []string
	var total int64
	for _, d := range dirs {
		fs, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		for _, f := range fs {
			info, err := os.Stat(f)
			if err != nil {
				b.Fatal(err)
			}
			total += info.Size()
		}
		files = append(files, fs...)
	}
	if len(files) == 0 {
		b.Fatal("no articles")
	}
	x := newExtractor(b, loadGazetteer(b))
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	peakHeap := sampleHeap(50 * time.Millisecond)
	b.SetBytes(total)
	cpu0 := cpuSeconds()
	b.ResetTimer()
	facts := 0
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			raw, err := os.ReadFile(f) // streamed: one article in memory at a time
			if err != nil {
				b.Fatal(err)
			}
			doc, err := x.Extract(f, raw)
			if err != nil {
				b.Fatal(err)
			}
			facts += len(doc.Facts)
		}
	}
	b.StopTimer()
	cpu := cpuSeconds() - cpu0
	peak := peakHeap()
	// On a shared machine wall time measures the neighbours too; CPU time
	// (user + system, GC included) is what the extraction itself costs.
	b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	b.ReportMetric(float64(len(files)), "articles")
	b.ReportMetric(float64(peak-min(peak, base.HeapInuse))/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(facts)/float64(b.N), "facts/op")
}

// sampleHeap samples the heap in use every interval until the returned
// function is called, which returns the peak: allocation counters alone
// cannot tell whether memory was held at once.
func sampleHeap(interval time.Duration) (peak func() uint64) {
	var max atomic.Uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > max.Load() {
				max.Store(m.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(interval):
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-sampled
		return max.Load()
	}
}

// cpuSeconds is the CPU time this process has used so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
