package curated

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"gopkg.in/yaml.v3"

	"hoigraph"
)

// readYAML reads the metadata into src and returns the rows of the bodies,
// people and assignments lists, each field with its line.
func readYAML(raw []byte, src *hoigraph.Source) ([]record, error) {
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	var root yaml.Node
	if err := dec.Decode(&root); errors.Is(err, io.EOF) {
		return nil, errors.New("empty file")
	} else if err != nil {
		return nil, err
	}
	var second yaml.Node
	if err := dec.Decode(&second); err == nil {
		return nil, fmt.Errorf("line %d: a second YAML document (after ---): a curated file holds one", second.Line)
	} else if !errors.Is(err, io.EOF) {
		return nil, err
	}
	if len(root.Content) == 0 {
		return nil, errors.New("empty file")
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: the file must be a mapping (title, bodies, people, assignments)", top.Line)
	}
	if err := noDuplicateKeys(top); err != nil {
		return nil, err
	}
	var recs []record
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], deref(top.Content[i+1])
		switch key.Value {
		case "title", "date", "publisher", "url":
			if val.Kind != yaml.ScalarNode {
				return nil, fmt.Errorf("line %d: field %q: want text", val.Line, key.Value)
			}
			if key.Value == "date" {
				if err := hoigraph.CheckDate(val.Value); err != nil {
					return nil, fmt.Errorf("line %d: field \"date\": %w", val.Line, err)
				}
			}
			*map[string]*string{"title": &src.Title, "date": &src.Date, "publisher": &src.Publisher, "url": &src.URL}[key.Value] = val.Value
		case "bodies", "assignments":
			kind := map[string]string{"bodies": kindBody, "assignments": kindAssignment}[key.Value]
			items, err := list(key, val)
			if err != nil {
				return nil, err
			}
			for _, item := range items {
				r, err := mapping(kind, item)
				if err != nil {
					return nil, err
				}
				recs = append(recs, r)
			}
		case "people":
			items, err := list(key, val)
			if err != nil {
				return nil, err
			}
			for _, item := range items {
				rs, err := person(item)
				if err != nil {
					return nil, err
				}
				recs = append(recs, rs...)
			}
		default:
			return nil, fmt.Errorf("line %d: field %q: unknown (want title, date, publisher, url, bodies, people, assignments)", key.Line, key.Value)
		}
	}
	return recs, nil
}

func list(key, val *yaml.Node) ([]*yaml.Node, error) {
	val = deref(val)
	if val.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("line %d: field %q: want a list", val.Line, key.Value)
	}
	items := make([]*yaml.Node, len(val.Content))
	for i, item := range val.Content {
		items[i] = deref(item)
	}
	return items, nil
}

// deref follows an alias (*name) to the node its anchor (&name) marks.
func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// noDuplicateKeys refuses a mapping that gives one key twice: the second
// would silently win.
func noDuplicateKeys(n *yaml.Node) error {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if first, ok := seen[k.Value]; ok && k.Value != "<<" {
			return fmt.Errorf("line %d: field %q: given twice (first on line %d)", k.Line, k.Value, first)
		}
		seen[k.Value] = k.Line
	}
	return nil
}

// mapping reads one list item of scalar fields. Merge keys (<<: *name)
// bring in the fields of the mapping named, those written in the item
// winning.
func mapping(kind string, n *yaml.Node) (record, error) {
	r := record{kind: kind, line: n.Line, fields: map[string]string{}, lines: map[string]int{}}
	if n.Kind != yaml.MappingNode {
		return r, fmt.Errorf("line %d: want a mapping of fields", n.Line)
	}
	if err := noDuplicateKeys(n); err != nil {
		return r, err
	}
	var merged []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], deref(n.Content[i+1])
		if k.Value == "<<" && k.Tag == "!!merge" {
			switch v.Kind {
			case yaml.MappingNode:
				merged = append(merged, v)
			case yaml.SequenceNode:
				for _, m := range v.Content {
					merged = append(merged, deref(m))
				}
			}
			continue
		}
		if v.Kind != yaml.ScalarNode {
			return r, fmt.Errorf("line %d: field %q: want text", v.Line, k.Value)
		}
		r.fields[k.Value] = v.Value
		r.lines[k.Value] = k.Line
	}
	for _, m := range merged {
		from, err := mapping(kind, m)
		if err != nil {
			return r, err
		}
		for f, v := range from.fields {
			if _, ok := r.fields[f]; !ok {
				r.fields[f], r.lines[f] = v, from.lines[f]
			}
		}
	}
	return r, nil
}

// person reads a person with their posts into one post record per post.
func person(n *yaml.Node) ([]record, error) {
	if n.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: want a person (name, posts)", n.Line)
	}
	if err := noDuplicateKeys(n); err != nil {
		return nil, err
	}
	var name *yaml.Node
	var posts []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], deref(n.Content[i+1])
		switch k.Value {
		case "name":
			name = v
		case "posts":
			items, err := list(k, v)
			if err != nil {
				return nil, err
			}
			posts = items
		default:
			return nil, fmt.Errorf("line %d: field %q: unknown for a person (want name, posts)", k.Line, k.Value)
		}
	}
	if name == nil || name.Kind != yaml.ScalarNode || name.Value == "" {
		return nil, fmt.Errorf("line %d: field \"name\": required, empty", n.Line)
	}
	if len(posts) == 0 {
		return nil, fmt.Errorf("line %d: field \"posts\": required, empty", n.Line)
	}
	var out []record
	for _, p := range posts {
		r, err := mapping(kindPost, p)
		if err != nil {
			return nil, err
		}
		if _, ok := r.fields["person"]; ok {
			return nil, fmt.Errorf("line %d: field \"person\": the person is the enclosing name", r.lines["person"])
		}
		r.fields["person"], r.lines["person"] = name.Value, name.Line
		out = append(out, r)
	}
	return out, nil
}
