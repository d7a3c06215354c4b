// Outbox rows may be retried out of order: the Slack bezorger never shows a card older than the stored
// version (the newer version has its own row). It asks the service for that version, not the database.
import type { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakSlackBezorger } from '../../adapters/slack/bezorger.ts';
import type { Bericht } from '../../src/domain/berichten.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { kaartVersie } from '../../src/services/platformgeheugen.ts';
import { maakOmgeving, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake } from '../helpers/intake.ts';

/** A Slack client that records every API method called on it and answers nothing useful. */
function opnemendeClient(oproepen: string[]): WebClient {
  const groep = (naam: string) =>
    new Proxy({}, { get: (_d, methode) => async () => oproepen.push(`${naam}.${String(methode)}`) });
  return new Proxy({}, { get: (_d, naam) => groep(String(naam)) }) as WebClient;
}

describe('the Slack card is never delivered older than the stored version', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite');
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('kaartVersie reads the stored version, and null for an unknown casus', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    const opgeslagen = await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } });
    expect(await kaartVersie(o.d, c.casusId)).toBe(opgeslagen.versie);
    expect(await kaartVersie(o.d, '00000000-0000-0000-0000-000000000000')).toBeNull();
  });

  it('a card update older than the stored version is skipped without a Slack call', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    const versie = (await kaartVersie(o.d, c.casusId))!;
    const oproepen: string[] = [];
    const bezorger = maakSlackBezorger({
      d: o.d,
      botToken: 'xoxb-test',
      log: maakLogboek('silent'),
      client: opnemendeClient(oproepen),
    });
    const oud = { soort: 'casus_bijgewerkt', kaart: { casus: { casusId: c.casusId }, versie: versie - 1 } };
    const uitkomst = await bezorger.bezorg({
      id: 'oud',
      sleutel: `kaart:${c.casusId}:v${versie - 1}`,
      casusId: c.casusId,
      adres: {
        soort: 'kanaal',
        platform: 'slack',
        kanaalId: 'C0TAFEL',
        tafelId: 'tafel',
        kanaalSoort: 'tafel',
      },
      bericht: oud as unknown as Bericht,
      pogingen: 0,
    });
    expect(uitkomst).toEqual({ ok: true });
    expect(oproepen).toEqual([]);
  });
});
