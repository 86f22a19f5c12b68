// #/claims: the /v1/claims filters as a form (kept in the URL), cursor paging.
import { h, getJson, errorBox, actorNames, withQuery } from './lib.js';
import { claimCard, KIND_LABEL } from './claim.js';

const FILTERS = [
  ['speaker', 'Speaker', 'text', 'name or id'],
  ['actor', 'Mentions actor', 'text', 'name or id'],
  ['from', 'From', 'text', 'YYYY, YYYY-MM or YYYY-MM-DD'],
  ['to', 'To', 'text', 'YYYY-MM-DD'],
  ['q', 'Words', 'search', 'drugs Pacific'],
  ['unit', 'Unit', 'text', 'percent, USD, people…'],
];

export function renderClaims(main, params) {
  const inputs = {};
  const fields = FILTERS.map(([name, label, type, placeholder]) => {
    inputs[name] = h('input', { id: `f-${name}`, name, type, placeholder, value: params.get(name) || '', autocomplete: 'off' });
    return h('div', null, h('label', { for: `f-${name}` }, label), inputs[name]);
  });
  inputs.kind = h('select', { id: 'f-kind', name: 'kind' }, h('option', { value: '' }, 'any'),
    Object.entries(KIND_LABEL).map(([k, l]) => h('option', { value: k, selected: params.get('kind') === k }, l)));
  fields.push(h('div', null, h('label', { for: 'f-kind' }, 'Kind'), inputs.kind));
  if (params.get('document')) {
    inputs.document = h('input', { id: 'f-document', name: 'document', type: 'text', value: params.get('document') });
    fields.push(h('div', null, h('label', { for: 'f-document' }, 'Document'), inputs.document));
  }
  const list = h('div', { class: 'claim-list', id: 'claim-results', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Next page');
  const info = h('p', { class: 'muted' });
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const q = {};
    for (const [k, el] of Object.entries(inputs)) if (el.value.trim()) q[k] = el.value.trim();
    location.hash = withQuery('#/claims', q);
  } }, h('div', { class: 'grid3' }, fields), h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Filter'),
    ' ', h('a', { href: '#/claims' }, 'clear')));

  const query = {};
  for (const k of [...FILTERS.map((f) => f[0]), 'kind', 'document']) if (params.get(k)) query[k] = params.get(k);
  let cursor = '', total = 0;
  async function page() {
    more.disabled = true;
    try {
      const r = await getJson('/v1/claims', { ...query, limit: 50, cursor });
      const name = await actorNames(r.items.flatMap((c) => [...c.attribution.speakers, ...(c.attribution.via || [])]));
      list.append(...r.items.map((c) => claimCard(c, name)));
      total += r.items.length;
      cursor = r.cursor || '';
      more.hidden = !cursor;
      info.replaceChildren(`${total}${cursor ? '+' : ''} claims · `,
        h('a', { href: withQuery('/v1/claims', { ...query, limit: 50 }) }, 'as JSON'), ' · ',
        h('a', { href: withQuery('/v1/export', { ...query, format: 'ndjson' }) }, 'all as NDJSON'));
      if (!total) list.append(h('p', { class: 'muted' }, 'No claim matches these filters.'));
    } catch (err) {
      list.append(errorBox(err));
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener('click', page);
  main.append(h('h1', { tabindex: '-1' }, 'Browse claims'), form, info, list, more);
  page();
}
