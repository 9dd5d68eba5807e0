// Package hoigraph holds the domain of the knowledge graph: the facts the
// extractor emits, the sources they come from, the kinds of bodies and the
// error kinds every layer speaks. It imports nothing outside the standard
// library so that the store, the loader and the API can all depend on it
// without depending on each other.
package hoigraph

import (
	"errors"
	"fmt"
)

// OrgType is the kind of a body, as named in ../shared/eval/FORMAT.md.
type OrgType string

// The organisation types; the string values are the fact format's.
const (
	PartyCommittee OrgType = "party_committee"
	PartyBoard     OrgType = "party_board"
	Front          OrgType = "front"
	SocioPolitical OrgType = "socio_political"
	Association    OrgType = "association"
	Government     OrgType = "government"
	OtherOrg       OrgType = "other"
)

// OrgTypes lists every OrgType in a stable order, for validation and charts.
var OrgTypes = []OrgType{PartyCommittee, PartyBoard, Front, SocioPolitical, Association, Government, OtherOrg}

// Valid reports whether t is one of the known organisation types.
func (t OrgType) Valid() bool {
	for _, k := range OrgTypes {
		if t == k {
			return true
		}
	}
	return false
}

// Label is the Neo4j label that goes beside :Organization for this type.
// Labels cannot be query parameters, so this closed mapping is what keeps
// label names out of user input.
func (t OrgType) Label() string {
	switch t {
	case PartyCommittee:
		return "PartyCommittee"
	case PartyBoard:
		return "PartyBoard"
	case Front:
		return "Front"
	case SocioPolitical:
		return "SocioPolitical"
	case Association:
		return "Association"
	case Government:
		return "Government"
	default:
		return "Other"
	}
}

// AreaLevel is the administrative level of an Area.
type AreaLevel string

// The administrative levels. Since July 2025 there is no district level.
// Village covers the parts of a commune (ấp, thôn, xóm, khu phố, tổ dân
// phố) that Party committees assign their members to; they are not
// administrative units and never come from the gazetteer.
const (
	Province AreaLevel = "province"
	District AreaLevel = "district"
	Commune  AreaLevel = "commune"
	Village  AreaLevel = "village"
)

// Depth orders levels from the country down: province 0, district 1,
// commune 2, village 3; -1 for a level not known (a "Thành phố" can be a
// province or a city in one).
func (l AreaLevel) Depth() int {
	switch l {
	case Province:
		return 0
	case District:
		return 1
	case Commune:
		return 2
	case Village:
		return 3
	}
	return -1
}

// Error kinds. They map to GraphQL extensions.code and to exit messages; the
// message of an Error is safe to show to a client, anything wrapped inside is
// not.
const (
	ENOTFOUND = "NOT_FOUND"
	EINVALID  = "INVALID"
	ECONFLICT = "CONFLICT"
	EINTERNAL = "INTERNAL"
	// EUNAVAILABLE: the database does not answer; the client may retry.
	EUNAVAILABLE = "UNAVAILABLE"
	// ETIMEOUT: the request ran out of its time limit. It is not INTERNAL
	// because nothing is broken: the client asks for less (a smaller
	// first, a shallower neighbourhood) or tries again when it is quieter.
	ETIMEOUT = "TIMEOUT"
)

// Error is an application error whose Message may be shown to users.
type Error struct {
	Code    string
	Message string
	// Details are client-safe facts about the error (file, line, field)
	// that the API adds to extensions.
	Details map[string]any
	Err     error // the cause, for logs only
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted, client-safe
// message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the client-safe message of err: the Message of an
// *Error, or a generic sentence that hides internal details.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
