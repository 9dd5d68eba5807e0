// Search as you type: a combobox whose listbox groups the hits by kind
// (bodies, people, areas). The API folds diacritics and case, so
// "hoi khuyen hoc quan 3" finds Hội Khuyến học Quận 3.
import { gql } from './api.js';
import { h, clear, debounce } from './dom.js';
import { t, label } from './i18n.js';

const KINDS = ['ORGANIZATION', 'PERSON', 'AREA'];
let seq = 0;

// combobox returns {el, input}; onPick(hit) runs when a hit is chosen by
// click or Enter. types limits the kinds searched.
export function combobox({ labelText, placeholder, onPick, types, value = '', compact = false }) {
  const n = ++seq;
  const inputId = 'cb' + n;
  const listId = 'cb' + n + '-list';
  const input = h('input', {
    id: inputId, type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    placeholder: placeholder || '', value,
  });
  const list = h('div', { id: listId, role: 'listbox', class: 'cb-list', hidden: true, 'aria-label': t('search.results') });
  const status = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const el = h('div', { class: 'cb' + (compact ? ' cb-compact' : '') },
    h('label', { for: inputId, class: compact ? 'sr-only' : '' }, labelText), input, list, status);
  let hits = [];
  let active = -1;
  let lastText = null;
  let req = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i) => {
    const opts = list.querySelectorAll('[role=option]');
    opts.forEach((o, j) => o.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    active = i;
    if (i >= 0 && opts[i]) {
      input.setAttribute('aria-activedescendant', opts[i].id);
      opts[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (hit) => {
    close();
    input.value = hit.name;
    onPick(hit);
  };
  const render = () => {
    clear(list);
    if (!hits.length) {
      list.append(h('div', { class: 'cb-empty' }, t('search.none')));
    }
    let i = 0;
    for (const kind of KINDS) {
      const group = hits.filter((x) => x.type === kind);
      if (!group.length) continue;
      const headId = listId + '-' + kind;
      list.append(h('div', { role: 'group', 'aria-labelledby': headId, class: 'cb-group', 'data-kind': kind },
        h('div', { id: headId, class: 'cb-head', role: 'presentation' }, label('kind', kind)),
        group.map((hit) => {
          const idx = i++;
          return h('div', {
            role: 'option', id: listId + '-o' + idx, class: 'cb-opt', 'aria-selected': 'false', 'data-id': hit.id,
            onmousedown: (e) => e.preventDefault(),
            onclick: () => pick(hit),
          }, hit.name, hit.sub ? h('span', { class: 'cb-sub' }, ' · ' + hit.sub) : null);
        })));
    }
    // The order of options is the order of the groups.
    hits = KINDS.flatMap((k) => hits.filter((x) => x.type === k));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = hits.length ? hits.length + ' ' + t('search.results').toLowerCase() : t('search.none');
    active = -1;
  };
  const run = debounce(async () => {
    const text = input.value.trim();
    if (text === lastText) return;
    lastText = text;
    if (text.length < 2) {
      hits = [];
      close();
      return;
    }
    const my = ++req;
    try {
      const d = await gql(`query($q: String!, $types: [EntityType!]) { search(text: $q, types: $types, first: 30) { type id name entity { __typename ... on Organization { type areaName } ... on Area { kind level era } } } }`, { q: text, types: types || null });
      if (my !== req) return;
      hits = d.search.map((x) => ({ ...x, sub: subtitle(x) }));
      render();
    } catch (e) {
      if (my !== req) return;
      hits = [];
      clear(list).append(h('div', { class: 'cb-empty error' }, t('error') + ': ' + e.message));
      list.hidden = false;
    }
  }, 150);

  input.addEventListener('input', run);
  input.addEventListener('focus', () => { if (hits.length && input.value.trim().length >= 2) render(); });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && hits.length) render();
      setActive(Math.min(active + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      if (!list.hidden && hits.length) {
        e.preventDefault();
        pick(hits[active >= 0 ? active : 0]);
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  return { el, input };
}

function subtitle(x) {
  const e = x.entity || {};
  if (e.__typename === 'Organization') return label('org', e.type);
  if (e.__typename === 'Area') return [e.kind, label('era', e.era)].filter(Boolean).join(', ');
  return '';
}
