// The network around a node, drawn with Cytoscape.js and the fcose force
// layout: coloured by kind and body type, expanded on click, the shortest
// chain between two chosen nodes drawn over it, with PNG, GEXF and GraphML
// downloads. A list of the nodes under the drawing gives keyboard users the
// same actions.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { gql } from '../api.js';
import { h, clear, download } from '../dom.js';
import { t, label } from '../i18n.js';
import { entityHref, viewHref } from '../routes.js';
import { combobox } from '../search.js';
import { errorBox, drawn } from './common.js';
import { KIND_COLOURS, ORG_COLOURS } from './colours.js';

cytoscape.use(fcose);

const SHAPES = { ORGANIZATION: 'round-rectangle', PERSON: 'ellipse', POST: 'tag', AREA: 'diamond', SOURCE: 'rectangle', MEETING: 'hexagon', DIRECTIVE: 'vee' };
const EDGE_COLOURS = { RESPONSIBLE_FOR: '#b91c1c', HOLDS: '#c2410c', OF: '#6d28d9', PART_OF: '#64748b', LOCATED_IN: '#047857' };
// BIG: above this many nodes the drawing is laid out for speed (fewer
// iterations, no animation, labels left out of the node sizes) and
// expanding lays out only the new nodes.
const BIG = 150;
const NODE = 'id kind label orgType';
const EDGE = 'type from to kind since until';

function colour(n) {
  return n.kind === 'ORGANIZATION' ? ORG_COLOURS[n.orgType] || ORG_COLOURS.OTHER : KIND_COLOURS[n.kind] || '#64748b';
}

// exportHref is the exports endpoint's address for the neighbourhood drawn.
export function exportHref(format, id, depth) {
  return '/export/' + format + '?' + new URLSearchParams({ around: id, depth: String(depth) }).toString();
}

