// How a claim is shown everywhere: its kind, speakers, the chain it travelled,
// stance flags, and the detail panel opened by clicking a highlight.
import { h, fill, getJson, actorNames, actorLink, formatDate, errorBox } from './lib.js';

export const KIND_LABEL = {
  direct: 'direct quote',
  indirect: 'paraphrase',
  mixed: 'partly quoted',
  author: 'article’s own voice',
};

export function kindBadge(kind) {
  return h('span', { class: `badge kind-${kind}` }, KIND_LABEL[kind] || kind);
}

const EVIDENCE_LABEL = {
  none_offered: 'no evidence offered',
  disputed: 'disputed',
  weak: 'weak evidence',
};

// Flags for a claim's stance: disputes, missing evidence, negation, hedging.
export function stanceFlags(stance) {
  if (!stance) return null;
  const flags = [];
  const why = (stance.notes || []).join('; ');
  if (stance.evidence) flags.push(h('li', { class: `flag flag-${stance.evidence}`, title: why || null }, EVIDENCE_LABEL[stance.evidence] || stance.evidence));
  if (stance.negated) flags.push(h('li', { class: 'flag flag-negated', title: why || null }, 'negated'));
  if (stance.hedged) flags.push(h('li', { class: 'flag flag-hedged', title: why || null }, 'hedged'));
  return flags.length ? h('ul', { class: 'flags', 'aria-label': 'flags' }, flags) : null;
}

export function isDisputed(claim) {
  const s = claim.stance || {};
  return s.evidence === 'disputed' || s.evidence === 'none_offered' || s.evidence === 'weak';
}

const ROLE_LABEL = { source: 'source', via: 'relayed by', reported_in: 'reported in' };

// The chain, outermost source first: "UN study → Maduro's letter → Rodríguez → the article".
export function chainList(chain) {
  return h('ol', { class: 'chain', 'aria-label': 'attribution chain, source first' },
    (chain || []).map((link) => h('li', { class: `chain-${link.role}` },
      h('span', { class: 'chain-role' }, ROLE_LABEL[link.role] || link.role),
      link.role === 'reported_in'
        ? h('a', { href: `#/read/${encodeURIComponent(link.id)}` }, link.name || 'the article')
        : actorLink(link.id, link.name))));
}

export function sourceLine(doc) {
  if (!doc) return null;
  return h('p', { class: 'source' },
    h('a', { href: `#/read/${encodeURIComponent(doc.id)}` }, doc.title || doc.url || doc.id),
    doc.publisher ? ` · ${doc.publisher}` : '',
    doc.published ? ` · ${formatDate(doc.published)}` : '',
    doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : '');
}

// A compact claim for lists (actor pages, browsing). name: id -> name.
export function claimCard(claim, name, docs) {
  const a = claim.attribution || {};
  const doc = docs && docs.get(claim.document_id);
  const speakers = (a.speakers || []).map((id, i) => [i ? ', ' : '', actorLink(id, name(id))]);
  const via = (a.via || []).map((id, i) => [i ? ', ' : '', actorLink(id, name(id))]);
  return h('article', { class: `claim-card kind-${a.kind}`, dataset: { claim: claim.id } },
    h('p', { class: 'meta' },
      kindBadge(a.kind),
      speakers.length ? [' ', h('span', { class: 'speakers' }, speakers), a.cue ? ` ${a.cue}` : '']
        : a.kind !== 'author' ? [' ', h('span', { class: 'speakers unresolved' }, 'source not identified'), a.cue ? ` ${a.cue}` : ''] : '',
      via.length ? [' via ', via] : '',
      claim.said_on ? h('span', { class: 'when' }, ` · ${formatDate(claim.said_on)}`) : ''),
    h(a.kind === 'direct' ? 'blockquote' : 'p', { class: 'claim-text' }, claim.text),
    stanceFlags(claim.stance),
    h('p', { class: 'links' },
      h('a', { href: `#/read/${encodeURIComponent(claim.document_id)}?claim=${encodeURIComponent(claim.id)}` },
        doc ? (doc.title || 'in the article') : 'in the article'),
      ' · ',
      h('a', { href: `/v1/claims/${encodeURIComponent(claim.id)}`, class: 'json', type: 'application/json' }, 'JSON')));
}

// Fills panel with one claim's provenance (GET /v1/claims/{id}).
export async function showClaimDetail(panel, id) {
  fill(panel, h('p', { class: 'muted' }, 'Loading the claim…'));
  let d;
  try {
    d = await getJson(`/v1/claims/${encodeURIComponent(id)}`);
  } catch (err) {
    fill(panel, errorBox(err));
    return;
  }
  const c = d.claim;
  const name = await actorNames([...(c.actors || []), ...(c.attribution.speakers || []), ...(c.attribution.via || [])]);
  const times = (c.times || []).map((t) => h('li', null, `“${t.text}” → ${t.value || 'unresolved'} (${t.precision})`));
  const qty = (c.quantities || []).map((q) => h('li', null,
    `“${q.text}” → ${Array.isArray(q.value) ? q.value.join('–') : q.value} ${q.unit}${q.counts ? ` of ${q.counts}` : ''}`));
  const linked = (d.linked || []).map((l) => h('li', null, h('strong', null, l.type), ` ${l.direction === 'incoming' ? 'by' : ''} `,
    h('a', { href: `#/read/${encodeURIComponent(l.document_id || '')}?claim=${encodeURIComponent(l.claim_id)}` }, l.text || l.claim_id),
    l.why ? h('span', { class: 'muted' }, ` (${l.why})`) : ''));
  fill(panel, 
    h('h3', { tabindex: '-1', class: 'panel-title' }, 'Claim'),
    h('p', { class: 'meta' }, kindBadge(c.attribution.kind), c.attribution.cue ? ` cue: “${c.attribution.cue}”` : ''),
    h(c.attribution.kind === 'direct' ? 'blockquote' : 'p', { class: 'claim-text' }, c.text),
    h('h4', null, 'Chain'),
    chainList(d.chain),
    stanceFlags(c.stance),
    (c.stance && c.stance.notes && c.stance.notes.length) ? h('p', { class: 'muted' }, `Because: ${c.stance.notes.join('; ')}`) : null,
    linked.length ? [h('h4', null, 'Disputed or corroborated by'), h('ul', null, linked)] : null,
    times.length ? [h('h4', null, 'Dates'), h('ul', null, times)] : null,
    qty.length ? [h('h4', null, 'Numbers'), h('ul', null, qty)] : null,
    (c.actors || []).length ? [h('h4', null, 'Mentions'), h('p', null, c.actors.map((a, i) => [i ? ', ' : '', actorLink(a, name(a))]))] : null,
    sourceLine(d.document),
    h('p', { class: 'links' }, `rule: ${c.rule || '—'} · `, h('a', { href: `/v1/claims/${encodeURIComponent(c.id)}` }, 'JSON')));
  panel.querySelector('.panel-title').focus({ preventScroll: true });
}
