// End-to-end test of the web page in a real browser (chromium, headless):
// ingest the seed by pasting it, read its claims, check an attribution,
// follow an actor's timeline and graph, browse claims. Every step is
// screenshotted into --artifacts; a failed step is reported and the rest run.
//   node tests/web/e2e.mjs --claimkb build/bin/claimkb [--artifacts DIR] [--readme-shots DIR]
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_DIR, args, ingest, loadPlaywright, startServer, launchBrowser } from './harness.mjs';

const opt = args(process.argv);
const binary = path.resolve(opt.claimkb || path.join(SOURCE_DIR, 'build/bin/claimkb'));
const artifacts = path.resolve(opt.artifacts || path.join(SOURCE_DIR, 'tests/artifacts/web'));
const readmeShots = opt['readme-shots'] ? path.resolve(opt['readme-shots']) : '';
const seed = fs.readFileSync(path.join(SOURCE_DIR, 'seeds/000_6dd0d9ca4f747149.txt'), 'utf8');
fs.mkdirSync(artifacts, { recursive: true });
if (readmeShots) fs.mkdirSync(readmeShots, { recursive: true });

const playwright = loadPlaywright();
const started = Date.now();
const deadline = setTimeout(() => { console.log('FAIL: the test ran over 100 s'); process.exit(1); }, 100000);

const results = [];
function check(cond, what) { if (!cond) throw new Error(what); }

let server, browser, page;
const pageErrors = [];

async function shot(name, readmeName) {
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  if (readmeShots && readmeName) fs.copyFileSync(file, path.join(readmeShots, readmeName));
}

async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok    ${name} (${Date.now() - t} ms)`);
  } catch (err) {
    results.push({ name, ok: false, why: err.message });
    console.log(`FAIL  ${name}: ${err.message.split('\n')[0]}`);
    await page.screenshot({ path: path.join(artifacts, `failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
  }
}

const hashOf = () => page.evaluate(() => location.hash);

