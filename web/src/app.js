// hoigraph's analyst page: a header with search and navigation, and one view
// at a time chosen by the address (#/org/ID, #/oversight?area=…, …). Every
// view reads the GraphQL API only.
import { h, clear } from './dom.js';
import { t, getLang, setLang } from './i18n.js';
import { entityHref, viewHref } from './routes.js';
import { combobox } from './search.js';
import { orgView, personView, areaView } from './views/entity.js';
import { oversightView } from './views/oversight.js';
import { reviewView } from './views/review.js';
import { errorBox, loading } from './views/common.js';

// The network (Cytoscape) and the charts (Chart.js) are most of the
// JavaScript: they load when their view is first opened, so that the other
// views start without parsing them.
let charts = null;
const loadNetwork = () => import('./views/network.js');
const loadCharts = () => import('./views/charts.js').then((m) => { charts = m; return m; });

const root = document.getElementById('app');
let main;
let renderSeq = 0;

function navigate(href) {
  if (location.hash === href) route();
  else location.hash = href;
}

function shell() {
  clear(root);
  document.title = t('app.title');
  const search = combobox({ labelText: t('search.label'), placeholder: t('search.placeholder'), compact: true, onPick: (hit) => navigate(entityHref(hit.type, hit.id)) });
  search.input.id = 'q';
  search.el.querySelector('label').setAttribute('for', 'q');
  const current = (location.hash.match(/^#\/(\w+)/) || [])[1] || '';
  const nav = [['', 'nav.home'], ['oversight', 'nav.oversight'], ['network', 'nav.network'], ['charts', 'nav.charts'], ['review', 'nav.review']];
  main = h('main', { id: 'main', tabindex: '-1' });
  root.append(
    h('a', { class: 'skip', href: '#main', onclick: (e) => { e.preventDefault(); main.focus(); } }, t('skip')),
    h('header', { class: 'top' },
      h('a', { class: 'brand', href: '#/' }, 'hoigraph'),
      h('div', { class: 'top-search', role: 'search' }, search.el),
      h('nav', { 'aria-label': t('nav.label') }, h('ul', {},
        nav.map(([v, k]) => h('li', {}, h('a', { href: '#/' + v, 'aria-current': current === v ? 'page' : null }, t(k)))),
        h('li', {}, h('a', { href: '/graphiql' }, t('nav.graphiql'))))),
      h('button', { type: 'button', id: 'lang', class: 'lang', lang: getLang() === 'vi' ? 'en' : 'vi', 'aria-label': t('lang.switchLabel'),
        onclick: () => { setLang(getLang() === 'vi' ? 'en' : 'vi'); route(); document.getElementById('lang').focus(); } }, t('lang.switch'))),
    main);
}

function home() {
  return [
    h('h1', { tabindex: '-1' }, t('app.title')),
    h('p', { class: 'lead' }, t('home.lead')),
    h('p', {}, t('search.hint')),
    h('p', {}, t('home.try')),
    h('ul', { class: 'links' },
      h('li', {}, h('a', { href: '#/search?q=' + encodeURIComponent('hoi khuyen hoc quan 3'), onclick: (e) => { e.preventDefault(); const q = document.getElementById('q'); q.value = 'hoi khuyen hoc quan 3'; q.dispatchEvent(new Event('input')); q.focus(); } }, t('home.q1'))),
      h('li', {}, h('a', { href: viewHref('oversight', { area: 'Quận 3' }) }, t('home.q2'))),
      h('li', {}, h('a', { href: viewHref('charts', { area: 'Quận 3' }) }, t('home.q3')))),
  ];
}

async function route() {
  const my = ++renderSeq;
  if (charts) charts.destroyCharts();
  shell();
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const [view, ...rest] = path.split('/');
  const id = decodeURIComponent(rest.join('/'));
  main.append(loading());
  let nodes;
  try {
    switch (view) {
      case 'org': nodes = await orgView(id); break;
      case 'person': nodes = await personView(id); break;
      case 'area': nodes = await areaView(id); break;
      case 'oversight': nodes = oversightView(params, navigate); break;
      case 'network': nodes = (await loadNetwork()).networkView(params, navigate); break;
      case 'charts': nodes = (await loadCharts()).chartsView(params, navigate); break;
      case 'review': nodes = await reviewView(params, navigate); break;
      default: nodes = home();
    }
  } catch (e) {
    nodes = [errorBox(e)];
  }
  if (my !== renderSeq) return;
  clear(main).append(...[nodes].flat(Infinity).filter(Boolean));
  const h1 = main.querySelector('h1');
  if (h1 && document.activeElement !== document.getElementById('lang') && view) h1.focus({ preventScroll: false });
  if (h1) document.title = h1.textContent + ' · hoigraph';
  main.dataset.view = view || 'home';
  main.dataset.ready = '1';
  performance.mark('hoigraph:ready', { detail: main.dataset.view });
}

setLang(getLang());
window.addEventListener('hashchange', route);
route();
