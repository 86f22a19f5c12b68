// #/read: ingest an article (POST /v1/documents) and list stored documents;
// #/read/ID: the article with every claim highlighted by kind, speakers in
// the margin, dates and numbers marked with their normalised values.
import { h, fill, getJson, getText, postJson, errorBox, actorNames, rememberNames, formatDate, codePointIndex, announce } from './lib.js';
import { KIND_LABEL, showClaimDetail } from './claim.js';

function looksLikeHtml(s) { return /^\s*(<!doctype|<html|<head|<body|<article|<div|<p[\s>])/i.test(s); }

function ingestForm() {
  const field = (id, label, attrs) => [h('label', { for: id }, label), h('input', { id, ...attrs })];
  const text = h('textarea', { id: 'ingest-text', name: 'text', rows: '10', required: true,
    placeholder: 'Paste the article text, or a saved HTML page' });
  const format = h('select', { id: 'ingest-format', name: 'format' },
    h('option', { value: 'auto' }, 'detect'), h('option', { value: 'text' }, 'plain text'), h('option', { value: 'html' }, 'HTML'));
  const file = h('input', { id: 'ingest-file', type: 'file', accept: '.txt,.html,.htm,text/plain,text/html' });
  const drop = h('div', { class: 'drop', id: 'drop-zone' }, h('label', { for: 'ingest-file' }, 'Or choose a file (.txt, .html), or drop it here: '), file);
  const out = h('div', { class: 'form-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, 'Ingest');

  async function loadFile(f) {
    if (!f) return;
    text.value = await f.text();
    format.value = /\.html?$/i.test(f.name) || f.type === 'text/html' ? 'html' : 'text';
    out.replaceChildren(h('p', { class: 'muted' }, `Loaded ${f.name} (${Math.round(f.size / 1024)} KB).`));
  }
  file.addEventListener('change', () => loadFile(file.files[0]));
  for (const target of [drop, text]) {
    target.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    target.addEventListener('dragleave', () => drop.classList.remove('over'));
    target.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      loadFile(e.dataTransfer.files[0]);
    });
  }

  const form = h('form', { class: 'ingest-form', onsubmit: async (e) => {
    e.preventDefault();
    const fd = new FormData(form);
    const isHtml = format.value === 'html' || (format.value === 'auto' && looksLikeHtml(text.value));
    const body = { [isHtml ? 'html' : 'text']: text.value };
    for (const k of ['title', 'url', 'publisher', 'author', 'published']) if (fd.get(k)) body[k] = fd.get(k).trim();
    button.disabled = true;
    out.replaceChildren(h('p', { class: 'muted' }, 'Extracting and storing…'));
    try {
      const r = await postJson('/v1/documents', body);
      rememberNames(r.actors);
      announce(`${r.stored ? 'Stored' : 'Already stored'}: “${r.document.title || r.document.id}” — ${r.counts.claims} claims, ` +
        `${r.counts.events} events, ${r.counts.actors} actors.${r.warnings.length ? ` ${r.warnings.join(' ')}` : ''}`);
      location.hash = `#/read/${encodeURIComponent(r.document.id)}`;
    } catch (err) {
      out.replaceChildren(errorBox(err));
    } finally {
      button.disabled = false;
    }
  } },
  h('div', { class: 'grid2' },
    h('div', null, field('ingest-title', 'Title', { name: 'title', type: 'text' })),
    h('div', null, field('ingest-url', 'Original URL', { name: 'url', type: 'url', placeholder: 'https://…' })),
    h('div', null, field('ingest-publisher', 'Publisher', { name: 'publisher', type: 'text' })),
    h('div', null, field('ingest-published', 'Published', { name: 'published', type: 'date' }))),
  h('label', { for: 'ingest-text' }, 'Article'),
  text,
  drop,
  h('div', { class: 'actions' }, h('label', { for: 'ingest-format' }, 'Format '), format, button),
  out);
  return form;
}

