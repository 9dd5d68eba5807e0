package hoigraph

import "strings"

// Role is what a caller of the API may do. Roles are ordered: an editor
// may do what a reader may, an admin what an editor may.
type Role string

// The roles.
const (
	RoleNone   Role = ""       // anonymous
	RoleReader Role = "reader" // read the graph
	RoleEditor Role = "editor" // ingest, assert, review, retract
	RoleAdmin  Role = "admin"  // accounts and the audit list
)

// Roles lists the roles from the least to the most powerful.
var Roles = []Role{RoleReader, RoleEditor, RoleAdmin}

// ParseRole reads a role name, case-insensitively; ok is false for a name
// that is no role.
func ParseRole(s string) (Role, bool) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Roles {
		if r == k {
			return r, true
		}
	}
	return RoleNone, false
}

func (r Role) rank() int {
	for i, k := range Roles {
		if r == k {
			return i + 1
		}
	}
	return 0
}

// Allows reports whether a caller of role r may do what needs role need.
func (r Role) Allows(need Role) bool { return r.rank() >= need.rank() }

// Principal is who is calling: an API token's name or a JWT's subject.
// Limits are the token's own; zero means the server's default.
type Principal struct {
	// Name is what edits record as their author: "token:NAME" for an API
	// token, "jwt:SUBJECT" for a JWT. Never the token itself.
	Name string
	Role Role
	// WritesPerMinute caps write requests; 0 is the server's default.
	WritesPerMinute int
	// MaxUpload caps an upload's body in bytes; 0 is the server's default.
	MaxUpload int64
}

// Error kinds of access control, beside those of hoigraph.go.
const (
	EUNAUTHENTICATED = "UNAUTHENTICATED" // no credentials, or credentials that do not check out
	EFORBIDDEN       = "FORBIDDEN"       // a known caller whose role does not allow the request
	ERATELIMITED     = "RATE_LIMITED"    // too many writes in the last minute
)

// APIToken is an API token as the store keeps it: never the token itself,
// only its hash.
type APIToken struct {
	ID        string // short public id, for list and revoke
	Name      string
	Role      Role
	Hash      string // sha256 of the token, hex
	CreatedAt string // RFC 3339
	CreatedBy string
	RevokedAt string // empty while the token is valid
	// Limits of this token; 0 takes the server's default.
	WritesPerMinute int
	MaxUpload       int64
}