try {
  server = await startServer(binary);
  browser = await launchBrowser(playwright);
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.setDefaultTimeout(10000);
  let documentId = '';

  await step('the page loads from the server with no errors', async () => {
    const res = await page.goto(`${server.url}/`);
    check(res.ok(), `GET / answered ${res.status()}`);
    await page.waitForSelector('h1:has-text("Check a statement")');
    for (const asset of ['/web/app.js', '/web/style.css', '/web/cytoscape.min.js']) {
      const r = await page.request.get(`${server.url}${asset}`);
      check(r.ok(), `${asset} answered ${r.status()}`);
    }
    const schema = await page.request.get(`${server.url}/web/openapi.json`);
    check(schema.status() === 404, `/web/ serves only the page's files, /web/openapi.json answered ${schema.status()}`);
    check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
  });

  await step('ingest needs the token, then the pasted seed is stored', async () => {
    await page.click('nav a[data-view="read"]');
    await page.waitForSelector('#ingest-text');
    await page.fill('#ingest-published', '2025-09-22');
    await page.fill('#ingest-publisher', 'Libertarian Institute');
    await page.fill('#ingest-url', 'https://example.org/2025/09/maduro-letter');
    await page.fill('#ingest-text', seed);
    await page.click('.ingest-form button[type="submit"]');
    await page.waitForSelector('.ingest-form .error');
    check(/token/i.test(await page.textContent('.ingest-form .error')), 'a 401 should ask for the token');
    await page.click('.token summary');
    await page.fill('#token', server.token);
    await page.click('#token-form button');
    check(await page.evaluate(() => sessionStorage.getItem('claimkb.token')) === server.token, 'the token is not in sessionStorage');
    check(await page.evaluate(() => localStorage.length) === 0, 'nothing may be kept in localStorage');
    await shot('01-ingest-form', 'ingest.png');
    await page.click('.ingest-form button[type="submit"]');
    await page.waitForFunction(() => /^#\/read\/[^?]+/.test(location.hash));
    await page.waitForSelector('.para-text');
    documentId = decodeURIComponent((await hashOf()).slice('#/read/'.length));
    check(/claims/.test(await page.textContent('#status')), 'the status line should report what was stored');
  });

  await step('the 87% claim is highlighted with the UN-study chain', async () => {
    const claim = page.locator('mark.claim', { hasText: '87%' }).first();
    await claim.waitFor();
    const qty = page.locator('data.tq', { hasText: '87%' }).first();
    const tip = await qty.getAttribute('data-tip');
    check(/87/.test(tip) && /percent/.test(tip), `87% should be marked as a percent, tip was "${tip}"`);
    await claim.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#claim-panel .chain');
    const source = await page.locator('#claim-panel .chain-source a').allTextContents();
    const via = await page.locator('#claim-panel .chain-via a').allTextContents();
    const chain = await page.textContent('#claim-panel .chain');
    await qty.hover();
    await shot('02-read-87-claim', 'read.png');
    check(source.some((s) => /\bUN\b|United Nations/.test(s)), `the source should be the UN study, chain was: ${chain}`);
    check(via.some((s) => /Maduro|letter/.test(s)), `Maduro's letter should relay it, chain was: ${chain}`);
    check(via.some((s) => /Rodr[ií]guez|Telegram/.test(s)), `Rodríguez's Telegram should relay it, chain was: ${chain}`);
  });

  await step('dates are marked with normalised values and furniture is shown as removed', async () => {
    const dated = await page.locator('time.tq').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('datetime')]));
    check(dated.some(([t, v]) => /September 5/.test(t) && v === '2025-09-05'), `"September 5" should be 2025-09-05: ${JSON.stringify(dated)}`);
    const furniture = await page.locator('.furniture summary').textContent().catch(() => '');
    check(/removed \(\d+\)/.test(furniture), 'the removed page furniture should be listed');
  });

  await step('the reader fits a phone screen', async () => {
    await page.mouse.move(0, 0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await shot('03-read-phone', 'read-phone.png');
    await page.setViewportSize({ width: 1280, height: 860 });
    check(overflow <= 0, `the page scrolls sideways by ${overflow}px on a phone`);
  });

  await step('checking "Maduro said 87% of drugs go through the Pacific" gives relayed', async () => {
    await page.click('nav a[data-view="check"]');
    await page.fill('#check-text', 'Maduro said 87% of drugs go through the Pacific');
    await page.click('.check-form button[type="submit"]');
    await page.waitForSelector('#overall-verdict');
    const card = page.locator('.verdict-card').first();
    const marks = await card.locator('mark.match').allTextContents();
    await shot('04-check', 'check.png');
    check(marks.includes('87%'), `the matching words should be highlighted, got ${JSON.stringify(marks)}`);
    check(await card.locator('.source a').count() >= 1, 'the verdict card should name its source');
    const verdict = await page.getAttribute('#overall-verdict', 'data-verdict');
    check(verdict === 'relayed', `verdict was ${verdict}: ${await card.locator('.explanation').textContent()}`);
  });

  await step("Maduro's timeline has the 2025-09-05 letter before the 2025-09-22 publication", async () => {
    await page.click('nav a[data-view="actor"]');
    await page.fill('#actor-q', 'Maduro');
    const link = page.locator('#actor-results a', { hasText: /^(Nicol[aá]s )?Maduro$/ }).first();
    await link.waitFor();
    await link.click();
    await page.waitForSelector('body[data-loaded="actor"]', { timeout: 20000 });
    const items = await page.locator('#timeline .tl-item').evaluateAll((els) => els.map((e) => [e.dataset.date, e.textContent]));
    await page.waitForFunction(() => window.claimkbGraph && window.claimkbGraph.nodes().length > 0);
    await shot('05-actor', 'actor.png');
    const letter = items.findIndex(([d, t]) => d === '2025-09-05' && /letter/i.test(t));
    const published = items.findIndex(([d]) => d === '2025-09-22');
    check(letter >= 0, `no letter dated 2025-09-05 on the timeline: ${JSON.stringify(items.map((i) => i[0]))}`);
    check(published >= 0, 'nothing dated 2025-09-22 on the timeline');
    check(letter < published, 'the letter should come before the publication');
  });

  await step('a month is drawn as a span, wider than a day', async () => {
    const widths = await page.locator('#timeline .tl-item').evaluateAll((els) => els.map((e) => [e.dataset.precision, e.querySelector('.tl-bar').getBoundingClientRect().width]));
    const day = widths.find(([p]) => p === 'day');
    const month = widths.find(([p]) => p === 'month');
    check(day && month, `need a day and a month on the timeline, got ${JSON.stringify(widths.map((w) => w[0]))}`);
    check(month[1] > day[1] * 3, `month bar ${month[1]}px should be much wider than day bar ${day[1]}px`);
  });

  await step('clicking a graph neighbour opens that actor', async () => {
    const target = await page.evaluate(() => {
      const cy = window.claimkbGraph;
      const n = cy.nodes('[kind = "actor"]').filter((x) => !x.hasClass('center'))[0];
      if (!n) return null;
      const box = cy.container().getBoundingClientRect();
      const p = n.renderedPosition();
      return { id: n.id(), label: n.data('label'), x: box.left + p.x, y: box.top + p.y };
    });
    check(target, 'the graph has no neighbouring actor');
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction((id) => location.hash === `#/actor/${encodeURIComponent(id)}`, target.id);
    await page.waitForSelector('body[data-loaded="actor"]', { timeout: 20000 });
    await shot('06-graph-neighbour');
    check((await page.textContent('h1')) === target.label, `h1 should be ${target.label}`);
  });

  await step('browse claims by speaker with paging links and JSON', async () => {
    await page.click('nav a[data-view="claims"]');
    await page.fill('#f-speaker', 'Maduro');
    await page.click('.filters button[type="submit"]');
    await page.waitForFunction(() => /speaker=Maduro/.test(location.hash));
    await page.locator('#claim-results .claim-card').first().waitFor();
    await shot('07-claims', 'claims.png');
    const json = await page.locator('#claim-results a.json').first().getAttribute('href');
    const r = await page.request.get(`${server.url}${json}`);
    check(r.ok() && (await r.json()).claim, `${json} should answer a claim`);
    const speakers = await page.locator('#claim-results .speakers').allTextContents();
    check(speakers.every((s) => /Maduro/.test(s)), `every claim should be Maduro's: ${JSON.stringify(speakers)}`);
  });

  await step('stored documents are listed and reopen', async () => {
    await page.click('nav a[data-view="read"]');
    const link = page.locator('.doc-list a').first();
    await link.waitFor();
    await link.click();
    await page.waitForSelector('.para-text');
    check(decodeURIComponent((await hashOf()).slice('#/read/'.length)) === documentId, 'the listed document should be the ingested one');
  });

  await step('a statement whose source is not found is shown as such, not dropped', async () => {
    const text = 'Council Delays Vote\n\nBy Ann Lee\n\nThe city council met on Monday to discuss the budget.\n\n' +
      'He said the plan would fail because the money had run out.\n';
    const r = await ingest(server, { text, published: '2026-03-02', title: 'Council Delays Vote' });
    await page.goto(`${server.url}/#/read/${encodeURIComponent(r.document.id)}`);
    await page.locator('mark.claim', { hasText: 'the plan would fail' }).first().waitFor();
    const margin = await page.locator('.margin .speaker').allTextContents();
    check(margin.some((m) => /source not identified/.test(m)), `the margin should say the source is not identified: ${JSON.stringify(margin)}`);
  });

  check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
} catch (err) {
  results.push({ name: 'harness', ok: false, why: err.message });
  console.log(`FAIL  ${err.stack || err.message}`);
} finally {
  if (browser) await browser.close();
  if (server) await server.stop();
  clearTimeout(deadline);
}

const failed = results.filter((r) => !r.ok);
if (pageErrors.length) console.log(`page errors: ${pageErrors.join('; ')}`);
console.log(`${results.length - failed.length}/${results.length} steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${artifacts}`);
process.exit(failed.length ? 1 : 0);
