// The weekly overview says only true things: nothing about a week before the table existed, and the
// week it covers is a calendar week, also across the clock change.
import { afterEach, describe, expect, it } from 'vitest';
import { stuurWeekoverzicht } from '../../src/services/agenda.ts';
import { maakOmgeving, type TestOmgeving } from '../helpers/database.ts';
import { ams } from '../helpers/klok.ts';

let o: TestOmgeving | undefined;
afterEach(async () => {
  await o?.opruimen();
  o = undefined;
});

async function overzichten(omgeving: TestOmgeving) {
  const rijen = await omgeving.db.prisma.outboxBericht.findMany({ where: { soort: 'weekoverzicht' } });
  return rijen.map((r) => r.data as { van: string; tot: string });
}

describe('the weekly overview', () => {
  it('is not sent for a week that ended before the table existed', async () => {
    o = await maakOmgeving('pglite', { start: '2026-03-25 10:00' });
    expect(await stuurWeekoverzicht(o.d, ams('2026-03-23 08:00'))).toBe(0);
    expect(await overzichten(o)).toEqual([]);
  });

  it('covers Monday 08:00 to Monday 08:00 local time across the clock change (167 hours)', async () => {
    o = await maakOmgeving('pglite', { start: '2026-03-20 10:00' });
    expect(await stuurWeekoverzicht(o.d, ams('2026-03-30 08:00'))).toBe(1);
    const [overzicht] = await overzichten(o);
    expect(overzicht).toMatchObject({
      van: ams('2026-03-23 08:00').toISOString(),
      tot: ams('2026-03-30 08:00').toISOString(),
    });
  });

  it('in autumn too (169 hours)', async () => {
    o = await maakOmgeving('pglite', { start: '2026-10-20 10:00' });
    expect(await stuurWeekoverzicht(o.d, ams('2026-10-26 08:00'))).toBe(1);
    const [overzicht] = await overzichten(o);
    expect(overzicht!.van).toBe(ams('2026-10-19 08:00').toISOString());
  });
});

describe('an agenda that comes after its meeting', () => {
  it('is not posted; the log hears what was skipped, and the next meeting’s agenda is planned', async () => {
    const { jobHandlers } = await import('../../src/jobs/handlers.ts');
    const { voerDueJobsUit } = await import('../../src/jobs/runner.ts');
    // Imported on Monday 14 Dec: the agenda of Tuesday 15 Dec 10:00 is due Monday 10:00.
    o = await maakOmgeving('pglite', { start: '2026-12-14 09:00' });
    // The process was down until Wednesday: the meeting was held without it.
    o.klok.zet('2026-12-16 09:00');
    const overgeslagen: { soort: string; reden: string }[] = [];
    await voerDueJobsUit(o.d, jobHandlers, {
      bijOvergeslagen: (job, reden) => overgeslagen.push({ soort: job.soort, reden }),
    });
    expect(overgeslagen).toEqual([
      { soort: 'agenda', reden: expect.stringContaining('kwam na die vergadering') },
    ]);
    expect(await o.db.prisma.outboxBericht.count({ where: { soort: 'agenda' } })).toBe(0);
    expect(
      await o.db.prisma.job.count({
        where: { soort: 'agenda', status: 'gepland', due: ams('2026-12-21 10:00') },
      }),
    ).toBe(1);
  });
});
