import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { legToestemmingVast } from '../../src/services/toestemming.ts';
import { maakOmgeving, rondRondesAf, type TestOmgeving, VOORBEELD_YAML } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';

describe('consent (toestemming)', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });
  const herinneringen = (casusId: string) =>
    o.db.prisma.outboxBericht.count({ where: { casusId, soort: 'toestemming_herinnering' } });

  it('reminds the submitter after 5 working days when consent is still missing', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(o.d, consulent, intake({ toestemming: 'nog_niet' }));
    expect(
      (await o.db.prisma.job.findUniqueOrThrow({ where: { sleutel: `toestemming:${c.casusId}` } })).due,
    ).toEqual(ams('2026-11-30 10:00'));
    o.klok.zet('2026-11-30 09:59');
    await voerDueJobsUit(o.d, jobHandlers);
    expect(await herinneringen(c.casusId)).toBe(0);
    o.klok.zet('2026-11-30 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    expect(await herinneringen(c.casusId)).toBe(2); // console and Slack identity of the submitter
  });

  it('recording consent in time cancels the reminder; only the submitter or chair may, with a weighing when there is no consent', async () => {
    o.klok.zet('2026-12-01 10:00');
    const c = await raiseCasus(o.d, consulent, intake({ toestemming: 'nog_niet' }));
    await expect(
      legToestemmingVast(o.d, LEDEN.ggz, c.referentie, { toestemming: 'ja_vastgelegd' }),
    ).rejects.toThrow(/Alleen de indiener of de voorzitter/);
    await expect(
      legToestemmingVast(o.d, consulent, c.referentie, { toestemming: 'nee_afweging_vastgelegd' }),
    ).rejects.toThrow(/Controleer/);
    await legToestemmingVast(o.d, consulent, c.referentie, {
      toestemming: 'nee_afweging_vastgelegd',
      afweging: 'Inwoner niet bereikbaar; bespreken voorkomt uithuiszetting.',
    });
    o.klok.zet('2026-12-09 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    expect(await herinneringen(c.casusId)).toBe(0);
    const casus = await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } });
    expect(casus.toestemming).toBe('nee_afweging_vastgelegd');
    expect(
      await o.db.prisma.auditEvent.count({
        where: { casusRef: c.referentie, actie: 'toestemming_vastgelegd' },
      }),
    ).toBe(1);
  });

  it('no reminder when consent was recorded at intake', async () => {
    o.klok.zet('2026-12-10 10:00');
    const c = await raiseCasus(o.d, consulent, intake({ toestemming: 'ja_vastgelegd' }));
    expect(await o.db.prisma.job.findUnique({ where: { sleutel: `toestemming:${c.casusId}` } })).toBeNull();
  });
});

describe('a table that requires consent before a besluit', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    const yaml = VOORBEELD_YAML.replace(
      'toestemmingVereistVoorBesluit: false',
      'toestemmingVereistVoorBesluit: true',
    );
    expect(yaml).not.toBe(VOORBEELD_YAML);
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00', yaml });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('keeps the besluit waiting, says why, and records and shares it as soon as consent is recorded', async () => {
    const c = await raiseCasus(o.d, consulent, intake({ toestemming: 'nog_niet' }));
    for (const lid of Object.values(LEDEN))
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    await rondRondesAf(o.d);
    expect(await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).toMatchObject({
      status: 'wacht_op_toestemming',
    });
    expect(await o.db.prisma.besluit.count({ where: { casusId: c.casusId } })).toBe(0);
    const waarom = await o.db.prisma.outboxBericht.findFirstOrThrow({
      where: { casusId: c.casusId, sleutel: { startsWith: 'toestemming:wacht:' } },
    });
    expect(waarom.data).toMatchObject({ soort: 'toestemming_herinnering', wachtendeUitkomst: 'toegekend' });
    await legToestemmingVast(o.d, consulent, c.referentie, { toestemming: 'ja_vastgelegd' });
    const besluit = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } });
    expect(besluit).toMatchObject({ uitkomst: 'toegekend', genomenDoor: 'tafel' });
    expect(await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).toMatchObject({
      status: 'besloten',
      wachtendBesluit: null,
    });
    expect(
      await o.db.prisma.outboxBericht.count({ where: { casusId: c.casusId, soort: 'besluit_gedeeld' } }),
    ).toBeGreaterThan(0);
  });

  it('does not wait when consent or a weighing was recorded at intake', async () => {
    const c = await raiseCasus(o.d, consulent, intake({ toestemming: 'ja_vastgelegd' }));
    for (const lid of Object.values(LEDEN))
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    await rondRondesAf(o.d);
    expect((await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).status).toBe('besloten');
  });
});
