// The page's speed in the real Chromium (BENCHMARKS.md, "Analyst page"):
//
//   node test/load-bench.mjs http://127.0.0.1:PORT [N] [load|network]
//
// 1. Page load: each view opened N times in a fresh tab, cache disabled,
//    1366×768. "usable" is the page's own performance mark (hoigraph:drawn
//    when the view's content is drawn — table, network layout, charts —
//    else hoigraph:ready), in ms since navigation start; beside it the
//    navigation timing (DOMContentLoaded) and the time the GraphQL requests
//    took (resource timing, first start to last end), so a slow number says
//    whether the page or the API was slow.
// 2. The network at 500 nodes: the depth-2 neighbourhood of an area whose
//    official units fill the 500-node limit of neighborhood, drawn N times:
//    time to drawn, the fcose layout alone, the longest main-thread task
//    (long tasks API), then a click on a node: to the side panel showing it
//    (select) and to the expanded drawing (GraphQL + layout again), and a
//    zoom to its next painted frame.
// Prints medians (min–max). Needs the sample graph (make run) with the
// official units.
import puppeteer from 'puppeteer-core';

const base = (process.argv[2] || '').replace(/\/$/, '');
const n = parseInt(process.argv[3] || '7', 10);
const part = process.argv[4] || ''; // only page load, or only the 500-node network
if (!base) {
  console.error('usage: node test/load-bench.mjs BASE_URL [N]');
  process.exit(2);
}
async function api(query, variables = {}) {
  const r = await fetch(base + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const j = await r.json();
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  return j.data;
}
const s = await api('{ o: search(text: "hoi khuyen hoc quan 3", types: [ORGANIZATION], first: 1) { id } a: search(text: "quan 3", types: [AREA], first: 1) { id } h: search(text: "ha noi", types: [AREA], first: 5) { id name } }');
const org = s.o[0].id;
const area = s.a[0].id;
let big = null;
for (const c of s.h) {
  const g = (await api('query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id } } }', { id: c.id })).neighborhood;
  if (g && g.nodes.length >= 500) { big = { ...c, nodes: g.nodes.length }; break; }
}
if (!big) throw new Error('no area with a 500-node neighbourhood (are the official units loaded?)');

const pages = {
  home: ['/', false],
  'body page': ['/#/org/' + encodeURIComponent(org), false],
  'area page': ['/#/area/' + encodeURIComponent(area), false],
  'oversight table': ['/#/oversight?area=' + encodeURIComponent(area), true],
  'network (depth 1)': ['/#/network?id=' + encodeURIComponent(org), true],
  charts: ['/#/charts?area=' + encodeURIComponent(area), true],
};
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const stats = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return `${String(Math.round(v[v.length >> 1])).padStart(5)} ms (${Math.round(v[0])}–${Math.round(v[v.length - 1])})`;
};
async function open(path, mark) {
  const p = await browser.newPage();
  await p.setViewport({ width: 1366, height: 768 });
  await p.setCacheEnabled(false);
  await p.evaluateOnNewDocument(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  await p.goto(base + path, { waitUntil: 'load' });
  await p.waitForFunction((m) => performance.getEntriesByName(m).length > 0, { timeout: 120000, polling: 20 }, mark);
  const m = await p.evaluate((m) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const gql = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/graphql'));
    return {
      usable: performance.getEntriesByName(m)[0].startTime,
      dcl: nav.domContentLoadedEventEnd,
      gql: gql.length ? Math.max(...gql.map((r) => r.responseEnd)) - Math.min(...gql.map((r) => r.startTime)) : 0,
      requests: gql.length,
    };
  }, mark);
  return { p, m };
}

if (part !== 'network') {
console.log(`page load, ${n} cold loads each (median, min–max), ms since navigation start`);
console.log('view                usable              DOMContentLoaded     GraphQL requests');
for (const [name, [path, second]] of Object.entries(pages)) {
  const r = { usable: [], dcl: [], gql: [] };
  let req = 0;
  for (let i = 0; i < n; i++) {
    const { p, m } = await open(path, second ? 'hoigraph:drawn' : 'hoigraph:ready');
    r.usable.push(m.usable); r.dcl.push(m.dcl); r.gql.push(m.gql); req = m.requests;
    await p.close();
  }
  console.log(`${name.padEnd(19)} ${stats(r.usable).padEnd(20)} ${stats(r.dcl).padEnd(20)} ${stats(r.gql)} in ${req} requests`);
}
}
if (part === 'load') {
  await browser.close();
  process.exit(0);
}

console.log(`\nnetwork of ${big.name} (${big.id}), depth 2: ${big.nodes} nodes, ${n} times`);
const r = { drawn: [], layout: [], long: [], select: [], expand: [], zoom: [] };
let after = 0;
for (let i = 0; i < n; i++) {
  const { p, m } = await open('/#/network?depth=2&id=' + encodeURIComponent(big.id), 'hoigraph:drawn');
  r.drawn.push(m.usable);
  r.layout.push(Number(await p.$eval('#cy', (c) => c.dataset.layoutMs)));
  r.long.push(await p.evaluate(() => Math.max(0, ...window.__long)));
  // A leaf (a ward): expanding it adds the units it went into in 2025.
  const pos = await p.evaluate(() => {
    const cy = window.hoigraphNetwork;
    const leaf = cy.nodes().filter((x) => x.degree() === 1 && !x.hasClass('expanded'))[0];
    const q = leaf.renderedPosition();
    const b = document.getElementById('cy').getBoundingClientRect();
    window.__leaf = leaf.id();
    return { x: b.left + q.x, y: b.top + q.y };
  });
  // The click is real input; the observers above time what follows it.
  const timing = p.evaluate(() => new Promise((resolve) => {
    const panel = document.getElementById('net-panel');
    const cy = document.getElementById('cy');
    let t0 = 0;
    let sel = 0;
    document.getElementById('cy').addEventListener('mousedown', () => { t0 = performance.now(); }, { capture: true, once: true });
    new MutationObserver((_, o) => { if (t0 && !sel) { sel = performance.now() - t0; o.disconnect(); } }).observe(panel, { childList: true, subtree: true });
    new MutationObserver((_, o) => { if (cy.dataset.expanded === '2') { o.disconnect(); resolve({ sel, expand: performance.now() - t0, nodes: window.hoigraphNetwork.nodes().length }); } }).observe(cy, { attributes: true });
  }));
  await p.mouse.click(pos.x, pos.y);
  const e = await timing;
  r.select.push(e.sel); r.expand.push(e.expand); after = e.nodes;
  r.zoom.push(await p.evaluate(() => new Promise((resolve) => {
    const cy = window.hoigraphNetwork;
    const t0 = performance.now();
    cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
  })));
  await p.close();
}
console.log(`drawn (load to laid out)      ${stats(r.drawn)}`);
console.log(`fcose layout alone            ${stats(r.layout)}`);
console.log(`longest main-thread task      ${stats(r.long)}`);
console.log(`click → node shown in panel   ${stats(r.select)}`);
console.log(`click → expanded, laid out    ${stats(r.expand)}  (${after} nodes after)`);
console.log(`zoom → next frame             ${stats(r.zoom)}`);
await browser.close();
