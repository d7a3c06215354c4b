// After downtime, the reminders of a round that fell due meanwhile go out as one: the latest that applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';

describe.each(SOORTEN)('overdue reminders on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  const herinneringen = (casusId: string) =>
    o.db.prisma.outboxBericht.findMany({
      where: { casusId, soort: 'herinnering' },
      orderBy: { sleutel: 'asc' },
    });
  const jobs = async (casusId: string) => {
    const ronde = await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId } });
    return o.db.prisma.job.findMany({
      where: { groep: `ronde:${ronde.id}`, soort: 'herinnering' },
      orderBy: { due: 'asc' },
      select: { sleutel: true, status: true, laatsteFout: true },
    });
  };

  it('sends each reminder on time when the runner keeps up', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    await respond(o.d, LEDEN.wi, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    o.klok.zet('2026-11-24 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    o.klok.zet('2026-11-24 16:00');
    await voerDueJobsUit(o.d, jobHandlers);
    const berichten = await herinneringen(c.casusId);
    // Two reminders to each of the four silent members, each at their two addresses (console and Slack).
    expect(berichten).toHaveLength(16);
    expect((await jobs(c.casusId)).map((j) => j.status)).toEqual(['klaar', 'klaar']);
  });

  it('after downtime sends one reminder per member, the latest, and marks the earlier one superseded', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(o.d, consulent, intake({ titel: 'Tweede casus na een storing' }));
    await respond(o.d, LEDEN.wi, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    // Down from before the first reminder until after the second.
    o.klok.zet('2026-11-24 17:00');
    await voerDueJobsUit(o.d, jobHandlers);
    const berichten = await herinneringen(c.casusId);
    expect(berichten).toHaveLength(8);
    expect(new Set(berichten.map((b) => (b.ontvanger as { persoonId: string }).persoonId)).size).toBe(4);
    expect(berichten.every((b) => /^herinnering:[^:]+:1:/.test(b.sleutel))).toBe(true);
    const [eerste, tweede] = await jobs(c.casusId);
    expect(eerste).toMatchObject({ status: 'vervangen', laatsteFout: `vervangen door ${tweede!.sleutel}` });
    expect(tweede).toMatchObject({ status: 'klaar' });
    // Nothing is left to send later either.
    o.klok.verder(60_000);
    await voerDueJobsUit(o.d, jobHandlers);
    expect(await herinneringen(c.casusId)).toHaveLength(8);
  });
});
