package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"hoigraph"
	"hoigraph/export"
)

// exportHandler serves GET /export/{format}?filters: the same selection and
// writers as `hoigraph export`, streamed as the store is read a page at a
// time. Bad filters are answered 400 with a message before anything is
// written; a failure once the file has started aborts the connection, so a
// client never takes a cut file for a whole one. It is one http.Handler, so
// whatever guards /graphql can wrap it the same way.
func (s *Server) exportHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, err := export.ParseFormat(r.PathValue("format"))
		if err != nil {
			s.exportError(w, r, err)
			return
		}
		sel, err := export.ParseQuery(r.URL.Query())
		if err != nil {
			s.exportError(w, r, err)
			return
		}
		// Resolving the selection is bounded like any request; writing the
		// file is not, since a large graph takes longer than a query may.
		pctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
		plan, err := s.cfg.Store.PlanExport(pctx, sel)
		cancel()
		if err != nil {
			s.exportError(w, r, err)
			return
		}
		rc := http.NewResponseController(w)
		if err := rc.SetWriteDeadline(time.Time{}); err != nil {
			s.log.WarnContext(r.Context(), "export: cannot lift the write deadline", "err", err)
		}
		meta := export.Meta{Description: export.Describe(sel), Date: time.Now()}
		name := export.FileName(sel, f)
		h := w.Header()
		h.Set("Content-Type", f.ContentType())
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
		h.Set("X-Content-Type-Options", "nosniff")
		ew, err := export.NewWriter(f, w, meta)
		if err == nil {
			_, err = export.Run(r.Context(), s.cfg.Store, plan, ew, nil)
		}
		if err != nil {
			s.log.ErrorContext(r.Context(), "export failed after the response began", "format", f, "selection", meta.Description, "err", err)
			panic(http.ErrAbortHandler)
		}
	})
}

// exportError answers before the file begins, in the shape GraphQL errors
// have: a client-safe message and extensions.code.
func (s *Server) exportError(w http.ResponseWriter, r *http.Request, err error) {
	code := hoigraph.ErrorCode(err)
	status := http.StatusInternalServerError
	switch {
	case code == hoigraph.EINVALID:
		status = http.StatusBadRequest
	case code == hoigraph.ENOTFOUND:
		status = http.StatusNotFound
	case code == hoigraph.EUNAVAILABLE || errors.Is(err, context.DeadlineExceeded):
		status = http.StatusServiceUnavailable
	}
	msg := hoigraph.ErrorMessage(err)
	if status == http.StatusServiceUnavailable && code != hoigraph.EUNAVAILABLE {
		code, msg = hoigraph.ETIMEOUT, "the selection took longer to resolve than the server allows"
	}
	if status >= 500 {
		s.log.ErrorContext(r.Context(), "export: internal error", "err", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}}})
}
