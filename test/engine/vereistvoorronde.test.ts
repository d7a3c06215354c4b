// Issue 19: "a table may require them before its round opens" (spelregels §4). A casus that lacks what its
// table requires is stored with the status `wacht_op_aanvulling`, without a round; adding it, or a tables
// file that no longer requires it, opens the round in that same step. Every read of the status says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { tafelBeleidSchema } from '../../src/domain/beleid.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { maakRapport } from '../../src/register/rapport.ts';
import { vulCasusAan } from '../../src/services/aanvulling.ts';
import { agendaOpVerzoek } from '../../src/services/agenda.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { kaartStand } from '../../src/services/kaartstand.ts';
import {
  kaartVoor,
  mijnCasussen,
  mijnOpenBeslissingen,
  voorzittersCasussen,
} from '../../src/services/overzicht.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { legToestemmingVast } from '../../src/services/toestemming.ts';
import {
  heropenRonde,
  legVergaderbesluitVast,
  trekIn,
  verlengTermijn,
  zetOpAgenda,
} from '../../src/services/voorzitter.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving, VOORBEELD_YAML } from '../helpers/database.ts';
import { consulent, intake, LEDEN, voorzitter } from '../helpers/intake.ts';

const VEREIST = 'vereistVoorRonde: []';

/** The quick intake: no costs, engagement or consent. */
const snel = () =>
  intake({
    kostenMaatwerk: undefined,
    kostenNietsDoen: undefined,
    kostenNietsDoenToelichting: undefined,
    betrokkenheid: undefined,
    toestemming: undefined,
  });

describe('the table policy vereistVoorRonde', () => {
  it('is empty by default and accepts only kosten, betrokkenheid and toestemming', () => {
    expect(tafelBeleidSchema.parse({}).vereistVoorRonde).toEqual([]);
    expect(tafelBeleidSchema.parse({ vereistVoorRonde: ['kosten', 'toestemming'] }).vereistVoorRonde).toEqual(
      ['kosten', 'toestemming'],
    );
    const fout = tafelBeleidSchema.safeParse({ vereistVoorRonde: ['geld'] });
    expect(fout.success).toBe(false);
    expect(JSON.stringify(fout.error?.issues)).toContain('kosten, betrokkenheid, toestemming');
  });
});

