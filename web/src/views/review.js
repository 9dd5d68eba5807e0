// Review, for a signed-in editor: the queue of unreviewed facts, least
// confident first, each with its sentence; confirm, reject with a reason, or
// add an assignment. It uses the write API (reviewQueue, reviewFact,
// assertResponsibility; see schema.graphqls) with the editor's token, and
// every change shows at once: a reviewed fact leaves the queue, an added
// assignment is listed with the source that records it.
import { gql, token, setToken } from '../api.js';
import { h, clear, highlight } from '../dom.js';
import { t, label } from '../i18n.js';
import { entityLink, entityHref, viewHref } from '../routes.js';
import { combobox } from '../search.js';
import { dateRange, errorBox, loading, drawn } from './common.js';

const FACT_TYPES = ['RESPONSIBLE_FOR', 'HOLDS', 'PART_OF', 'LOCATED_IN'];
const KINDS = ['in_charge', 'political_leadership', 'standing_oversight', 'guidance', 'responsible_for'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const END = 'id kind label orgType';
const FACT = `id type kind since until asOf confidence from { ${END} } to { ${END} } provenance { evidence source { id kind title file date by } }`;

export async function reviewView(params, navigate) {
  const tok = h('input', { id: 'rv-token', type: 'password', autocomplete: 'off', value: '' });
  const signIn = h('form', { class: 'filters', id: 'rv-signin', onsubmit: (e) => {
    e.preventDefault();
    setToken(tok.value.trim());
    navigate(viewHref('review', Object.fromEntries(params)));
  } },
  h('div', { class: 'field grow' }, h('label', { for: 'rv-token' }, t('rv.token')), tok),
  h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary' }, t('rv.signInBtn'))),
  token() ? h('div', { class: 'field' }, h('button', { type: 'button', id: 'rv-signout', onclick: () => { setToken(''); navigate('#/review'); } }, t('rv.signOut'))) : null);
  // Signed in, the token field is folded away: another token can still be
  // given, for another role.
  const out = [
    h('h1', { tabindex: '-1' }, t('rv.title')),
    h('section', { 'aria-labelledby': 'rv-signin-h' }, h('h2', { id: 'rv-signin-h' }, t('rv.signIn')),
      token()
        ? h('details', { class: 'signin' }, h('summary', {}, h('span', { class: 'ok', id: 'rv-signed-in' }, t('rv.signedIn')), ' ', t('rv.other')), signIn)
        : signIn),
  ];
  if (!token()) {
    out.push(h('p', { class: 'muted' }, t('rv.needToken')));
    return out;
  }
  out.push(assignSection());
  const box = h('div', { id: 'rv-queue-body' }, loading());
  out.push(h('section', { id: 'rv-queue', 'aria-labelledby': 'rv-queue-h' },
    h('h2', { id: 'rv-queue-h' }, t('rv.queue')), queueFilters(params, navigate), box));
  setTimeout(() => loadQueue(box, params), 0);
  return out;
}

function queueFilters(params, navigate) {
  const area = h('input', { id: 'rv-area', value: params.get('area') || '' });
  const type = h('select', { id: 'rv-type' },
    h('option', { value: '' }, t('rv.allTypes')),
    FACT_TYPES.map((x) => h('option', { value: x, selected: params.get('type') === x }, label('rtype', x))));
  return h('form', { class: 'filters', id: 'rv-filters', onsubmit: (e) => {
    e.preventDefault();
    navigate(viewHref('review', { area: area.value.trim(), type: type.value }));
  } },
  h('div', { class: 'field grow' }, h('label', { for: 'rv-area' }, t('rv.filterArea')), area),
  h('div', { class: 'field' }, h('label', { for: 'rv-type' }, t('rv.filterType')), type),
  h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary' }, t('rv.show'))));
}

// accessError turns a refused token into words an editor can act on.
function accessError(e) {
  if (e && e.code === 'UNAUTHENTICATED') return h('p', { class: 'error', role: 'alert', id: 'rv-denied' }, t('rv.badToken'));
  if (e && e.code === 'FORBIDDEN') return h('p', { class: 'error', role: 'alert', id: 'rv-denied' }, t('rv.forbidden'));
  return errorBox(e);
}

async function loadQueue(box, params) {
  const filter = {};
  if (params.get('area')) filter.area = params.get('area');
  if (params.get('type')) filter.types = [params.get('type')];
  try {
    const d = await gql(`query($f: ReviewFilter) { reviewQueue(filter: $f, first: 20) { totalCount nodes { ${FACT} } } }`, { f: filter });
    const q = d.reviewQueue;
    const bodies = await postBodies(q.nodes);
    clear(box);
    const state = { total: q.totalCount };
    const count = h('p', { id: 'rv-count' });
    const showCount = () => { count.textContent = t('rv.count', { n: state.total }); };
    showCount();
    const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'ok', id: 'rv-status' });
    box.append(count, status);
    if (!q.nodes.length) {
      box.append(h('p', { class: 'muted', id: 'rv-empty' }, t('rv.empty')));
      drawn(box);
      return;
    }
    const list = h('ul', { class: 'cards', id: 'rv-list' });
    const done = (li, msg) => {
      // Focus goes to the next fact (or the status), not lost with the card.
      const next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      state.total--;
      showCount();
      status.textContent = msg;
      const b = next && next.querySelector('button');
      (b || status).focus();
      if (!list.children.length) list.replaceWith(h('p', { class: 'muted', id: 'rv-empty' }, t('rv.empty')));
    };
    for (const f of q.nodes) list.append(factCard(f, bodies, done));
    box.append(list);
  } catch (e) {
    clear(box).append(accessError(e));
  }
  drawn(box);
}

