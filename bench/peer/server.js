// The peer of the benchmark: @neo4j/graphql over hoigraph's graph, served
// by Apollo Server, as its documentation sets it up. Loopback only.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=... PORT=4000 NODE_ENV=production node server.js
import { readFileSync } from "node:fs";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  { maxConnectionPoolSize: 100 },
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: false });
// startStandaloneServer makes its own http.Server, whose keep-alive timeout
// (Node's 5 s) is shorter than a benchmark's pause between rounds: the load
// generator then reuses a connection the server is closing and gets
// "connection reset by peer". Keep idle connections as long as hoigraph's
// server does (2 min); loadgen closes its idle ones after 2 s anyway.
const createServer = http.createServer;
http.createServer = (...args) => {
  const s = createServer(...args);
  s.keepAliveTimeout = 120_000;
  s.headersTimeout = 121_000;
  return s;
};
const port = Number(process.env.PORT ?? 4000);
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
http.createServer = createServer;
console.log(`peer up on ${url}`);
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => { await server.stop(); await driver.close(); process.exit(0); });
}
