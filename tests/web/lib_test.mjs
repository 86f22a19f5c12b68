// Unit tests of the web page's pure helpers (no browser): code-point offsets,
// dates by precision, CSV and GraphML escaping.
//   node tests/web/lib_test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codePointIndex, formatTime, dayNumber, csvRow, withQuery } from '../../api/web/lib.js';
import { neighbourhoodGraphml } from '../../api/web/graph.js';

test('code-point spans map to UTF-16 offsets past astral characters and accents', () => {
  const text = 'Rodríguez 🇻🇪 said “87%”.';
  const u = codePointIndex(text);
  const cps = Array.from(text);
  const start = cps.indexOf('“');
  const end = start + 5;
  assert.equal(text.slice(u(start), u(end)), '“87%”');
  assert.equal(u(cps.length), text.length);
  assert.equal(u(cps.length + 10), text.length, 'offsets past the end clamp to the end');
});

test('dates are written at their precision', () => {
  assert.equal(formatTime('2025-09-05', 'day'), '5 Sep 2025');
  assert.equal(formatTime('2025-09', 'month'), 'Sep 2025');
  assert.equal(formatTime('2025', 'year'), '2025');
  assert.equal(formatTime('2025-09-01/2025-09-22', 'interval'), '1 Sep 2025 – 22 Sep 2025');
  assert.equal(formatTime('2013-W11', 'week'), 'week 2013-W11');
  assert.equal(formatTime('', 'unknown'), 'undated');
});

test('day numbers order dates and count days', () => {
  assert.equal(dayNumber('2025-09-22') - dayNumber('2025-09-05'), 17);
  assert.equal(dayNumber('2025-03-01') - dayNumber('2025-02-28'), 1);
  assert.equal(dayNumber('2024-03-01') - dayNumber('2024-02-28'), 2);
});

test('CSV fields with commas, quotes and newlines are quoted', () => {
  assert.equal(csvRow(['2025-09', 'a, b', 'say "no"', 'line\nbreak', null, 3]), '2025-09,"a, b","say ""no""","line\nbreak",,3');
});

test('query strings drop empty filters', () => {
  assert.equal(withQuery('/v1/claims', { speaker: 'Maduro', q: '', unit: undefined, limit: 50 }), '/v1/claims?speaker=Maduro&limit=50');
  assert.equal(withQuery('/v1/claims', {}), '/v1/claims');
});

test('neighbourhood GraphML escapes labels and keeps every edge', () => {
  const xml = neighbourhoodGraphml({
    center: 'a',
    nodes: [{ id: 'a', label: 'AT&T <"Co">', kind: 'actor', hops: 0 }, { id: 'c1', label: 'x', kind: 'claim', hops: 1 }],
    edges: [{ from: 'c1', to: 'a', type: 'said_by' }],
  });
  assert.match(xml, /AT&amp;T &lt;&quot;Co&quot;&gt;/);
  assert.equal((xml.match(/<edge /g) || []).length, 1);
  assert.match(xml, /<node id="c1">.*<data key="kind">claim<\/data>/);
});
