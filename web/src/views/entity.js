// The page of one body, person or area: posts and holders over time, what it
// oversees and who oversees it with sources and evidence, and for an area its
// bodies and its place in the 2025 reorganisation.
import { gql, typeFields } from '../api.js';
import { h } from '../dom.js';
import { t, label } from '../i18n.js';
import { entityLink, viewHref } from '../routes.js';
import { RESPONSIBILITY, PROVENANCE, dataTable, responsibilityCards, typeBadge, compare, errorBox } from './common.js';

const HOLDING = `since until asOf current ${PROVENANCE}`;

export async function orgView(id) {
  const d = await gql(`query($id: ID!) { organization(id: $id) {
    __typename id name type areaName
    area { __typename id name kind era }
    parent { __typename id name type }
    children { __typename id name type }
    posts { id title holders { person { __typename id name } ${HOLDING} } }
    overseenBy { ${RESPONSIBILITY} }
    responsibleFor { ${RESPONSIBILITY} }
    sources { id title file date publisher url kind }
  } }`, { id });
  const o = d.organization;
  if (!o) return notFound();
  const rows = [];
  for (const p of o.posts) for (const ho of p.holders) rows.push({ post: p.title, person: ho.person, ...ho });
  rows.sort((a, b) => (b.current - a.current) || compare(a.post, b.post) || compare(b.since, a.since));
  const areaParam = o.area ? o.area.id : o.areaName;
  return [
    header(o.name, [typeBadge(o)],
      h('dl', { class: 'facts' },
        o.area || o.areaName ? [h('dt', {}, t('area')), h('dd', {}, o.area ? entityLink(o.area) : o.areaName, o.area && o.area.era ? h('span', { class: 'muted' }, ' (' + label('era', o.area.era) + ')') : null)] : null,
        o.parent ? [h('dt', {}, t('parent')), h('dd', {}, entityLink(o.parent))] : null),
      actions(o.id, areaParam)),
    section('overseen-by', t('overseenBy'), responsibilityCards(o.overseenBy, 'overseer')),
    section('responsible-for', t('responsibleFor'), responsibilityCards(o.responsibleFor, 'object')),
    section('posts', t('posts'), rows.length ? dataTable({
      cols: [
        { key: 'post', label: t('post'), cell: (r) => r.post },
        { key: 'person', label: t('holder'), cell: (r) => entityLink(r.person) },
        { key: 'since', label: t('since'), cell: (r) => r.since || '' },
        { key: 'until', label: t('until'), cell: (r) => r.until || '' },
        { key: 'current', label: t('status'), cell: (r) => h('span', { class: r.current ? 'ok' : 'muted' }, r.current ? t('current') : t('past')) },
      ],
      rows,
    }) : h('p', { class: 'muted' }, t('noneKnown'))),
    o.children.length ? section('children', t('children'), linkList(o.children)) : null,
    section('sources', t('sources'), sourceList(o.sources)),
  ];
}

export async function personView(id) {
  const d = await gql(`query($id: ID!) { person(id: $id) {
    __typename id name
    holdings { post { title organization { __typename id name type } } ${HOLDING} }
    areas { __typename id name kind }
    responsibleFor { ${RESPONSIBILITY} }
    sources { id title file date publisher url kind }
  } }`, { id });
  const p = d.person;
  if (!p) return notFound();
  const rows = [...p.holdings].sort((a, b) => (b.current - a.current) || compare(b.since, a.since));
  return [
    header(p.name, [typeBadge(p)],
      p.areas.length ? h('dl', { class: 'facts' }, h('dt', {}, t('areas')), h('dd', {}, joinLinks(p.areas))) : null,
      actions(p.id, p.areas[0] && p.areas[0].id)),
    section('holdings', t('holdings'), rows.length ? dataTable({
      cols: [
        { key: 'post', label: t('post'), cell: (r) => r.post.title },
        { key: 'org', label: t('body'), cell: (r) => entityLink(r.post.organization) },
        { key: 'since', label: t('since'), cell: (r) => r.since || '' },
        { key: 'until', label: t('until'), cell: (r) => r.until || '' },
        { key: 'current', label: t('status'), cell: (r) => h('span', { class: r.current ? 'ok' : 'muted' }, r.current ? t('current') : t('past')) },
      ],
      rows,
    }) : h('p', { class: 'muted' }, t('noneKnown'))),
    section('responsible-for', t('responsibleFor'), responsibilityCards(p.responsibleFor, 'object')),
    section('sources', t('sources'), sourceList(p.sources)),
  ];
}