async function documentList() {
  const list = h('ul', { class: 'doc-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More documents');
  const section = h('section', { 'aria-labelledby': 'stored-h' }, h('h2', { id: 'stored-h' }, 'Stored documents'), list, more);
  let cursor = '';
  async function page() {
    try {
      const r = await getJson('/v1/documents', { limit: 50, cursor });
      for (const d of r.items) {
        list.append(h('li', null, h('a', { href: `#/read/${encodeURIComponent(d.id)}` }, d.title || d.url || d.id),
          h('span', { class: 'muted' }, [d.publisher, formatDate(d.published)].filter(Boolean).map((s) => ` · ${s}`))));
      }
      if (!list.firstChild) list.append(h('li', { class: 'muted' }, 'Nothing stored yet.'));
      cursor = r.cursor || '';
      more.hidden = !cursor;
    } catch (err) {
      section.append(errorBox(err));
    }
  }
  more.addEventListener('click', page);
  await page();
  return section;
}

export async function renderReadHome(main) {
  main.append(h('h1', { tabindex: '-1' }, 'Read an article’s claims'),
    h('p', { class: 'lede' }, 'Paste an article or a saved web page; claimkb finds every claim, who made it and through whom.'),
    ingestForm());
  main.append(await documentList());
}

// ---- The article ---------------------------------------------------------

function paragraphs(text) {
  const out = [];
  const re = /\n[ \t]*\n+/g;
  let start = 0;
  for (let m; (m = re.exec(text));) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

function tipOfTime(t) { return `${t.value || 'unresolved'} · ${t.precision}${t.anchor === 'published' ? ' · relative to publication' : ''}`; }
function tipOfQuantity(q) {
  const v = Array.isArray(q.value) ? q.value.join('–') : q.value;
  return `${q.qualifier ? `${q.qualifier} ` : ''}${v} ${q.unit}${q.counts ? ` · ${q.counts}` : ''}`;
}

// Claims, times and quantities as UTF-16 ranges; spans whose text disagrees are dropped.
function ranges(text, claims) {
  const u = codePointIndex(text);
  const claimRanges = [];
  const marks = new Map();
  for (const c of claims) {
    const s = u(c.span.start), e = u(c.span.end);
    if (e > s) claimRanges.push({ s, e, claim: c });
    for (const t of c.times || []) {
      const ts = u(t.span.start), te = u(t.span.end);
      if (te > ts && text.slice(ts, te) === t.text) marks.set(`${ts}:${te}`, { s: ts, e: te, time: t });
    }
    for (const q of c.quantities || []) {
      const qs = u(q.span.start), qe = u(q.span.end);
      if (qe > qs && text.slice(qs, qe) === q.text && !marks.has(`${qs}:${qe}`)) marks.set(`${qs}:${qe}`, { s: qs, e: qe, qty: q });
    }
  }
  return { claimRanges, markRanges: [...marks.values()] };
}

function innermost(list, s, e) {
  let best = null;
  for (const r of list) if (r.s <= s && r.e >= e && (!best || r.e - r.s < best.e - best.s)) best = r;
  return best;
}

function markElement(m) {
  if (m.time) return h('time', { class: 'tq time', datetime: m.time.value || null, 'data-tip': tipOfTime(m.time), title: tipOfTime(m.time) });
  return h('data', { class: 'tq qty', value: Array.isArray(m.qty.value) ? m.qty.value.join('/') : m.qty.value,
    'data-tip': tipOfQuantity(m.qty), title: tipOfQuantity(m.qty) });
}

function paragraphElement(text, pa, pb, claimRanges, markRanges) {
  const cuts = new Set([pa, pb]);
  for (const r of [...claimRanges, ...markRanges]) {
    if (r.s > pa && r.s < pb) cuts.add(r.s);
    if (r.e > pa && r.e < pb) cuts.add(r.e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const p = h('p', { class: 'para-text' });
  let claimEl = null, claimOf = null, markEl = null, markOf = null;
  for (let i = 0; i + 1 < points.length; ++i) {
    const s = points[i], e = points[i + 1];
    const c = innermost(claimRanges, s, e);
    const m = innermost(markRanges, s, e);
    if (c !== claimOf) {
      claimOf = c;
      markOf = null;
      markEl = null;
      if (c) {
        const kind = c.claim.attribution.kind;
        claimEl = h('mark', { class: `claim kind-${kind}`, tabindex: '0', role: 'button',
          'aria-label': `${KIND_LABEL[kind]} claim: show its source`, dataset: { claim: c.claim.id, kind } });
        p.append(claimEl);
      } else {
        claimEl = null;
      }
    }
    if (m !== markOf) {
      markOf = m;
      markEl = m ? markElement(m) : null;
      if (markEl) (claimEl || p).append(markEl);
    }
    (markEl || claimEl || p).append(text.slice(s, e));
  }
  return p;
}

function legend() {
  return h('ul', { class: 'legend', 'aria-label': 'legend' },
    Object.entries(KIND_LABEL).map(([k, label]) => h('li', null, h('mark', { class: `claim kind-${k}` }, label))),
    h('li', null, h('time', { class: 'tq time' }, 'date')), h('li', null, h('data', { class: 'tq qty' }, 'number')),
    h('li', { class: 'muted' }, 'hover a date or number for its normalised value; click a claim for its source'));
}

export async function renderDocument(main, id, params) {
  main.append(h('p', { class: 'muted' }, 'Loading the article…'));
  let doc, text;
  try {
    [doc, text] = await Promise.all([getJson(`/v1/documents/${encodeURIComponent(id)}`), getText(`/v1/documents/${encodeURIComponent(id)}/text`)]);
  } catch (err) {
    fill(main, h('h1', { tabindex: '-1' }, 'Article'), errorBox(err));
    return;
  }
  const d = doc.document;
  const claims = doc.claims || [];
  const speakerIds = claims.flatMap((c) => [...(c.attribution.speakers || []), ...(c.attribution.via || [])]);
  const name = await actorNames(speakerIds);
  const { claimRanges, markRanges } = ranges(text, claims);
  const panel = h('aside', { class: 'panel', id: 'claim-panel', 'aria-live': 'polite', 'aria-label': 'selected claim' },
    h('p', { class: 'muted' }, 'Select a highlighted claim to see who said it and through whom.'));

  const body = h('div', { class: 'article-body' });
  for (const [pa, pb] of paragraphs(text)) {
    const margin = h('ul', { class: 'margin', 'aria-label': 'speakers in this paragraph' });
    const seen = new Set();
    for (const r of claimRanges) {
      if (r.s < pa || r.s >= pb) continue;
      const a = r.claim.attribution;
      if (a.kind === 'author') continue;  // the article's own voice
      const speakers = a.speakers && a.speakers.length ? a.speakers.map(name).join(' & ') : 'source not identified';
      const who = speakers + (a.via && a.via.length ? ` via ${a.via.map(name).join(', ')}` : '');
      if (seen.has(who)) continue;
      seen.add(who);
      margin.append(h('li', null, h('button', { type: 'button', class: `speaker kind-${a.kind}`, dataset: { claim: r.claim.id } }, who)));
    }
    body.append(h('div', { class: 'para' }, paragraphElement(text, pa, pb, claimRanges, markRanges), margin));
  }

  function select(claimId, scroll) {
    for (const el of body.querySelectorAll('.selected')) el.classList.remove('selected');
    const hits = body.querySelectorAll(`[data-claim="${CSS.escape(claimId)}"]`);
    for (const el of hits) el.classList.add('selected');
    if (scroll && hits[0]) hits[0].scrollIntoView({ block: 'center' });
    showClaimDetail(panel, claimId);
  }
  body.addEventListener('click', (e) => {
    const t = e.target.closest('[data-claim]');
    if (t) select(t.dataset.claim, false);
  });
  body.addEventListener('keydown', (e) => {
    const t = e.target.closest('mark[data-claim]');
    if (t && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      select(t.dataset.claim, false);
    }
  });

  const furniture = d.furniture || [];
  fill(main, 
    h('header', { class: 'doc-head' },
      h('h1', { tabindex: '-1' }, d.title || 'Untitled article'),
      h('p', { class: 'meta' }, [d.author, d.publisher, formatDate(d.published)].filter(Boolean).join(' · '),
        d.url ? [' · ', h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : '',
        ' · ', h('a', { href: `/v1/documents/${encodeURIComponent(d.id)}` }, 'JSON'),
        ` · ${claims.length} claims`)),
    legend(),
    h('div', { class: 'reader' }, body, panel),
    furniture.length ? h('details', { class: 'furniture' },
      h('summary', null, `Page furniture removed (${furniture.length})`),
      h('ul', null, furniture.map((f) => h('li', null, h('del', null, f))))) : null);
  const wanted = params.get('claim');
  if (wanted) select(wanted, true);
}
