import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { openDatabase } from '../src/store/database.ts';
import { VOORBEELD_YAML } from './helpers/database.ts';

const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-cli-'));
const dataMap = path.join(map, 'pglite');

function vang() {
  const stukken: string[] = [];
  const stroom = new Writable({
    write(c, _e, klaar) {
      stukken.push(String(c));
      klaar();
    },
  });
  return { stroom: stroom as NodeJS.WritableStream, tekst: () => stukken.join('') };
}

async function draai(...args: string[]) {
  const uit = vang();
  const fout = vang();
  const code = await main(args, uit.stroom, fout.stroom);
  return { code, uit: uit.tekst(), fout: fout.tekst() };
}

describe('maatwerkbot command line', () => {
  const vorigeEnv = { ...process.env };
  beforeEach(() => {
    process.env.MAATWERKBOT_DATA_DIR = dataMap;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    process.env = vorigeEnv;
    rmSync(map, { recursive: true, force: true });
  });

  it('refuses a bad tables file in Dutch, every mistake with its line, and imports nothing', async () => {
    const slecht = path.join(map, 'slecht.yml');
    const yaml = VOORBEELD_YAML.replace('quorum: "60%"', 'quorum: "160%"')
      .replace('vroegSluiten: true', 'vroegSlutien: false')
      .replace('persoon: wethouder, trede: 2', 'persoon: niemand, trede: 2');
    const regel = (stuk: string) => yaml.split('\n').findIndex((r) => r.includes(stuk)) + 1;
    writeFileSync(slecht, yaml);
    const r = await draai('tafels', 'importeer', slecht);
    expect(r.code).toBe(2);
    expect(r.uit).toBe('');
    expect(r.fout).toContain('Het tafelbestand klopt niet; er is niets geïmporteerd. 3 fouten:');
    const plekken = [...r.fout.matchAll(/^- .*slecht\.yml, regel (\d+), kolom \d+: (.*)$/gm)];
    expect(plekken.map((p) => Number(p[1]))).toEqual([
      regel('persoon: niemand'),
      regel('quorum: "160%"'),
      regel('vroegSlutien'),
    ]);
    expect(plekken.map((p) => p[2])).toEqual([
      expect.stringContaining('`persoon` bij bestuurders[1]: Persoon "niemand" staat niet onder personen'),
      expect.stringContaining(
        '`quorum` bij tafels[0].beleid: Schrijf het quorum als een percentage van 1% tot en met 100%',
      ),
      'Onbekende instelling `vroegSlutien` bij tafels[0].beleid — bedoelde u `vroegSluiten`?',
    ]);
    expect(r.fout).toContain(`    ${regel('vroegSlutien')} |       vroegSlutien: false`);
    const db = await openDatabase({ soort: 'pglite', dataMap });
    expect(await db.prisma.tenant.count()).toBe(0);
    await db.sluit();
  });

  it('refuses a tables file with a YAML error: line, column, the line and a caret, exit code 2', async () => {
    const slecht = path.join(map, 'kapot.yml');
    writeFileSync(slecht, VOORBEELD_YAML.replace('  naam: Gemeente Utrecht', '  naam: "Gemeente Utrecht'));
    const regel = VOORBEELD_YAML.split('\n').findIndex((r) => r.includes('naam: Gemeente Utrecht')) + 1;
    const r = await draai('tafels', 'importeer', slecht);
    expect(r.code).toBe(2);
    expect(r.fout).toContain('Het bestand is geen geldige YAML; er is niets geïmporteerd. 1 fout:');
    expect(r.fout).toContain(
      `kapot.yml, regel ${regel}, kolom 9: Het aanhalingsteken " dat hier begint, wordt niet gesloten.`,
    );
    expect(r.fout).toContain(`    ${regel} |   naam: "Gemeente Utrecht\n       |         ^\n`);
  });

  it('imports the example file, twice, and the audit chain verifies', async () => {
    const bestand = path.join(map, 'tafels.yml');
    writeFileSync(bestand, VOORBEELD_YAML);
    const eerste = await draai('tafels', 'importeer', bestand);
    expect(eerste.code).toBe(0);
    expect(eerste.uit).toContain('Geïmporteerd voor utrecht: 1 tafel(s), 6 leden');
    expect((await draai('tafels', 'importeer', bestand)).code).toBe(0);
    const audit = await draai('audit', 'verifieer');
    // Each import anchored the chain head in the anchor file next to the data directory.
    expect(audit.code).toBe(0);
    expect(audit.uit).toMatch(
      /^utrecht: keten onverbroken \(2 gebeurtenissen; klopt met 2 anker\(s\), laatste: positie 2 van .+\)\.\n$/,
    );
  });

  it('exports the audit trail as CSV or JSONL and refuses bad dates in Dutch', async () => {
    const csv = await draai('audit', 'exporteer', '--van', '2020-01-01', '--tot', '2099-12-31');
    expect(csv.code).toBe(0);
    expect(csv.uit.split('\r\n')[0]).toBe(
      '\uFEFFgemeente;positie;moment;actie;actor;actorId;casus;hash;vorigeHash;kenmerk',
    );
    expect(csv.uit).toContain(';tafels_geimporteerd;systeem;');
    const jsonl = await draai(
      'audit',
      'exporteer',
      '--van',
      '2020-01-01',
      '--tot',
      '2099-12-31',
      '--formaat',
      'jsonl',
    );
    expect(JSON.parse(jsonl.uit.split('\n')[0]!)).toMatchObject({
      gemeente: 'utrecht',
      positie: 1,
      actie: 'tafels_geimporteerd',
    });
    const fout = await draai('audit', 'exporteer', '--van', '31-01-2026', '--tot', '2026-02-01');
    expect(fout.code).toBe(2);
    expect(fout.fout).toContain('van: Gebruik een datum als 2026-01-31');
    expect(
      (await draai('audit', 'exporteer', '--van', '2026-01-01', '--tot', '2026-02-01', '--formaat', 'xml'))
        .fout,
    ).toContain('Kies --formaat csv of jsonl');
  });

  it('prints the knelpunten report as CSV through the main command line', async () => {
    const r = await draai('rapport', '--van', '2026-01-01', '--tot', '2026-12-31', '--csv');
    expect(r.code, r.fout).toBe(0);
    expect(r.uit.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^knelpunt;/i);
    expect((await draai('rapport', '--van', 'gisteren', '--tot', '2026-12-31')).code).toBe(2);
  });

  it('prints the privacy overview for the FG', async () => {
    const r = await draai('privacy', 'overzicht');
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Gemeente utrecht');
    expect(r.uit).toContain('Bewaartermijn vrije tekst: 12 maanden');
    expect(r.uit).toMatch(/Auditketen: onverbroken \(\d+ gebeurtenissen\)/);
    expect(r.uit).toMatch(/Berichten niet bezorgd: \d+ onbezorgbaar .*, \d+ mislukt na herhaald proberen/);
  });

  it('refuses to open the embedded database while another process holds it', async () => {
    const server = await openDatabase({ soort: 'pglite', dataMap });
    try {
      const r = await draai('audit', 'verifieer');
      expect(r.code).toBe(3);
      expect(r.fout).toMatch(/in gebruik door een ander maatwerkbot-proces/);
    } finally {
      await server.sluit();
    }
    expect((await draai('audit', 'verifieer')).code).toBe(0);
  });

  it('reports a missing file and an unknown command without a stack trace', async () => {
    expect(await draai('tafels', 'importeer', path.join(map, 'bestaat-niet.yml'))).toMatchObject({ code: 2 });
    expect((await draai('onzin')).code).toBe(2);
  });
});
