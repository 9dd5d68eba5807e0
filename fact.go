package hoigraph

// FactKind names what a Fact states; the values are the fact format's
// ("fact" key in ../shared/eval/FORMAT.md) plus kinds the graph uses but the
// scorer ignores.
type FactKind string

// The fact kinds.
const (
	FactOrg            FactKind = "org"
	FactPerson         FactKind = "person"
	FactHolds          FactKind = "holds"
	FactResponsibleFor FactKind = "responsible_for"
	FactArea           FactKind = "area"
	FactMeeting        FactKind = "meeting"
	FactDirective      FactKind = "directive"
	FactPartOf         FactKind = "part_of"
)

// EndpointKind says what a responsibility endpoint names.
type EndpointKind string

// The endpoint kinds of a responsible_for fact.
const (
	EndpointOrg    EndpointKind = "org"
	EndpointPerson EndpointKind = "person"
	EndpointArea   EndpointKind = "area"
)

// Evidence is the sentence a fact came from. Start and End are byte offsets
// into the decoded (UTF-8, NFC) text of the source, so that
// text[Start:End] == Sentence.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Fact is one statement extracted from a source, in the JSON Lines format of
// ../shared/eval/FORMAT.md. It is deliberately flat: each kind uses a subset
// of the fields, and the same struct is what `hoigraph extract` writes and
// `hoigraph load --facts` reads.
type Fact struct {
	Doc  string   `json:"doc"`
	Kind FactKind `json:"fact"`

	// org, person, area, meeting, directive
	Name  string    `json:"name,omitempty"`
	Type  OrgType   `json:"type,omitempty"`  // org
	Level AreaLevel `json:"level,omitempty"` // area
	Area  string    `json:"area,omitempty"`  // org: the area it is scoped to, e.g. "Quận 3"
	// Parent is the body an org belongs to (a board of its committee), or the
	// area an area lies in; a part_of fact uses Subject/Object instead.
	Parent string `json:"parent,omitempty"`

	// holds
	Person string `json:"person,omitempty"`
	Post   string `json:"post,omitempty"`
	Org    string `json:"org,omitempty"`

	// responsible_for, part_of
	Subject     string       `json:"subject,omitempty"`
	Object      string       `json:"object,omitempty"`
	SubjectKind EndpointKind `json:"subject_kind,omitempty"`
	ObjectKind  EndpointKind `json:"object_kind,omitempty"`
	Relation    string       `json:"relation,omitempty"` // responsible_for: e.g. "political_leadership"

	// meeting, directive
	Date  string `json:"date,omitempty"` // ISO 8601, as precise as known: 2021, 2021-01, 2021-01-21
	Code  string `json:"code,omitempty"` // directive code, e.g. 17-CT/TW
	Chair string `json:"chair,omitempty"`

	// validity of holds and responsible_for
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	AsOf  string `json:"as_of,omitempty"`

	// Rule names the construction of the text a responsible_for fact was
	// read from, and Confidence (0–1) how sure the extractor is of it, so
	// that a reviewer can check the least certain first.
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`

	Evidence *Evidence `json:"evidence,omitempty"`
}

// Source is an article or a curated file that asserts facts.
type Source struct {
	ID   string `json:"id"` // stable: the loader derives it from Path (README: how a source is identified)
	File string `json:"file"`
	// Path is the input file the document was read from, relative to the
	// load's root: the file itself, or the facts file that holds it.
	Path      string `json:"path,omitempty"`
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Hash      string `json:"hash,omitempty"`     // sha256 of the raw bytes, hex
	Encoding  string `json:"encoding,omitempty"` // what the bytes were decoded from
	Kind      string `json:"kind,omitempty"`     // "article" or "curated"
}

// Document is one source with everything extracted from it: the unit that
// loads atomically.
type Document struct {
	Source Source
	Facts  []Fact
}