describe('a table that requires costs and consent before its round', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    expect(VOORBEELD_YAML).toContain(VEREIST);
    o = await maakOmgeving('pglite', {
      start: '2026-11-23 10:00',
      yaml: VOORBEELD_YAML.replace(VEREIST, 'vereistVoorRonde: [kosten, toestemming]'),
    });
  });
  afterAll(async () => {
    await o?.opruimen();
  });
  const rondes = (casusId: string) => o.db.prisma.besluitronde.count({ where: { casusId } });
  const berichten = (casusId: string, soort: string) =>
    o.db.prisma.outboxBericht.findMany({ where: { casusId, soort } });

  it('stores the casus without a round, shows what it waits for, and opens the round once it is all added', async () => {
    const c = await raiseCasus(o.d, consulent, snel());
    expect(c).toMatchObject({ status: 'wacht_op_aanvulling', deadline: null });
    expect((await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).status).toBe(
      'wacht_op_aanvulling',
    );
    expect(await rondes(c.casusId)).toBe(0);
    expect(
      await o.db.prisma.auditEvent.count({
        where: { casusRef: c.referentie, actie: 'ronde_wacht_op_aanvulling' },
      }),
    ).toBe(1);
    // The submitter is asked as always, and told the round waits.
    expect((await berichten(c.casusId, 'aanvulling_gevraagd')).length).toBeGreaterThan(0);
    const ontvangen = (await berichten(c.casusId, 'casus_ontvangen'))[0]!.data as Record<string, unknown>;
    expect(ontvangen.wachtOp).toEqual(['kosten', 'toestemming']);
    expect(ontvangen.deadline).toBeUndefined();
    // The card stands in the channel and names what the round waits for.
    const geplaatst = (await berichten(c.casusId, 'casus_geplaatst')).length;
    expect(geplaatst).toBeGreaterThan(0);
    const stand = await kaartStand(o.db.ruw, c.casusId);
    expect(stand.ronde).toBeNull();
    expect(stand.casus.status).toBe('wacht_op_aanvulling');
    expect(stand.casus.wachtOp).toEqual(['kosten', 'toestemming']);

    // Adding the engagement (not required) and the costs: consent is still missing, it keeps waiting.
    await vulCasusAan(o.d, consulent, c.referentie, { kostenMaatwerk: '1.200', kostenNietsDoen: '9.000' });
    expect(await rondes(c.casusId)).toBe(0);
    expect((await kaartStand(o.db.ruw, c.casusId)).casus.wachtOp).toEqual(['toestemming']);

    await vulCasusAan(o.d, consulent, c.referentie, { toestemming: 'ja_vastgelegd' });
    const ronde = await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: c.casusId } });
    expect(ronde).toMatchObject({ volgnummer: 1, status: 'open' });
    expect(
      await o.db.prisma.job.findUnique({ where: { sleutel: `ronde:${ronde.id}:sluiten` } }),
    ).not.toBeNull();
    expect(
      await o.db.prisma.auditEvent.count({ where: { casusRef: c.referentie, actie: 'ronde_geopend' } }),
    ).toBe(1);
    const na = await kaartStand(o.db.ruw, c.casusId);
    expect(na.casus.status).toBe('in_besluitronde');
    expect(na.casus.wachtOp).toBeUndefined();
    expect(na.ronde?.status).toBe('open');
    expect((await berichten(c.casusId, 'casus_geplaatst')).length).toBe(2 * geplaatst);
  });

  it('opens the round when consent, the last thing it waited for, is recorded the other way', async () => {
    const c = await raiseCasus(o.d, consulent, intake({ toestemming: undefined }));
    expect(await rondes(c.casusId)).toBe(0);
    await legToestemmingVast(o.d, consulent, c.referentie, { toestemming: 'ja_vastgelegd' });
    expect(await rondes(c.casusId)).toBe(1);
    expect((await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).status).toBe(
      'in_besluitronde',
    );
    expect((await kaartStand(o.db.ruw, c.casusId)).ronde?.status).toBe('open');
  });

  it('reminds the submitter once, two working days later, of all that is still open; the consent reminder keeps quiet meanwhile', async () => {
    o.klok.zet('2026-11-27 10:00'); // a Friday: two working days later is Tuesday
    const wacht = await raiseCasus(o.d, consulent, snel());
    const klaar = await raiseCasus(o.d, consulent, snel());
    await vulCasusAan(o.d, consulent, klaar.referentie, {
      kostenMaatwerk: '1.200',
      kostenNietsDoen: '9.000',
      toestemming: 'ja_vastgelegd',
    });
    expect(await rondes(klaar.casusId)).toBe(1);
    const herinneringen = async (casusId: string) =>
      (await berichten(casusId, 'aanvulling_gevraagd')).filter(
        (b) => (b.data as { herinnering?: boolean }).herinnering,
      );
    const job = await o.db.prisma.job.findUniqueOrThrow({
      where: { sleutel: `aanvulling:${wacht.casusId}:herinnering` },
    });
    expect(job.due.toISOString()).toBe('2026-12-01T09:00:00.000Z'); // 10:00 in Amsterdam
    o.klok.zet('2026-12-01 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    o.klok.zet('2026-12-08 10:00');
    await voerDueJobsUit(o.d, jobHandlers);
    // Once: one moment (a row per address of the submitter), on the Tuesday.
    const [een, ...meer] = await herinneringen(wacht.casusId);
    expect(new Set([een, ...meer].map((r) => r!.aangemaakt.toISOString()))).toEqual(
      new Set(['2026-12-01T09:00:00.000Z']),
    );
    expect(een!.data).toMatchObject({
      herinnering: true,
      ontbreekt: ['kosten', 'betrokkenheid', 'toestemming'],
    });
    expect(een!.ontvanger).toMatchObject({ soort: 'persoon' });
    // Its round opened: nothing to remind of.
    expect(await herinneringen(klaar.casusId)).toHaveLength(0);
    // The consent reminder of the waiting casus sent nothing: the reminder above names consent already.
    expect(await berichten(wacht.casusId, 'toestemming_herinnering')).toHaveLength(0);
    o.klok.zet('2026-11-23 10:00');
  });

  it('opens the round at once when the casus has what the table requires', async () => {
    const c = await raiseCasus(
      o.d,
      consulent,
      intake({ betrokkenheid: undefined }), // missing only what the table does not require
    );
    expect(c).toMatchObject({ status: 'in_besluitronde' });
    expect(c.deadline).not.toBeNull();
    expect(await rondes(c.casusId)).toBe(1);
    expect((await kaartStand(o.db.ruw, c.casusId)).casus.wachtOp).toBeUndefined();
  });
});

