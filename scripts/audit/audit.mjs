// Runs graphql-http's server audits (the GraphQL over HTTP spec's MUST and
// SHOULD rules) against a live server and exits non-zero when any audit
// fails. Usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}

let ok = 0, warn = 0, notice = 0, failed = 0;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  if (result.status === 'ok') {
    ok++;
    continue;
  }
  const line = `${result.status.toUpperCase()} ${audit.id} ${audit.name}: ${result.reason}`;
  if (result.status === 'error') {
    failed++;
    console.error(line);
  } else {
    // warn (a SHOULD) and notice (a MAY) are reported, not failures.
    if (result.status === 'warn') warn++;
    else notice++;
    console.log(line);
  }
}
console.log(`graphql-http audits of ${url}: ${ok} ok, ${warn} warnings, ${notice} notices, ${failed} errors`);
process.exit(failed > 0 ? 1 : 0);
