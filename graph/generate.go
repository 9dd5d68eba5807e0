// Package graph is gqlgen's executable schema, generated from
// ../schema.graphqls by ../gqlgen.yml through ../internal/gqlgen (gqlgen
// itself, then lists marshalled in order, without a goroutine per
// element); only this file is written by hand.
package graph

//go:generate go run ../internal/gqlgen
