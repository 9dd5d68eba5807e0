// Drives the analyst page in Debian's Chromium as a person would, against a
// live hoigraph serve with the sample data loaded:
//
//   node test/page.test.mjs http://127.0.0.1:PORT OUTDIR
//
// The answers it expects (who oversees Hội Khuyến học Quận 3, the evidence
// sentence) are read from the GraphQL API first, so the test checks that the
// page shows what the graph says. Screenshots, the downloaded CSV and a
// timing line go to OUTDIR. It ends with "N passed, N failed".
import puppeteer from 'puppeteer-core';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const base = (process.argv[2] || '').replace(/\/$/, '');
const outDir = resolve(process.argv[3] || 'test-output');
if (!base) {
  console.error('usage: node test/page.test.mjs BASE_URL [OUTDIR]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const chromium = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) {
  console.error('page test: no Chromium found (apt-get install chromium, or set CHROMIUM)');
  process.exit(1);
}

let passed = 0;
let failed = 0;
const timings = {};
// PAGE_TEST_ONLY (a regular expression) runs only the checks it matches,
// for working on one; make test never sets it.
const only = process.env.PAGE_TEST_ONLY ? new RegExp(process.env.PAGE_TEST_ONLY) : null;
async function check(name, fn) {
  if (only && !only.test(name)) return;
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok - ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}: ${e && e.message ? e.message : e}`);
    try { await page.screenshot({ path: join(outDir, 'failed-' + name.replace(/\W+/g, '-') + '.png') }); } catch { /* the page may be gone */ }
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const editorToken = process.env.HOIGRAPH_EDITOR_TOKEN || '';
// Edits record their author as token:NAME.
const editorName = process.env.HOIGRAPH_EDITOR_NAME || '';
async function api(query, variables = {}, bearer = '') {
  const headers = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = 'Bearer ' + bearer;
  const r = await fetch(base + '/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const j = await r.json();
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  return j.data;
}

// What the graph says, to compare the page with.
const target = (await api(`{ search(text: "hoi khuyen hoc quan 3", types: [ORGANIZATION], first: 5) { id name } }`)).search.find((x) => x.name === 'Hội Khuyến học Quận 3');
assert(target, 'the sample graph has no Hội Khuyến học Quận 3 (is the sample data loaded?)');
const org = (await api(`query($id: ID!) { organization(id: $id) { area { id name } overseenBy { since overseer { ... on Organization { id name } } provenance { evidence source { title file } } } } }`, { id: target.id })).organization;
const edge = org.overseenBy.find((r) => r.overseer.name === 'Ban Tuyên giáo Quận ủy Quận 3');
assert(edge && edge.provenance[0].evidence, 'the graph does not say that Ban Tuyên giáo Quận ủy Quận 3 oversees Hội Khuyến học Quận 3, with evidence');
const areaId = org.area.id;

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=vi-VN', '--font-render-hinting=none'],
});
const page = await browser.newPage();
await page.setViewport({ width: 1366, height: 768 });
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text() + ' ' + JSON.stringify(m.location())); });
page.on('pageerror', (e) => consoleErrors.push('pageerror: ' + e.message));
page.on('requestfailed', (r) => consoleErrors.push('requestfailed: ' + r.url() + ' ' + (r.failure() && r.failure().errorText)));
const shot = (name) => page.screenshot({ path: join(outDir, name + '.png'), fullPage: false });
const ready = (view) => page.waitForFunction((v) => { const m = document.querySelector('main'); return m && m.dataset.ready === '1' && m.dataset.view === v; }, { timeout: 60000 }, view);
// pickFromKeyboard types into the focused search box inside scope and picks
// the option starting with want with the arrow keys and Enter.
async function pickFromKeyboard(scope, typed, want) {
  await page.keyboard.type(typed, { delay: 10 });
  const sel = scope + ' [role=listbox]:not([hidden]) [role=option]';
  // The hits of the whole text, not of a prefix typed a moment before.
  await page.waitForFunction((s, w) => [...document.querySelectorAll(s)].some((e) => e.innerText.startsWith(w)), { timeout: 15000 }, sel, want).catch(() => {});
  const opts = await page.$$eval(sel, (els) => els.map((e) => e.innerText));
  const i = opts.findIndex((o) => o.startsWith(want));
  assert(i >= 0, `no option ${want} for "${typed}": ` + opts.join(' | '));
  for (let k = 0; k <= i; k++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}
const text = (sel) => page.$eval(sel, (el) => el.innerText);
// unlabelled lists the form controls that have no accessible name.
const unlabelled = () => page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')].filter((el) => {
  if (el.type === 'hidden' || el.hidden) return false;
  const id = el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
  return !(id || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.tagName === 'BUTTON' && el.textContent.trim()));
}).map((el) => el.outerHTML.slice(0, 80)));

try {
  await check('home page loads in Vietnamese', async () => {
    const t0 = Date.now();
    await page.goto(base + '/', { waitUntil: 'load' });
    await ready('home');
    timings.homeMs = Date.now() - t0;
    assert(await page.$eval('html', (el) => el.lang) === 'vi', 'html lang is not vi');
    assert((await text('nav')).includes('Phân công phụ trách'), 'navigation is not in Vietnamese');
    const u = await unlabelled();
    assert(!u.length, 'controls without a label: ' + u.join(' | '));
    await shot('01-home');
  });

  await check('search "hoi khuyen hoc quan 3" finds the body, grouped by kind', async () => {
    await page.focus('#q');
    await page.keyboard.type('hoi khuyen hoc quan 3', { delay: 20 });
    await page.waitForSelector('[role=listbox] [role=group][data-kind=ORGANIZATION] [role=option]', { visible: true, timeout: 10000 });
    const opts = await page.$$eval('[role=listbox] [role=group][data-kind=ORGANIZATION] [role=option]', (els) => els.map((e) => e.innerText));
    assert(opts.some((o) => o.startsWith('Hội Khuyến học Quận 3')), 'options: ' + opts.join(' | '));
    const head = await page.$eval('[role=listbox] [role=group][data-kind=ORGANIZATION] .cb-head', (e) => e.innerText);
    assert(/tổ chức/i.test(head), 'group heading is ' + head);
    await shot('02-search');
  });

  await check('newcomer: who oversees Hội Khuyến học Quận 3, since when, says who — opened from the keyboard: Ban Tuyên giáo Quận ủy Quận 3, its date, source and evidence', async () => {
    const opts = await page.$$eval('[role=listbox] [role=option]', (els) => els.map((e) => e.innerText));
    const i = opts.findIndex((o) => o.startsWith('Hội Khuyến học Quận 3'));
    for (let k = 0; k <= i; k++) await page.keyboard.press('ArrowDown');
    const t0 = Date.now();
    await page.keyboard.press('Enter');
    await ready('org');
    timings.orgMs = Date.now() - t0;
    assert((await text('h1')).startsWith('Hội Khuyến học Quận 3'), 'h1 is ' + (await text('h1')));
    const cards = await page.$$eval('#overseen-by .card', (els) => els.map((e) => ({ text: e.innerText, link: e.querySelector('.card-head a') && e.querySelector('.card-head a').innerText, ev: [...e.querySelectorAll('.evidence')].map((q) => q.innerText) })));
    const card = cards.find((c) => c.link === 'Ban Tuyên giáo Quận ủy Quận 3');
    assert(card, 'overseers shown: ' + cards.map((c) => c.link).join(', '));
    assert(card.ev.includes(edge.provenance[0].evidence), 'evidence shown: ' + card.ev.join(' | '));
    assert(card.text.includes(edge.since), 'since ' + edge.since + ' not shown');
    const src = edge.provenance[0].source.title || edge.provenance[0].source.file;
    assert(card.text.includes(src), 'source ' + src + ' not shown: ' + card.text);
    assert((await text('#posts')).includes('Lê Văn Minh'), 'holder of Chủ tịch not shown');
    await shot('03-org');
  });

  await check('network: draws the neighbourhood and expands a node on click', async () => {
    await Promise.all([page.click('.actions a[href^="#/network"]'), ready('network')]);
    await page.waitForSelector('#cy[data-ready="1"]', { timeout: 30000 });
    const before = await page.evaluate(() => window.hoigraphNetwork.nodes().length);
    assert(before >= 3, 'only ' + before + ' nodes drawn');
    // Click the node of the overseer, where Cytoscape drew it.
    const pos = await page.evaluate(() => {
      const cy = window.hoigraphNetwork;
      const n = cy.nodes().filter((x) => x.data('label') === 'Ban Tuyên giáo Quận ủy Quận 3')[0];
      const p = n.renderedPosition();
      const r = document.getElementById('cy').getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction(() => document.getElementById('cy').dataset.expanded === '2', { timeout: 20000 });
    const after = await page.evaluate(() => window.hoigraphNetwork.nodes().length);
    assert(after > before, `expanding added no node (${before} → ${after})`);
    const names = await page.evaluate(() => window.hoigraphNetwork.nodes().map((n) => n.data('label')));
    assert(names.includes('Hội Cựu giáo chức Quận 3'), 'the overseer\'s other association is not drawn after expanding: ' + names.join(', '));
    assert((await text('#net-panel')).includes('Ban Tuyên giáo Quận ủy Quận 3'), 'selected node not shown in the panel');
    await shot('04-network');
  });

  await check('network: shortest chain between two chosen nodes', async () => {
    const to = await page.$$('.chain .cb input');
    await to[1].click();
    await page.keyboard.type('ban dan van quan uy quan 3', { delay: 10 });
    await page.waitForSelector('.chain .cb:nth-of-type(2) [role=option], .chain [role=listbox]:not([hidden]) [role=option]', { visible: true, timeout: 10000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.click('#chain-btn');
    await page.waitForSelector('#chain-out .chain-list li', { timeout: 60000 });
    const chain = await page.$$eval('#chain-out .chain-list li', (els) => els.map((e) => e.innerText));
    assert(chain[0].startsWith('Hội Khuyến học Quận 3') && chain[chain.length - 1].startsWith('Ban Dân vận Quận ủy Quận 3'), 'chain: ' + chain.join(' → '));
    const hl = await page.evaluate(() => window.hoigraphNetwork.nodes('.chain').length);
    assert(hl === chain.length, `${hl} nodes highlighted for a chain of ${chain.length}`);
    await shot('05-chain');
  });

  await check('newcomer: what lies between two people (Lê Văn Minh and Trần Thị Hường), found without GraphQL', async () => {
    const ids = await api(`{ a: search(text: "le van minh", types: [PERSON], first: 5) { id name } b: search(text: "tran thi huong", types: [PERSON], first: 5) { id name } }`);
    const a = ids.a.find((x) => x.name === 'Lê Văn Minh');
    const b = ids.b.find((x) => x.name === 'Trần Thị Hường');
    assert(a && b, 'the sample graph lacks the two people');
    const want = (await api(`query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxLength: 8) { nodes { label } } }`, { a: a.id, b: b.id })).shortestPath;
    assert(want, 'the graph has no chain between them');
    // Search the first person, open the page, then the network, and ask for the chain to the second.
    await page.goto(base + '/', { waitUntil: 'load' });
    await ready('home');
    await page.focus('#q');
    await pickFromKeyboard('.top-search', 'le van minh', 'Lê Văn Minh');
    await ready('person');
    assert((await text('h1')).startsWith('Lê Văn Minh'), 'h1 is ' + (await text('h1')));
    assert((await text('#holdings')).includes('Hội Khuyến học Quận 3'), 'the post in Hội Khuyến học Quận 3 is not shown');
    await Promise.all([page.click('.actions a[href^="#/network"]'), ready('network')]);
    await page.waitForSelector('#cy[data-ready="1"]', { timeout: 60000 });
    const from = await page.$$eval('.chain .cb input', (els) => els.map((e) => e.value));
    assert(from[0] === 'Lê Văn Minh', 'the chain does not start from the person whose network it is: ' + from[0]);
    await page.focus('.chain .cb:nth-of-type(2) input');
    await pickFromKeyboard('.chain', 'tran thi huong', 'Trần Thị Hường');
    await page.click('#chain-btn');
    await page.waitForSelector('#chain-out .chain-list li', { timeout: 60000 });
    const chain = await page.$$eval('#chain-out .chain-list li', (els) => els.map((e) => e.innerText));
    assert(chain.length === want.nodes.length && chain.every((c, i) => c.startsWith(want.nodes[i].label)),
      'chain shown: ' + chain.join(' → ') + '; the API: ' + want.nodes.map((x) => x.label).join(' → '));
    await shot('05c-chain-two-people');
  });

  await check('network: 500 nodes drawn (the neighbourhood limit), a click still selects and expands', async () => {
    // Hà Nội before 2025 with its districts and their wards: the official units fill the limit.
    const hits = (await api(`{ search(text: "ha noi", types: [AREA], first: 5) { id name } }`)).search;
    let big = null;
    for (const c of hits) {
      const g = (await api(`query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id } } }`, { id: c.id })).neighborhood;
      if (g && g.nodes.length >= 500) { big = c; break; }
    }
    assert(big, 'no area of the sample graph has a 500-node neighbourhood (official units loaded?)');
    await page.goto(base + '/#/network?' + new URLSearchParams({ id: big.id, depth: '2' }), { waitUntil: 'load' });
    await ready('network');
    await page.waitForSelector('#cy[data-ready="1"]', { timeout: 60000 });
    const count = await page.evaluate(() => window.hoigraphNetwork.nodes().length);
    assert(count === 500, count + ' nodes drawn');
    assert((await text('#net-status')).includes('500'), 'status: ' + (await text('#net-status')));
    // Laid out, not piled up: no two nodes on one spot.
    const piled = await page.evaluate(() => {
      const ps = window.hoigraphNetwork.nodes().map((n) => n.position());
      let close = 0;
      for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) if (Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y) < 8) close++;
      return close;
    });
    assert(piled < 5, piled + ' pairs of nodes drawn on top of each other');
    const leaf = await page.evaluate(() => {
      const cy = window.hoigraphNetwork;
      const n = cy.nodes().filter((x) => x.degree() === 1)[0];
      // Zoomed in on it, as a person would to click one of 500.
      cy.zoom({ level: 2, position: n.position() });
      const p = n.renderedPosition();
      const r = document.getElementById('cy').getBoundingClientRect();
      return { id: n.id(), label: n.data('label'), x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(leaf.x, leaf.y);
    await page.waitForFunction(() => document.getElementById('cy').dataset.expanded === '2', { timeout: 60000 });
    assert((await text('#net-panel')).includes(leaf.label), 'the clicked node is not in the panel');
    assert(await page.evaluate((id) => window.hoigraphNetwork.getElementById(id).hasClass('expanded'), leaf.id), 'the clicked node was not expanded');
    await shot('05b-network-500');
  });

  await check('an area page shows its units across the 2025 reorganisation', async () => {
    const d = await api(`query($q: String!) { search(text: $q, types: [AREA], first: 50) { id name entity { ... on Area { era children { id name successors { area { id name } } } } } } }`, { q: org.area.name });
    const district = d.search.find((x) => x.id === areaId);
    const ward = district.entity.children.find((c) => c.successors.length);
    assert(ward, 'no ward of ' + org.area.name + ' has a successor in the graph');
    await page.goto(base + '/#/area/' + encodeURIComponent(ward.id), { waitUntil: 'load' });
    await ready('area');
    assert((await text('h1')).startsWith(ward.name), 'h1 is ' + (await text('h1')));
    const shown = await text('#reorg');
    for (const s of ward.successors) assert(shown.includes(s.area.name), `successor ${s.area.name} not shown: ${shown}`);
    await shot('06a-area-reorg');
  });

  await check('oversight table: filters, as-of date, unassigned apart, sorting, CSV', async () => {
    await page.goto(base + '/#/oversight?' + new URLSearchParams({ area: areaId, areaName: org.area.name, objectType: 'ASSOCIATION', asOf: '2022-06' }), { waitUntil: 'load' });
    await ready('oversight');
    await page.waitForSelector('#ov-result table', { timeout: 60000 });
    const rows = () => page.$$eval('#ov-result tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText.trim())));
    let r = await rows();
    const luat = r.find((c) => c[2] === 'Hội Luật gia Quận 3');
    assert(luat && luat[0] === 'Ban Tổ chức Quận ủy Quận 3', 'as of 2022-06 Hội Luật gia Quận 3 should be under Ban Tổ chức: ' + JSON.stringify(luat));
    assert(await page.$('#unassigned'), 'no unassigned section');
    await shot('06-oversight');
    // The date changes the answer.
    await page.$eval('#ov-asOf', (el) => { el.value = ''; });
    await page.type('#ov-asOf', '2024-01');
    await Promise.all([page.click('.filters button[type=submit]'), page.waitForFunction(() => location.hash.includes('2024-01'))]);
    await ready('oversight');
    await page.waitForSelector('#ov-result table', { timeout: 60000 });
    r = await rows();
    const luat2 = r.find((c) => c[2] === 'Hội Luật gia Quận 3');
    assert(luat2 && luat2[0] === 'Ban Tuyên giáo Quận ủy Quận 3', 'as of 2024-01: ' + JSON.stringify(luat2));
    // Sorting by overseer, twice: ascending then descending.
    await page.click('button.sort[data-key=overseer]');
    const asc = (await rows()).map((c) => c[0]);
    assert(await page.$eval('th[aria-sort=ascending] button', (b) => b.dataset.key) === 'overseer', 'aria-sort not set');
    await page.click('button.sort[data-key=overseer]');
    const desc = (await rows()).map((c) => c[0]);
    assert(JSON.stringify(asc) === JSON.stringify([...desc].reverse()), 'descending is not the reverse of ascending');
    assert(asc[0].localeCompare(asc[asc.length - 1], 'vi') <= 0, 'not ascending: ' + asc.join(', '));
    // CSV of what is shown.
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: outDir });
    await page.click('#ov-csv');
    let csv = null;
    for (let i = 0; i < 50 && !csv; i++) {
      const f = readdirSync(outDir).find((n) => n.startsWith('phan-cong-') && n.endsWith('.csv'));
      if (f) csv = readFileSync(join(outDir, f), 'utf8');
      else await new Promise((res) => setTimeout(res, 100));
    }
    assert(csv, 'no CSV downloaded');
    assert(csv.charCodeAt(0) === 0xfeff, 'CSV has no BOM');
    const lines = csv.trim().split(/\r\n/);
    assert(lines.length === r.length + 1, `CSV has ${lines.length - 1} rows, the table ${r.length}`);
    assert(lines.some((l) => l.startsWith('Ban Tuyên giáo Quận ủy Quận 3,') && l.includes('Hội Khuyến học Quận 3')), 'CSV lacks the Khuyến học row');
  });

  await check('charts draw from stats', async () => {
    await page.goto(base + '/#/charts?' + new URLSearchParams({ area: areaId, areaName: org.area.name }), { waitUntil: 'load' });
    await ready('charts');
    await page.waitForSelector('#charts[data-ready="1"]', { timeout: 60000 });
    const drawn = await page.$$eval('#charts canvas', (cs) => cs.map((c) => {
      const ctx = c.getContext('2d');
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) ink++;
      return ink;
    }));
    assert(drawn.length === 4, drawn.length + ' charts');
    assert(drawn.every((n) => n > 500), 'a chart is blank: ' + drawn.join(', '));
    const table = await page.$$eval('#ch-by-overseer tbody tr', (trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ')));
    assert(table.some((l) => l.startsWith('Ban Tuyên giáo Quận ủy Quận 3')), 'by-overseer numbers: ' + table.join(' | '));
    await shot('07-charts');
  });

  await check('switches to English', async () => {
    await page.click('#lang');
    await ready('charts');
    await page.waitForSelector('#charts[data-ready="1"]', { timeout: 60000 });
    assert(await page.$eval('html', (el) => el.lang) === 'en', 'html lang is not en');
    assert((await text('h1')) === 'Charts', 'h1 is ' + (await text('h1')));
    assert((await text('nav')).includes('Oversight'), 'navigation not in English');
    await shot('08-english-charts');
    await page.goto(base + '/#/org/' + encodeURIComponent(target.id), { waitUntil: 'load' });
    await ready('org');
    assert((await text('#overseen-by h2')) === 'Overseen by', 'section heading: ' + (await text('#overseen-by h2')));
    await shot('09-english-org');
    await page.click('#lang');
    await ready('org');
    assert(await page.$eval('html', (el) => el.lang) === 'vi', 'the switch back to Vietnamese failed');
  });

  await check('an editor signs in, rejects a fact with a reason and sees it leave the queue', async () => {
    assert(editorToken, 'no HOIGRAPH_EDITOR_TOKEN (scripts/page-test.sh creates one with hoigraph token create)');
    await page.goto(base + '/#/review', { waitUntil: 'load' });
    await ready('review');
    await page.focus('#rv-token');
    await page.keyboard.type(editorToken);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#rv-signed-in', { timeout: 30000 });
    // Oversight facts only, from the keyboard.
    await page.waitForSelector('#rv-type');
    await page.select('#rv-type', 'RESPONSIBLE_FOR');
    await page.focus('#rv-area');
    await Promise.all([page.keyboard.press('Enter'), page.waitForFunction(() => location.hash.includes('type=RESPONSIBLE_FOR'))]);
    await page.waitForSelector('#rv-list .card', { timeout: 60000 });
    const u = await unlabelled();
    assert(!u.length, 'controls without a label: ' + u.join(' | '));
    const want = (await api(`{ reviewQueue(filter: {types: [RESPONSIBLE_FOR]}, first: 1) { totalCount nodes { id from { id label } to { id kind label } kind } } }`, {}, editorToken)).reviewQueue;
    const card = await page.$eval('#rv-list .card', (c) => ({ id: c.dataset.fact, text: c.innerText, marks: c.querySelectorAll('.evidence mark').length }));
    assert(card.id === want.nodes[0].id, `first card is ${card.id}, the API's least confident is ${want.nodes[0].id}`);
    assert(card.text.includes(want.nodes[0].from.label) && card.text.includes(want.nodes[0].to.label), 'card does not name both ends: ' + card.text.slice(0, 200));
    assert(card.marks > 0, 'no name highlighted in the evidence');
    assert((await text('#rv-count')).includes(String(want.totalCount)), 'count shown: ' + (await text('#rv-count')) + ', API: ' + want.totalCount);
    await shot('12-review-queue');
    const overseersBefore = want.nodes[0].to.kind === 'ORGANIZATION'
      ? (await api(`query($id: ID!) { organization(id: $id) { overseenBy { overseer { ... on Organization { id } ... on Person { id } } } } }`, { id: want.nodes[0].to.id })).organization.overseenBy.filter((r) => r.overseer.id === want.nodes[0].from.id).length
      : 0;
    // Rejecting needs a reason.
    await page.click('#rv-list .card button.reject');
    await page.waitForFunction(() => document.querySelector('#rv-list .card .reason[aria-invalid=true]') === document.activeElement, { timeout: 5000 });
    assert(await page.$(`#rv-list .card[data-fact="${card.id}"]`), 'the card left without a reason');
    await page.keyboard.type('sai tên ban phụ trách (kiểm thử)');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => !document.querySelector(`#rv-list .card[data-fact="${CSS.escape(id)}"]`), { timeout: 60000 }, card.id);
    assert((await text('#rv-count')).includes(String(want.totalCount - 1)), 'count after rejecting: ' + (await text('#rv-count')));
    assert((await text('#rv-status')).includes(want.nodes[0].from.label), 'status: ' + (await text('#rv-status')));
    const f = (await api(`query($id: ID!) { fact(id: $id) { review { status by reason } } }`, { id: card.id }, editorToken)).fact;
    assert(f.review && f.review.status === 'REJECTED' && f.review.reason === 'sai tên ban phụ trách (kiểm thử)' && f.review.by === 'token:' + editorName, 'the graph says: ' + JSON.stringify(f.review));
    await shot('13-review-rejected');
    // The rejected fact no longer counts on the page of what it was about.
    if (want.nodes[0].to.kind === 'ORGANIZATION') {
      await page.goto(base + '/#/org/' + encodeURIComponent(want.nodes[0].to.id), { waitUntil: 'load' });
      await ready('org');
      const shown = await page.$$eval('#overseen-by .card', (els, id) => els.filter((e) => e.dataset.other === id).length, want.nodes[0].from.id);
      assert(shown === overseersBefore - 1, `${want.nodes[0].from.label} shown ${shown} times over ${want.nodes[0].to.label} after rejecting, ${overseersBefore} before`);
    }
  });

  await check('an editor adds an assignment from the keyboard and it shows at once', async () => {
    assert(editorToken, 'no HOIGRAPH_EDITOR_TOKEN');
    await page.goto(base + '/#/review', { waitUntil: 'load' });
    await ready('review');
    await page.waitForSelector('#as-overseer');
    await page.focus('#as-overseer');
    await pickFromKeyboard('#rv-assign', 'ban dan van quan uy quan 3', 'Ban Dân vận Quận ủy Quận 3');
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement.id) === 'as-object', 'Tab from the overseer goes to ' + (await page.evaluate(() => document.activeElement.id)));
    await pickFromKeyboard('#rv-assign', 'hoi cuu giao chuc quan 3', 'Hội Cựu giáo chức Quận 3');
    const [dv, cgc] = await page.$$eval('#as-overseer, #as-object', (els) => els.map((e) => e.dataset.id));
    assert(dv && cgc, 'the picks were not kept as ids');
    await page.keyboard.press('Tab'); // relation
    await page.keyboard.press('Tab'); // since
    await page.keyboard.type('2025-02');
    await page.keyboard.press('Tab'); // until
    await page.keyboard.press('Tab'); // note
    await page.keyboard.type('Quyết định 99-QĐ/QU (kiểm thử)');
    await shot('14-assign-form');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#rv-added .card', { timeout: 60000 });
    const added = await text('#rv-added .card');
    for (const s of ['Ban Dân vận Quận ủy Quận 3', 'Hội Cựu giáo chức Quận 3', '2025-02', 'token:' + editorName, 'Quyết định 99-QĐ/QU (kiểm thử)']) assert(added.includes(s), `added card lacks ${s}: ${added}`);
    assert(await page.evaluate(() => document.activeElement.id) === 'as-status', 'focus is not on the confirmation');
    await shot('15-assign-added');
    // The body's page shows the new overseer, since when and says who.
    await Promise.all([page.click('#rv-added .card a.open-object'), page.waitForFunction(() => location.hash.startsWith('#/org/'))]);
    await ready('org');
    const cards = await page.$$eval('#overseen-by .card', (els) => els.map((e) => ({ other: e.dataset.other, text: e.innerText })));
    const c = cards.find((x) => x.other === dv);
    assert(c, 'the new overseer is not on the page of Hội Cựu giáo chức Quận 3: ' + cards.map((x) => x.text.split('\n')[0]).join(', '));
    assert(c.text.includes('2025-02') && c.text.includes('token:' + editorName) && c.text.includes('Quyết định 99-QĐ/QU (kiểm thử)'), 'the new overseer\'s card: ' + c.text);
    const g = (await api(`query($id: ID!) { organization(id: $id) { overseenBy { overseer { ... on Organization { id } } since provenance { source { kind by } } } } }`, { id: cgc })).organization;
    assert(g.overseenBy.some((r) => r.overseer.id === dv && r.since === '2025-02' && r.provenance.some((p) => p.source.kind === 'edit')), 'the graph does not hold the assignment');
    await shot('16-assign-on-org-page');
  });

  // The views a newcomer uses, for the layout and accessibility checks.
  const views = [
    ['home', '/', 'home', null],
    ['org', '/#/org/' + encodeURIComponent(target.id), 'org', null],
    ['oversight', '/#/oversight?' + new URLSearchParams({ area: areaId, areaName: org.area.name }), 'oversight', '#ov-result[data-ready="1"]'],
    ['network', '/#/network?' + new URLSearchParams({ id: target.id }), 'network', '#cy[data-ready="1"]'],
    ['charts', '/#/charts?' + new URLSearchParams({ area: areaId, areaName: org.area.name }), 'charts', '#charts[data-ready="1"]'],
    ['review', '/#/review', 'review', '#rv-queue-body[data-ready="1"], #rv-token'],
  ];
  const openView = async ([, path, view, sel]) => {
    await page.goto(base + path, { waitUntil: 'load' });
    await ready(view);
    if (sel) await page.waitForSelector(sel, { timeout: 60000 });
  };

  await check('usable at a phone\'s width (375 px): no horizontal scroll, nothing cut off', async () => {
    await page.setViewport({ width: 375, height: 812, isMobile: true, hasTouch: true });
    try {
      const bad = [];
      for (const v of views) {
        await openView(v);
        const o = await page.evaluate(() => {
          const vw = document.documentElement.clientWidth;
          // Elements that stick out on the right, outside scrolling boxes (tables scroll by design).
          const out = [...document.querySelectorAll('main *, header *')].filter((el) => {
            const r = el.getBoundingClientRect();
            if (!r.width || r.right <= vw + 1) return false;
            for (let p = el.parentElement; p; p = p.parentElement) if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return false;
            return true;
          }).slice(0, 3).map((el) => el.tagName + '#' + el.id + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right));
          return { scroll: document.documentElement.scrollWidth - window.innerWidth, out };
        });
        if (o.scroll > 0 || o.out.length) bad.push(`${v[0]}: ${o.scroll} px of horizontal scroll ${o.out.join(', ')}`);
        await page.screenshot({ path: join(outDir, `phone-375-${v[0]}.png`), fullPage: true });
      }
      assert(!bad.length, bad.join('; '));
    } finally {
      await page.setViewport({ width: 1366, height: 768 });
    }
  });

  await check('accessible: contrast of every text, focus always visible, the keyboard reaches every control', async () => {
    const bad = [];
    for (const v of views) {
      await openView(v);
      await page.screenshot({ path: join(outDir, `desktop-1366-${v[0]}.png`) });
      // WCAG AA: 4.5:1, or 3:1 for large text, of each text against the background it is drawn on.
      const low = await page.evaluate(() => {
        const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
        const lum = ([r, g, b]) => {
          const f = (x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const bgOf = (el) => {
          for (let e = el; e; e = e.parentElement) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const out = [];
        for (const el of document.querySelectorAll('body *')) {
          if (el.closest('#cy, canvas, .sr-only, [hidden], option') || !el.getClientRects().length) continue;
          if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
          const cs = getComputedStyle(el);
          if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
          const [l1, l2] = [lum(rgb(cs.color)), lum(bgOf(el))].sort((a, b) => b - a);
          const ratio = (l1 + 0.05) / (l2 + 0.05);
          const size = parseFloat(cs.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5)) out.push(`${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
        }
        return out.slice(0, 5);
      });
      if (low.length) bad.push(`${v[0]}: low contrast ${low.join('; ')}`);
      // Tab through the page: every stop shows a focus ring (outline or box shadow) and is on screen.
      // From the top of the page, as after loading it.
      await page.evaluate(() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); window.scrollTo(0, 0); });
      const seen = new Set();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const cs = getComputedStyle(el);
          const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || (cs.boxShadow && cs.boxShadow !== 'none');
          const r = el.getBoundingClientRect();
          return { key: el.tagName + '#' + el.id + '.' + el.className + ':' + (el.textContent || el.value || '').trim().slice(0, 20), ring, onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.left >= -1 };
        });
        if (!f) break;
        if (seen.has(f.key)) break;
        seen.add(f.key);
        if (!f.ring) bad.push(`${v[0]}: no visible focus on ${f.key}`);
        if (!f.onScreen) bad.push(`${v[0]}: focused ${f.key} is off screen`);
      }
      if (seen.size < 5) bad.push(`${v[0]}: only ${seen.size} keyboard stops`);
      if (v[0] === 'home' && ![...seen][0].startsWith('A#.skip')) bad.push('the first Tab stop is not the skip link: ' + [...seen][0]);
    }
    assert(!bad.length, bad.join('\n'));
  });

  await check('no console errors', async () => {
    assert(!consoleErrors.length, consoleErrors.join('\n'));
  });
} finally {
  await browser.close();
}

writeFileSync(join(outDir, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
console.log('timings (ms): ' + JSON.stringify(timings));
console.log(`page: ${passed} passed, ${failed} failed`);
console.log('screenshots in ' + outDir);
process.exit(failed ? 1 : 0);
