package httpapi

import (
	"mime"
	"testing"
)

// TestMediaTypeIsMimes: the shortcut for a plain application/json gives
// what mime.ParseMediaType gives, for it and for every other header.
func TestMediaTypeIsMimes(t *testing.T) {
	for _, h := range []string{
		"application/json", "application/json; charset=utf-8", "Application/JSON", "application/json;",
		"application/json; charset", "multipart/form-data; boundary=x", "text/plain", "", "json", "application/graphql-response+json",
	} {
		want, _, wantErr := mime.ParseMediaType(h)
		got, err := mediaType(h)
		if got != want || (err == nil) != (wantErr == nil) {
			t.Errorf("mediaType(%q) = %q, %v; mime says %q, %v", h, got, err, want, wantErr)
		}
	}
}

func TestResponseMedia(t *testing.T) {
	for _, tt := range []struct{ accept, want string }{
		{"", mediaJSON},
		{"application/json", mediaJSON},
		{"*/*", mediaJSON},
		{"application/graphql-response+json", mediaGraphQLResponse},
		{"application/json, application/graphql-response+json;q=0.9", mediaGraphQLResponse},
		{"text/html, application/json", mediaJSON},
	} {
		if got := responseMedia(tt.accept); got != tt.want {
			t.Errorf("responseMedia(%q) = %q, want %q", tt.accept, got, tt.want)
		}
	}
}