// postBodies names the body of each post at the end of a HOLDS fact (a post's
// id is post:BODY-ID/TITLE), so "Bí thư" reads "Bí thư, Đảng ủy xã …".
async function postBodies(facts) {
  const ids = [...new Set(facts.filter((f) => f.to.kind === 'POST').map((f) => bodyOfPost(f.to.id)).filter(Boolean))];
  if (!ids.length) return new Map();
  const decl = ids.map((_, i) => `$i${i}: ID!`).join(', ');
  const sel = ids.map((_, i) => `o${i}: organization(id: $i${i}) { id name }`).join(' ');
  const vars = Object.fromEntries(ids.map((id, i) => ['i' + i, id]));
  const d = await gql(`query(${decl}) { ${sel} }`, vars);
  const m = new Map();
  ids.forEach((id, i) => { if (d['o' + i]) m.set(id, d['o' + i]); });
  return m;
}

function bodyOfPost(postId) {
  const m = /^post:(.+)\/[^/]*$/.exec(postId);
  return m ? m[1] : '';
}

function endLink(n, bodies) {
  if (n.kind === 'POST') {
    const b = bodies.get(bodyOfPost(n.id));
    return [n.label, b ? [', ', entityLink({ id: b.id, name: b.name, kind: 'ORGANIZATION' })] : null];
  }
  return entityLink(n);
}

// shortNames is a name and the same name without its last one to three
// words (keeping at least three), as an article says "Ban Tổ chức Huyện ủy"
// for Ban Tổ chức Huyện ủy Hóc Môn: the highlights find both.
function shortNames(name) {
  const w = (name || '').split(/\s+/);
  const out = [name];
  for (let k = 1; k <= 3 && w.length - k >= 3; k++) out.push(w.slice(0, w.length - k).join(' '));
  return out;
}

function relationWords(f) {
  return f.type === 'RESPONSIBLE_FOR' ? label('rel', f.kind || 'responsible_for') : label('rel', f.type);
}

// factText is a fact in one line, for status messages.
function factText(f, bodies) {
  const to = f.to.kind === 'POST' && bodies.get(bodyOfPost(f.to.id)) ? f.to.label + ', ' + bodies.get(bodyOfPost(f.to.id)).name : f.to.label;
  return `${f.from.label} — ${relationWords(f)} — ${to}`;
}

