// Outbox delivery: retries with backoff or Retry-After, permanent failures reported to the chair,
// and the weekly digest's cron slot claimed once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bezorger, type BezorgUitkomst, verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { stuurWeekoverzicht } from '../../src/services/agenda.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';

function nepSlack(antwoord: (soort: string) => BezorgUitkomst) {
  const pogingen: string[] = [];
  const bezorger: Bezorger = {
    platform: 'slack',
    async bezorg(b) {
      pogingen.push(b.bericht.soort);
      return antwoord(b.bericht.soort);
    },
  };
  return { bezorger, pogingen };
}
const console_: Bezorger = { platform: 'console', bezorg: async () => ({ ok: true }) };

describe('outbox delivery', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('honours Retry-After on a rate limit and delivers later, once', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    let beperkt = true;
    const slack = nepSlack(() =>
      beperkt ? { ok: false, tijdelijk: true, opnieuwNaMs: 30_000, fout: 'ratelimited' } : { ok: true },
    );
    await verstuurOutbox(o.d, [slack.bezorger, console_]);
    const wachtend = await o.db.prisma.outboxBericht.findFirstOrThrow({
      where: {
        casusId: c.casusId,
        soort: 'casus_ontvangen',
        ontvanger: { path: ['platform'], equals: 'slack' },
      },
    });
    expect(wachtend).toMatchObject({ status: 'wachtend', pogingen: 1, laatsteFout: 'ratelimited' });
    expect(wachtend.volgendePoging).toEqual(new Date(ams('2026-11-23 10:00').getTime() + 30_000));
    beperkt = false;
    o.klok.verder(10_000);
    slack.pogingen.length = 0;
    await verstuurOutbox(o.d, [slack.bezorger, console_]);
    expect(slack.pogingen).toEqual([]); // not before Retry-After
    o.klok.verder(20_000);
    await verstuurOutbox(o.d, [slack.bezorger, console_]);
    expect(slack.pogingen.filter((s) => s === 'casus_ontvangen')).toHaveLength(1);
    await verstuurOutbox(o.d, [slack.bezorger, console_]);
    expect(slack.pogingen.filter((s) => s === 'casus_ontvangen')).toHaveLength(1);
    expect((await o.db.prisma.outboxBericht.findUniqueOrThrow({ where: { id: wachtend.id } })).status).toBe(
      'verzonden',
    );
  });

  it('backs off exponentially, gives up after repeated failure, and tells the chair', async () => {
    o.klok.zet('2026-11-24 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const slack = nepSlack((soort) =>
      soort === 'bezorging_mislukt' ? { ok: true } : { ok: false, tijdelijk: true, fout: 'HTTP 503' },
    );
    const tijden: number[] = [];
    for (let i = 0; i < 8; i++) {
      await verstuurOutbox(o.d, [slack.bezorger, console_]);
      const rij = await o.db.prisma.outboxBericht.findFirstOrThrow({
        where: {
          casusId: c.casusId,
          soort: 'casus_ontvangen',
          ontvanger: { path: ['platform'], equals: 'slack' },
        },
      });
      tijden.push(rij.volgendePoging.getTime() - o.klok.nu().getTime());
      o.klok.zet(rij.volgendePoging);
    }
    expect(tijden.slice(0, 4)).toEqual([2_000, 4_000, 8_000, 16_000]);
    const mislukt = await o.db.prisma.outboxBericht.findFirstOrThrow({
      where: {
        casusId: c.casusId,
        soort: 'casus_ontvangen',
        ontvanger: { path: ['platform'], equals: 'slack' },
      },
    });
    expect(mislukt).toMatchObject({ status: 'mislukt', pogingen: 8 });
    const melding = await o.db.prisma.outboxBericht.findMany({
      where: { casusId: c.casusId, soort: 'bezorging_mislukt' },
    });
    expect(melding.length).toBeGreaterThan(0);
    expect(melding.every((m) => (m.ontvanger as { naam?: string }).naam === 'Marieke Jansen')).toBe(true);
  });

  it('a permanent error fails at once and is reported, without retries', async () => {
    o.klok.zet('2026-11-25 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const slack = nepSlack((soort) =>
      soort === 'bezorging_mislukt'
        ? { ok: true }
        : { ok: false, tijdelijk: false, fout: 'channel_not_found' },
    );
    await verstuurOutbox(o.d, [slack.bezorger, console_]);
    const rij = await o.db.prisma.outboxBericht.findFirstOrThrow({
      where: {
        casusId: c.casusId,
        soort: 'casus_ontvangen',
        ontvanger: { path: ['platform'], equals: 'slack' },
      },
    });
    expect(rij).toMatchObject({ status: 'mislukt', pogingen: 1, laatsteFout: 'channel_not_found' });
  });
});

