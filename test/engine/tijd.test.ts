// Every time-driven step fires at its working-time moment, with an injected clock (no sleeping).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { agendaOpVerzoek } from '../../src/services/agenda.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import type { Diensten } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import {
  heropenRonde,
  legVergaderbesluitVast,
  trekIn,
  verlengTermijn,
  zetOpAgenda,
} from '../../src/services/voorzitter.ts';
import { openDatabase } from '../../src/store/database.ts';
import { maakOmgeving, rondRondesAf, type TestOmgeving, VOORBEELD_YAML } from '../helpers/database.ts';
import { consulent, intake, LEDEN, voorzitter } from '../helpers/intake.ts';
import { ams, TestKlok } from '../helpers/klok.ts';

describe('time-driven steps on PGlite', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });
  const draai = () => voerDueJobsUit(o.d, jobHandlers);

  it('plans the close at the deadline and reminders 8 and 2 working hours before it', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const ronde = await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: c.casusId } });
    const jobs = await o.db.prisma.job.findMany({
      where: { sleutel: { startsWith: `ronde:${ronde.id}:` } },
      orderBy: { due: 'asc' },
    });
    expect(jobs.map((j) => [j.soort, j.due])).toEqual([
      ['herinnering', ams('2026-11-24 10:00')],
      ['herinnering', ams('2026-11-24 16:00')],
      ['ronde_sluiten', ams('2026-11-25 10:00')],
    ]);
    // One minute before the deadline nothing closes; at the deadline it does, once.
    o.klok.zet('2026-11-25 09:59');
    await draai();
    expect((await o.db.prisma.besluitronde.findUniqueOrThrow({ where: { id: ronde.id } })).status).toBe(
      'open',
    );
    o.klok.zet('2026-11-25 10:00');
    await draai();
    expect((await o.db.prisma.besluitronde.findUniqueOrThrow({ where: { id: ronde.id } })).status).toBe(
      'gesloten',
    );
    expect(
      await o.db.prisma.auditEvent.count({ where: { casusRef: c.referentie, actie: 'ronde_gesloten' } }),
    ).toBe(1);
    await draai();
    expect(
      await o.db.prisma.auditEvent.count({ where: { casusRef: c.referentie, actie: 'ronde_gesloten' } }),
    ).toBe(1);
  });

  it('a spoed round across the October DST change closes at the right wall-clock time', async () => {
    o.klok.zet('2026-10-23 15:00'); // Friday; the clocks go back on Sunday 25 October
    const c = await raiseCasus(o.d, consulent, intake({ urgentie: 'spoed' }));
    // 2 working hours on Friday, 2 on Monday: 11:00 Amsterdam, which is 10:00 UTC in winter time.
    expect(c.deadline).toEqual(ams('2026-10-26 11:00'));
    expect(c.deadline?.toISOString()).toBe('2026-10-26T10:00:00.000Z');
  });

  it('answering cancels nothing early, but closing cancels the remaining reminders', async () => {
    o.klok.zet('2026-11-30 09:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const ronde = await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: c.casusId } });
    for (const lid of Object.values(LEDEN))
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    await rondRondesAf(o.d);
    const jobs = await o.db.prisma.job.findMany({
      where: { sleutel: { startsWith: `ronde:${ronde.id}:` }, soort: { not: 'ronde_afronden' } },
    });
    expect(jobs.map((j) => j.status)).toEqual(['geannuleerd', 'geannuleerd', 'geannuleerd']);
    // A commitment reminder one working day before its date, and the evaluation question after 3 months.
    const besluit = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } });
    const evaluatie = await o.db.prisma.job.findUniqueOrThrow({
      where: { sleutel: `besluit:${besluit.id}:evaluatie` },
    });
    expect(evaluatie.due).toEqual(ams('2027-02-28 09:00'));
    o.klok.zet('2027-02-28 09:00');
    await draai();
    expect(
      await o.db.prisma.outboxBericht.count({ where: { casusId: c.casusId, soort: 'evaluatie_vraag' } }),
    ).toBe(2);
  });

  it('commitments are reminded to their owner one working day before the date', async () => {
    o.klok.zet('2026-12-01 09:00');
    const c = await raiseCasus(o.d, consulent, intake());
    for (const [naam, lid] of Object.entries(LEDEN)) {
      await respond(o.d, lid, c.referentie, {
        keuze: 'akkoord',
        reden: 'Akkoord.',
        ...(naam === 'corporatie'
          ? { toezegging: { taak: 'zet de ontruiming stil', deadline: '2026-12-08' } }
          : {}),
      });
    }
    await rondRondesAf(o.d);
    const t = await o.db.prisma.toezegging.findFirstOrThrow({ where: { besluit: { casusId: c.casusId } } });
    const job = await o.db.prisma.job.findUniqueOrThrow({
      where: { sleutel: `toezegging:${t.id}:herinnering` },
    });
    // A bare date is the end of that working day; reminded at the start of the working day before it.
    expect(t.deadline).toEqual(ams('2026-12-08 17:00'));
    expect(job.due).toEqual(ams('2026-12-07 09:00'));
    o.klok.zet('2026-12-07 09:00');
    await draai();
    const herinnering = await o.db.prisma.outboxBericht.findMany({
      where: { casusId: c.casusId, soort: 'toezegging_herinnering' },
    });
    expect(herinnering.map((h) => (h.ontvanger as { extern: string }).extern).sort()).toEqual([
      'U01CORPORA',
      'sanne',
    ]);
  });

  it('the chair extends a deadline with a reason; reminders and the close move along', async () => {
    o.klok.zet('2026-12-02 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const ronde = await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: c.casusId } });
    await expect(
      verlengTermijn(o.d, LEDEN.wi, c.referentie, {
        nieuweDeadline: ams('2026-12-09 10:00'),
        reden: 'Meer tijd.',
      }),
    ).rejects.toThrow(/Alleen de voorzitter/);
    await expect(
      verlengTermijn(o.d, voorzitter, c.referentie, { nieuweDeadline: ams('2026-12-09 10:00'), reden: '' }),
    ).rejects.toThrow(/Geef een reden/);
    await verlengTermijn(o.d, voorzitter, c.referentie, {
      nieuweDeadline: ams('2026-12-09 10:00'),
      reden: 'GGZ wacht op een indicatie.',
    });
    const sluiten = await o.db.prisma.job.findUniqueOrThrow({
      where: { sleutel: `ronde:${ronde.id}:sluiten` },
    });
    expect(sluiten.due).toEqual(ams('2026-12-09 10:00'));
    const herinneringen = await o.db.prisma.job.findMany({
      where: { sleutel: { startsWith: `ronde:${ronde.id}:herinnering` }, status: 'gepland' },
      orderBy: { due: 'asc' },
    });
    expect(herinneringen.map((h) => h.due)).toEqual([ams('2026-12-08 10:00'), ams('2026-12-08 16:00')]);
    o.klok.zet('2026-12-04 10:00'); // the old deadline passes: nothing closes
    await draai();
    expect((await o.db.prisma.besluitronde.findUniqueOrThrow({ where: { id: ronde.id } })).status).toBe(
      'open',
    );
    expect(
      await o.db.prisma.auditEvent.count({ where: { casusRef: c.referentie, actie: 'termijn_verlengd' } }),
    ).toBe(1);
    // Withdrawn by the submitter: the round closes, jobs are cancelled, nothing fires later.
    await trekIn(o.d, consulent, c.referentie, { reden: 'Opgelost via de corporatie.' });
    o.klok.zet('2026-12-09 10:00');
    await draai();
    expect(
      await o.db.prisma.job.count({
        where: { sleutel: { startsWith: `ronde:${ronde.id}:` }, status: 'klaar' },
      }),
    ).toBe(0);
    expect((await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).status).toBe(
      'ingetrokken',
    );
  });

  it('the chair reopens a round that closed without quorum', async () => {
    o.klok.zet('2026-12-16 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    o.klok.zet('2026-12-18 10:00');
    await draai();
    expect((await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).status).toBe(
      'bij_voorzitter',
    );
    const r = await heropenRonde(o.d, voorzitter, c.referentie, { reden: 'Leden waren met vakantie.' });
    // Friday 18 Dec 10:00 + 2 werkdagen = Tuesday 22 Dec 10:00.
    expect(r.deadline).toBe(ams('2026-12-22 10:00').toISOString());
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: c.casusId, status: 'open' } })).toBe(1);
    expect(await o.db.prisma.escalatie.count({ where: { casusId: c.casusId, status: 'open' } })).toBe(0);
  });
});

