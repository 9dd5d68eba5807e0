// Bundles src/ into ../httpapi/page/ (index.html, app.js, app.css), which
// the Go binary embeds. `node build.mjs --check` builds into a temporary
// folder and fails when the committed bundle differs from what the sources
// and the locked packages give.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'httpapi', 'page');
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'hoigraph-page-')) : target;
mkdirSync(out, { recursive: true });
// Chunks of an earlier build would linger beside the new ones.
if (!check) for (const f of readdirSync(out)) if (f.startsWith('chunk-')) rmSync(join(out, f));

await esbuild.build({
  absWorkingDir: here,
  entryPoints: { app: 'src/app.js' },
  bundle: true,
  minify: true,
  // ES modules with code splitting: the views imported with import() (the
  // network, the charts) become chunks loaded when first opened.
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir: out,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
});
await esbuild.build({
  absWorkingDir: here,
  entryPoints: { app: 'src/style.css' },
  bundle: true,
  minify: true,
  outdir: out,
  charset: 'utf8',
  logLevel: 'warning',
});
for (const f of ['index.html', 'favicon.svg']) copyFileSync(join(here, 'src', f), join(out, f));
writeFileSync(join(out, 'LICENSES'), licenses());

if (check) {
  const names = readdirSync(out).sort();
  const have = readdirSync(target).sort();
  const bad = [];
  if (names.join() !== have.join()) bad.push(`files: built ${names.join(', ')}; committed ${have.join(', ')}`);
  for (const n of names) {
    let committed = null;
    try { committed = readFileSync(join(target, n)); } catch { /* reported above */ }
    if (!committed || !committed.equals(readFileSync(join(out, n)))) bad.push(n + ' differs');
  }
  rmSync(out, { recursive: true, force: true });
  if (bad.length) {
    console.error('httpapi/page does not match web/src: run `npm ci && npm run build` in web/ and commit.\n  ' + bad.join('\n  '));
    process.exit(1);
  }
  console.log('httpapi/page matches web/src and package-lock.json');
}

// licenses names the bundled packages, their versions and licences.
function licenses() {
  const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
  const lines = ['Bundled into app.js (from web/package-lock.json):', ''];
  const seen = new Set();
  const walk = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const p = lock.packages['node_modules/' + name];
    if (!p) return;
    lines.push(`${name}@${p.version}  ${p.license || ''}`);
    for (const d of Object.keys(p.dependencies || {})) walk(d);
  };
  for (const d of Object.keys(pkg.dependencies)) walk(d);
  return lines.join('\n') + '\n';
}