export async function areaView(id) {
  const link = `area { __typename id name kind era } whole default`;
  const extra = `successors { ${link} } predecessors { ${link} }`;
  const res = await gql(`query($id: ID!, $area: String) {
    organizations(filter: { area: $area }, first: 100, orderBy: TYPE) { totalCount nodes { __typename id name type } }
    oversight(filter: { object: $id }, first: 40) { nodes { ${RESPONSIBILITY} } }
  }`, { id, area: id });
  const area = await areaNode(id, extra);
  if (!area) return notFound();
  const orgs = res.organizations;
  return [
    header(area.name, [typeBadge(area)],
      h('dl', { class: 'facts' },
        area.level ? [h('dt', {}, t('level')), h('dd', {}, label('level', area.level))] : null,
        area.era ? [h('dt', {}, t('era')), h('dd', {}, label('era', area.era))] : null,
        area.code ? [h('dt', {}, 'Mã'), h('dd', {}, area.code)] : null,
        area.parent ? [h('dt', {}, t('parent')), h('dd', {}, entityLink(area.parent))] : null),
      actions(area.id, area.id, true)),
    area.successors.length || area.predecessors.length ? section('reorg', t('reorg'), h('dl', { class: 'facts' },
      ['predecessors', 'successors'].filter((n) => area[n].length).map((n) => [h('dt', {}, t(n)), h('dd', {}, reorgLinks(area[n]))]))) : null,
    section('overseen-by', t('overseenBy'), responsibilityCards(res.oversight.nodes, 'overseer')),
    section('bodies', t('areaBodies') + ' (' + orgs.totalCount + ')', orgs.nodes.length ? dataTable({
      cols: [
        { key: 'name', label: t('body'), cell: (r) => entityLink(r) },
        { key: 'type', label: t('type'), cell: (r) => typeBadge(r) },
      ],
      rows: orgs.nodes,
    }) : h('p', { class: 'muted' }, t('noneKnown'))),
    area.children.length ? section('children', t('children') + ' (' + area.children.length + ')', linkList(area.children, 60)) : null,
  ];
}

// areaNode reads one area. The schema has no area(id) root field, so the
// area is read through the body or responsibility that points at it, or
// else through search by its name.
async function areaNode(id, extra) {
  const fields = `__typename id name level kind code era parent { __typename id name kind } children { __typename id name kind } ${extra}`;
  const f = await typeFields('Query');
  if (f.has('area')) {
    const d = await gql(`query($id: ID!) { area(id: $id) { ${fields} } }`, { id });
    return d.area;
  }
  // neighbourhood gives the area's label; search by it finds the Area entity.
  const n = await gql(`query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id kind label } } }`, { id });
  const self = n.neighborhood && n.neighborhood.nodes.find((x) => x.id === id);
  if (!self) return null;
  // Search by the label, then again for just as many hits as reach this one
  // (the complexity limit counts every hit's fields).
  const ids = await gql(`query($q: String!) { search(text: $q, types: [AREA], first: 100) { id } }`, { q: self.label });
  const i = ids.search.findIndex((x) => x.id === id);
  if (i < 0) return null;
  const s = await gql(`query($q: String!, $n: Int) { search(text: $q, types: [AREA], first: $n) { id entity { ... on Area { ${fields} } } } }`, { q: self.label, n: i + 1 });
  const hit = s.search.find((x) => x.id === id);
  return hit ? hit.entity : null;
}

function header(title, badges, facts, acts) {
  return h('header', { class: 'page-head' }, h('h1', { tabindex: '-1' }, title, ' ', badges), facts, acts);
}

function actions(id, area, isArea) {
  return h('p', { class: 'actions' },
    h('a', { class: 'button', href: viewHref('network', { id }) }, t('openNetwork')),
    area ? h('a', { class: 'button', href: viewHref('oversight', { area }) }, t('openOversight')) : null,
    area && isArea ? h('a', { class: 'button', href: viewHref('charts', { area }) }, t('openCharts')) : null);
}

function section(id, title, body) {
  return h('section', { id, 'aria-labelledby': id + '-h' }, h('h2', { id: id + '-h' }, title), body);
}

function linkList(items, limit = 200) {
  const ul = h('ul', { class: 'links' }, items.slice(0, limit).map((x) => h('li', {}, entityLink(x), ' ', x.type ? typeBadge(x) : null)));
  if (items.length <= limit) return ul;
  const more = h('button', { type: 'button', class: 'link', onclick: () => { more.replaceWith(linkList(items, Infinity)); ul.remove(); } }, t('showAll', { n: items.length }));
  return h('div', {}, ul, more);
}

function joinLinks(items, withEra) {
  const out = [];
  items.forEach((x, i) => {
    if (i) out.push(', ');
    out.push(entityLink(x));
    if (withEra && x.era) out.push(h('span', { class: 'muted' }, ' (' + label('era', x.era) + ')'));
  });
  return out;
}

// reorgLinks lists the units across the 2025 reorganisation, saying which
// were only partly merged and which is the default successor of a split one.
function reorgLinks(links) {
  return h('ul', { class: 'links reorg' }, links.map((l) => h('li', {}, entityLink(l.area),
    l.area.era ? h('span', { class: 'muted' }, ' (' + label('era', l.area.era) + ')') : null,
    !l.whole ? h('span', { class: 'badge' }, t('partial') + (l.default ? ', ' + t('defaultSucc') : '')) : null)));
}

function sourceList(sources) {
  if (!sources || !sources.length) return h('p', { class: 'muted' }, t('noneKnown'));
  return h('ul', { class: 'links' }, sources.map((s) => h('li', {},
    s.url ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.title || s.file) : h('cite', {}, s.title || s.file || s.id),
    h('span', { class: 'muted' }, ' ' + [s.date, s.publisher, s.kind].filter(Boolean).join(' · ')))));
}

function notFound() {
  return [h('h1', { tabindex: '-1' }, t('notFound'))];
}

export { errorBox };
