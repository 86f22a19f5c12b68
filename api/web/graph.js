// An actor's neighbourhood (GET /v1/graph/neighborhood) drawn with cytoscape
// (vendored at build time as /web/cytoscape.min.js), with a plain list of
// the same neighbours for keyboards and screen readers, and GraphML export.
import { h, fill, getJson, errorBox, download, actorLink } from './lib.js';

const ACTOR_COLOURS = {
  person: '#1f5fa8', organization: '#7a3d9a', country: '#2a7a3b', group: '#a8501f', document: '#6b6b6b', other: '#4a4a4a',
};

function shortLabel(n) {
  const s = n.label || n.id;
  return n.kind === 'actor' || s.length <= 36 ? s : `${s.slice(0, 34)}…`;
}

const STYLE = [
  { selector: 'node', style: { 'background-color': '#999', label: 'data(label)', 'font-size': 10, color: '#222',
    'text-wrap': 'ellipsis', 'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 3, width: 12, height: 12 } },
  { selector: 'node[kind="actor"]', style: { 'background-color': 'data(colour)', width: 22, height: 22, 'font-size': 11 } },
  { selector: 'node[kind="claim"]', style: { shape: 'round-rectangle', 'background-color': '#d9a400', 'font-size': 8, color: '#555' } },
  { selector: 'node[kind="document"]', style: { shape: 'diamond', 'background-color': '#555' } },
  { selector: 'node[kind="event"]', style: { shape: 'triangle', 'background-color': '#c0392b' } },
  { selector: 'node[kind="date"]', style: { shape: 'tag', 'background-color': '#2c8c99' } },
  { selector: 'node.center', style: { width: 34, height: 34, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#bbb', 'curve-style': 'haystack', opacity: 0.8 } },
  { selector: 'edge[type="disputes"]', style: { 'line-color': '#c0392b', width: 2 } },
  { selector: 'edge[type="via"]', style: { 'line-color': '#7a3d9a', 'line-style': 'dashed' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#e67e22' } },
];

let cytoscapeLoading = null;

// The library is large: load it the first time a graph is drawn, not with the page.
function loadCytoscape() {
  if (typeof window.cytoscape === 'function') return Promise.resolve();
  if (!cytoscapeLoading) {
    cytoscapeLoading = new Promise((resolve) => {
      const s = document.createElement('script');
      s.src = '/web/cytoscape.min.js';
      s.onload = resolve;
      s.onerror = resolve;  // draw() falls back to the list
      document.head.append(s);
    });
  }
  return cytoscapeLoading;
}

function xml(s) {
  return String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));
}

export function neighbourhoodGraphml(g) {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="hops" for="node" attr.name="hops" attr.type="int"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    `  <graph id="${xml(g.center)}" edgedefault="directed">`];
  for (const n of g.nodes) {
    lines.push(`    <node id="${xml(n.id)}"><data key="label">${xml(n.label || '')}</data><data key="kind">${xml(n.kind)}</data>` +
      `<data key="hops">${n.hops}</data></node>`);
  }
  for (const e of g.edges) lines.push(`    <edge source="${xml(e.from)}" target="${xml(e.to)}"><data key="type">${xml(e.type)}</data></edge>`);
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

// Fills section with the graph of actorId's neighbourhood. onNode(node) is
// called for clicked claim and document nodes; actor nodes navigate.
export async function renderNeighbourhood(section, actorId, onNode) {
  const depth = h('select', { id: 'graph-depth', 'aria-label': 'hops' },
    h('option', { value: '1' }, '1 hop'), h('option', { value: '2', selected: true }, '2 hops'));
  const canvas = h('div', { class: 'graph', id: 'graph', role: 'img', 'aria-label': 'neighbourhood graph; the list below holds the same actors' });
  const list = h('ul', { class: 'neighbours', id: 'neighbours' });
  const info = h('p', { class: 'muted graph-info' });
  const exportButton = h('button', { type: 'button' }, 'This neighbourhood (GraphML)');
  fill(section, 
    h('div', { class: 'section-head' }, h('h2', { id: 'graph-h' }, 'Neighbourhood'), depth,
      h('span', { class: 'exports' }, exportButton, ' ', h('a', { href: '/v1/graph/export?format=graphml', download: 'claimkb.graphml' }, 'Whole graph (GraphML)'))),
    canvas, info, h('h3', null, 'Connected actors'), list);

  let current = null;
  exportButton.addEventListener('click', () => current && download(`${actorId}-neighbourhood.graphml`, 'application/graphml+xml', neighbourhoodGraphml(current)));

  async function load() {
    let g;
    try {
      g = await getJson('/v1/graph/neighborhood', { actor: actorId, depth: depth.value, limit: depth.value === '1' ? 150 : 200 });
    } catch (err) {
      fill(list, errorBox(err));
      return;
    }
    current = g;
    const actors = g.nodes.filter((n) => n.kind === 'actor' && n.id !== g.center).sort((a, b) => a.hops - b.hops || b.degree - a.degree);
    fill(list, actors.length ? actors.map((n) => h('li', null, actorLink(n.id, n.label),
      h('span', { class: 'muted' }, ` · ${n.actor_type || 'actor'} · ${n.hops} hop${n.hops === 1 ? '' : 's'}`)))
      : h('li', { class: 'muted' }, 'No other actors within reach.'));
    info.textContent = `${g.nodes.length} nodes, ${g.edges.length} edges${g.truncated ? ' (truncated: showing the nearest)' : ''}. ` +
      'Click an actor to open it; a claim to read it.';
    await draw(g);
  }

  async function draw(g) {
    await loadCytoscape();
    if (typeof window.cytoscape !== 'function') {
      fill(canvas, h('p', { class: 'muted' }, 'The graph library is not available; the list below has the same actors.'));
      return;
    }
    if (window.claimkbGraph) window.claimkbGraph.destroy();
    const ids = new Set(g.nodes.map((n) => n.id));
    const elements = g.nodes.map((n) => ({
      group: 'nodes',
      // Hundreds of text labels cost more to draw than the graph: big graphs label actors only.
      data: { id: n.id, label: n.kind === 'actor' || g.nodes.length <= 60 ? shortLabel(n) : '', kind: n.kind, hops: n.hops,
        colour: ACTOR_COLOURS[n.actor_type] || ACTOR_COLOURS.other },
      classes: n.id === g.center ? 'center' : '',
    }));
    g.edges.forEach((e, i) => {
      if (ids.has(e.from) && ids.has(e.to)) elements.push({ group: 'edges', data: { id: `e${i}`, source: e.from, target: e.to, type: e.type } });
    });
    const cy = window.cytoscape({
      container: canvas,
      elements,
      style: STYLE,
      layout: { name: 'concentric', concentric: (n) => 10 - n.data('hops') - (n.data('kind') === 'actor' ? 0 : 0.5),
        levelWidth: () => 1, minNodeSpacing: 14, animate: false },
      minZoom: 0.2,
      maxZoom: 3,
    });
    cy.on('tap', 'node', (evt) => {
      const n = evt.target.data();
      if (n.kind === 'actor' && n.id !== g.center) location.hash = `#/actor/${encodeURIComponent(n.id)}`;
      else if (n.kind !== 'actor') onNode(n);
    });
    window.claimkbGraph = cy;  // for the browser tests and the console
  }

  depth.addEventListener('change', load);
  await load();
}