describe('a casus waiting for what its table requires, as everyone reads it', () => {
  let o: TestOmgeving;
  let c: Awaited<ReturnType<typeof raiseCasus>>;
  const WACHT = { status: 'wacht_op_aanvulling' };
  const RONDE_TAKEN = ['ronde_sluiten', 'ronde_afronden', 'herinnering', 'escalatie_verlopen'];
  const rondeTaken = () => o.db.prisma.job.count({ where: { soort: { in: RONDE_TAKEN } } });
  beforeAll(async () => {
    o = await maakOmgeving('pglite', {
      start: '2026-11-23 10:00',
      yaml: VOORBEELD_YAML.replace(VEREIST, 'vereistVoorRonde: [toestemming]'),
    });
    const voor = await rondeTaken();
    c = await raiseCasus(o.d, consulent, intake({ toestemming: undefined }));
    // No round, so nothing that belongs to one: no closing, no reminders, no escalation.
    expect(await rondeTaken()).toBe(voor);
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('is no open decision for a member, and its card offers no answer form', async () => {
    expect((await mijnOpenBeslissingen(o.d, LEDEN.wi)).map((b) => b.referentie)).not.toContain(c.referentie);
    const lid = await kaartVoor(o.d, LEDEN.wi, c.referentie);
    expect(lid.kaart.casus.status).toBe('wacht_op_aanvulling');
    expect(lid.mogelijkheden.weergave).toEqual({
      antwoordformulier: false,
      eigenAntwoord: false,
      voorzittersacties: false,
      beheeracties: [],
    });
  });

  it("refuses a member's answer as waiting, and someone outside the table's as not at the table", async () => {
    const antwoord = { keuze: 'akkoord' as const, reden: 'Akkoord, binnen ons mandaat.' };
    await expect(respond(o.d, LEDEN.wi, c.referentie, antwoord)).rejects.toMatchObject({
      code: 'ronde_gesloten',
      message: expect.stringContaining('is nog niet geopend: de casus wacht op aanvulling'),
    });
    await expect(respond(o.d, consulent, c.referentie, antwoord)).rejects.toMatchObject({ code: 'geen_lid' });
    expect(await o.db.prisma.antwoord.count()).toBe(0);
  });

  it('the submitter sees it waiting among their casussen', async () => {
    expect((await mijnCasussen(o.d, consulent)).find((m) => m.referentie === c.referentie)).toMatchObject(
      WACHT,
    );
  });

  it("the chair's list and card offer withdrawing only", async () => {
    const lijst = await voorzittersCasussen(o.d, voorzitter);
    expect(lijst.find((m) => m.referentie === c.referentie)).toMatchObject({
      ...WACHT,
      beheeracties: ['intrekken'],
    });
    const kaart = await kaartVoor(o.d, voorzitter, c.referentie);
    expect(kaart.mogelijkheden.weergave).toMatchObject({
      antwoordformulier: false,
      voorzittersacties: true,
      beheeracties: ['intrekken'],
    });
  });

  it('the agenda lists it as waiting, without a deadline', async () => {
    const agenda = await agendaOpVerzoek(o.d, voorzitter, 'citydeal-utrecht');
    expect(agenda.punten.find((p) => p.referentie === c.referentie)).toEqual(
      expect.objectContaining({ ...WACHT, deadline: null }),
    );
  });

  it('the monthly report counts it as open, not decided', async () => {
    const tenantId = (await o.db.prisma.tenant.findFirstOrThrow()).id;
    const r = await maakRapport(o.d, { tenantId, van: '2026-11-01', tot: '2026-11-30' });
    expect(r.totaal).toMatchObject({ casussen: 1, open: 1, ingetrokken: 0 });
  });

  it("the server refuses the chair's round controls, with why, and changes nothing", async () => {
    const waarom = `De besluitronde van ${c.referentie} is nog niet geopend: de casus wacht op aanvulling door de indiener. Alleen intrekken kan nu.`;
    await expect(
      verlengTermijn(o.d, voorzitter, c.referentie, {
        nieuweDeadline: '2026-12-01T16:00:00.000Z',
        reden: 'Meer tijd nodig.',
      }),
    ).rejects.toThrow(waarom);
    await expect(heropenRonde(o.d, voorzitter, c.referentie, { reden: 'Opnieuw.' })).rejects.toThrow(waarom);
    await expect(zetOpAgenda(o.d, voorzitter, c.referentie)).rejects.toThrow(waarom);
    await expect(
      legVergaderbesluitVast(o.d, voorzitter, c.referentie, { uitkomst: 'toekennen', reden: 'Besproken.' }),
    ).rejects.toThrow(waarom);
    const na = await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } });
    expect(na).toMatchObject({ ...WACHT, opAgenda: false });
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: c.casusId } })).toBe(0);
  });

  it('the chair may withdraw it', async () => {
    const ander = await raiseCasus(o.d, consulent, intake({ toestemming: undefined, titel: 'Een tweede' }));
    expect(ander.status).toBe('wacht_op_aanvulling');
    await trekIn(o.d, voorzitter, ander.referentie, { reden: 'Elders opgelost.' });
    expect((await o.db.prisma.casus.findUniqueOrThrow({ where: { id: ander.casusId } })).status).toBe(
      'ingetrokken',
    );
  });
});

