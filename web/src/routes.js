// Addresses inside the page (hash routes), so every view can be bookmarked
// and the browser's back button works.
import { h } from './dom.js';

const prefix = { Organization: 'org', ORGANIZATION: 'org', Person: 'person', PERSON: 'person', Area: 'area', AREA: 'area' };

export function entityHref(kind, id) {
  const p = prefix[kind];
  return p ? '#/' + p + '/' + encodeURIComponent(id) : null;
}

export function viewHref(view, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return '#/' + view + (s ? '?' + s : '');
}

// entityLink is a link to an entity's page (or plain text for kinds with none).
export function entityLink(e) {
  if (!e) return '';
  const name = e.name || e.label || e.id;
  const href = entityHref(e.__typename || e.kind, e.id);
  return href ? h('a', { href }, name) : name;
}