export function networkView(params, navigate) {
  const id = params.get('id') || '';
  const depth = Math.max(1, Math.min(3, parseInt(params.get('depth') || '1', 10) || 1));
  const state = { cy: null, from: params.get('from') || '', to: params.get('to') || '', expanded: new Set(), selected: null };

  const centre = combobox({ labelText: t('net.center'), value: params.get('name') || '', onPick: (hit) => navigate(viewHref('network', { id: hit.id, name: hit.name, depth: depthSel.value })) });
  const depthSel = h('select', { id: 'net-depth' }, [1, 2, 3].map((d) => h('option', { value: d, selected: d === depth }, String(d))));
  const fromBox = combobox({ labelText: t('net.from'), onPick: (hit) => { state.from = hit.id; } });
  const toBox = combobox({ labelText: t('net.to'), onPick: (hit) => { state.to = hit.id; } });
  const chainOut = h('div', { id: 'chain-out', role: 'status', 'aria-live': 'polite' });
  const status = h('span', { id: 'net-status', role: 'status', 'aria-live': 'polite' });
  const canvas = h('div', { id: 'cy', class: 'cy', role: 'img', 'aria-label': t('net.title') });
  const panel = h('div', { id: 'net-panel', class: 'panel', 'aria-live': 'polite' });
  const nodeList = h('ul', { id: 'net-nodes', class: 'node-list' });
  const exportLinks = h('span', { id: 'net-exports' });

  const chainForm = h('form', { class: 'chain', 'aria-labelledby': 'chain-h', onsubmit: (e) => { e.preventDefault(); findChain(); } },
    h('h2', { id: 'chain-h', class: 'h3' }, t('net.chain')), fromBox.el, toBox.el,
    h('p', {}, h('button', { type: 'submit', id: 'chain-btn', class: 'primary' }, t('net.findChain'))));
  const controls = h('div', { class: 'net-controls' },
    h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); navigate(viewHref('network', { id: centre.input.dataset.id || id, name: centre.input.value, depth: depthSel.value })); } },
      centre.el, h('div', { class: 'field' }, h('label', { for: 'net-depth' }, t('net.depth')), depthSel),
      h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary' }, t('net.draw')))));
  centre.input.dataset.id = id;

  const legend = h('section', { class: 'legend', 'aria-labelledby': 'legend-h' }, h('h2', { id: 'legend-h', class: 'h3' }, t('net.legend')),
    h('ul', {},
      Object.entries(ORG_COLOURS).map(([k, c]) => h('li', {}, h('span', { class: 'swatch sq', style: `background:${c}` }), label('org', k))),
      ['PERSON', 'POST', 'AREA'].map((k) => h('li', {}, h('span', { class: 'swatch ' + (k === 'AREA' ? 'dia' : k === 'PERSON' ? 'round' : 'sq'), style: `background:${KIND_COLOURS[k]}` }), label('kind', k))),
      h('li', {}, h('span', { class: 'swatch line', style: `background:${EDGE_COLOURS.RESPONSIBLE_FOR}` }), 'RESPONSIBLE_FOR'),
      h('li', {}, h('span', { class: 'swatch line chainline' }), t('net.chain'))));

  const view = [
    h('h1', { tabindex: '-1', class: 'sr-only' }, t('net.title')),
    controls,
    h('div', { class: 'net-layout' },
      h('div', { class: 'net-main' }, canvas, h('p', { class: 'muted small' }, status, ' · ', t('net.help')),
        h('p', { class: 'actions' },
          h('button', { type: 'button', id: 'net-fit', onclick: () => state.cy && state.cy.fit(undefined, 30) }, t('net.fit')),
          h('button', { type: 'button', id: 'net-png', onclick: () => state.cy && download('hoigraph-mang-luoi.png', state.cy.png({ full: true, scale: 2, bg: '#ffffff' })) }, t('net.png')),
          exportLinks)),
      h('aside', { class: 'net-side' }, chainForm, chainOut, panel, legend)),
    h('details', { class: 'nodes' }, h('summary', {}, t('net.nodes')), nodeList),
  ];

  const setStatus = () => {
    if (!state.cy) return;
    status.textContent = t('net.count', { n: state.cy.nodes().length, m: state.cy.edges().length }) + (state.truncated ? ' · ' + t('net.truncated') : '');
  };

  const addGraph = (g) => {
    const cy = state.cy;
    const els = [];
    for (const n of g.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      els.push({ group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind, orgType: n.orgType || '', colour: colour(n), shape: SHAPES[n.kind] || 'ellipse' } });
    }
    for (const e of g.edges) {
      const eid = e.type + '|' + e.from + '|' + e.to + '|' + (e.kind || '');
      if (cy.getElementById(eid).nonempty()) continue;
      els.push({ group: 'edges', data: { id: eid, source: e.from, target: e.to, type: e.type, kind: e.kind || '', colour: EDGE_COLOURS[e.type] || '#94a3b8' } });
    }
    // An edge whose end the node limit left out is dropped with it.
    const ids = new Set([...cy.nodes().map((n) => n.id()), ...els.filter((x) => x.group === 'nodes').map((x) => x.data.id)]);
    const added = cy.add(els.filter((x) => x.group === 'nodes' || (ids.has(x.data.source) && ids.has(x.data.target))));
    if (g.truncated) state.truncated = true;
    return added;
  };

  const placeAround = (centre, nodes) => {
    if (!nodes.length) return;
    const c = centre.position();
    const r = 40 + 6 * nodes.length;
    nodes.forEach((x, i) => {
      const a = (2 * Math.PI * i) / nodes.length;
      x.position({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
    });
  };

  const runLayout = (fresh) => {
    const cy = state.cy;
    const big = cy.nodes().length > BIG;
    return new Promise((resolve) => {
      const l = cy.layout({
        // Draft quality (spectral only) would be faster but piles the leaves
        // of a tree on one point; the force refinement keeps them apart.
        name: 'fcose', quality: 'default', randomize: fresh, animate: !big && !fresh, animationDuration: 300,
        nodeDimensionsIncludeLabels: !big, packComponents: true, nodeRepulsion: 6000, idealEdgeLength: 70, numIter: big ? 1000 : 2500,
        fit: true, padding: 30,
      });
      l.one('layoutstop', () => resolve());
      l.run();
    });
  };

  const renderList = () => {
    const cy = state.cy;
    clear(nodeList);
    const nodes = cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label'), 'vi'));
    nodes.forEach((n) => nodeList.append(h('li', {}, h('button', { type: 'button', class: 'link', 'data-id': n.id(), onclick: () => select(n.id(), true) }, n.data('label')), ' ', h('span', { class: 'muted' }, n.data('orgType') ? label('org', n.data('orgType')) : label('kind', n.data('kind'))))));
  };

  const expand = async (nid) => {
    if (state.expanded.has(nid)) return;
    state.expanded.add(nid);
    const d = await gql(`query($id: ID!) { neighborhood(id: $id, depth: 1) { truncated nodes { ${NODE} } edges { ${EDGE} } } }`, { id: nid });
    if (!d.neighborhood) return;
    const added = addGraph(d.neighborhood);
    const n = state.cy.getElementById(nid);
    n.addClass('expanded');
    if (added.length) {
      // A big drawing keeps its place: only the new nodes are laid out, in a
      // ring around the expanded one, so a click stays quick at 500 nodes
      // instead of running the whole force layout again.
      if (state.cy.nodes().length > BIG) placeAround(n, added.nodes());
      else await runLayout(false);
      renderList();
    }
    setStatus();
    canvas.dataset.expanded = String(state.expanded.size);
  };

  const select = async (nid, doExpand) => {
    const cy = state.cy;
    const n = cy.getElementById(nid);
    if (n.empty()) return;
    cy.nodes().unselect();
    n.select();
    state.selected = nid;
    const href = entityHref(n.data('kind'), nid);
    clear(panel).append(
      h('h2', { class: 'h3' }, t('net.selected')),
      h('p', {}, h('strong', {}, n.data('label')), h('br'), h('span', { class: 'muted' }, n.data('orgType') ? label('org', n.data('orgType')) : label('kind', n.data('kind')))),
      h('p', { class: 'actions' },
        href ? h('a', { class: 'button', href }, t('net.openPage')) : null,
        h('button', { type: 'button', onclick: () => { state.from = nid; fromBox.input.value = n.data('label'); } }, t('net.setFrom')),
        h('button', { type: 'button', onclick: () => { state.to = nid; toBox.input.value = n.data('label'); } }, t('net.setTo'))));
    if (doExpand) {
      try {
        await expand(nid);
      } catch (e) {
        panel.append(errorBox(e));
      }
    }
  };

  const findChain = async () => {
    clear(chainOut);
    if (!state.from || !state.to) return;
    try {
      const d = await gql(`query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxLength: 8) { length nodes { ${NODE} } edges { ${EDGE} } } }`, { a: state.from, b: state.to });
      const p = d.shortestPath;
      const cy = state.cy;
      cy.elements().removeClass('chain');
      if (!p) {
        chainOut.append(h('p', {}, t('net.noChain', { n: 8 })));
        return;
      }
      const added = addGraph({ nodes: p.nodes, edges: p.edges });
      for (const n of p.nodes) cy.getElementById(n.id).addClass('chain');
      for (const e of p.edges) cy.edges().filter((x) => x.data('type') === e.type && x.data('source') === e.from && x.data('target') === e.to).addClass('chain');
      if (added.length) await runLayout(false);
      renderList();
      setStatus();
      chainOut.append(h('p', {}, t('net.chainLen', { n: p.length })),
        h('ol', { class: 'chain-list' }, p.nodes.map((n) => {
          const href = entityHref(n.kind, n.id);
          return h('li', {}, href ? h('a', { href }, n.label) : n.label, ' ', h('span', { class: 'muted' }, n.orgType ? label('org', n.orgType) : label('kind', n.kind)));
        })));
      cy.fit(cy.elements('.chain'), 60);
      if (cy.zoom() > 1.4) cy.zoom(1.4);
      cy.center(cy.elements('.chain'));
    } catch (e) {
      chainOut.append(errorBox(e));
    }
  };

  const start = async () => {
    const cy = cytoscape({
      container: canvas,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      minZoom: 0.05,
      maxZoom: 4,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', shape: 'data(shape)', label: 'data(label)', width: 22, height: 22,
          'font-size': 11, color: '#111827', 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'ellipsis', 'text-max-width': 160, 'min-zoomed-font-size': 7,
        } },
        { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#111827' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b', 'z-index': 10 } },
        { selector: 'edge', style: { width: 1.5, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.8, opacity: 0.8 } },
        { selector: 'node.chain', style: { 'border-width': 5, 'border-color': '#f59e0b', 'z-index': 20 } },
        { selector: 'edge.chain', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 5, opacity: 1, 'z-index': 20 } },
      ],
    });
    state.cy = cy;
    window.hoigraphNetwork = cy;
    cy.on('tap', 'node', (e) => select(e.target.id(), true));
    if (id) {
      const d = await gql(`query($id: ID!, $d: Int) { neighborhood(id: $id, depth: $d) { truncated nodes { ${NODE} } edges { ${EDGE} } } }`, { id, d: depth });
      if (!d.neighborhood) {
        status.textContent = t('notFound');
        return;
      }
      addGraph(d.neighborhood);
      const c = cy.getElementById(id);
      if (c.nonempty()) {
        c.addClass('expanded');
        state.expanded.add(id);
        if (!centre.input.value) centre.input.value = c.data('label');
        if (!fromBox.input.value) { state.from = state.from || id; fromBox.input.value = c.data('label'); }
      }
      const t0 = performance.now();
      await runLayout(true);
      canvas.dataset.layoutMs = String(Math.round(performance.now() - t0));
      renderList();
      setStatus();
      exportLinks.append(
        h('a', { class: 'button', id: 'net-gexf', href: exportHref('gexf', id, depth), download: '' }, t('net.gexf')),
        h('a', { class: 'button', id: 'net-graphml', href: exportHref('graphml', id, depth), download: '' }, t('net.graphml')));
      if (state.from && state.to) findChain();
    }
    drawn(canvas);
  };
  // Cytoscape needs its container in the document to measure it.
  setTimeout(() => start().catch((e) => { status.replaceWith(errorBox(e)); drawn(canvas); }), 0);
  return view;
}
