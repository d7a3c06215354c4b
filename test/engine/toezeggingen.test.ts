// Commitments followed through: the ladder after the date (owner and organisation, then the chair), planned
// with the besluit, stopped when someone marks it done, and a step whose moment passed its use skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { GEWIST, wisVrijeTekst } from '../../src/services/bewaartermijn.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { inTransactie } from '../../src/services/context.ts';
import { markeerToezeggingGedaan, mijnToezeggingen, volgToezeggingOp } from '../../src/services/opvolging.ts';
import { maakOmgeving, rondRondesAf, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN, voorzitter } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';

describe('commitments followed through, on PGlite', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-12-01 09:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });
  const overgeslagen: { sleutel: string; reden: string }[] = [];
  const draai = (tijd: string) => {
    o.klok.zet(tijd);
    return voerDueJobsUit(o.d, jobHandlers, {
      bijOvergeslagen: (job, reden) => overgeslagen.push({ sleutel: job.sleutel, reden }),
    });
  };

  /** A besluit whose commitment the corporation's member gave with their answer. */
  async function metToezegging(start: string, datum: string) {
    o.klok.zet(start);
    const c = await raiseCasus(o.d, consulent, intake());
    for (const [naam, lid] of Object.entries(LEDEN)) {
      await respond(o.d, lid, c.referentie, {
        keuze: 'akkoord',
        reden: 'Akkoord.',
        ...(naam === 'corporatie' ? { toezegging: { taak: 'zoek een woonvorm', deadline: datum } } : {}),
      });
    }
    await rondRondesAf(o.d);
    const t = await o.db.prisma.toezegging.findFirstOrThrow({
      where: { besluit: { casusId: c.casusId } },
      include: { eigenaar: true },
    });
    return { c, t };
  }

  const ontvangers = async (casusId: string, soort: string, trede?: string) =>
    (await o.db.prisma.outboxBericht.findMany({ where: { casusId, soort } }))
      .filter((b) => !trede || (b.data as { trede?: string }).trede === trede)
      .map((b) => (b.ontvanger as { extern?: string; kanaalId?: string }).extern ?? 'kanaal')
      .sort();

  it('plans every step with the besluit and records who made the commitment', async () => {
    const { t } = await metToezegging('2026-12-01 09:00', '2026-12-08');
    expect(t.eigenaar?.naam).toBe('Sanne de Wit');
    const jobs = await o.db.prisma.job.findMany({
      where: { sleutel: { startsWith: `toezegging:${t.id}:` } },
      orderBy: { due: 'asc' },
    });
    // Due Tuesday 8 December: reminded Monday, the owner on Wednesday, the chair three working days later.
    expect(jobs.map((j) => [j.sleutel.split(':')[2], j.due, j.status])).toEqual([
      ['herinnering', ams('2026-12-07 09:00'), 'gepland'],
      ['eigenaar', ams('2026-12-09 09:00'), 'gepland'],
      ['voorzitter', ams('2026-12-14 09:00'), 'gepland'],
    ]);
  });

  it('after the date: the owner and their organisation, then the chair, each once', async () => {
    const { c, t } = await metToezegging('2027-01-04 09:00', '2027-01-12');
    await draai('2027-01-13 08:59');
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig')).toEqual([]);
    await draai('2027-01-13 09:00');
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'eigenaar')).toEqual([
      'U01CORPORA',
      'sanne',
    ]);
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'voorzitter')).toEqual([]);
    await draai('2027-01-18 08:59');
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'voorzitter')).toEqual([]);
    await draai('2027-01-18 09:00');
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'voorzitter')).toEqual([
      'U01VOORZIT',
      'marieke',
    ]);
    await draai('2027-01-25 09:00');
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig')).toHaveLength(4);
    const audit = await o.db.prisma.auditEvent.findMany({
      where: { casusRef: c.referentie, actie: 'toezegging_achterstallig' },
      orderBy: { volgnummer: 'asc' },
    });
    expect(audit.map((a) => (a.data as { trede: string }).trede)).toEqual(['eigenaar', 'voorzitter']);
    expect(JSON.stringify(audit.map((a) => a.data))).not.toContain(t.taak);
  });

  it('marked done: the text goes to the casus thread, the ladder stops, no step comes after', async () => {
    const { c, t } = await metToezegging('2027-02-01 09:00', '2027-02-09');
    await draai('2027-02-10 09:00');
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'eigenaar')).toHaveLength(2);
    o.klok.zet('2027-02-10 11:00');
    const r = await markeerToezeggingGedaan(o.d, LEDEN.corporatie, t.id, {
      tekst: 'Woonvorm gevonden bij de corporatie, sleutel volgende week.',
    });
    expect(r.referentie).toBe(c.referentie);
    const gedaan = await o.db.prisma.toezegging.findUniqueOrThrow({ where: { id: t.id } });
    expect(gedaan.gedaan).toEqual(ams('2027-02-10 11:00'));
    expect(gedaan.gedaanDoorId).toBe(t.eigenaarId);
    const [gedeeld] = await o.db.prisma.outboxBericht.findMany({
      where: { casusId: c.casusId, soort: 'toezegging_gedaan' },
    });
    expect(gedeeld?.ontvanger).toMatchObject({ soort: 'kanaal', kanaalSoort: 'tafel' });
    expect(gedeeld?.data).toMatchObject({
      tekst: 'Woonvorm gevonden bij de corporatie, sleutel volgende week.',
      doorNaam: 'Sanne de Wit',
      organisatie: 'Woningcorporatie Mitros',
    });
    const voorzitterStap = await o.db.prisma.job.findUniqueOrThrow({
      where: { sleutel: `toezegging:${t.id}:voorzitter` },
    });
    expect(voorzitterStap.status).toBe('geannuleerd');
    const audit = await o.db.prisma.auditEvent.findFirstOrThrow({
      where: { casusRef: c.referentie, actie: 'toezegging_gedaan' },
    });
    expect(JSON.stringify(audit.data)).not.toContain('Woonvorm');
    await draai('2027-02-22 09:00');
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'voorzitter')).toEqual([]);
    // Even a step that runs anyway (planned before, or a twin) sends nothing for a done commitment.
    const gestuurd = await inTransactie(o.d, (tx) =>
      volgToezeggingOp(tx, t.id, 'voorzitter', ams('2027-02-22 09:00')),
    );
    expect(gestuurd).toBe(0);
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'voorzitter')).toEqual([]);
    // A second "done" is refused, and changes nothing.
    await expect(
      markeerToezeggingGedaan(o.d, LEDEN.corporatie, t.id, { tekst: 'Nogmaals gedaan.' }),
    ).rejects.toThrow(/al als gedaan gemeld/);
  });

  it('a step so late that the next one is due is skipped; the chair step goes', async () => {
    const { c, t } = await metToezegging('2027-03-01 09:00', '2027-03-09');
    // The planner was down from before the reminder until the chair's moment.
    await draai('2027-03-16 09:00');
    expect(await ontvangers(c.casusId, 'toezegging_herinnering')).toEqual([]);
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'eigenaar')).toEqual([]);
    expect(await ontvangers(c.casusId, 'toezegging_achterstallig', 'voorzitter')).toEqual([
      'U01VOORZIT',
      'marieke',
    ]);
    expect(
      overgeslagen.filter((x) => x.sleutel.startsWith(`toezegging:${t.id}:`)).map((x) => x.sleutel),
    ).toEqual([`toezegging:${t.id}:herinnering`, `toezegging:${t.id}:eigenaar`]);
  });

  it('only the owner or their organisation marks it done, with a text free of personal data', async () => {
    const { c, t } = await metToezegging('2027-04-05 09:00', '2027-04-13');
    o.klok.zet('2027-04-14 10:00');
    await expect(markeerToezeggingGedaan(o.d, LEDEN.wi, t.id, { tekst: 'Gedaan.' })).rejects.toThrow(
      /Alleen wie de toezegging deed of een lid van Woningcorporatie Mitros/,
    );
    await expect(markeerToezeggingGedaan(o.d, voorzitter, t.id, { tekst: 'Gedaan.' })).rejects.toMatchObject({
      code: 'niet_bevoegd',
    });
    await expect(markeerToezeggingGedaan(o.d, LEDEN.corporatie, t.id, { tekst: 'ok' })).rejects.toMatchObject(
      {
        code: 'ongeldige_invoer',
      },
    );
    await expect(
      markeerToezeggingGedaan(o.d, LEDEN.corporatie, t.id, { tekst: 'Gebeld met moeder op 0612345678.' }),
    ).rejects.toMatchObject({ code: 'persoonsgegevens' });
    await expect(
      markeerToezeggingGedaan(o.d, LEDEN.corporatie, 'bestaat-niet', { tekst: 'Gedaan.' }),
    ).rejects.toThrow(/bestaat niet/);
    const nog = await o.db.prisma.toezegging.findUniqueOrThrow({ where: { id: t.id } });
    expect([nog.gedaan, nog.gedaanTekst]).toEqual([null, null]);
    expect(await ontvangers(c.casusId, 'toezegging_gedaan')).toEqual([]);
  });

  it('"mijn toezeggingen": my own and my organisation\'s open commitments, overdue ones marked', async () => {
    o.klok.zet('2027-05-03 09:00');
    const voor = await mijnToezeggingen(o.d, LEDEN.corporatie);
    const { t } = await metToezegging('2027-05-03 09:00', '2027-05-11');
    const lijst = await mijnToezeggingen(o.d, LEDEN.corporatie);
    expect(lijst).toHaveLength(voor.length + 1);
    expect(lijst.find((x) => x.toezeggingId === t.id)).toMatchObject({
      taak: 'zoek een woonvorm',
      organisatie: 'Woningcorporatie Mitros',
      achterstallig: false,
      eigen: true,
    });
    // Overdue ones of earlier tests (not done) are marked; the done one is gone.
    expect(voor.every((x) => x.achterstallig)).toBe(true);
    expect(await mijnToezeggingen(o.d, LEDEN.wi)).toEqual([]);
    o.klok.zet('2027-05-12 09:00');
    expect(
      (await mijnToezeggingen(o.d, LEDEN.corporatie)).find((x) => x.toezeggingId === t.id)?.achterstallig,
    ).toBe(true);
    await markeerToezeggingGedaan(o.d, LEDEN.corporatie, t.id, { tekst: 'Woonvorm gevonden.' });
    expect((await mijnToezeggingen(o.d, LEDEN.corporatie)).map((x) => x.toezeggingId)).not.toContain(t.id);
  });

  it('what was done is free text: wiped with the rest of the casus at the end of its retention', async () => {
    const { c, t } = await metToezegging('2027-06-01 09:00', '2027-06-08');
    await markeerToezeggingGedaan(o.d, LEDEN.corporatie, t.id, { tekst: 'Woonvorm gevonden.' });
    await inTransactie(o.d, (tx) => wisVrijeTekst(tx, c.casusId, ams('2028-06-01 09:00')));
    const gewist = await o.db.prisma.toezegging.findUniqueOrThrow({ where: { id: t.id } });
    expect(gewist.gedaanTekst).toBe(GEWIST);
    expect(gewist.gedaan).not.toBeNull();
  });
});
