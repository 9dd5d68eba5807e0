// Package graph is gqlgen's executable schema, generated from
// ../schema.graphqls by ../gqlgen.yml; only this file is written by hand.
package graph

//go:generate go tool gqlgen generate
