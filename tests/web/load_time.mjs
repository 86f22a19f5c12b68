// Measures how long an actor's page takes to load in chromium when the actor
// has hundreds of claims: ingests N generated articles (written here, not
// copied from anywhere) about one fictional official, then loads #/actor/ID
// several times. Not part of ctest; prints the numbers.
//   node tests/web/load_time.mjs --claimkb build/bin/claimkb [--articles 60] [--runs 5]
import path from 'node:path';
import { SOURCE_DIR, args, loadPlaywright, startServer, launchBrowser, ingest } from './harness.mjs';

const opt = args(process.argv);
const binary = path.resolve(opt.claimkb || path.join(SOURCE_DIR, 'build/bin/claimkb'));
const articles = Number(opt.articles || 60);
const runs = Number(opt.runs || 5);

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['the northern rail line', 'flood defences', 'rural clinics', 'the teachers’ pay deal', 'the port expansion', 'water meters'];
const CITIES = ['Porto Alto', 'Santa Lenda', 'Riverside', 'Calder Bay'];

function article(i) {
  const year = 2024 + (i % 2);
  const month = 1 + (i % 12);
  const day = 1 + Math.floor(rand() * 27);
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const topic = pick(TOPICS);
  const earlier = MONTHS[(month + 10) % 12];
  const pct = 10 + Math.floor(rand() * 80);
  const millions = 5 + Math.floor(rand() * 400);
  const text = [
    `Varga Defends Spending on ${topic.replace(/^the /, '')}`,
    `Governor Elena Varga said on Monday that the province would spend $${millions} million on ${topic} over the next two years.`,
    `“We promised this in ${earlier} and we are keeping that promise,” Varga told reporters in ${pick(CITIES)}.`,
    `According to Varga, ${pct}% of households in the province were affected by delays last year.`,
    `Opposition leader Tomas Reyes accused Varga of hiding the true cost of ${topic}. Reyes has not offered evidence for the accusation.`,
    `In ${earlier}, Varga signed a decree ordering an audit of ${topic}. The audit office confirmed that it received the order on ${earlier} ${day}.`,
    `The finance ministry said the plan would create about ${200 + Math.floor(rand() * 3000)} jobs, a figure Varga repeated on ${MONTHS[month - 1]} ${day}.`,
  ].join('\n\n');
  return { text, title: `Varga defends spending (${i})`, published, publisher: 'Provincial Courier', url: `https://example.org/courier/${i}` };
}

const playwright = loadPlaywright();
const server = await startServer(binary);
const browser = await launchBrowser(playwright);
try {
  let t = Date.now();
  for (let i = 0; i < articles; ++i) await ingest(server, article(i));
  const ingestMs = Date.now() - t;
  const found = await (await fetch(`${server.url}/v1/actors?q=Elena%20Varga`)).json();
  const id = found.items[0] && found.items[0].id;
  if (!id) throw new Error('the generated actor was not found');
  const count = async (role) => {
    let n = 0, cursor = '';
    do {
      const r = await (await fetch(`${server.url}/v1/actors/${id}/claims?role=${role}&limit=1000${cursor ? `&cursor=${cursor}` : ''}`)).json();
      n += r.items.length;
      cursor = r.cursor || '';
    } while (cursor);
    return n;
  };
  const timeline = await (await fetch(`${server.url}/v1/actors/${id}/timeline?limit=1000`)).json();
  console.log(`ingested ${articles} articles in ${ingestMs} ms; ${id}: ${await count('speaker')} claims said, ` +
    `${await count('subject')} about, ${timeline.items.length} timeline items`);
  const times = [];
  for (let r = 0; r < runs; ++r) {
    const page = await browser.context.newPage();
    t = Date.now();
    await page.goto(`${server.url}/#/actor/${id}`);
    await page.waitForSelector('body[data-loaded="actor"]', { timeout: 30000 });
    await page.waitForFunction(() => window.claimkbGraph && window.claimkbGraph.nodes().length > 0);
    times.push(Date.now() - t);
    const rendered = await page.locator('#timeline .tl-item').count();
    if (r === 0) console.log(`rendered ${rendered} timeline items, ${await page.locator('.claim-card').count()} claim cards`);
    await page.close();
  }
  times.sort((a, b) => a - b);
  console.log(`actor page load (navigation to everything drawn, graph included), ${runs} runs: ` +
    `median ${times[Math.floor(runs / 2)]} ms, min ${times[0]} ms, max ${times[runs - 1]} ms`);
} finally {
  await browser.close();
  await server.stop();
}
