// #/check: "Did X say Y?" -> POST /v1/check -> one verdict card per match.
import { h, fill, postJson, errorBox } from './lib.js';
import { chainList, kindBadge, sourceLine, stanceFlags } from './claim.js';

const VERDICT_LABEL = {
  attributed: 'Attributed',
  misattributed: 'Misattributed',
  relayed: 'Relayed',
  not_found: 'Not found',
};

const STOP = new Set(('a an and are as at be by for from has have he in is it its of on or that the their they this to ' +
  'was were will with said says say told claimed claims go goes went through via').split(' '));

function norm(word) {
  let w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

function termsOf(text) {
  const out = new Set();
  for (const m of text.matchAll(/[\p{L}\p{N}%$.,]+/gu)) {
    const w = norm(m[0].replace(/[.,]+$/, ''));
    if (w && !STOP.has(w)) out.add(w);
  }
  return out;
}

// The sentence with the words it shares with the statement wrapped in <mark>.
export function highlightMatches(sentence, statement) {
  const want = termsOf(statement);
  const el = h('span');
  let last = 0;
  for (const m of sentence.matchAll(/[\p{L}\p{N}%$.,]+/gu)) {
    const raw = m[0].replace(/[.,]+$/, '');
    if (!want.has(norm(raw))) continue;
    el.append(sentence.slice(last, m.index), h('mark', { class: 'match' }, raw));
    last = m.index + raw.length;
  }
  el.append(sentence.slice(last));
  return el;
}

function verdictCard(m, statement) {
  return h('article', { class: `verdict-card verdict-${m.verdict}` },
    h('header', null,
      h('span', { class: `verdict verdict-${m.verdict}` }, VERDICT_LABEL[m.verdict] || m.verdict),
      ' ', kindBadge(m.kind),
      h('span', { class: 'score', title: 'how much of the statement this claim says' }, ` match ${Math.round(m.score * 100)}%`)),
    h('p', { class: 'explanation' }, m.explanation),
    h('h4', null, 'Chain'),
    chainList(m.chain),
    h('blockquote', { class: 'sentence' }, highlightMatches(m.sentence || m.text, statement)),
    stanceFlags(m.stance),
    sourceLine(m.document),
    h('p', { class: 'links' },
      h('a', { href: `#/read/${encodeURIComponent(m.document ? m.document.id : '')}?claim=${encodeURIComponent(m.claim_id)}` }, 'Show in the article'),
      ' · ', h('a', { href: `/v1/claims/${encodeURIComponent(m.claim_id)}` }, 'JSON')));
}

export function renderCheck(main, params) {
  const statement = h('textarea', { id: 'check-text', name: 'text', rows: '3', required: true,
    placeholder: 'Maduro said 87% of drugs go through the Pacific' }, params.get('text') || '');
  const speaker = h('input', { id: 'check-speaker', name: 'speaker', type: 'text', autocomplete: 'off',
    placeholder: 'e.g. Maduro', value: params.get('speaker') || '' });
  const results = h('section', { class: 'results', 'aria-live': 'polite', 'aria-label': 'verdicts' });
  const button = h('button', { type: 'submit' }, 'Check');

  async function run() {
    const text = statement.value.trim();
    if (!text) return;
    button.disabled = true;
    fill(results, h('p', { class: 'muted' }, 'Checking…'));
    const body = { text };
    if (speaker.value.trim()) body.speaker = speaker.value.trim();
    try {
      const r = await postJson('/v1/check', body);
      fill(results, 
        h('p', { class: `overall verdict-${r.verdict}`, id: 'overall-verdict', dataset: { verdict: r.verdict } },
          h('span', { class: `verdict verdict-${r.verdict}` }, VERDICT_LABEL[r.verdict] || r.verdict),
          r.speaker ? ` — checked against “${r.speaker}”` : ' — no speaker named: who said it?',
          r.speaker_actors && r.speaker_actors.length ? ` (${r.speaker_actors.map((a) => a.name).join(', ')})` : ''),
        r.matches.length ? r.matches.map((m) => verdictCard(m, r.content || text))
          : h('p', null, 'No stored claim says this. Ingest the article that reports it, or rephrase.'));
    } catch (err) {
      fill(results, errorBox(err));
    } finally {
      button.disabled = false;
    }
  }

  const form = h('form', { class: 'check-form', onsubmit: (e) => {
    e.preventDefault();
    const q = new URLSearchParams({ text: statement.value.trim() });
    if (speaker.value.trim()) q.set('speaker', speaker.value.trim());
    history.replaceState(null, '', `#/check?${q}`);
    run();
  } },
  h('label', { for: 'check-text' }, 'Statement to check'),
  statement,
  h('label', { for: 'check-speaker' }, 'Speaker ', h('span', { class: 'muted' }, '(optional — else read from the statement)')),
  speaker,
  h('div', { class: 'actions' }, button));

  main.append(h('h1', { tabindex: '-1' }, 'Check a statement'),
    h('p', { class: 'lede' }, 'Who really said it, through whom it travelled, and the exact words in the source.'),
    form, results);
  if (statement.value.trim()) run();
}
