// Page-load benchmark (BENCHMARKS.md): opens each page N times in a fresh
// Chromium tab, cache disabled, and prints the median time from navigation
// start to the view being drawn (main[data-ready]).
//   node test/load-bench.mjs http://127.0.0.1:PORT [N]
import puppeteer from 'puppeteer-core';

const base = process.argv[2].replace(/\/$/, '');
const n = parseInt(process.argv[3] || '7', 10);
const s = await (await fetch(base + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(text: "hoi khuyen hoc quan 3", first: 1) { id } o: search(text: "quan 3", types: [AREA], first: 1) { id } }' }) })).json();
const org = s.data.search[0].id;
const area = s.data.o[0].id;
const pages = {
  home: '/',
  'body page': '/#/org/' + encodeURIComponent(org),
  'oversight table': '/#/oversight?area=' + encodeURIComponent(area),
  network: '/#/network?id=' + encodeURIComponent(org),
  charts: '/#/charts?area=' + encodeURIComponent(area),
};
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, path] of Object.entries(pages)) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const p = await browser.newPage();
    await p.setViewport({ width: 1366, height: 768 });
    await p.setCacheEnabled(false);
    await p.goto(base + path, { waitUntil: 'load' });
    const sel = name === 'network' ? '#cy[data-ready="1"]' : name === 'charts' ? '#charts[data-ready="1"]' : name === 'oversight table' ? '#ov-result table' : 'main[data-ready="1"]';
    await p.waitForSelector(sel, { timeout: 60000 });
    times.push(await p.evaluate(() => performance.now()));
    await p.close();
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(16)} median ${Math.round(times[n >> 1])} ms  (min ${Math.round(times[0])}, max ${Math.round(times[n - 1])}, n=${n})`);
}
await browser.close();