describe.each(SOORTEN)('casus cards in the outbox on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('are read as they stand at delivery; older waiting updates of the same card are not sent again', async () => {
    const kaarten: { soort: string; versie: number; geantwoord: string[]; kanaal: string }[] = [];
    const kanaal: Bezorger = {
      platform: 'console',
      async bezorg(b) {
        if (
          (b.bericht.soort === 'casus_bijgewerkt' || b.bericht.soort === 'casus_geplaatst') &&
          b.adres.soort === 'kanaal'
        ) {
          kaarten.push({
            soort: b.bericht.soort,
            versie: b.bericht.kaart.versie,
            geantwoord: b.bericht.kaart.ronde!.geantwoord.map((l) => l.organisatie),
            kanaal: b.adres.kanaalId,
          });
        }
        return { ok: true };
      },
    };
    const c = await raiseCasus(o.d, consulent, intake());
    for (const lid of [LEDEN.wi, LEDEN.corporatie, LEDEN.ggz])
      await respond(o.d, lid, c.casusId, { keuze: 'akkoord', reden: 'Past binnen onze afspraken.' });
    // Stored by reference: no card text in the outbox.
    const opgeslagen = await o.db.prisma.outboxBericht.findMany({
      where: { casusId: c.casusId, soort: { in: ['casus_geplaatst', 'casus_bijgewerkt'] } },
      orderBy: { volgorde: 'asc' },
    });
    expect(opgeslagen).toHaveLength(4);
    expect(JSON.stringify(opgeslagen.map((r) => r.data))).not.toContain('Kostendelersnorm');
    await verstuurOutbox(o.d, [kanaal]);
    // The first post shows the card as it stands now (three answers, version 4); the three updates are redundant.
    expect(kaarten).toEqual([
      { soort: 'casus_geplaatst', versie: 4, geantwoord: expect.any(Array), kanaal: '#citydeal-tafel' },
    ]);
    expect(kaarten[0]!.geantwoord).toHaveLength(3);
    const na = await o.db.prisma.outboxBericht.findMany({
      where: { id: { in: opgeslagen.map((r) => r.id) } },
      orderBy: { volgorde: 'asc' },
    });
    expect(na.map((r) => r.status)).toEqual(['verzonden', 'vervangen', 'vervangen', 'vervangen']);
    // A later answer is a new update, delivered once.
    await respond(o.d, LEDEN.buurtteam, c.casusId, {
      keuze: 'akkoord',
      reden: 'Past binnen onze afspraken.',
    });
    await verstuurOutbox(o.d, [kanaal]);
    await verstuurOutbox(o.d, [kanaal]);
    expect(kaarten.slice(1)).toEqual([
      { soort: 'casus_bijgewerkt', versie: 5, geantwoord: expect.any(Array), kanaal: '#citydeal-tafel' },
    ]);
  });
});

describe.each(SOORTEN)('the weekly digest on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort, { start: '2026-11-30 08:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('runs once per slot, also when replicas claim it at the same moment', async () => {
    const slot = ams('2026-11-30 08:00');
    const pogingen = await Promise.all([
      stuurWeekoverzicht(o.d, slot),
      stuurWeekoverzicht(o.d, slot),
      stuurWeekoverzicht(o.d, slot),
    ]);
    expect(pogingen.filter(Boolean)).toHaveLength(1);
    expect(await o.db.prisma.outboxBericht.count({ where: { soort: 'weekoverzicht' } })).toBe(1);
    expect(await stuurWeekoverzicht(o.d, slot)).toBe(false);
    expect(await stuurWeekoverzicht(o.d, ams('2026-12-07 08:00'))).toBe(1);
  });
});
