// Pieces shared by the views: responsibility cards with provenance, tables,
// loading and error states.
import { h, highlight, nameVariants } from '../dom.js';
import { t, label } from '../i18n.js';
import { entityLink } from '../routes.js';

export const ENTITY_FIELDS = `__typename ... on Organization { id name type areaName } ... on Person { id name } ... on Area { id name kind }`;
export const PROVENANCE = `provenance { evidence source { id kind title file date publisher url by at note } }`;
export const RESPONSIBILITY = `kind since until asOf overseer { ${ENTITY_FIELDS} } object { ${ENTITY_FIELDS} } ${PROVENANCE}`;

// drawn says that a view's content is on the screen: data-ready for the
// browser test, and a performance mark (hoigraph:drawn) from which
// web/test/load-bench.mjs reads the time from navigation to a usable view.
export function drawn(el) {
  el.dataset.ready = '1';
  performance.mark('hoigraph:drawn', { detail: el.id });
}

export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

export function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' }, t('error') + ': ' + (e && e.message ? e.message : String(e)));
}

export function dateRange(since, until) {
  if (!since && !until) return '';
  return (since || '…') + ' – ' + (until || '');
}

export function typeBadge(e) {
  if (!e) return null;
  if (e.__typename === 'Organization' && e.type) return h('span', { class: 'badge t-' + e.type }, label('org', e.type));
  if (e.__typename === 'Person') return h('span', { class: 'badge t-person' }, label('org', 'person'));
  if (e.__typename === 'Area') return h('span', { class: 'badge t-area' }, e.kind || label('kind', 'AREA'));
  return null;
}

function sourceLine(s) {
  const title = s.title || s.file || s.id;
  // An edit made through the API says who made it, when and on what authority.
  const when = s.date || (s.at ? s.at.slice(0, 10) : '');
  const bits = [when, s.publisher, s.kind === 'edit' ? t('src.edit') : s.kind, s.by, s.note].filter(Boolean).join(' · ');
  return h('span', { class: 'src' },
    s.url ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, title) : h('cite', {}, title),
    bits ? h('span', { class: 'muted' }, ' (' + bits + ')') : null);
}

// provenanceList shows each source of an edge with its evidence sentence,
// the names of the two ends highlighted.
export function provenanceList(prov, names) {
  if (!prov || !prov.length) return null;
  return h('ul', { class: 'prov', 'aria-label': t('saysWho') },
    prov.map((p) => h('li', {},
      sourceLine(p.source),
      p.evidence ? h('blockquote', { class: 'evidence' }, highlight(p.evidence, names)) : null)));
}

// responsibilityCards lists edges; side is 'overseer' or 'object': the end to
// show (the other end is the page's own entity).
export function responsibilityCards(list, side) {
  if (!list || !list.length) return h('p', { class: 'muted' }, t('noneKnown'));
  return h('ul', { class: 'cards' }, list.map((r) => {
    const other = r[side];
    const names = [...nameVariants(r.overseer.name, r.overseer.areaName), ...nameVariants(r.object.name, r.object.areaName)];
    return h('li', { class: 'card resp', 'data-other': other.id },
      h('div', { class: 'card-head' },
        h('strong', {}, entityLink(other)), ' ', typeBadge(other)),
      h('dl', { class: 'facts' },
        r.kind ? [h('dt', {}, t('relation')), h('dd', {}, label('rel', r.kind))] : null,
        r.since || r.until ? [h('dt', {}, t('since') + ' – ' + t('until')), h('dd', {}, dateRange(r.since, r.until))] : null,
        r.asOf ? [h('dt', {}, t('asOfSeen')), h('dd', {}, r.asOf)] : null),
      h('div', { class: 'says' }, h('span', { class: 'says-label' }, t('saysWho') + ':'), provenanceList(r.provenance, names)));
  }));
}

// sortRows sorts rows (objects) by key, in place, Vietnamese collation.
const coll = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
export function compare(a, b) {
  return coll.compare(a == null ? '' : String(a), b == null ? '' : String(b));
}

// table builds a simple table with a caption; cols are {key, label, cell(row)}.
// With sortable, each header is a button that sorts by its column and
// aria-sort tells which.
export function dataTable({ caption, cols, rows, sortable = false, sort, onSort, rowAttrs }) {
  const thead = h('thead', {}, h('tr', {}, cols.map((c) => {
    if (!sortable) return h('th', { scope: 'col' }, c.label);
    const dir = sort && sort.key === c.key ? sort.dir : null;
    return h('th', { scope: 'col', 'aria-sort': dir ? (dir > 0 ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'sort', 'data-key': c.key, 'aria-label': t('ov.sortBy', { col: c.label }), onclick: () => onSort(c.key) },
        c.label, h('span', { 'aria-hidden': 'true', class: 'arrow' }, dir ? (dir > 0 ? ' ▲' : ' ▼') : ' ↕')));
  })));
  const tbody = h('tbody', {}, rows.map((r) => h('tr', rowAttrs ? rowAttrs(r) : {}, cols.map((c) => h('td', { 'data-label': c.label }, c.cell(r))))));
  return h('div', { class: 'table-wrap' }, h('table', {}, caption ? h('caption', {}, caption) : null, thead, tbody));
}
