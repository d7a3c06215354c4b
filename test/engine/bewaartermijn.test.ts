// Retention: free text of closed casussen is purged after the tenant's period, chat messages are
// replaced with a stub once, and the audit chain still verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { type Bezorger, verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { decideAsBestuurder } from '../../src/services/bestuurdersbesluit.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { registreerPlatformBericht } from '../../src/services/platformgeheugen.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { trekIn } from '../../src/services/voorzitter.ts';
import { beslisAlsVoorzitter } from '../../src/services/voorzittersbesluit.ts';
import {
  maakOmgeving,
  rondRondesAf,
  SOORTEN,
  type TestOmgeving,
  VOORBEELD_YAML,
  verifieerGeketend,
} from '../helpers/database.ts';
import { consulent, directeur, intake, LEDEN, voorzitter } from '../helpers/intake.ts';

/** Every text, text[] and jsonb column of every table that mentions `woord`: a logical dump search. */
async function vindOveral(o: TestOmgeving, woord: string): Promise<string[]> {
  const kolommen = await o.db.ruw.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'ARRAY', 'character varying')`,
  );
  const gevonden: string[] = [];
  for (const k of kolommen) {
    const [rij] = await o.db.ruw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${k.table_name}" WHERE "${k.column_name}"::text ILIKE $1`,
      [`%${woord}%`],
    );
    if (rij!.n > 0) gevonden.push(`${k.table_name}.${k.column_name}`);
  }
  return gevonden;
}

describe.each(SOORTEN)('retention purge on %s', (soort) => {
  let o: TestOmgeving;
  const bezorgd: string[] = [];
  const nepSlack: Bezorger = {
    platform: 'slack',
    async bezorg(b) {
      bezorgd.push(`${b.bericht.soort}:${b.adres.soort === 'kanaal' ? b.adres.kanaalId : b.adres.extern}`);
      return { ok: true };
    },
  };
  const nepConsole: Bezorger = { platform: 'console', bezorg: async () => ({ ok: true }) };
  beforeAll(async () => {
    o = await maakOmgeving(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('purges free text a year after the besluit, replaces the chat messages once, and the chain verifies', async () => {
    const c = await raiseCasus(
      o.d,
      consulent,
      intake({
        situatie: 'Zilvervos-situatie: moeder en zoon, huurachterstand na de kostendelersnorm.',
        kostenMaatwerk: 9000,
      }),
    );
    await respond(o.d, LEDEN.wi, c.referentie, {
      keuze: 'niet_akkoord',
      reden: 'Koraalrif-bezwaar: eerst indicatie.',
    });
    for (const lid of [LEDEN.corporatie, LEDEN.ggz, LEDEN.buurtteam, LEDEN.schuldhulp]) {
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.', voorwaarden: undefined });
    }
    await rondRondesAf(o.d);
    await beslisAlsVoorzitter(o.d, voorzitter, c.referentie, {
      uitkomst: 'toekennen',
      reden: 'Pelikaan-overweging van de voorzitter.',
    });
    await decideAsBestuurder(o.d, directeur, c.referentie, {
      besluit: 'goedkeuren',
      reden: 'Uitzondering verantwoord.',
    });
    await verstuurOutbox(o.d, [nepSlack, nepConsole]);
    // What an adapter records when it posts: the casus card and the besluit thread in Slack.
    await registreerPlatformBericht(o.d, {
      casusId: c.casusId,
      platform: 'slack',
      soort: 'casuskaart',
      kanaalId: 'C0TAFEL',
      berichtId: '1700000000.000100',
    });
    await registreerPlatformBericht(o.d, {
      casusId: c.casusId,
      platform: 'slack',
      soort: 'besluit',
      kanaalId: 'C0TAFEL',
      berichtId: '1700000000.000200',
    });
    expect(await vindOveral(o, 'Zilvervos')).not.toEqual([]);

    // Eleven months later: nothing yet.
    o.klok.zet('2027-10-23 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    expect((await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).tekstGewist).toBeNull();

    o.klok.zet('2027-11-24 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    bezorgd.length = 0;
    await verstuurOutbox(o.d, [nepSlack, nepConsole]);
    expect(bezorgd.sort()).toEqual(['inhoud_verwijderd:C0TAFEL', 'inhoud_verwijderd:C0TAFEL']);
    for (const woord of ['Zilvervos', 'huurachterstand na de kostendelersnorm']) {
      expect(await vindOveral(o, woord), woord).toEqual([]);
    }
    // Reasons given at the table live on only where they became the shared reasoning of the besluit
    // (and its search text, so the precedent stays findable).
    for (const woord of ['Koraalrif', 'Pelikaan']) {
      expect((await vindOveral(o, woord)).sort(), woord).toEqual(['Besluit.waarom', 'Besluit.zoektekst']);
    }
    // The anonymised besluit stays: outcome, knelpunt, amounts, dates, its own reasoning.
    const besluit = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } });
    expect(besluit).toMatchObject({
      uitkomst: 'toegekend',
      kostenMaatwerkCent: 900_000,
      afgewekenRegel: 'Participatiewet art. 22a (kostendelersnorm)',
    });
    expect(besluit.waarom).toContain('Uitzondering verantwoord.');

    // A second run does nothing and sends nothing.
    await o.db.prisma.job.updateMany({
      where: { sleutel: `bewaartermijn:${c.casusId}` },
      data: { status: 'gepland' },
    });
    await voerDueJobsUit(o.d, jobHandlers);
    bezorgd.length = 0;
    await verstuurOutbox(o.d, [nepSlack, nepConsole]);
    expect(bezorgd).toEqual([]);
    expect(
      await o.db.prisma.auditEvent.count({ where: { casusRef: c.referentie, actie: 'tekst_gewist' } }),
    ).toBe(1);
    expect((await verifieerGeketend(o.d)).every((t) => t.oordeel.geldig)).toBe(true);
  });

  it('a shorter retention period in the tables file re-plans the purge of closed casussen', async () => {
    o.klok.zet('2027-12-01 10:00');
    const c = await raiseCasus(
      o.d,
      consulent,
      intake({ situatie: 'Zeehond-situatie van een gezin met schulden en een dreigende ontruiming.' }),
    );
    await trekIn(o.d, consulent, c.referentie, { reden: 'Opgelost buiten de tafel.' });
    const korter = VOORBEELD_YAML.replace('bewaartermijnMaanden: 12', 'bewaartermijnMaanden: 1');
    await importeerTafels(o.d, leesTafelsBestand(korter), korter);
    o.klok.zet('2028-01-02 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    expect(await vindOveral(o, 'Zeehond')).toEqual([]);
    await importeerTafels(o.d, leesTafelsBestand(VOORBEELD_YAML), VOORBEELD_YAML);
  });
});
