// Review, for a signed-in editor: the queue of unreviewed facts, least
// confident first, each with its sentence; confirm, reject with a reason, or
// add an assignment. It uses the write API's fixed names (reviewQueue's
// items, reviewFact, assertResponsibility) and shows itself only when the
// server has them; the shapes of their arguments are read from the schema.
import { gql, token, setToken, typeFields, baseType } from '../api.js';
import { h, clear, highlight } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox, loading } from './common.js';

export async function reviewView(params, navigate) {
  const mutations = await typeFields('Mutation');
  const queries = await typeFields('Query');
  const signIn = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    setToken(tok.value.trim());
    navigate('#/review');
  } },
  h('div', { class: 'field grow' }, h('label', { for: 'rv-token' }, t('rv.token')), h('input', { id: 'rv-token', type: 'password', autocomplete: 'off', value: '' })),
  h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary' }, t('rv.signInBtn'))),
  token() ? h('div', { class: 'field' }, h('button', { type: 'button', onclick: () => { setToken(''); navigate('#/review'); } }, t('rv.signOut'))) : null);
  const tok = signIn.querySelector('#rv-token');
  const out = [h('h1', { tabindex: '-1' }, t('rv.title')), h('section', { 'aria-labelledby': 'rv-signin-h' }, h('h2', { id: 'rv-signin-h' }, t('rv.signIn')), token() ? h('p', { class: 'ok' }, t('rv.signedIn')) : null, signIn)];
  const queueField = queries.get('reviewQueue');
  if (!mutations.has('reviewFact') || !queueField) {
    out.push(h('p', { class: 'muted', id: 'rv-unavailable' }, t('rv.unavailable')));
    return out;
  }
  if (!token()) {
    out.push(h('p', { class: 'muted' }, t('rv.needToken')));
    return out;
  }
  const box = h('section', { id: 'rv-queue', 'aria-labelledby': 'rv-queue-h' }, h('h2', { id: 'rv-queue-h' }, t('rv.queue')), loading());
  out.push(box);
  setTimeout(() => loadQueue(box, queueField, mutations.get('reviewFact')), 0);
  return out;
}

// The queue's items: whichever of these fields the item type has.
const ITEM_FIELDS = ['id', 'kind', 'confidence', 'rule', 'evidence', 'subject', 'object', 'summary', 'text'];

async function loadQueue(box, field, reviewField) {
  try {
    const itemType = baseType(field.type);
    let fields = await typeFields(itemType);
    let wrap = (s) => s;
    if (fields.has('nodes')) {
      const inner = baseType(fields.get('nodes').type);
      wrap = (s) => `nodes { ${s} }`;
      fields = await typeFields(inner);
    }
    const scalar = ITEM_FIELDS.filter((f) => fields.has(f) && ['SCALAR', 'ENUM'].includes(leafKind(fields.get(f).type)));
    const extra = fields.has('source') ? ' source { title file date }' : '';
    const d = await gql(`{ reviewQueue { ${wrap(scalar.join(' ') + extra)} } }`);
    let items = d.reviewQueue;
    if (items && items.nodes) items = items.nodes;
    clear(box).append(h('h2', { id: 'rv-queue-h' }, t('rv.queue')));
    if (!items.length) {
      box.append(h('p', { class: 'muted' }, t('rv.empty')));
      return;
    }
    const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'ok' });
    const list = h('ul', { class: 'cards', id: 'rv-list' });
    for (const it of items) list.append(itemCard(it, reviewField, status));
    box.append(status, list);
  } catch (e) {
    clear(box).append(errorBox(e));
  }
}

function leafKind(ty) {
  while (ty && (ty.kind === 'NON_NULL' || ty.kind === 'LIST')) ty = ty.ofType;
  return ty ? ty.kind : '';
}

function itemCard(it, reviewField, status) {
  const reasonId = 'rv-reason-' + it.id.replace(/[^\w-]/g, '_');
  const reason = h('input', { id: reasonId, class: 'reason' });
  const li = h('li', { class: 'card', 'data-fact': it.id },
    h('div', { class: 'card-head' }, h('strong', {}, it.summary || it.kind || it.id), it.confidence != null ? h('span', { class: 'badge' }, t('rv.confidence') + ' ' + Number(it.confidence).toFixed(2)) : null, it.rule ? h('span', { class: 'muted' }, ' ' + it.rule) : null),
    it.evidence ? h('blockquote', { class: 'evidence' }, highlight(it.evidence, [it.subject, it.object].filter((x) => typeof x === 'string'))) : null,
    it.source ? h('p', { class: 'muted' }, h('cite', {}, it.source.title || it.source.file), it.source.date ? ' (' + it.source.date + ')' : '') : null,
    h('div', { class: 'filters' },
      h('div', { class: 'field' }, h('button', { type: 'button', class: 'confirm', onclick: () => act('CONFIRM') }, t('rv.confirm'))),
      h('div', { class: 'field grow' }, h('label', { for: reasonId }, t('rv.reason')), reason),
      h('div', { class: 'field' }, h('button', { type: 'button', class: 'reject danger', onclick: () => act('REJECT') }, t('rv.reject')))));
  async function act(verdict) {
    try {
      await gql(reviewMutation(reviewField), reviewVars(reviewField, it.id, verdict, reason.value.trim()));
      li.remove();
      status.textContent = t('rv.done');
    } catch (e) {
      li.append(errorBox(e));
    }
  }
  return li;
}

// reviewFact's arguments are read from the schema: an input object or
// plain arguments, with the fact's id, a verdict enum (or a boolean) and a
// reason.
function reviewMutation(f) {
  const decl = f.args.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
  const use = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sel = ['SCALAR', 'ENUM'].includes(leafKind(f.type)) ? '' : ' { __typename }';
  return `mutation(${decl}) { reviewFact(${use})${sel} }`;
}

function typeRef(ty) {
  if (ty.kind === 'NON_NULL') return typeRef(ty.ofType) + '!';
  if (ty.kind === 'LIST') return '[' + typeRef(ty.ofType) + ']';
  return ty.name;
}

function reviewVars(f, id, verdict, reason) {
  const vars = {};
  const fill = (name) => {
    const n = name.toLowerCase();
    if (n === 'id' || n.endsWith('id')) return id;
    if (/verdict|decision|action|status|review/.test(n)) return verdict;
    if (/confirm|accept|ok/.test(n)) return verdict === 'CONFIRM';
    if (/reject/.test(n)) return verdict === 'REJECT';
    if (/reason|note|comment/.test(n)) return reason || null;
    return undefined;
  };
  for (const a of f.args) {
    if (a.name === 'input') vars.input = { id, verdict, reason: reason || null };
    else {
      const v = fill(a.name);
      if (v !== undefined) vars[a.name] = v;
    }
  }
  return vars;
}
