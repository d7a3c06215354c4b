/**
 * Bench of the personal-data detector: precision/recall per type and overall on the gold corpus (all of it,
 * the tuning set c…, holdout 1 h1-…, holdout 2 h2-…, the new snippets n… and their held-out part h3-…;
 * the whole corpus and h3-… once more with what the gate knows of the tenant of tafels.example.yml),
 * throughput on one core, and the live heap once the gate is loaded.
 *
 *   npx tsx bench/privacy/run.ts                    figures only
 *   npx tsx bench/privacy/run.ts --fouten           also lists misses and false alarms, held-out h3-… excepted
 *   npx tsx bench/privacy/run.ts --fouten-holdout   also lists those of h3-… (look only when done tuning)
 *
 * Matching rule: see meten.ts (type equal, overlap ≥ half of the annotation).
 * Throughput: the corpus texts joined with newlines, repeated to at least 5 MB, scanned after a warm-up, in
 * chunks the size of a long casus (~4 KB) and as one text. MB = 2^20 bytes of UTF-8 input. Reported per
 * CPU-second of this (single-threaded) process, which does not depend on other load on the machine, and
 * per wall-clock second.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { scan } from '../../src/privacy/index.ts';
import { type Finding, PII_TYPES } from '../../src/privacy/typen.ts';
import type { PoortKennis } from '../../src/services/privacypoort.ts';
import { leesCorpus, type Meting, meet, type Snippet } from './meten.ts';

const corpus = leesCorpus(
  readFileSync(new URL('../../test/fixtures/privacy/corpus.jsonl', import.meta.url), 'utf8'),
);

function procent(x: number): string {
  return `${(x * 100).toFixed(1).padStart(5)}%`;
}

type Scanner = (tekst: string) => Finding[];

function druk(titel: string, snippets: Snippet[], scanner: Scanner = (t) => scan(t)): Meting {
  const m = meet(
    snippets,
    snippets.map((s) => scanner(s.text)),
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

// Live heap once the gate has scanned something (lists and dictionary loaded), after a full collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
gc();
const voor = process.memoryUsage();
scan('Mw. Jansen, zoon Mohammed (15), geboren 12-03-1985, Kerkstraat 12a.');
gc();
const na = process.memoryUsage();
const heapVoor = voor.heapUsed;
const heapNa = na.heapUsed;
// offset tables of word lists live in ArrayBuffers: outside the heap the collector marks, but memory all the same
const buffersErbij = na.arrayBuffers - voor.arrayBuffers;

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

const nieuw = corpus.filter((s) => s.id.startsWith('n'));
const holdout3 = corpus.filter((s) => s.id.startsWith('h3-'));
if (nieuw.length)
  druk('Nieuw (n…, geschreven voor "niets persoonlijks glipt erdoor", daarna op getuned)', nieuw);
if (holdout3.length)
  druk(
    'Holdout 3 (h3-…, tegelijk geschreven, vóór de wijzigingen, nooit op getuned: "nooit gezien")',
    holdout3,
  );

// The same, knowing what the bot knows of the example tenant (its people's names to find, its own name,
// organisations, knelpunten and tables never a name), as `maatwerkbot anonimiseer --tafels` does.
// Loaded only now: the tables file's reader and the services are no part of the gate's heap above.
const { leesTafelsBestand } = await import('../../src/config/tafelsbestand.ts');
const { kennisUitTafelsBestand } = await import('../../src/services/privacypoort.ts');
const { scanMetKennis } = await import('../../src/services/privacyscanner.ts');
const kennis: PoortKennis = kennisUitTafelsBestand(
  leesTafelsBestand(readFileSync(new URL('../../tafels.example.yml', import.meta.url), 'utf8')),
);
const voorbeeld: Scanner = (t) => scanMetKennis(t, kennis).findings;
druk(
  'Hele corpus, met de kennis van tafels.example.yml (zoals de bot en anonimiseer --tafels)',
  corpus,
  voorbeeld,
);
druk('Holdout 3, met de kennis van tafels.example.yml', holdout3, voorbeeld);

const toonHoldout = process.argv.includes('--fouten-holdout');
if (process.argv.includes('--fouten') || toonHoldout) {
  console.log('\nFouten (synthetisch corpus):');
  for (const f of alles.fouten)
    if (toonHoldout || !f.id.startsWith('h3-'))
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
console.log(
  `Heap na laden (na volledige GC): ${(heapNa / 2 ** 20).toFixed(1)} MB, waarvan ${((heapNa - heapVoor) / 2 ** 20).toFixed(1)} MB door de eerste scan (woordenboek en lijsten); daarnaast ${(buffersErbij / 2 ** 20).toFixed(1)} MB in ArrayBuffers (offsettabellen)`,
);
meetDoorvoer('in stukken van 4 KB', stukken);
meetDoorvoer('als één tekst', [groot]);
