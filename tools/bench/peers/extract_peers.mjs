// Extraction peers on the benchmark corpus, one core each: compromise (people,
// places, dates, numbers, quotations) and wink-nlp with its English lite model
// (entities, sentences). Prints one JSON object of MB/s figures.
import fs from 'node:fs';
import readline from 'node:readline';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

nlp.plugin(datesPlugin);
const wink = winkNLP(model);
const its = wink.its;

const file = process.argv[2];
// compromise is slow: it gets a smaller prefix of the same corpus.
const maxBytes = Number(process.argv[3] || 2e6);
const compromiseBytes = Number(process.argv[4] || 3e5);
const texts = [];
let bytes = 0;
for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
  if (!line) continue;
  const t = JSON.parse(line).text;
  texts.push(t);
  bytes += Buffer.byteLength(t);
  if (maxBytes && bytes >= maxBytes) break;
}

function run(name, budget, fn) {
  let found = 0, n = 0, done = 0;
  const t0 = process.hrtime.bigint();
  for (const t of texts) {
    if (done >= budget) break;
    found += fn(t);
    done += Buffer.byteLength(t);
    n++;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return { name, articles: n, bytes: done, seconds: s, mb_per_s: done / 1e6 / s, items: found };
}

const out = {
  compromise: run('compromise', compromiseBytes, (t) => {
    const d = nlp(t);
    return d.people().length + d.places().length + d.dates().length + d.numbers().length + d.quotations().length;
  }),
  wink: run('wink-nlp', maxBytes, (t) => {
    const d = wink.readDoc(t);
    return d.entities().out(its.value).length + d.sentences().length();
  }),
};
console.log(JSON.stringify(out));