function factCard(f, bodies, done) {
  const key = f.id.replace(/[^\w-]/g, '_').slice(-40);
  const reasonId = 'rv-reason-' + key;
  const errId = 'rv-err-' + key;
  const reason = h('input', { id: reasonId, class: 'reason', 'aria-describedby': errId });
  const err = h('p', { id: errId, class: 'error', role: 'alert' });
  const names = [f.from.label, f.to.label, ...[...bodies.values()].map((b) => b.name)].flatMap(shortNames);
  const li = h('li', { class: 'card', 'data-fact': f.id, 'data-type': f.type },
    h('div', { class: 'card-head' },
      h('strong', {}, endLink(f.from, bodies)), ' ', h('span', { class: 'rel' }, '— ' + relationWords(f) + ' —'), ' ', h('strong', {}, endLink(f.to, bodies)), ' ',
      h('span', { class: 'badge' }, t('rv.confidence') + ' ' + Number(f.confidence).toFixed(2))),
    h('dl', { class: 'facts' },
      h('dt', {}, t('rv.fact')), h('dd', {}, label('rtype', f.type)),
      f.since || f.until ? [h('dt', {}, t('since') + ' – ' + t('until')), h('dd', {}, dateRange(f.since, f.until))] : null,
      f.asOf ? [h('dt', {}, t('asOfSeen')), h('dd', {}, f.asOf)] : null),
    h('ul', { class: 'prov', 'aria-label': t('saysWho') }, f.provenance.map((p) => h('li', {},
      h('cite', {}, p.source.title || p.source.file || p.source.id), p.source.date ? h('span', { class: 'muted' }, ' (' + p.source.date + ')') : null,
      p.evidence ? h('blockquote', { class: 'evidence' }, highlight(p.evidence, names)) : null))),
    h('div', { class: 'filters review-actions' },
      h('div', { class: 'field' }, h('button', { type: 'button', class: 'confirm', onclick: () => act('CONFIRMED') }, t('rv.confirm'))),
      h('div', { class: 'field grow' }, h('label', { for: reasonId }, t('rv.reason')), reason),
      h('div', { class: 'field' }, h('button', { type: 'button', class: 'reject danger', onclick: () => act('REJECTED') }, t('rv.reject')))),
    err);
  reason.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); act('REJECTED'); } });
  let busy = false;
  async function act(status) {
    const why = reason.value.trim();
    err.textContent = '';
    reason.removeAttribute('aria-invalid');
    if (status === 'REJECTED' && !why) return invalid(reason, err, t('rv.needReason'));
    if (busy) return;
    busy = true;
    try {
      await gql(`mutation($in: ReviewInput!) { reviewFact(input: $in) { id review { status by at reason } } }`, { in: { fact: f.id, status, reason: why || null } });
      done(li, t(status === 'REJECTED' ? 'rv.rejected' : 'rv.confirmed', { f: factText(f, bodies) }));
    } catch (e) {
      busy = false;
      err.textContent = (e.code === 'UNAUTHENTICATED' ? t('rv.badToken') : e.code === 'FORBIDDEN' ? t('rv.forbidden') : t('error') + ': ' + e.message);
    }
  }
  return li;
}

// invalid marks a field wrong, says why in err (a live region) and puts the
// focus on it.
function invalid(el, err, msg) {
  err.textContent = msg;
  el.setAttribute('aria-invalid', 'true');
  el.focus();
}

// picker is a search box whose pick is remembered as an id; typing again
// forgets it, and the typed text is then sent as a name.
function picker(id, labelText, types) {
  const cb = combobox({ labelText, types, onPick: (hit) => { cb.input.dataset.id = hit.id; cb.input.dataset.kind = hit.type; } });
  cb.input.id = id;
  cb.el.querySelector('label').setAttribute('for', id);
  cb.input.addEventListener('input', () => { delete cb.input.dataset.id; delete cb.input.dataset.kind; });
  return cb.input;
}