describe('the weekly meeting', () => {
  let o: TestOmgeving;
  // A fresh database: the import plans the agenda of the next meeting (Tuesday 15 December).
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-12-14 09:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('the agenda is posted 8 working hours before the Tuesday meeting, with open and escalated casussen, and the next one is planned', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    await zetOpAgenda(o.d, voorzitter, c.referentie);
    o.klok.zet('2026-12-14 10:00'); // Monday 10:00 = Tuesday 10:00 minus 8 working hours
    await voerDueJobsUit(o.d, jobHandlers);
    const agenda = await o.db.prisma.outboxBericht.findFirstOrThrow({
      where: {
        sleutel: { startsWith: `agenda:` },
        soort: 'agenda',
        data: { path: ['vergadering'], equals: ams('2026-12-15 10:00').toISOString() },
      },
    });
    const punten = (agenda.data as { punten: { referentie: string; opAgenda: boolean }[] }).punten;
    expect(punten).toContainEqual(expect.objectContaining({ referentie: c.referentie, opAgenda: true }));
    expect(
      await o.db.prisma.job.count({
        where: { soort: 'agenda', status: 'gepland', due: ams('2026-12-21 10:00') },
      }),
    ).toBe(1);
    // On request a member sees the agenda of the next meeting as it stands now; outsiders do not.
    const nu = await agendaOpVerzoek(o.d, LEDEN.ggz, 'citydeal-utrecht');
    expect(nu.vergadering).toBe(ams('2026-12-15 10:00').toISOString());
    expect(nu.punten.map((p) => p.referentie)).toContain(c.referentie);
    await expect(agendaOpVerzoek(o.d, consulent, 'citydeal-utrecht')).rejects.toThrow(/Alleen leden/);
    // Christmas week: no meeting falls on a holiday (22 Dec is a Tuesday and a working day).
    await legVergaderbesluitVast(o.d, voorzitter, c.referentie, {
      uitkomst: 'afwijzen',
      reden: 'Andere route eerst.',
      verwijzing: 'Wmo-loket voor begeleid wonen',
    });
    const besluit = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } });
    expect(besluit).toMatchObject({
      uitkomst: 'afgewezen',
      genomenDoor: 'vergadering',
      verwijzing: 'Wmo-loket voor begeleid wonen',
    });
  });
});

