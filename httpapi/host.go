package httpapi

import (
	"net"
	"net/http"
	"slices"
	"strings"
)

// DefaultHosts are the names a server listening on addr answers to when
// none are configured: the address's own host, unless it is a wildcard,
// and the loopback names.
func DefaultHosts(addr string) []string {
	hosts := []string{"localhost", "127.0.0.1", "::1"}
	if h, _, err := net.SplitHostPort(addr); err == nil && h != "" {
		if ip := net.ParseIP(h); (ip == nil || !ip.IsUnspecified()) && !slices.Contains(hosts, h) {
			hosts = append(hosts, h)
		}
	}
	return hosts
}

// checkHost answers 421 to a request whose Host header is not one of the
// configured names. A web page the browser loaded from elsewhere can point
// a name of its own at this address (DNS rebinding) and read the API with
// that name as Host: checking it is what keeps such pages out.
func checkHost(hosts []string, next http.Handler) http.Handler {
	allowed := map[string]bool{}
	for _, h := range hosts {
		allowed[strings.ToLower(strings.Trim(h, "[]"))] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		if !allowed[strings.ToLower(strings.Trim(host, "[]"))] {
			http.Error(w, "this server does not answer to the host name "+quoteHost(r.Host)+" (see -allowed-hosts)", http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// quoteHost shows a client's Host header safely in a one-line message.
func quoteHost(h string) string {
	if len(h) > 100 {
		h = h[:100]
	}
	return "\"" + strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return '?'
		}
		return r
	}, h) + "\""
}
