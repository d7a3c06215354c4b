// The engine's flows end to end on the database (PGlite always, PostgreSQL when reachable).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomeinFout } from '../../src/domain/fouten.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { decideAsBestuurder } from '../../src/services/bestuurdersbesluit.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { beantwoordInformatie, vraagInformatie } from '../../src/services/informatieverzoek.ts';
import { kaartVoor } from '../../src/services/overzicht.ts';
import { beslisAlsVoorzitter } from '../../src/services/voorzittersbesluit.ts';
import {
  maakOmgeving,
  rondRondesAf,
  SOORTEN,
  type TestOmgeving,
  verifieerGeketend,
} from '../helpers/database.ts';
import { consulent, directeur, intake, LEDEN, voorzitter, wethouder, wie } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';

async function verwachtFout(belofte: Promise<unknown>, code: string) {
  try {
    await belofte;
  } catch (e) {
    if (!isDomeinFout(e)) throw e;
    expect(e.code).toBe(code);
    return e;
  }
  throw new Error(`verwachtte fout ${code}, maar het lukte`);
}

const allen = Object.values(LEDEN);

describe.each(SOORTEN)('engine on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort);
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  const outbox = (casusId: string) =>
    o.db.prisma.outboxBericht.findMany({ where: { casusId }, orderBy: { volgorde: 'asc' } });
  /** What a besluit says, stored and shared, names every choice by its label: no `niet_akkoord` reaches a person. */
  const verwachtGeenCodes = async (casusId: string) => {
    const code = /\b[a-z]+_[a-z_]+\b/;
    const besluit = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId } });
    expect(besluit.waarom).not.toMatch(code);
    const gedeeld = (await outbox(casusId)).filter((b) => b.soort === 'besluit_gedeeld');
    expect(gedeeld.length).toBeGreaterThan(0);
    for (const b of gedeeld)
      expect((b.data as { besluit: { waarom: string } }).besluit.waarom).not.toMatch(code);
    return besluit.waarom;
  };
  const antwoordAllen = async (ref: string, keuze: 'akkoord' = 'akkoord') => {
    for (const lid of allen)
      await respond(o.d, lid, ref, { keuze, reden: 'Past binnen de afspraken van de tafel.' });
    // The last answer closed the round; what follows runs as a job right after it (as the server does).
    await rondRondesAf(o.d);
  };

  it('raise → everyone akkoord → besluit toegekend, shared with table, leerkanaal and submitter', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    expect(c.referentie).toMatch(/^MW-2026-\d{4}$/);
    // Monday 10:00 + 2 werkdagen = Wednesday 10:00.
    expect(c.deadline).toEqual(ams('2026-11-25 10:00'));
    await antwoordAllen(c.referentie);
    const casus = await o.db.prisma.casus.findUniqueOrThrow({
      where: { id: c.casusId },
      include: { besluit: true },
    });
    expect(casus.status).toBe('besloten');
    expect(casus.besluit?.uitkomst).toBe('toegekend');
    expect(casus.besluit?.genomenDoor).toBe('tafel');
    expect(casus.besluit?.afgewekenRegel).toBe('Participatiewet art. 22a (kostendelersnorm)');
    const gedeeld = (await outbox(c.casusId)).filter((b) => b.soort === 'besluit_gedeeld');
    expect(
      gedeeld
        .map(
          (b) =>
            (b.ontvanger as { kanaalId?: string; extern?: string }).kanaalId ??
            (b.ontvanger as { extern: string }).extern,
        )
        .sort(),
    ).toEqual(['#citydeal-tafel', '#maatwerk-leerkanaal', 'U01CONSULT', 'fatima'].sort());
    // The round's jobs were cancelled on close; the evaluation question is planned.
    const jobs = await o.db.prisma.job.findMany({
      where: { OR: [{ sleutel: { contains: c.casusId } }, { status: 'gepland' }] },
    });
    expect(jobs.filter((j) => j.soort === 'ronde_sluiten' && j.status === 'gepland')).toEqual([]);
    expect(jobs.some((j) => j.soort === 'evaluatie_vragen' && j.status === 'gepland')).toBe(true);
  });

  it('a niet_akkoord sends the casus to the chair, whose casting vote becomes the besluit', async () => {
    o.klok.zet('2026-11-23 11:00');
    const c = await raiseCasus(o.d, consulent, intake());
    for (const [naam, lid] of Object.entries(LEDEN)) {
      await respond(o.d, lid, c.referentie, {
        keuze: naam === 'ggz' ? 'niet_akkoord' : 'akkoord',
        reden: naam === 'ggz' ? 'Eerst de indicatie aanvragen.' : 'Akkoord.',
      });
    }
    await rondRondesAf(o.d);
    expect((await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).status).toBe(
      'bij_voorzitter',
    );
    // Only the chair may use the casting vote.
    await verwachtFout(
      beslisAlsVoorzitter(o.d, LEDEN.wi, c.referentie, { uitkomst: 'toekennen', reden: 'Ik vind het goed.' }),
      'geen_voorzitter',
    );
    // A rejection must say where the household goes.
    const fout = await verwachtFout(
      beslisAlsVoorzitter(o.d, voorzitter, c.referentie, { uitkomst: 'afwijzen', reden: 'Niet passend.' }),
      'ongeldige_invoer',
    );
    expect(fout.velden.map((v) => v.veld)).toEqual(['verwijzing']);
    const r = await beslisAlsVoorzitter(o.d, voorzitter, c.referentie, {
      uitkomst: 'toekennen',
      reden: 'Kosten van niets doen zijn hoger.',
    });
    expect(r.gevolg).toBe('besloten');
    const besluit = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } });
    expect(besluit.genomenDoor).toBe('voorzitter');
    expect(besluit.waarom).toContain('Eerst de indicatie aanvragen.');
    expect(await verwachtGeenCodes(c.casusId)).toContain('(Niet akkoord): Eerst de indicatie aanvragen.');
    await verwachtFout(
      beslisAlsVoorzitter(o.d, voorzitter, c.referentie, {
        uitkomst: 'afwijzen',
        reden: 'Toch niet.',
        verwijzing: 'Wmo-loket',
      }),
      'al_beslist',
    );
  });

  it('buiten_mandaat goes to bestuurder tier 1, who approves once; a second approval is refused', async () => {
    o.klok.zet('2026-11-24 09:00');
    const c = await raiseCasus(o.d, consulent, intake({ kostenMaatwerk: 1200 }));
    for (const [naam, lid] of Object.entries(LEDEN)) {
      await respond(o.d, lid, c.referentie, {
        keuze: naam === 'wi' ? 'buiten_mandaat' : 'akkoord',
        reden: naam === 'wi' ? 'Opschorten van terugvordering mag ik niet.' : 'Akkoord.',
      });
    }
    await rondRondesAf(o.d);
    const escalatie = await o.db.prisma.escalatie.findFirstOrThrow({ where: { casusId: c.casusId } });
    expect(escalatie).toMatchObject({ niveau: 'bestuurder', trede: 1, status: 'open' });
    // Tuesday 09:00 + 3 werkdagen (24 werkuren) ends at Thursday's closing time.
    expect(escalatie.deadline).toEqual(ams('2026-11-26 17:00'));
    await verwachtFout(
      decideAsBestuurder(o.d, wethouder, c.referentie, { besluit: 'goedkeuren', reden: 'Prima.' }),
      'niet_bevoegd',
    );
    await verwachtFout(
      decideAsBestuurder(o.d, directeur, c.referentie, { besluit: 'goedkeuren', reden: '' }),
      'ongeldige_invoer',
    );
    await decideAsBestuurder(o.d, directeur, c.referentie, {
      besluit: 'goedkeuren',
      reden: 'Verantwoorde uitzondering.',
    });
    await verwachtFout(
      decideAsBestuurder(o.d, directeur, c.referentie, { besluit: 'goedkeuren', reden: 'Nogmaals.' }),
      'al_beslist',
    );
    const besluiten = await o.db.prisma.besluit.findMany({ where: { casusId: c.casusId } });
    expect(besluiten).toHaveLength(1);
    expect(besluiten[0]).toMatchObject({ uitkomst: 'toegekend', genomenDoor: 'bestuurder' });
    expect(await verwachtGeenCodes(c.casusId)).toContain(
      '(Buiten mijn mandaat): Opschorten van terugvordering mag ik niet.',
    );
  });

  it('bestuurder asks for information: the clock stops, the answer restarts it, then tier 2 after timeout, then the meeting', async () => {
    o.klok.zet('2026-11-23 13:00');
    const c = await raiseCasus(o.d, consulent, intake({ kostenMaatwerk: 9000 }));
    await antwoordAllen(c.referentie);
    await vraagInformatie(o.d, directeur, c.referentie, 'Is er al een aanvraag begeleid wonen gedaan?');
    const verzoek = await o.db.prisma.informatieverzoek.findFirstOrThrow({
      where: { escalatie: { casusId: c.casusId } },
    });
    // Paused: a week later nothing times out.
    o.klok.zet('2026-12-01 13:00');
    await voerDueJobsUit(o.d, jobHandlers);
    expect((await o.db.prisma.escalatie.findFirstOrThrow({ where: { casusId: c.casusId } })).status).toBe(
      'info_gevraagd',
    );
    await verwachtFout(beantwoordInformatie(o.d, LEDEN.ggz, verzoek.id, 'Ja.'), 'niet_bevoegd');
    await beantwoordInformatie(o.d, consulent, verzoek.id, 'Ja, de aanvraag loopt sinds vorige week.');
    const herstart = await o.db.prisma.escalatie.findFirstOrThrow({ where: { casusId: c.casusId } });
    expect(herstart.status).toBe('open');
    expect(herstart.deadline).toEqual(ams('2026-12-04 13:00'));
    // Nobody answers: tier 2 (wethouder, 5 werkdagen), then the meeting.
    o.klok.zet('2026-12-04 13:00');
    await voerDueJobsUit(o.d, jobHandlers);
    const tweede = await o.db.prisma.escalatie.findFirstOrThrow({ where: { casusId: c.casusId, trede: 2 } });
    expect(tweede.status).toBe('open');
    expect(tweede.deadline).toEqual(ams('2026-12-11 13:00'));
    o.klok.zet('2026-12-11 13:00');
    await voerDueJobsUit(o.d, jobHandlers);
    const casus = await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } });
    expect(casus).toMatchObject({ status: 'bij_voorzitter', opAgenda: true });
    const soorten = (await outbox(c.casusId)).map((b) => b.soort);
    expect(soorten).toContain('op_agenda');
    expect(soorten.filter((s) => s === 'escalatie')).toHaveLength(2 * 2 + 2); // tier 1, tier 2, chair; each to console and Slack
  });

  it('deadline with too few answers: no quorum → chair, and onto the next meeting agenda; reminders went to the silent', async () => {
    o.klok.zet('2026-11-23 15:00');
    const c = await raiseCasus(o.d, consulent, intake());
    await respond(o.d, LEDEN.wi, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    o.klok.zet('2026-11-24 15:00'); // 8 werkuren before the deadline of wed 15:00
    await voerDueJobsUit(o.d, jobHandlers);
    const herinneringen = (await outbox(c.casusId)).filter((b) => b.soort === 'herinnering');
    expect(new Set(herinneringen.map((h) => (h.ontvanger as { persoonId: string }).persoonId)).size).toBe(4);
    o.klok.zet('2026-11-25 15:00');
    await voerDueJobsUit(o.d, jobHandlers);
    const ronde = await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: c.casusId } });
    expect(ronde.status).toBe('gesloten');
    expect(ronde.uitkomst).toMatchObject({ soort: 'geen_quorum', geteld: 1, nodig: 3 });
    expect(await o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).toMatchObject({
      status: 'bij_voorzitter',
      opAgenda: true,
    });
    // Answers after close are refused and change nothing.
    await verwachtFout(
      respond(o.d, LEDEN.ggz, c.referentie, { keuze: 'akkoord', reden: 'Te laat.' }),
      'ronde_gesloten',
    );
    expect(await o.db.prisma.antwoord.count({ where: { rondeId: ronde.id } })).toBe(1);
  });

  it('members may change their answer until close; every revision is kept and only the last counts', async () => {
    o.klok.zet('2026-11-26 09:00');
    const c = await raiseCasus(o.d, consulent, intake());
    await respond(o.d, LEDEN.ggz, c.referentie, { keuze: 'niet_akkoord', reden: 'Eerst indicatie.' });
    const r2 = await respond(o.d, LEDEN.ggz, c.referentie, {
      keuze: 'akkoord_met_voorwaarden',
      reden: 'Na overleg akkoord.',
      voorwaarden: 'Indicatie parallel aanvragen.',
    });
    expect(r2.revisie).toBe(2);
    for (const lid of [LEDEN.wi, LEDEN.corporatie, LEDEN.buurtteam, LEDEN.schuldhulp]) {
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    }
    await rondRondesAf(o.d);
    const besluit = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } });
    expect(besluit.uitkomst).toBe('toegekend');
    expect(besluit.voorwaarden).toContain('Indicatie parallel aanvragen.');
    expect(await o.db.prisma.antwoord.count({ where: { ronde: { casusId: c.casusId } } })).toBe(6);
  });

  it('authorization: non-members, strangers and the chair cannot answer; nothing changes but the stranger on record', async () => {
    o.klok.zet('2026-11-26 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const voor = await o.db.prisma.auditEvent.count();
    await verwachtFout(
      respond(o.d, consulent, c.referentie, { keuze: 'akkoord', reden: 'Ik dien in en stem mee.' }),
      'geen_lid',
    );
    await verwachtFout(
      respond(o.d, voorzitter, c.referentie, { keuze: 'akkoord', reden: 'Voorzitter stemt niet mee.' }),
      'geen_lid',
    );
    // Someone the bot does not know may not see the casus either: that attempt is on record, without a person.
    await verwachtFout(
      respond(o.d, wie('onbekend'), c.referentie, { keuze: 'akkoord', reden: 'Wie ben ik?' }),
      'niet_bevoegd',
    );
    const poging = await o.db.prisma.auditEvent.findFirstOrThrow({ orderBy: { volgnummer: 'desc' } });
    expect(poging).toMatchObject({ actie: 'toegang_geweigerd', actorId: null, casusRef: c.referentie });
    expect(poging.data).toEqual({ pad: 'kaart' });
    await verwachtFout(
      respond(o.d, LEDEN.wi, c.referentie, { keuze: 'akkoord', reden: '' }),
      'ongeldige_invoer',
    );
    await verwachtFout(
      respond(o.d, LEDEN.wi, c.referentie, { keuze: 'akkoord_met_voorwaarden', reden: 'Ja, mits.' }),
      'ongeldige_invoer',
    );
    await verwachtFout(
      respond(o.d, LEDEN.wi, 'MW-2026-9999', { keuze: 'akkoord', reden: 'Bestaat niet.' }),
      'onbekend',
    );
    await verwachtFout(
      decideAsBestuurder(o.d, directeur, c.referentie, { besluit: 'goedkeuren', reden: 'Te vroeg.' }),
      'ongeldige_overgang',
    );
    expect(await o.db.prisma.antwoord.count({ where: { ronde: { casusId: c.casusId } } })).toBe(0);
    expect(await o.db.prisma.auditEvent.count()).toBe(voor + 1);
  });

  it('crisis is not routed: the submitter is told to call the crisis service, and that is recorded', async () => {
    const c = await raiseCasus(o.d, consulent, {
      tafel: 'citydeal-utrecht',
      titel: 'Acute dreiging in gezin',
      urgentie: 'crisis',
    });
    expect(c.status).toBe('crisis_doorverwezen');
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: c.casusId } })).toBe(0);
    const berichten = await outbox(c.casusId);
    expect(berichten.map((b) => b.soort)).toEqual(['crisis_doorverwezen', 'crisis_doorverwezen']);
    // The municipality's own crisis service travels with the message, to be named beside 112 and 113.
    expect(berichten[0]!.data).toMatchObject({
      crisisdienst: { naam: 'Acute psychiatrie GGZ Centraal', telefoon: '030 123 45 67' },
    });
    expect(
      await o.db.prisma.auditEvent.count({
        where: { casusRef: c.referentie, actie: 'casus_crisis_doorverwezen' },
      }),
    ).toBe(1);
  });

  it('personal data in the situation is refused at the field and nothing is stored', async () => {
    const voor = await o.db.prisma.casus.count();
    const fout = await verwachtFout(
      raiseCasus(
        o.d,
        consulent,
        intake({
          situatie:
            'Mevrouw Jansen, BSN 111222333, woont aan de Kerkstraat 12 en is bereikbaar op 06-12345678.',
        }),
      ),
      'persoonsgegevens',
    );
    expect(fout.velden).toHaveLength(1);
    expect(fout.velden[0]!.veld).toBe('situatie');
    expect(fout.velden[0]!.vondsten!.map((v) => v.soort)).toEqual(
      expect.arrayContaining(['bsn', 'telefoon', 'adres']),
    );
    expect(fout.velden[0]!.suggestie).toContain('[BSN]');
    expect(fout.message).not.toContain('111222333');
    expect(await o.db.prisma.casus.count()).toBe(voor);
  });

  it('bad intake is refused per field in Dutch and nothing is stored', async () => {
    const voor = await o.db.prisma.casus.count();
    const fout = await verwachtFout(
      raiseCasus(
        o.d,
        consulent,
        intake({ titel: '', situatie: '', leefgebieden: [], knelpunt: 'bestaat-niet' }),
      ),
      'ongeldige_invoer',
    );
    // Leefgebieden are no longer asked in the quick intake: none is no mistake.
    expect(fout.velden.map((v) => v.veld).sort()).toEqual(['situatie', 'titel']);
    await verwachtFout(raiseCasus(o.d, consulent, intake({ knelpunt: 'bestaat-niet' })), 'ongeldige_invoer');
    expect(await o.db.prisma.casus.count()).toBe(voor);
  });

  it('a repeated request (platform redelivery, double click) acts once and returns the first result', async () => {
    o.klok.zet('2026-11-27 09:00');
    const een = await raiseCasus(o.d, consulent, intake(), { verzoek: 'console:indienen:1' });
    const twee = await raiseCasus(o.d, consulent, intake(), { verzoek: 'console:indienen:1' });
    expect(twee.referentie).toBe(een.referentie);
    expect(await o.db.prisma.casus.count({ where: { referentie: een.referentie } })).toBe(1);
    const a = await respond(
      o.d,
      LEDEN.wi,
      een.referentie,
      { keuze: 'akkoord', reden: 'Akkoord.' },
      { verzoek: 'console:klik:7' },
    );
    const b = await respond(
      o.d,
      LEDEN.wi,
      een.referentie,
      { keuze: 'akkoord', reden: 'Akkoord.' },
      { verzoek: 'console:klik:7' },
    );
    expect(b).toEqual(a);
    expect(await o.db.prisma.antwoord.count({ where: { ronde: { casusId: een.casusId } } })).toBe(1);
    // A refused request leaves no key behind: the same key may succeed once the input is fixed.
    await verwachtFout(
      respond(o.d, LEDEN.ggz, een.referentie, { keuze: 'akkoord', reden: '' }, { verzoek: 'console:klik:8' }),
      'ongeldige_invoer',
    );
    expect(
      (
        await respond(
          o.d,
          LEDEN.ggz,
          een.referentie,
          { keuze: 'akkoord', reden: 'Nu wel.' },
          { verzoek: 'console:klik:8' },
        )
      ).revisie,
    ).toBe(1);
  });

  it('need-to-know: only the table, the submitter and escalation targets see a casus; a refusal is audited', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    const anderen = { ...wie('buitenstaander'), naam: 'Iemand Anders' };
    await raiseCasus(o.d, anderen, intake()); // makes the outsider a known person of the tenant
    for (const wieKijkt of [consulent, LEDEN.ggz, voorzitter]) {
      expect((await kaartVoor(o.d, wieKijkt, c.referentie)).kaart.casus.referentie).toBe(c.referentie);
    }
    await verwachtFout(kaartVoor(o.d, anderen, c.referentie), 'niet_bevoegd');
    await verwachtFout(kaartVoor(o.d, directeur, c.referentie), 'niet_bevoegd');
    await verwachtFout(kaartVoor(o.d, wie('onbekend'), c.referentie), 'niet_bevoegd');
    const geweigerd = await o.db.prisma.auditEvent.findMany({
      where: { casusRef: c.referentie, actie: 'toegang_geweigerd' },
    });
    expect(geweigerd).toHaveLength(3);
    expect(geweigerd.every((g) => (g.data as { pad: string }).pad === 'kaart')).toBe(true);
  });

  it('the audit chain of all of the above verifies', async () => {
    const oordelen = await verifieerGeketend(o.d);
    expect(oordelen).toHaveLength(1);
    expect(oordelen[0]!.oordeel.geldig).toBe(true);
  });
});
