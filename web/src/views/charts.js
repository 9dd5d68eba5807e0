// Charts from stats: associations by overseer and by overseer type, bodies
// by type and by area, for the chosen area and date. Each chart has its
// numbers as a table too, for screen readers and for copying.
import { Chart, BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Tooltip, Legend } from 'chart.js';
import { gql } from '../api.js';
import { h, clear } from '../dom.js';
import { t, label } from '../i18n.js';
import { viewHref } from '../routes.js';
import { combobox } from '../search.js';
import { dataTable, loading, errorBox, drawn } from './common.js';
import { ORG_COLOURS } from './colours.js';

Chart.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
Chart.defaults.color = '#1f2937';

const charts = [];

export function destroyCharts() {
  while (charts.length) charts.pop().destroy();
}

export function chartsView(params, navigate) {
  const f = { area: params.get('area') || '', asOf: params.get('asOf') || '' };
  const areaBox = combobox({ labelText: t('ov.area'), types: ['AREA'], value: params.get('areaName') || f.area, onPick: (hit) => { areaBox.input.dataset.id = hit.id; } });
  if (f.area) areaBox.input.dataset.id = f.area;
  const asOf = h('input', { id: 'ch-asOf', value: f.asOf, inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: '2024-06-30', size: 12 });
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const typed = areaBox.input.value.trim();
    const area = areaBox.input.dataset.id && typed ? areaBox.input.dataset.id : typed;
    navigate(viewHref('charts', { area, areaName: area !== typed ? typed : '', asOf: asOf.value.trim() }));
  } }, areaBox.el, h('div', { class: 'field' }, h('label', { for: 'ch-asOf' }, t('ov.asOf')), asOf),
  h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary' }, t('ov.show'))));
  const out = h('div', { id: 'charts' }, loading());
  setTimeout(() => load(f, out), 0);
  return [h('h1', { tabindex: '-1' }, t('ch.title')), form, out];
}

async function load(f, out) {
  const filter = {};
  if (f.area) filter.area = f.area;
  if (f.asOf) filter.asOf = f.asOf;
  try {
    const d = await gql(`query($f: StatsFilter) { stats(filter: $f) { organizations people
      associationsByOverseer { key count } associationsByOverseerType { key count } bodiesByType { key count } bodiesByArea { key count } } }`, { f: filter });
    const s = d.stats;
    clear(out);
    out.append(h('p', { class: 'totals' }, t('ch.totals', { o: s.organizations, p: s.people }),
      f.area ? [' · ', h('a', { href: viewHref('oversight', { area: f.area, asOf: f.asOf }) }, t('openOversight'))] : null));
    const grid = h('div', { class: 'chart-grid' });
    out.append(grid);
    const typeKey = (k) => (k === 'person' || k === 'none' ? label('org', k) : label('org', k));
    add(grid, 'ch-by-overseer', t('ch.byOverseer'), 'bar', s.associationsByOverseer, (k) => k, () => '#1d4ed8');
    add(grid, 'ch-by-overseer-type', t('ch.byOverseerType'), 'doughnut', s.associationsByOverseerType, typeKey, (k) => ORG_COLOURS[k] || (k === 'none' ? '#9ca3af' : '#c2410c'));
    add(grid, 'ch-by-type', t('ch.byType'), 'doughnut', s.bodiesByType, typeKey, (k) => ORG_COLOURS[k] || '#64748b');
    add(grid, 'ch-by-area', t('ch.byArea'), 'bar', s.bodiesByArea.slice(0, 30), (k) => k, () => '#047857');
    drawn(out);
  } catch (e) {
    clear(out).append(errorBox(e));
  }
}

function add(grid, id, title, type, counts, keyLabel, colourOf) {
  const fig = h('figure', { class: 'chart', id, 'aria-labelledby': id + '-cap' }, h('figcaption', { id: id + '-cap' }, title));
  grid.append(fig);
  if (!counts.length) {
    fig.append(h('p', { class: 'muted' }, t('ch.empty')));
    return;
  }
  const labels = counts.map((c) => keyLabel(c.key));
  const canvas = h('canvas', { role: 'img', 'aria-label': title + ': ' + counts.map((c, i) => labels[i] + ' ' + c.count).join(', ') });
  const horizontal = type === 'bar' && counts.length > 6;
  const box = h('div', { class: 'chart-box', style: horizontal ? `height:${Math.max(220, counts.length * 28 + 60)}px` : '' }, canvas);
  fig.append(box, h('details', {}, h('summary', {}, t('ch.table')), dataTable({
    cols: [{ key: 'k', label: title, cell: (r) => r.label }, { key: 'n', label: t('ch.count'), cell: (r) => String(r.count) }],
    rows: counts.map((c, i) => ({ label: labels[i], count: c.count })),
  })));
  charts.push(new Chart(canvas, {
    type,
    data: { labels, datasets: [{ label: t('ch.count'), data: counts.map((c) => c.count), backgroundColor: counts.map((c) => colourOf(c.key)), borderColor: '#ffffff', borderWidth: type === 'doughnut' ? 2 : 0 }] },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      plugins: { legend: { display: type === 'doughnut', position: 'bottom' } },
      scales: type === 'bar' ? { x: { ticks: { precision: 0, autoSkip: false } }, y: { ticks: { precision: 0, autoSkip: false }, beginAtZero: true } } : {},
    },
  }));
  canvas.dataset.drawn = '1';
}
