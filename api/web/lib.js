// Shared by every view: the /v1 client (bearer token from sessionStorage,
// problem+json errors), a tiny element builder that never parses HTML, date
// formatting by precision, and code-point offsets into JavaScript strings.

const TOKEN_KEY = 'claimkb.token';

export function token() { return sessionStorage.getItem(TOKEN_KEY) || ''; }
export function setToken(t) {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

// An API failure with the problem+json detail the server sent.
export class ApiError extends Error {
  constructor(status, detail, problem) {
    super(detail);
    this.status = status;
    this.problem = problem;
  }
}

async function failure(res) {
  let detail = `${res.status} ${res.statusText}`;
  let problem = null;
  try {
    problem = await res.json();
    if (problem && problem.detail) detail = problem.detail;
  } catch (_) { /* not JSON: keep the status line */ }
  if (res.status === 401) detail += ' — enter the API token under “Token”.';
  return new ApiError(res.status, detail, problem);
}

export async function getJson(path, params) {
  const res = await fetch(withQuery(path, params), { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await failure(res);
  return res.json();
}

export async function getText(path) {
  const res = await fetch(path);
  if (!res.ok) throw await failure(res);
  return res.text();
}

export async function postJson(path, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) throw await failure(res);
  return res.json();
}

export function withQuery(path, params) {
  if (!params) return path;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

// h('a', {href: '#/x', class: 'y'}, 'text', child, [more]) — text is always text.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? '' : v);
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

// Replaces el's children (nested arrays flattened, null and false skipped).
export function fill(el, ...children) {
  return append(clear(el), children);
}

export function errorBox(err) {
  return h('p', { class: 'error', role: 'alert' }, err instanceof ApiError ? err.message : `Error: ${err.message || err}`);
}

// ---- Dates ---------------------------------------------------------------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayText(iso) {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  if (!d) return `${MONTHS[+m - 1]} ${y}`;
  return `${+d} ${MONTHS[+m - 1]} ${y}`;
}

// "2025-09" (month) -> "Sep 2025"; an interval "2025-09-01/2025-09-22" -> "1 Sep 2025 – 22 Sep 2025".
export function formatTime(value, precision) {
  if (!value) return 'undated';
  if (value.includes('/')) return value.split('/').map(dayText).join(' – ');
  if (precision === 'week' || /W\d/.test(value)) return `week ${value}`;
  if (precision === 'quarter' || /Q\d/.test(value)) return value.replace('-', ' ');
  if (precision === 'decade') return `${value}0s`;
  return dayText(value.slice(0, 10));
}

export function formatDate(iso) { return iso ? dayText(iso.slice(0, 10)) : ''; }

// Days since the epoch for "YYYY-MM-DD" (UTC).
export function dayNumber(iso) {
  const t = Date.UTC(+iso.slice(0, 4), +(iso.slice(5, 7) || 1) - 1, +(iso.slice(8, 10) || 1));
  return Math.floor(t / 86400000);
}

// ---- Offsets -------------------------------------------------------------

// Maps code-point offsets (the API's spans) to UTF-16 offsets (JavaScript's).
export function codePointIndex(text) {
  const map = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    map.push(u);
  }
  return (cp) => map[Math.max(0, Math.min(cp, map.length - 1))];
}

// ---- Actor names ---------------------------------------------------------

const names = new Map();

// Resolves actor ids to names (one GET per unknown id, cached for the session).
export async function actorNames(ids) {
  const missing = [...new Set(ids)].filter((id) => id && !names.has(id));
  await Promise.all(missing.map(async (id) => {
    try {
      const a = await getJson(`/v1/actors/${encodeURIComponent(id)}`);
      names.set(id, a.name || id);
    } catch (_) {
      names.set(id, id);
    }
  }));
  return (id) => names.get(id) || id;
}

export function rememberNames(actors) {
  for (const a of actors || []) if (a.id) names.set(a.id, a.name || a.id);
}

export function actorLink(id, name) {
  return h('a', { href: `#/actor/${encodeURIComponent(id)}`, class: 'actor' }, name || id);
}

// ---- Files ---------------------------------------------------------------

export function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function csvRow(fields) {
  return fields.map((f) => {
    const s = f === undefined || f === null ? '' : String(f);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}

// A message in the page's status line (a polite live region), kept across views.
export function announce(message) {
  const el = document.getElementById('status');
  if (el) el.textContent = message;
}
