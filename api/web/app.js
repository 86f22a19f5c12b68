// The page's router: #/check, #/read[/ID], #/actor[/ID], #/claims. Each view
// renders into <main> from the public /v1 API only.
import { h, clear, token, setToken } from './lib.js';
import { renderCheck } from './check.js';
import { renderReadHome, renderDocument } from './read.js';
import { renderActorSearch, renderActor } from './actor.js';
import { renderClaims } from './claims.js';

const main = document.getElementById('main');

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).split('/').filter(Boolean).map(decodeURIComponent);
  return { path, params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

let renderSeq = 0;

async function route() {
  const { path, params } = parseHash();
  const view = path[0] || 'check';
  const seq = ++renderSeq;
  for (const a of document.querySelectorAll('.site-nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  delete document.body.dataset.loaded;
  clear(main);
  const target = h('div', { class: `view view-${view}` });
  main.append(target);
  try {
    if (view === 'check') renderCheck(target, params);
    else if (view === 'read' && path[1]) await renderDocument(target, path[1], params);
    else if (view === 'read') await renderReadHome(target);
    else if (view === 'actor' && path[1]) await renderActor(target, path[1]);
    else if (view === 'actor') renderActorSearch(target, params);
    else if (view === 'claims') renderClaims(target, params);
    else target.append(h('h1', { tabindex: '-1' }, 'Not found'), h('p', null, h('a', { href: '#/check' }, 'Check a statement')));
  } catch (err) {
    target.append(h('p', { class: 'error', role: 'alert' }, `The page failed: ${err.message}`));
  }
  if (seq !== renderSeq) return;
  document.title = `${(target.querySelector('h1') || {}).textContent || 'claimkb'} · claimkb`;
  if (!params.get('claim')) {
    const h1 = target.querySelector('h1');
    if (h1) h1.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

function setupToken() {
  const input = document.getElementById('token');
  const state = document.getElementById('token-state');
  const show = () => { state.textContent = token() ? 'set' : 'none'; };
  input.value = token();
  document.getElementById('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    setToken(input.value.trim());
    show();
    e.target.closest('details').open = false;
  });
  show();
}

setupToken();
window.addEventListener('hashchange', route);
route();
