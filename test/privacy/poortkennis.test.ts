// The bot and `maatwerkbot anonimiseer` know the same of a tenant and give the same answer: the bot builds
// its knowledge from the database, the command line from the tables file that database was imported from,
// both through `poortKennis`, and both scan through `scanMetKennis`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonimiseer } from '../../src/cli/anonimiseer.ts';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { isDomeinFout } from '../../src/domain/fouten.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { bekendeNamen } from '../../src/services/lezen.ts';
import { kennisUitTafelsBestand } from '../../src/services/privacypoort.ts';
import { maakOmgeving, type TestOmgeving, VOORBEELD_YAML } from '../helpers/database.ts';
import { intake, wie } from '../helpers/intake.ts';

// A member registered with an organisation's abbreviation in her name, a team named after its area and
// a practice named after its doctor.
const YAML = VOORBEELD_YAML.replace('"Peter Bakker"', '"Chantal GGZ"')
  .replace('"Buurtteam Overvecht"', '"Buurtteam Noord"')
  .replace('"Schuldhulpverlening Utrecht"', '"Huisartsenpraktijk Van den Berg"');

const TEKSTEN = [
  'Werk en Inkomen en Buurtteam Noord zijn betrokken; GGZ Centraal nog niet. De Gemeente Utrecht betaalt.',
  'Geen betrokkenheid GGZ. Kostendelersnorm bij inwonend volwassen kind met beperking speelt hier.',
  'Huisartsenpraktijk Van den Berg stuurt de brief over de schulden vandaag nog door.',
  'Chantal belt morgen met moeder over de huurachterstand bij Woningcorporatie Mitros.',
  'Overleg met Chantal GGZ en Lotte Visser gehad over de kostendelersnorm en de huur.',
  'Overleg met Jan  de Vries en Sanne de Wit gehad over de kostendelersnorm en de huur.',
  "Zoon Kevin van 't Hof (19) woont thuis; contact via 06-12345678 of via de school.",
  'Mw. J. de Vries-Bakker, BSN 111222333, woont aan de Kerkstraat 12 in Utrecht.',
  'Noor Wouters heeft de aanvraag ingediend; Noor belt de tafel later terug.',
];

interface Vondst {
  type: string;
  start: number;
  end: number;
}

/** The findings of the bot's gate in the intake's `situatie`: its field error when it refuses. */
async function doorDeBot(o: TestOmgeving, tekst: string): Promise<Vondst[]> {
  try {
    await raiseCasus(o.d, { ...wie('noor'), naam: 'Noor Wouters' }, intake({ situatie: tekst }));
    return [];
  } catch (e) {
    if (!isDomeinFout(e)) throw e;
    const veld = e.velden.find((v) => v.veld === 'situatie');
    return (veld?.vondsten ?? []).map((v) => ({ type: v.soort, start: v.start, end: v.eind }));
  }
}

async function doorDeOpdrachtregel(args: string[], teksten: string[]) {
  const invoer = teksten.map((text, id) => JSON.stringify({ id, text })).join('\n');
  const uit = new PassThrough();
  const fout = new PassThrough();
  const delen: Buffer[] = [];
  const foutDelen: Buffer[] = [];
  uit.on('data', (d: Buffer) => delen.push(d));
  fout.on('data', (d: Buffer) => foutDelen.push(d));
  const code = await anonimiseer(args, Readable.from([Buffer.from(invoer)]), uit, fout);
  const regels = Buffer.concat(delen)
    .toString('utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((r) => JSON.parse(r) as { id: number; findings: Vondst[] });
  return {
    code,
    fout: Buffer.concat(foutDelen).toString('utf8'),
    vondsten: regels.map((r) => r.findings.map(({ type, start, end }) => ({ type, start, end }))),
  };
}

describe('the bot’s gate and `maatwerkbot anonimiseer --tafels` give the same answer', () => {
  let o: TestOmgeving;
  let map: string;
  let bestand: string;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { yaml: YAML });
    map = mkdtempSync(join(tmpdir(), 'mwb-anonimiseer-'));
    bestand = join(map, 'tafels.yml');
    writeFileSync(bestand, YAML);
  });
  afterAll(async () => {
    await o.opruimen();
    rmSync(map, { recursive: true, force: true });
  });

  it('knows the same of the tenant from the database as from the tables file it was imported from', async () => {
    const tenant = await o.d.db.tenant.findFirstOrThrow();
    const uitBestand = kennisUitTafelsBestand(leesTafelsBestand(YAML));
    expect(await bekendeNamen(o.d.db, tenant.id)).toEqual(uitBestand);
    expect(uitBestand.woordenschat).toEqual(
      expect.arrayContaining(['Gemeente Utrecht', 'Gemeente Utrecht, Werk en Inkomen', 'Buurtteam Noord']),
    );
    expect(uitBestand.namen).toContain('Chantal GGZ');
  });

  it('finds the same in the same texts, once it is told the name of a submitter the bot met in chat', async () => {
    const bot: Vondst[][] = [];
    for (const tekst of TEKSTEN) bot.push(await doorDeBot(o, tekst));
    // the submitter is now a person in the database, not in the tables file: --naam tells the command line
    const cli = await doorDeOpdrachtregel(
      ['--jsonl', '--tafels', bestand, '--naam', 'Noor Wouters'],
      TEKSTEN,
    );
    expect(cli).toMatchObject({ code: 0, fout: '' });
    expect(cli.vondsten).toEqual(bot);

    const namen = bot.map((vs, i) =>
      vs.filter((v) => v.type === 'naam').map((v) => TEKSTEN[i]!.slice(v.start, v.end)),
    );
    expect(namen).toEqual([
      [],
      [],
      [],
      ['Chantal'],
      ['Chantal GGZ', 'Lotte Visser'],
      ['Jan  de Vries', 'Sanne de Wit'],
      ["Kevin van 't Hof"],
      ['J. de Vries-Bakker'],
      ['Noor Wouters', 'Noor'],
    ]);
  });

  it('without the tables file the command line does not know the tenant’s words and people', async () => {
    const cli = await doorDeOpdrachtregel(['--jsonl'], ['Chantal GGZ belt.', 'Overleg met Lotte Visser.']);
    expect(cli.vondsten.map((v) => v.length)).toEqual([1, 1]);
  });
});

describe('`maatwerkbot anonimiseer --tafels` refuses a file it cannot use, and scans nothing', () => {
  it.each([
    [['--tafels', '/bestaat/niet.yml'], 'Kan /bestaat/niet.yml niet lezen.'],
    [['--tafels'], '--tafels verwacht een bestand.'],
    [['--tafels', 'a.yml', '--tafels', 'b.yml'], 'Geef --tafels één keer.'],
  ])('%j', async (args, melding) => {
    const r = await doorDeOpdrachtregel(args, ['Bel Jan de Vries.']);
    expect(r.code).toBe(2);
    expect(r.vondsten).toEqual([]);
    expect(r.fout).toContain(melding);
  });

  it('a tables file with errors: its findings as `tafels importeer` reports them', async () => {
    const map = mkdtempSync(join(tmpdir(), 'mwb-anonimiseer-'));
    const bestand = join(map, 'tafels.yml');
    writeFileSync(bestand, 'tenant: {}\n');
    try {
      const r = await doorDeOpdrachtregel(['--tafels', bestand], ['Bel Jan de Vries.']);
      expect(r.code).toBe(2);
      expect(r.vondsten).toEqual([]);
      expect(r.fout).toContain('`personen` ontbreekt in het bestand');
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