describe.each(SOORTEN)('a tables file that no longer requires it, on %s', (soort) => {
  let o: TestOmgeving;
  const yaml = (vereist: string) => VOORBEELD_YAML.replace(VEREIST, `vereistVoorRonde: ${vereist}`);
  const importeer = (tekst: string) => importeerTafels(o.d, leesTafelsBestand(tekst), tekst);
  beforeAll(async () => {
    o = await maakOmgeving(soort, { start: '2026-11-23 10:00', yaml: yaml('[kosten, toestemming]') });
  });
  afterAll(async () => {
    await o?.opruimen();
  });
  const status = async (casusId: string) =>
    (await o.db.prisma.casus.findUniqueOrThrow({ where: { id: casusId } })).status;

  it('opens, at the import, the rounds that waited only for what it dropped, with the card and its jobs', async () => {
    // Lacks only consent; lacks costs and consent.
    const zonderToestemming = await raiseCasus(o.d, consulent, intake({ toestemming: undefined }));
    const zonderBeide = await raiseCasus(o.d, consulent, snel());
    expect([await status(zonderToestemming.casusId), await status(zonderBeide.casusId)]).toEqual([
      'wacht_op_aanvulling',
      'wacht_op_aanvulling',
    ]);
    const versie = (await o.db.prisma.casus.findUniqueOrThrow({ where: { id: zonderToestemming.casusId } }))
      .versie;

    // Still both: nothing opens.
    expect((await importeer(yaml('[kosten, toestemming]'))).rondesGeopend).toBe(0);

    o.klok.zet('2026-11-24 09:00');
    // Consent is no longer required; costs still are.
    expect((await importeer(yaml('[kosten]'))).rondesGeopend).toBe(1);
    expect(await status(zonderToestemming.casusId)).toBe('in_besluitronde');
    expect(await status(zonderBeide.casusId)).toBe('wacht_op_aanvulling');
    const ronde = await o.db.prisma.besluitronde.findFirstOrThrow({
      where: { casusId: zonderToestemming.casusId },
    });
    expect(ronde).toMatchObject({ volgnummer: 1, status: 'open', geopend: new Date('2026-11-24T08:00:00Z') });
    expect(
      await o.db.prisma.job.findUnique({ where: { sleutel: `ronde:${ronde.id}:sluiten` } }),
    ).toMatchObject({ status: 'gepland' });
    // The card is updated in place and the round's card is posted, in the import's transaction.
    const berichten = await o.db.prisma.outboxBericht.findMany({
      where: { casusId: zonderToestemming.casusId, aangemaakt: new Date('2026-11-24T08:00:00Z') },
    });
    expect(
      berichten.map((b) => [b.soort, (b.data as { kaart?: { versie?: number } }).kaart?.versie]),
    ).toEqual(
      expect.arrayContaining([
        ['casus_bijgewerkt', versie + 1],
        ['casus_geplaatst', expect.any(Number)],
      ]),
    );
    expect(berichten).toHaveLength(2);
    expect((await kaartStand(o.db.ruw, zonderToestemming.casusId)).casus.wachtOp).toBeUndefined();
    expect(
      await o.db.prisma.auditEvent.findMany({
        where: { actie: 'tafels_geimporteerd', moment: new Date('2026-11-24T08:00:00Z') },
        select: { data: true },
      }),
    ).toEqual([{ data: expect.objectContaining({ rondesGeopend: 1 }) }]);

    // Nothing required any more: the last one opens too; a second import opens nothing again.
    expect((await importeer(yaml('[]'))).rondesGeopend).toBe(1);
    expect(await status(zonderBeide.casusId)).toBe('in_besluitronde');
    expect((await importeer(yaml('[]'))).rondesGeopend).toBe(0);
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: zonderBeide.casusId } })).toBe(1);
  });
});

describe('a table without the option', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('opens the round of a quick intake at once, as before', async () => {
    const c = await raiseCasus(o.d, consulent, snel());
    expect(c.deadline).not.toBeNull();
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: c.casusId } })).toBe(1);
    expect(
      await o.db.prisma.auditEvent.count({
        where: { casusRef: c.referentie, actie: 'ronde_wacht_op_aanvulling' },
      }),
    ).toBe(0);
    await vulCasusAan(o.d, consulent, c.referentie, { toestemming: 'ja_vastgelegd' });
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: c.casusId } })).toBe(1);
  });
});