function assignSection() {
  const overseer = picker('as-overseer', t('rv.assignOverseer'), ['ORGANIZATION', 'PERSON']);
  const object = picker('as-object', t('rv.assignObject'), ['ORGANIZATION', 'AREA']);
  const kind = h('select', { id: 'as-kind' }, KINDS.map((k) => h('option', { value: k }, label('rel', k))));
  const since = h('input', { id: 'as-since', inputmode: 'numeric', placeholder: 'YYYY-MM', size: 10, 'aria-describedby': 'as-help' });
  const until = h('input', { id: 'as-until', inputmode: 'numeric', placeholder: 'YYYY-MM', size: 10, 'aria-describedby': 'as-help' });
  const note = h('input', { id: 'as-note' });
  const err = h('p', { id: 'as-err', class: 'error', role: 'alert' });
  const status = h('p', { id: 'as-status', class: 'ok', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const added = h('ul', { class: 'cards', id: 'rv-added', 'aria-label': t('rv.added') });
  const field = (cls, ...kids) => h('div', { class: 'field ' + cls }, ...kids);
  let busy = false;
  const form = h('form', { class: 'filters', id: 'rv-assign', 'aria-labelledby': 'rv-assign-h', onsubmit: async (e) => {
    e.preventDefault();
    err.textContent = '';
    const o = overseer.value.trim();
    const x = object.value.trim();
    if (!o || !x) {
      err.textContent = t('rv.assignNeed');
      (o ? object : overseer).focus();
      return;
    }
    for (const d of [since, until]) {
      d.removeAttribute('aria-invalid');
      if (d.value.trim() && !DATE.test(d.value.trim())) return invalid(d, err, t('rv.assignBadDate'));
    }
    if (busy) return;
    busy = true;
    const input = { overseer: overseer.dataset.id || o, object: object.dataset.id || x, kind: kind.value,
      since: since.value.trim() || null, until: until.value.trim() || null, note: note.value.trim() || null };
    try {
      const d = await gql(`mutation($in: ResponsibilityInput!) { assertResponsibility(input: $in) { source { id kind by at note } facts { subject object relation since until } } }`, { in: input });
      const r = d.assertResponsibility;
      const fact = r.facts[0] || { subject: o, object: x, relation: kind.value, since: input.since, until: input.until };
      const ends = { o: { id: overseer.dataset.id, kind: overseer.dataset.kind, name: fact.subject }, x: { id: object.dataset.id, kind: object.dataset.kind, name: fact.object } };
      added.prepend(addedCard(fact, r.source, ends));
      status.textContent = t('rv.addedOne', { f: `${fact.subject} — ${label('rel', fact.relation)} — ${fact.object}` });
      for (const el of [overseer, object, since, until, note]) { el.value = ''; delete el.dataset.id; }
      status.focus();
    } catch (ex) {
      err.textContent = ex.code === 'UNAUTHENTICATED' ? t('rv.badToken') : ex.code === 'FORBIDDEN' ? t('rv.forbidden') : t('error') + ': ' + ex.message;
    } finally {
      busy = false;
    }
  } },
  h('p', { id: 'as-help', class: 'muted small full' }, t('rv.assignHelp')),
  overseer.closest('.cb'), object.closest('.cb'),
  field('', h('label', { for: 'as-kind' }, t('rv.assignKind')), kind),
  field('', h('label', { for: 'as-since' }, t('rv.assignSince')), since),
  field('', h('label', { for: 'as-until' }, t('rv.assignUntil')), until),
  field('grow', h('label', { for: 'as-note' }, t('rv.assignNote')), note),
  field('', h('button', { type: 'submit', class: 'primary', id: 'as-submit' }, t('rv.assignBtn'))));
  return h('section', { id: 'rv-assign-box', 'aria-labelledby': 'rv-assign-h' },
    h('h2', { id: 'rv-assign-h' }, t('rv.assign')), form, err, status, added);
}

function addedCard(f, src, ends) {
  const link = (e) => (e.id ? entityLink({ id: e.id, name: e.name, kind: e.kind }) : e.name);
  const objHref = ends.x.id ? entityHref(ends.x.kind, ends.x.id) : null;
  return h('li', { class: 'card resp added' },
    h('div', { class: 'card-head' }, h('strong', {}, link(ends.o)), ' ', h('span', { class: 'rel' }, '— ' + label('rel', f.relation) + ' —'), ' ', h('strong', {}, link(ends.x))),
    f.since || f.until ? h('dl', { class: 'facts' }, h('dt', {}, t('since') + ' – ' + t('until')), h('dd', {}, dateRange(f.since, f.until))) : null,
    src ? h('p', { class: 'muted src-edit' }, t('rv.recorded', { by: src.by || '', at: src.at || '' }), src.note ? ' · ' + src.note : '') : null,
    objHref ? h('p', {}, h('a', { href: objHref, class: 'open-object' }, t('rv.openObject', { name: ends.x.name }))) : null);
}
