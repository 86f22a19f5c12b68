// #/actor: search actors by name or alias; #/actor/ID: the actor's timeline
// (ordered by when things happened, each date drawn at its precision), the
// claims they made, claims about them, relayed by them, disputes, and graph.
import { h, fill, getJson, errorBox, actorNames, formatTime, dayNumber, download, csvRow } from './lib.js';
import { claimCard, isDisputed, showClaimDetail } from './claim.js';
import { renderNeighbourhood } from './graph.js';

export function renderActorSearch(main, params) {
  const q = h('input', { id: 'actor-q', type: 'search', name: 'q', autocomplete: 'off', placeholder: 'Maduro, Rubio, State Department…',
    value: params.get('q') || '' });
  const results = h('ul', { class: 'actor-results', id: 'actor-results', 'aria-live': 'polite' });
  let timer = 0, seq = 0;
  async function search() {
    const text = q.value.trim();
    history.replaceState(null, '', text ? `#/actor?q=${encodeURIComponent(text)}` : '#/actor');
    const mine = ++seq;
    try {
      const r = text ? await getJson('/v1/actors', { q: text, limit: 30 }) : await getJson('/v1/actors', { limit: 100 });
      if (mine !== seq) return;
      fill(results, r.items.length ? r.items.map((a) => h('li', null,
        h('a', { href: `#/actor/${encodeURIComponent(a.id)}` }, a.name),
        h('span', { class: 'muted' }, ` · ${a.type}${a.aliases && a.aliases.length ? ` · also ${a.aliases.slice(0, 4).join(', ')}` : ''}`)))
        : h('li', { class: 'muted' }, `No actor matches “${text}”.`));
    } catch (err) {
      if (mine === seq) fill(results, errorBox(err));
    }
  }
  q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
  main.append(h('h1', { tabindex: '-1' }, 'Follow an actor'),
    h('form', { class: 'search-form', role: 'search', onsubmit: (e) => { e.preventDefault(); clearTimeout(timer); search(); } },
      h('label', { for: 'actor-q' }, 'Name or alias'), q, h('button', { type: 'submit' }, 'Search')),
    results);
  search();
}

// ---- Timeline ------------------------------------------------------------

function extent(items) {
  let lo = Infinity, hi = -Infinity;
  for (const it of items) {
    if (it.undated || !it.time.begin) continue;
    lo = Math.min(lo, dayNumber(it.time.begin));
    hi = Math.max(hi, dayNumber(it.time.end || it.time.begin));
  }
  return lo === Infinity ? null : { lo, hi: Math.max(hi, lo + 1) };
}

function timelineItem(it, span, onClaim) {
  const t = it.time || {};
  const bar = h('span', { class: `tl-bar prec-${it.precision}` });
  if (span && !it.undated && t.begin) {
    const b = dayNumber(t.begin), e = dayNumber(t.end || t.begin) + 1;
    const total = span.hi + 1 - span.lo;
    bar.style.left = `${((b - span.lo) / total) * 100}%`;
    bar.style.width = `${((e - b) / total) * 100}%`;
  }
  const label = it.kind === 'claim'
    ? h('button', { type: 'button', class: 'linklike', onclick: () => onClaim(it.id) }, it.label)
    : h('span', null, it.label);
  return h('li', { class: `tl-item tl-${it.kind}${it.vague ? ' vague' : ''}${it.undated ? ' undated' : ''}`,
    dataset: { date: it.date || '', precision: it.precision, id: it.id } },
  h('div', { class: 'tl-date' },
    h('time', { datetime: t.value || null, title: t.text ? `“${t.text}” → ${t.value}` : null }, it.undated ? 'undated' : formatTime(t.value, it.precision)),
    h('span', { class: 'prec' }, it.undated ? '' : it.precision)),
  h('div', { class: 'tl-axis', 'aria-hidden': 'true' }, bar),
  h('div', { class: 'tl-label' },
    h('p', { class: 'tl-meta' }, h('span', { class: `badge tl-kind-${it.kind}` }, it.kind),
      h('span', { class: 'roles muted' }, ` ${it.roles.join(', ')} · `),
      h('a', { href: `#/read/${encodeURIComponent(it.document_id)}${it.kind === 'claim' ? `?claim=${encodeURIComponent(it.id)}` : ''}`, class: 'muted' }, 'source')),
    label));
}

async function allTimeline(id) {
  const items = [];
  let cursor = '';
  do {
    const r = await getJson(`/v1/actors/${encodeURIComponent(id)}/timeline`, { limit: 1000, cursor });
    items.push(...r.items);
    cursor = r.cursor || '';
  } while (cursor && items.length < 100000);
  return items;
}

function timelineCsv(items) {
  const rows = [csvRow(['date', 'precision', 'value', 'end', 'kind', 'label', 'roles', 'document_id', 'id'])];
  for (const it of items) {
    rows.push(csvRow([it.date || '', it.precision, it.time.value || '', it.time.end || '', it.kind, it.label, it.roles.join(' '), it.document_id, it.id]));
  }
  return `${rows.join('\r\n')}\r\n`;
}

