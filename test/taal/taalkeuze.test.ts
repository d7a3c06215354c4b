// Which language the bot speaks to whom: a person's own choice in the tables file, else the tenant's;
// a channel speaks the tenant's language.
import { afterEach, describe, expect, it } from 'vitest';
import { inTransactie } from '../../src/services/context.ts';
import { taalVan } from '../../src/services/identiteit.ts';
import { adresseer } from '../../src/services/outboxplaatsing.ts';
import { maakOmgeving, type TestOmgeving, VOORBEELD_YAML } from '../helpers/database.ts';

const ENGELS = VOORBEELD_YAML.replace('  taal: nl  ', '  taal: en  ')
  .replace('  bewaartermijnMaanden: 12', '  slackTeamId: T0UTRECHT\n  bewaartermijnMaanden: 12')
  .replace('slack: U01WERKINK }', 'slack: U01WERKINK, taal: nl }');

let omgeving: TestOmgeving | undefined;
afterEach(async () => {
  await omgeving?.opruimen();
  omgeving = undefined;
});

async function persoonId(o: TestOmgeving, sleutel: string) {
  return (await o.d.db.persoon.findFirstOrThrow({ where: { sleutel } })).id;
}

describe('the language a person reads', () => {
  it('the example tables file documents the tenant language it sets', () => {
    expect(VOORBEELD_YAML).toMatch(/^ {2}taal: nl {2,}#/m);
    expect(ENGELS).toMatch(/^ {2}taal: en {2,}#/m);
  });

  it('is their own choice, else the tenant’s; a newcomer from the tenant’s workspace reads the tenant’s', async () => {
    omgeving = await maakOmgeving('pglite', { yaml: ENGELS });
    const slack = (extern: string, werkruimte?: string) =>
      taalVan(omgeving!.d, { platform: 'slack', extern, ...(werkruimte ? { werkruimte } : {}) });
    expect(await slack('U01VOORZIT')).toBe('en');
    expect(await slack('U01WERKINK')).toBe('nl');
    expect(await slack('U09ONBEKEND', 'T0UTRECHT')).toBe('en');
    expect(await slack('U09ONBEKEND', 'T0ANDERS')).toBe('nl');
    expect(await slack('U09ONBEKEND')).toBe('nl');
  });

  it('messages to a person and to a channel carry the language they are written in', async () => {
    omgeving = await maakOmgeving('pglite', { yaml: ENGELS });
    const o = omgeving;
    const tafel = await o.d.db.tafel.findFirstOrThrow();
    const [voorzitter, wi, kanaal] = await inTransactie(o.d, async (tx) => [
      await adresseer(tx, { soort: 'persoon', persoonId: await persoonId(o, 'voorzitter') }),
      await adresseer(tx, { soort: 'persoon', persoonId: await persoonId(o, 'wi') }),
      await adresseer(tx, { soort: 'kanaal', tafelId: tafel.id, kanaalSoort: 'tafel' }),
    ]);
    expect(voorzitter!.map((a) => a.taal)).toEqual(['en', 'en']);
    expect(wi!.map((a) => a.taal)).toEqual(['nl', 'nl']);
    expect(kanaal!.map((a) => a.taal)).toEqual(['en']);
  });

  it('a person who drops their choice follows the tenant again after the next import', async () => {
    omgeving = await maakOmgeving('pglite', { yaml: ENGELS });
    const { importeerTafels } = await import('../../src/services/tafelsimport.ts');
    const { leesTafelsBestand } = await import('../../src/config/tafelsbestand.ts');
    const zonderKeuze = ENGELS.replace('slack: U01WERKINK, taal: nl }', 'slack: U01WERKINK }');
    await importeerTafels(omgeving.d, leesTafelsBestand(zonderKeuze), zonderKeuze);
    expect(await taalVan(omgeving.d, { platform: 'slack', extern: 'U01WERKINK' })).toBe('en');
  });
});
