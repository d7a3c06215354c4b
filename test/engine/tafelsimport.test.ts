import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { type DomeinFout, isDomeinFout } from '../../src/domain/fouten.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving, VOORBEELD_YAML } from '../helpers/database.ts';

function leesFout(yaml: string): DomeinFout {
  try {
    leesTafelsBestand(yaml);
  } catch (e) {
    if (isDomeinFout(e)) return e;
    throw e;
  }
  throw new Error('verwachtte een fout');
}

describe('tables file validation', () => {
  it('accepts the example file', () => {
    const b = leesTafelsBestand(VOORBEELD_YAML);
    expect(b.tafels[0]!.leden).toHaveLength(6);
    expect(b.bestuurders.map((x) => x.trede)).toEqual([1, 2]);
  });
  it.each([
    [
      'a member of an unknown organisation',
      VOORBEELD_YAML.replace('organisatie: schuldhulp, mandaat', 'organisatie: bestaatniet, mandaat'),
      'tafels[0].leden[5].organisatie',
      '`organisatie` bij tafels[0].leden[5]: Organisatie "bestaatniet" staat niet onder organisaties',
    ],
    [
      'an unreadable deadline',
      VOORBEELD_YAML.replace('normaal: 2 werkdagen', 'normaal: gauw'),
      'tafels[0].beleid.termijn.normaal',
      '`normaal` bij tafels[0].beleid.termijn: Schrijf een termijn als "2 werkdagen", "4 werkuren" of "voor de vergadering"',
    ],
    [
      'a bad meeting time',
      VOORBEELD_YAML.replace('tijd: "10:00" }', 'tijd: "25:00" }'),
      'tafels[0].beleid.vergadering.tijd',
      '`tijd` bij tafels[0].beleid.vergadering: Gebruik een tijd als 09:00',
    ],
    [
      'two representatives of one organisation',
      VOORBEELD_YAML.replace('persoon: ggz, organisatie: ggz', 'persoon: ggz, organisatie: buurtteam'),
      'tafels[0].leden[4].organisatie',
      '`organisatie` bij tafels[0].leden[4]: Organisatie "buurtteam" heeft al een lid aan deze tafel (tafels[0].leden[3])',
    ],
    [
      'a bestuurder who is not a person',
      VOORBEELD_YAML.replace('persoon: wethouder, trede: 2', 'persoon: niemand, trede: 2'),
      'bestuurders[1].persoon',
      '`persoon` bij bestuurders[1]: Persoon "niemand" staat niet onder personen',
    ],
    [
      'no chair',
      VOORBEELD_YAML.replace('rol: voorzitter', 'rol: lid'),
      'tafels[0].leden',
      '`leden` bij tafels[0]: Een tafel heeft precies één voorzitter (rol: voorzitter); deze tafel heeft er geen',
    ],
  ])('refuses %s, naming the field in Dutch', (_naam, yaml, veld, bericht) => {
    const fout = leesFout(yaml);
    expect(fout.code).toBe('configuratie');
    expect(fout.velden).toContainEqual({ veld, bericht });
  });
  it('refuses broken YAML with the line', () => {
    const fout = leesFout('tenant: [\n  niet: goed');
    expect(fout.message).toBe('Het bestand is geen geldige YAML; er is niets geïmporteerd.');
    expect(fout.velden.map((v) => v.veld)).toEqual(['regel 1, kolom 9']);
  });
});

describe.each(SOORTEN)('tables import on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort);
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('is idempotent', async () => {
    const tel = async () => ({
      personen: await o.db.prisma.persoon.count(),
      leden: await o.db.prisma.lid.count(),
      identiteiten: await o.db.prisma.identiteit.count(),
      kanalen: await o.db.prisma.kanaal.count(),
      bestuurders: await o.db.prisma.bestuurder.count(),
    });
    const voor = await tel();
    await importeerTafels(o.d, leesTafelsBestand(VOORBEELD_YAML), VOORBEELD_YAML);
    expect(await tel()).toEqual(voor);
    expect(voor).toEqual({ personen: 9, leden: 6, identiteiten: 18, kanalen: 2, bestuurders: 2 });
  });

  it('deactivates a member who left the file, keeping the row', async () => {
    const zonder = VOORBEELD_YAML.replace(/\n\s+- \{ persoon: schuldhulp.*\n/, '\n');
    const verslag = await importeerTafels(o.d, leesTafelsBestand(zonder), zonder);
    expect(verslag.gedeactiveerd).toBe(1);
    expect(await o.db.prisma.lid.count({ where: { actief: true } })).toBe(5);
    await importeerTafels(o.d, leesTafelsBestand(VOORBEELD_YAML), VOORBEELD_YAML);
    expect(await o.db.prisma.lid.count({ where: { actief: true } })).toBe(6);
  });
});
