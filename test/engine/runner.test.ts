// The job runner works in batches: one transaction for many due jobs. A job that fails does not take
// the others with it: nothing of it is kept (its messages and audit events neither), it is recorded and
// tried again later, and the rest of its batch goes through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { type JobHandler, voerDueJobsUit } from '../../src/jobs/runner.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { annuleerJobs } from '../../src/services/jobplanning.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving, verifieerGeketend } from '../helpers/database.ts';
import { consulent, intake } from '../helpers/intake.ts';

describe.each(SOORTEN)('the job runner on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('keeps nothing of a failing job, not what it queued either; the rest of its batch goes through', async () => {
    const casussen = [];
    for (let i = 0; i < 4; i++) casussen.push(await raiseCasus(o.d, consulent, intake()));
    const pechRonde = (
      await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: casussen[1]!.casusId } })
    ).id;
    // The close of one round breaks after it did its work: escalated, messages queued, audit queued.
    const sluiten = jobHandlers.ronde_sluiten!;
    const handlers: Record<string, JobHandler> = {
      ...jobHandlers,
      ronde_sluiten: async (job, ctx) => {
        await sluiten(job, ctx);
        if ((job.payload as { rondeId: string }).rondeId === pechRonde)
          throw new Error('storing in de handler');
      },
    };
    o.klok.zet('2026-11-25 10:00');
    const fouten: string[] = [];
    const verslag = await voerDueJobsUit(o.d, handlers, { bijFout: (job) => fouten.push(job.sleutel) });
    expect(verslag.mislukt).toBe(1);
    expect(fouten).toEqual([`ronde:${pechRonde}:sluiten`]);
    const job = await o.db.prisma.job.findUniqueOrThrow({ where: { sleutel: `ronde:${pechRonde}:sluiten` } });
    expect(job).toMatchObject({ status: 'gepland', pogingen: 1, laatsteFout: 'storing in de handler' });
    expect(job.due.getTime()).toBeGreaterThan(o.klok.nu().getTime());
    // Its casus is untouched: no escalation, no chair's message, no audit event; the others escalated.
    for (const [i, c] of casussen.entries()) {
      const escalaties = await o.db.prisma.escalatie.count({ where: { casusId: c.casusId } });
      const berichten = await o.db.prisma.outboxBericht.count({
        where: { casusId: c.casusId, soort: 'escalatie' },
      });
      const audit = await o.db.prisma.auditEvent.count({
        where: { casusRef: c.referentie, actie: 'geescaleerd' },
      });
      expect([escalaties, berichten > 0, audit], c.referentie).toEqual(
        i === 1 ? [0, false, 0] : [1, true, 1],
      );
    }
    expect((await verifieerGeketend(o.d)).every((r) => r.oordeel.geldig)).toBe(true);
    // The retry, after its backoff, does the work once.
    o.klok.zet(job.due);
    expect((await voerDueJobsUit(o.d, jobHandlers)).uitgevoerd).toBeGreaterThan(0);
    expect(await o.db.prisma.escalatie.count({ where: { casusId: casussen[1]!.casusId } })).toBe(1);
    expect((await verifieerGeketend(o.d)).every((r) => r.oordeel.geldig)).toBe(true);
  });

  it('records a job that cancels its own group as done, and does not run a job an earlier one in its batch cancelled', async () => {
    o.klok.zet('2026-11-30 09:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const ronde = (await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: c.casusId } })).id;
    const groep = await o.db.prisma.job.findMany({
      where: { sleutel: { startsWith: `ronde:${ronde}:` } },
      orderBy: { due: 'asc' },
    });
    expect(groep.map((j) => j.soort)).toEqual(['herinnering', 'herinnering', 'ronde_sluiten']);
    // The first reminder, when it runs, cancels the rest of its round (as a withdrawal would): the second
    // reminder and the close are in the same batch, after it, and must not run.
    const gedraaid: string[] = [];
    const handlers: Record<string, JobHandler> = {
      ...jobHandlers,
      herinnering: async (job, ctx) => {
        gedraaid.push(job.sleutel);
        if (job.id === groep[0]!.id) await annuleerJobs(ctx.tx, `ronde:${ronde}:`, ctx.nu);
      },
      ronde_sluiten: async (job) => {
        gedraaid.push(job.sleutel);
      },
    };
    o.klok.zet('2026-12-04 10:00');
    const overgeslagen: string[] = [];
    await voerDueJobsUit(o.d, handlers, { bijOvergeslagen: (job) => overgeslagen.push(job.sleutel) });
    expect(gedraaid).toEqual([groep[0]!.sleutel]);
    expect(overgeslagen.filter((s) => s.startsWith(`ronde:${ronde}:`))).toEqual([
      groep[1]!.sleutel,
      groep[2]!.sleutel,
    ]);
    const na = await o.db.prisma.job.findMany({ where: { id: { in: groep.map((j) => j.id) } } });
    expect(groep.map((j) => na.find((n) => n.id === j.id)!.status)).toEqual([
      'klaar',
      'geannuleerd',
      'geannuleerd',
    ]);

    // The real close cancels its round's planned jobs, itself among them: it is still recorded as done.
    o.klok.zet('2026-11-30 09:00');
    const d = await raiseCasus(o.d, consulent, intake());
    const ronde2 = (await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: d.casusId } })).id;
    o.klok.zet('2026-12-04 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    expect(
      await o.db.prisma.job.findUniqueOrThrow({ where: { sleutel: `ronde:${ronde2}:sluiten` } }),
    ).toMatchObject({ status: 'klaar', pogingen: 1 });
    expect(await o.db.prisma.besluitronde.findUniqueOrThrow({ where: { id: ronde2 } })).toMatchObject({
      status: expect.not.stringMatching(/^open$/),
    });
  });
});
