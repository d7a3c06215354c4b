/**
 * Bench of the personal-data detector: precision/recall per type and overall on the gold corpus (all of it,
 * the tuning set c…, holdout 1 h1-… and the clean holdout 2 h2-…), and throughput on one core.
 *
 *   npx tsx bench/privacy/run.ts            figures only
 *   npx tsx bench/privacy/run.ts --fouten   also lists the misses and false alarms of the synthetic corpus
 *
 * Matching rule: see meten.ts (type equal, overlap ≥ half of the annotation).
 * Throughput: the corpus texts joined with newlines, repeated to at least 5 MB, scanned after a warm-up, in
 * chunks the size of a long casus (~4 KB) and as one text. MB = 2^20 bytes of UTF-8 input. Reported per
 * CPU-second of this (single-threaded) process, which does not depend on other load on the machine, and
 * per wall-clock second.
 */
import { readFileSync } from 'node:fs';
import { scan } from '../../src/privacy/index.ts';
import { PII_TYPES } from '../../src/privacy/typen.ts';
import { leesCorpus, type Meting, meet, type Snippet } from './meten.ts';

const corpus = leesCorpus(
  readFileSync(new URL('../../test/fixtures/privacy/corpus.jsonl', import.meta.url), 'utf8'),
);

function procent(x: number): string {
  return `${(x * 100).toFixed(1).padStart(5)}%`;
}

function druk(titel: string, snippets: Snippet[]): Meting {
  const m = meet(
    snippets,
    snippets.map((s) => scan(s.text)),
  );
  console.log(`\n${titel} (${snippets.length} snippets)`);
  console.log('type            precisie  recall     tp   fp   fn');
  for (const t of PII_TYPES) {
    const r = m.perType[t];
    console.log(
      `${t.padEnd(15)} ${procent(r.precisie)}  ${procent(r.recall)}  ${String(r.tp).padStart(5)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}`,
    );
  }
  const r = m.totaal;
  console.log(
    `${'totaal'.padEnd(15)} ${procent(r.precisie)}  ${procent(r.recall)}  ${String(r.tp).padStart(5)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}`,
  );
  return m;
}

const tuning = corpus.filter((s) => s.id.startsWith('c'));
const holdout1 = corpus.filter((s) => s.id.startsWith('h1-'));
const holdout2 = corpus.filter((s) => s.id.startsWith('h2-'));
const alles = druk('Hele corpus', corpus);
druk('Tuningset', tuning);
if (holdout1.length)
  druk('Holdout 1 (na eerste meting algemene verbeteringen gedaan, dus niet meer schoon)', holdout1);
if (holdout2.length)
  druk(
    'Holdout 2 (geschreven na het tunen; na de eerste meting regel G van naam.ts gerepareerd en [at] in e-mail toegevoegd)',
    holdout2,
  );

if (process.argv.includes('--fouten')) {
  console.log('\nFouten (synthetisch corpus):');
  for (const f of alles.fouten)
    console.log(`${f.id} ${f.soort} ${f.type.padEnd(13)} ${JSON.stringify(f.tekst)}`);
}

// Throughput on one core: (1) chunks of ~4 KB, the size of a long casus; (2) everything as one big text,
// which checks that nothing in the detector grows faster than linearly with the input.
const blok = corpus.map((s) => s.text).join('\n');
const bytesPerRonde = Buffer.byteLength(blok, 'utf8');
const rondes = Math.ceil((5 * 1024 * 1024) / bytesPerRonde);
const groot = Array.from({ length: rondes }, () => blok).join('\n');
const stukken: string[] = [];
for (let i = 0; i < groot.length; i += 4096) stukken.push(groot.slice(i, i + 4096));
for (let i = 0; i < 2; i++) for (const s of stukken.slice(0, 200)) scan(s); // warm-up (also loads the dictionary)

function meetDoorvoer(titel: string, teksten: string[]): void {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let gevonden = 0;
  for (const t of teksten) gevonden += scan(t).length;
  const seconden = Number(process.hrtime.bigint() - start) / 1e9;
  const gebruikt = process.cpuUsage(cpu);
  const cpuSeconden = (gebruikt.user + gebruikt.system) / 1e6;
  const mb = teksten.reduce((som, t) => som + Buffer.byteLength(t, 'utf8'), 0) / (1024 * 1024);
  console.log(
    `Doorvoer ${titel}: ${(mb / cpuSeconden).toFixed(2)} MB/s per CPU-seconde op één kern, ${(mb / seconden).toFixed(2)} MB/s wandklok (${mb.toFixed(1)} MB, ${cpuSeconden.toFixed(2)} s CPU, ${seconden.toFixed(2)} s wandklok, ${gevonden} findings)`,
  );
}

console.log('');
meetDoorvoer('in stukken van 4 KB', stukken);
meetDoorvoer('als één tekst', [groot]);
