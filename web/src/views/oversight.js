// The oversight table of an area: who is responsible for which body, since
// when and says who, filtered by body type, overseer type and date, sortable,
// with the bodies nobody oversees set apart, and a CSV of what is shown.
import { gql } from '../api.js';
import { h, clear, download, highlight, nameVariants } from '../dom.js';
import { t, label } from '../i18n.js';
import { entityLink, viewHref } from '../routes.js';
import { RESPONSIBILITY, dataTable, compare, loading, errorBox, typeBadge, drawn } from './common.js';
import { combobox } from '../search.js';

const ORG_TYPES = ['PARTY_COMMITTEE', 'PARTY_BOARD', 'FRONT', 'SOCIO_POLITICAL', 'ASSOCIATION', 'GOVERNMENT', 'OTHER'];
const MAX_ROWS = 2000;

export function oversightView(params, navigate) {
  const f = { area: params.get('area') || '', objectType: params.get('objectType') || '', overseerType: params.get('overseerType') || '', asOf: params.get('asOf') || '' };
  const areaBox = combobox({ labelText: t('ov.area'), types: ['AREA'], value: params.get('areaName') || f.area, onPick: (hit) => { f.area = hit.id; areaBox.input.dataset.id = hit.id; } });
  areaBox.input.name = 'area';
  const sel = (name, text, value) => h('div', { class: 'field' },
    h('label', { for: 'ov-' + name }, text),
    h('select', { id: 'ov-' + name, name },
      h('option', { value: '' }, t('ov.any')),
      ORG_TYPES.map((o) => h('option', { value: o, selected: value === o }, label('org', o)))));
  const asOf = h('input', { id: 'ov-asOf', name: 'asOf', value: f.asOf, inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: '2024-06-30', size: 12 });
  const form = h('form', { class: 'filters', 'aria-label': t('ov.filters'), onsubmit: (e) => {
    e.preventDefault();
    const typed = areaBox.input.value.trim();
    const area = areaBox.input.dataset.id && typed ? areaBox.input.dataset.id : typed;
    navigate(viewHref('oversight', { area, areaName: area !== typed ? typed : '', objectType: form.objectType.value, overseerType: form.overseerType.value, asOf: asOf.value.trim() }));
  } },
    areaBox.el, sel('objectType', t('ov.objectType'), f.objectType), sel('overseerType', t('ov.overseerType'), f.overseerType),
    h('div', { class: 'field' }, h('label', { for: 'ov-asOf' }, t('ov.asOf')), asOf),
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary' }, t('ov.show'))));
  if (f.area) areaBox.input.dataset.id = f.area;
  const out = h('div', { id: 'ov-result' });
  const view = [h('h1', { tabindex: '-1' }, t('ov.title')), form, out];
  if (!f.area) out.append(h('p', { class: 'muted' }, t('ov.needArea')));
  else load(f, out);
  return view;
}

async function load(f, out) {
  out.append(loading());
  const filter = { area: f.area };
  if (f.objectType) filter.objectType = f.objectType;
  if (f.overseerType) filter.overseerType = f.overseerType;
  if (f.asOf) filter.asOf = f.asOf;
  try {
    const rows = [];
    let after = null;
    let unassigned = [];
    let total = 0;
    for (;;) {
      const d = await gql(`query($f: OversightFilter, $after: String) { oversight(filter: $f, first: 40, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { ${RESPONSIBILITY} } unassigned { __typename id name type areaName } } }`, { f: filter, after });
      const c = d.oversight;
      total = c.totalCount;
      if (after === null) unassigned = c.unassigned;
      rows.push(...c.nodes);
      if (!c.pageInfo.hasNextPage || rows.length >= MAX_ROWS) break;
      after = c.pageInfo.endCursor;
    }
    clear(out);
    render(out, rows, unassigned, total, f);
  } catch (e) {
    clear(out).append(errorBox(e));
  }
}

function typeOf(e) {
  if (!e) return '';
  if (e.__typename === 'Person') return 'person';
  if (e.__typename === 'Area') return 'AREA';
  return e.type || '';
}

function typeText(e) {
  const ty = typeOf(e);
  return ty === 'AREA' ? e.kind || label('kind', 'AREA') : label('org', ty);
}

function render(out, rows, unassigned, total, f) {
  const cols = [
    { key: 'overseer', label: t('ov.overseer'), value: (r) => r.overseer.name, cell: (r) => entityLink(r.overseer) },
    { key: 'overseerType', label: t('ov.overseerType'), value: (r) => typeText(r.overseer), cell: (r) => typeBadge(r.overseer) },
    { key: 'object', label: t('ov.object'), value: (r) => r.object.name, cell: (r) => entityLink(r.object) },
    { key: 'relation', label: t('relation'), value: (r) => label('rel', r.kind), cell: (r) => label('rel', r.kind) },
    { key: 'since', label: t('since'), value: (r) => r.since || '', cell: (r) => r.since || '' },
    { key: 'until', label: t('until'), value: (r) => r.until || '', cell: (r) => r.until || '' },
    { key: 'sources', label: t('saysWho'), value: (r) => (r.provenance[0] && r.provenance[0].source.title) || '', cell: (r) => evidenceCell(r) },
  ];
  let sort = { key: 'object', dir: 1 };
  const holder = h('div', {});
  const draw = () => {
    const col = cols.find((c) => c.key === sort.key);
    const sorted = [...rows].sort((a, b) => sort.dir * compare(col.value(a), col.value(b)) || compare(a.object.name, b.object.name));
    clear(holder).append(dataTable({
      caption: t('ov.count', { n: total }) + (f.asOf ? ' · ' + f.asOf : ''), cols, rows: sorted, sortable: true, sort,
      onSort: (key) => {
        sort = { key, dir: sort.key === key ? -sort.dir : 1 };
        draw();
        const b = holder.querySelector(`button.sort[data-key="${key}"]`);
        if (b) b.focus();
      },
      rowAttrs: (r) => ({ 'data-object': r.object.id, 'data-overseer': r.overseer.id }),
    }));
    current = sorted;
  };
  let current = rows;
  const csv = h('button', { type: 'button', id: 'ov-csv', onclick: () => download(csvName(f), toCSV(current), 'text/csv;charset=utf-8') }, t('ov.csv'));
  draw();
  out.append(...[
    h('p', { class: 'actions' }, csv, h('a', { class: 'button', href: viewHref('charts', { area: f.area, asOf: f.asOf }) }, t('openCharts'))),
    rows.length >= MAX_ROWS ? h('p', { class: 'muted' }, t('ov.truncated', { n: MAX_ROWS })) : null,
    holder,
    h('section', { id: 'unassigned', 'aria-labelledby': 'unassigned-h', class: 'unassigned' },
      h('h2', { id: 'unassigned-h' }, t('ov.unassigned') + ' (' + unassigned.length + ')'),
      unassigned.length ? h('ul', { class: 'links' }, unassigned.map((o) => h('li', {}, entityLink(o), ' ', typeBadge(o)))) : h('p', { class: 'muted' }, t('ov.unassignedNone'))),
  ].filter(Boolean));
  drawn(out);
}

function evidenceCell(r) {
  const names = [...nameVariants(r.overseer.name, r.overseer.areaName), ...nameVariants(r.object.name, r.object.areaName)];
  if (!r.provenance.length) return '';
  return h('details', {}, h('summary', {}, (r.provenance[0].source.title || r.provenance[0].source.file) + (r.provenance.length > 1 ? ' +' + (r.provenance.length - 1) : '')),
    r.provenance.map((p) => h('p', { class: 'evidence' }, h('cite', {}, p.source.title || p.source.file), p.source.date ? ' (' + p.source.date + ')' : '', ': ', highlight(p.evidence || '', names))));
}

function csvName(f) {
  return 'phan-cong-' + String(f.area).replace(/[^\w.-]+/g, '-') + (f.asOf ? '-' + f.asOf : '') + '.csv';
}

function cell(v) {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

// toCSV writes the rows as shown, UTF-8 with a BOM so that a spreadsheet on
// Vietnamese Windows reads the diacritics.
export function toCSV(rows) {
  const lines = [t('csv.header')];
  for (const r of rows) {
    lines.push([r.overseer.name, typeText(r.overseer), r.object.name, typeText(r.object), label('rel', r.kind), r.since, r.until,
      r.provenance.map((p) => p.source.title || p.source.file).join('; '), r.provenance.map((p) => p.evidence).filter(Boolean).join(' | ')].map(cell).join(','));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