async function renderTimeline(section, id, onClaim) {
  const list = h('ol', { class: 'timeline', id: 'timeline' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Later items');
  const csv = h('button', { type: 'button' }, 'Timeline (CSV)');
  const axis = h('div', { class: 'tl-scale', 'aria-hidden': 'true' });
  fill(section, h('div', { class: 'section-head' }, h('h2', { id: 'timeline-h' }, 'Timeline'),
    h('span', { class: 'muted' }, 'in order of when it happened; a month is drawn as a month'), h('span', { class: 'exports' }, csv)),
  axis, list, more);
  csv.addEventListener('click', async () => download(`${id}-timeline.csv`, 'text/csv', timelineCsv(await allTimeline(id))));
  let cursor = '';
  let span = null;
  async function page() {
    try {
      const r = await getJson(`/v1/actors/${encodeURIComponent(id)}/timeline`, { limit: 500, cursor });
      if (!span) {
        span = extent(r.items);
        if (span) {
          const lo = new Date(span.lo * 86400000).toISOString().slice(0, 10);
          const hi = new Date(span.hi * 86400000).toISOString().slice(0, 10);
          axis.append(h('span', null, formatTime(lo, 'day')), h('span', null, formatTime(hi, 'day')));
        }
      }
      list.append(...r.items.map((it) => timelineItem(it, span, onClaim)));
      if (!list.firstChild) list.append(h('li', { class: 'muted' }, 'Nothing dated involves this actor yet.'));
      cursor = r.cursor || '';
      more.hidden = !cursor;
    } catch (err) {
      section.append(errorBox(err));
    }
  }
  more.addEventListener('click', page);
  await page();
}

// ---- Claims by role --------------------------------------------------------

async function renderClaims(section, id, role, title, disputes) {
  const list = h('div', { class: 'claim-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More');
  const count = h('span', { class: 'muted count' });
  fill(section, h('div', { class: 'section-head' }, h('h2', null, title), count), list, more);
  let cursor = '', total = 0;
  async function page() {
    try {
      const r = await getJson(`/v1/actors/${encodeURIComponent(id)}/claims`, { role, limit: 50, cursor });
      const name = await actorNames(r.items.flatMap((c) => [...c.attribution.speakers, ...(c.attribution.via || [])]));
      for (const c of r.items) {
        list.append(claimCard(c, name));
        if (isDisputed(c)) disputes(c, name);
      }
      total += r.items.length;
      cursor = r.cursor || '';
      count.textContent = `${total}${cursor ? '+' : ''}`;
      more.hidden = !cursor;
      if (!total) list.append(h('p', { class: 'muted' }, 'None.'));
    } catch (err) {
      section.append(errorBox(err));
    }
  }
  more.addEventListener('click', page);
  await page();
}

export async function renderActor(main, id) {
  let actor;
  try {
    actor = await getJson(`/v1/actors/${encodeURIComponent(id)}`);
  } catch (err) {
    main.append(h('h1', { tabindex: '-1' }, 'Actor'), errorBox(err));
    return;
  }
  const section = (sid) => h('section', { class: 'block', id: sid });
  const timeline = section('sec-timeline'), graph = section('sec-graph');
  const made = section('sec-made'), about = section('sec-about'), relayed = section('sec-relayed');
  const disputeList = h('div', { class: 'claim-list' });
  const disputes = h('section', { class: 'block', id: 'sec-disputes' }, h('h2', null, 'Disputed or unsupported'), disputeList);
  const seen = new Set();
  const addDispute = (c, name) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    disputeList.append(claimCard(c, name));
  };
  const panel = h('aside', { class: 'panel', id: 'claim-panel', 'aria-live': 'polite', 'aria-label': 'selected claim' },
    h('p', { class: 'muted' }, 'Select a claim on the timeline or in the graph to see its source.'));
  const onClaim = (claimId) => showClaimDetail(panel, claimId);
  main.append(
    h('header', { class: 'actor-head' },
      h('h1', { tabindex: '-1' }, actor.name),
      h('p', { class: 'meta' }, actor.type,
        actor.titles && actor.titles.length ? ` · ${actor.titles.join(', ')}` : '',
        actor.aliases && actor.aliases.length ? ` · also “${actor.aliases.join('”, “')}”` : '',
        actor.wikidata ? [' · ', h('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidata)}`, rel: 'noopener noreferrer' }, actor.wikidata)] : '',
        ' · ', h('a', { href: `#/claims?actor=${encodeURIComponent(actor.id)}` }, 'browse claims'),
        ' · ', h('a', { href: `/v1/actors/${encodeURIComponent(actor.id)}` }, 'JSON')),
      h('nav', { class: 'jump', 'aria-label': 'on this page' },
        ['Timeline:sec-timeline', 'Graph:sec-graph', 'Said:sec-made', 'About them:sec-about', 'Relayed:sec-relayed', 'Disputed:sec-disputes']
          .map((s) => { const [t, a] = s.split(':'); return h('a', { href: `#/actor/${encodeURIComponent(id)}`, onclick: (e) => { e.preventDefault(); document.getElementById(a).scrollIntoView(); } }, t); }))),
    h('div', { class: 'actor-grid' },
      h('div', { class: 'actor-main' }, timeline, made, about, relayed, disputes),
      h('div', { class: 'actor-side' }, graph, panel)));
  await Promise.all([
    renderTimeline(timeline, id, onClaim),
    renderNeighbourhood(graph, id, (n) => {
      if (n.kind === 'claim') onClaim(n.id);
      else if (n.kind === 'document') location.hash = `#/read/${encodeURIComponent(n.id)}`;
    }),
    renderClaims(made, id, 'speaker', 'Claims they made', addDispute),
    renderClaims(about, id, 'subject', 'Claims about them', addDispute),
    renderClaims(relayed, id, 'via', 'Claims they relayed', addDispute),
  ]);
  if (!seen.size) disputeList.append(h('p', { class: 'muted' }, 'None flagged among the claims loaded.'));
  document.body.dataset.loaded = 'actor';
}
