# The two commands of the README:
#   make run    Neo4j up, sample articles loaded, GraphQL API on :8080
#   make test   every test, against a real Neo4j started and stopped here
.PHONY: run test build generate check bench neo4j-fetch gazetteer

CORPUS ?= examples/articles
LISTEN ?= 127.0.0.1:8080

run:
	CORPUS="$(CORPUS)" LISTEN="$(LISTEN)" scripts/run.sh

test:
	scripts/test.sh

build:
	go build -o bin/hoigraph ./cmd/hoigraph

generate:
	go generate ./...

neo4j-fetch:
	scripts/neo4j/neo4j.sh fetch

gazetteer:
	scripts/gazetteer/gazetteer.sh