describe('a restart with overdue jobs', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-herstart-'));
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('runs what fell due while the process was down once, and says it is late', async () => {
    const dataMap = path.join(map, 'pglite');
    const klok = new TestKlok(ams('2026-11-23 10:00'));
    let db = await openDatabase({ soort: 'pglite', dataMap });
    let d: Diensten = { db: db.prisma, klok, privacy: nederlandsePrivacyPoort };
    await importeerTafels(d, leesTafelsBestand(VOORBEELD_YAML), VOORBEELD_YAML);
    const c = await raiseCasus(d, consulent, intake());
    await respond(d, LEDEN.wi, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    await db.sluit();
    // Down over the reminder moments and the deadline.
    klok.zet('2026-11-26 09:00');
    db = await openDatabase({ soort: 'pglite', dataMap });
    d = { db: db.prisma, klok, privacy: nederlandsePrivacyPoort };
    const eerste = await voerDueJobsUit(d, jobHandlers);
    const tweede = await voerDueJobsUit(d, jobHandlers);
    expect(eerste.uitgevoerd).toBeGreaterThanOrEqual(3);
    expect(tweede.uitgevoerd).toBe(0);
    const herinneringen = await db.prisma.outboxBericht.findMany({
      where: { casusId: c.casusId, soort: 'herinnering' },
    });
    // The round closed at the (past) deadline before the reminders ran, so late reminders are not sent.
    expect(herinneringen).toHaveLength(0);
    const escalatie = await db.prisma.outboxBericht.findFirstOrThrow({
      where: { casusId: c.casusId, soort: 'escalatie' },
    });
    expect((escalatie.data as { laat: boolean }).laat).toBe(true);
    expect(
      await db.prisma.auditEvent.count({ where: { casusRef: c.referentie, actie: 'ronde_gesloten' } }),
    ).toBe(1);
    await db.sluit();
  });
});
