// The agenda on request and the chair's controls through Teams: `agenda` answers members with the same
// card the bot posts before a meeting; the chair's card (personal chat, or "Voorzittersacties" on the
// casus card) has one Action.Execute per control. The services decide who may, from stored state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import type { Identiteit } from '../../src/services/identiteit.ts';
import { intake } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { type Kaart, kaartTekst, kaartUit, type Opname } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  GEBRUIKERS,
  type Gebruiker,
  kanaal,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const alsIdentiteit = (g: Gebruiker): Identiteit => ({
  platform: 'teams',
  extern: g.aad,
  werkruimte: TENANT,
});

const verbsVan = (k: unknown): string[] =>
  [...JSON.stringify(k).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]!);

const VOORZITTER = GEBRUIKERS.voorzitter;
const CHAT = persoonlijk(VOORZITTER);

describe('Teams: agenda on request and the chair’s controls (PGlite)', () => {
  let t: TeamsOpzet;
  const geziene: unknown[] = [];

  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-11-23 10:00' });
    await t.post(
      activiteit(VOORZITTER, kanaal(TEAM), t.connector.url, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
        channelData: { tenant: { id: TENANT }, team: { id: TEAM }, eventType: 'teamMemberAdded' },
      }),
    );
  });
  afterAll(async () => {
    // Every card anyone was shown on the way is a valid Adaptive Card 1.5 within Teams' size limit.
    for (const k of geziene) expect(kaartProblemen(k)).toEqual([]);
    await t?.opruimen();
  });

  const db = () => t.o.db.prisma;

  const bezorg = async () => {
    const voor = t.connector.opnames.length;
    const verslag = await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    expect(verslag.mislukt).toBe(0);
    return t.connector.opnames.slice(voor);
  };

  /** What the bot answered to the last message: the card and the message id it got. */
  const laatsteAntwoord = (): { kaart: Kaart; berichtId: string } => {
    const o = t.connector.opnames.at(-1)!;
    const k = kaartUit(o.body)!;
    geziene.push(k);
    return { kaart: k, berichtId: o.berichtId! };
  };

  const actie = async (...args: Parameters<TeamsOpzet['actie']>) => {
    const r = await t.actie(...args);
    expect(r.status).toBe(200);
    if (r.body.type === 'application/vnd.microsoft.card.adaptive') geziene.push(r.body.value);
    return r;
  };
  const tekstVan = (r: Awaited<ReturnType<typeof actie>>) =>
    typeof r.body.value === 'string' ? r.body.value : kaartTekst(r.body.value);

  async function casusInDeTafel(over: Parameters<typeof intake>[0] = {}) {
    const c = await raiseCasus(t.o.d, alsIdentiteit(GEBRUIKERS.consulent), intake(over));
    const nieuw: Opname[] = await bezorg();
    // The casus card's thread (earlier messages still in the outbox may go first).
    const draad = nieuw.find(
      (o) =>
        o.soort === 'draad' && o.gesprekId === TAFELKANAAL && JSON.stringify(o.body).includes(c.referentie),
    )!;
    const basis = kaartUit(draad.body.activity as Record<string, unknown>)!;
    geziene.push(basis);
    return { ...c, berichtId: draad.berichtId!, basis, nieuw };
  }

  /** The chair asks for the chair's card in the personal chat; its version keys the requests. */
  async function voorzitterskaart(referentie: string) {
    await t.bericht(VOORZITTER, `voorzitter ${referentie}`, CHAT);
    const { kaart, berichtId } = laatsteAntwoord();
    const versie = Number(JSON.stringify(kaart).match(/"versie":(\d+)/)![1]);
    return { kaart, berichtId, versie };
  }

  it('shows the agenda to a member and refuses it to a non-member', async () => {
    const c = await casusInDeTafel();
    // In the table's channel the channel names the table.
    await t.bericht(GEBRUIKERS.ggz, 'agenda', kanaal(TAFELKANAAL, c.berichtId));
    const inKanaal = kaartTekst(laatsteAntwoord().kaart);
    expect(inKanaal).toContain('Agenda City-deal tafel Utrecht, di 24 nov 10:00');
    expect(inKanaal).toContain(c.referentie);
    // In the personal chat by its slug; the chair sits at the table too.
    for (const g of [GEBRUIKERS.wi, VOORZITTER]) {
      await t.bericht(g, 'agenda citydeal-utrecht');
      expect(kaartTekst(laatsteAntwoord().kaart)).toContain(c.referentie);
    }
    // The submitter is no member: the core's message, no agenda.
    await t.bericht(GEBRUIKERS.consulent, 'agenda citydeal-utrecht');
    const nee = kaartTekst(laatsteAntwoord().kaart);
    expect(nee).toBe('Alleen leden van City-deal tafel Utrecht zien de agenda.');
    await t.bericht(GEBRUIKERS.wi, 'agenda nergens');
    expect(kaartTekst(laatsteAntwoord().kaart)).toBe('Deze tafel bestaat niet.');
    expect(await db().outboxBericht.count({ where: { soort: 'agenda' } })).toBe(0);
  });

  it('the chair’s card: for the chair only; the chair extends the deadline, once', async () => {
    const c = await casusInDeTafel({ titel: 'Leerlingenvervoer past niet' });
    const ronde = () => db().besluitronde.findFirstOrThrow({ where: { casusId: c.casusId } });
    const oud = (await ronde()).deadline;
    expect(oud).toEqual(ams('2026-11-25 10:00'));

    // The shared card has no chair action; the chair's own view (refresh) offers the entry, with no input,
    // and a member's view does not. A member who sends it anyway is told it is the chair's.
    expect(verbsVan(c.basis)).not.toContain('beheer.kaart');
    const draad = kanaal(TAFELKANAAL, c.berichtId);
    const eigen = await actie(VOORZITTER, 'casus.vernieuw', { casusId: c.casusId, plek: 'kanaal' }, draad);
    expect(JSON.stringify(eigen.body.value)).toContain('"verb":"beheer.kaart","data":');
    expect(JSON.stringify(eigen.body.value)).toContain('"associatedInputs":"none"');
    const lidView = await actie(
      GEBRUIKERS.wi,
      'casus.vernieuw',
      { casusId: c.casusId, plek: 'kanaal' },
      draad,
    );
    expect(verbsVan(lidView.body.value)).not.toContain('beheer.kaart');
    const lidKlik = await actie(GEBRUIKERS.wi, 'beheer.kaart', { casusId: c.casusId, plek: 'kanaal' }, draad);
    expect(lidKlik.body.value).toBe(
      `Alleen de voorzitter van City-deal tafel Utrecht heeft voorzittersacties voor ${c.referentie}.`,
    );
    const viaKaart = await actie(VOORZITTER, 'beheer.kaart', { casusId: c.casusId, plek: 'kanaal' }, draad);
    expect(verbsVan(viaKaart.body.value)).toEqual([
      'beheer.verlengen',
      'beheer.intrekken',
      'beheer.heropenen',
      'beheer.op_agenda',
      'beheer.vergaderbesluit',
      'casus.vernieuw',
    ]);
    // The same by command in the personal chat; a member asking gets a refusal.
    await t.bericht(GEBRUIKERS.wi, `voorzitter ${c.referentie}`);
    expect(kaartTekst(laatsteAntwoord().kaart)).toContain('Alleen de voorzitter');
    const { kaart, berichtId, versie } = await voorzitterskaart(c.referentie);
    expect(kaartTekst(kaart)).toContain(`Voorzitter · ${c.referentie}`);
    expect(kaartTekst(kaart)).toContain('Huidige deadline: wo 25 nov 10:00');

    const data = {
      casusId: c.casusId,
      versie,
      plek: 'persoonlijk',
      verlengDatum: '2026-11-27',
      verlengTijd: '16:00',
      verlengReden: 'Wachten op het advies van de GGZ.',
    };
    // A member sending the chair's action: refused by the service, nothing moves.
    const lid = await actie(GEBRUIKERS.wi, 'beheer.verlengen', data, persoonlijk(GEBRUIKERS.wi));
    expect(lid.body.value).toBe('Alleen de voorzitter van City-deal tafel Utrecht kan dit doen.');
    // Without a reason, or to an earlier moment: the chair's card again, with the error at the field.
    const zonderReden = await actie(VOORZITTER, 'beheer.verlengen', { ...data, verlengReden: ' ' }, CHAT);
    expect(tekstVan(zonderReden)).toContain('Geef een reden');
    expect(verbsVan(zonderReden.body.value)).toContain('beheer.verlengen');
    const eerder = await actie(VOORZITTER, 'beheer.verlengen', { ...data, verlengDatum: '2026-11-24' }, CHAT);
    expect(tekstVan(eerder)).toContain('Kies een moment na de huidige deadline');
    // What was typed is kept.
    expect(JSON.stringify(eerder.body.value)).toContain('"value":"2026-11-24"');
    expect((await ronde()).deadline).toEqual(oud);

    const ok = await actie(VOORZITTER, 'beheer.verlengen', data, CHAT, berichtId);
    expect(tekstVan(ok)).toContain(`De termijn van ${c.referentie} is verlengd tot vr 27 nov 16:00`);
    expect(tekstVan(ok)).toContain('Besluitronde open tot vr 27 nov 16:00');
    expect((await ronde()).deadline).toEqual(ams('2026-11-27 16:00'));
    // The card in the chat is replaced too, so another device shows the new state.
    expect(t.connector.opnames.at(-1)).toMatchObject({ soort: 'update', berichtId });
    // A double click (same card version, same input): one extension.
    const nogmaals = await actie(VOORZITTER, 'beheer.verlengen', data, CHAT);
    expect(nogmaals.body).toEqual(ok.body);
    expect(
      await db().auditEvent.count({ where: { actie: 'termijn_verlengd', casusRef: c.referentie } }),
    ).toBe(1);

    const nieuw = await bezorg();
    // The table hears it, with the reason; the casus card in the channel shows the new deadline.
    const teksten = nieuw
      .map((o) => kaartTekst(kaartUit((o.body.activity ?? o.body) as Record<string, unknown>)))
      .join('\n');
    expect(teksten).toContain(`De termijn van ${c.referentie} is verlengd tot vr 27 nov 16:00`);
    expect(teksten).toContain('Wachten op het advies van de GGZ.');
    const kaartUpdate = nieuw.find((o) => o.soort === 'update' && o.berichtId === c.berichtId)!;
    expect(kaartTekst(kaartUit(kaartUpdate.body))).toContain('Besluitronde open tot vr 27 nov 16:00');
  });

  it('the chair withdraws a casus; a member cannot; the submitter can withdraw their own', async () => {
    const c = await casusInDeTafel({ titel: 'Geen urgentie terwijl uithuiszetting dreigt' });
    const status = async (id: string) => (await db().casus.findUniqueOrThrow({ where: { id } })).status;
    const { versie } = await voorzitterskaart(c.referentie);
    const data = {
      casusId: c.casusId,
      versie,
      plek: 'persoonlijk',
      intrekReden: 'Opgelost buiten de tafel.',
    };

    const lid = await actie(
      GEBRUIKERS.corporatie,
      'beheer.intrekken',
      data,
      persoonlijk(GEBRUIKERS.corporatie),
    );
    expect(lid.body.value).toBe('Alleen de voorzitter of de indiener kan een casus intrekken.');
    expect(await status(c.casusId)).toBe('in_besluitronde');

    const ok = await actie(VOORZITTER, 'beheer.intrekken', data, CHAT);
    expect(tekstVan(ok)).toContain(`${c.referentie} is ingetrokken`);
    expect(tekstVan(ok)).toContain('geen voorzittersacties meer');
    expect(verbsVan(ok.body.value)).toEqual(['casus.vernieuw']);
    expect(await status(c.casusId)).toBe('ingetrokken');
    expect((await actie(VOORZITTER, 'beheer.intrekken', data, CHAT)).body).toEqual(ok.body);
    expect(
      await db().auditEvent.count({ where: { actie: 'casus_ingetrokken', casusRef: c.referentie } }),
    ).toBe(1);
    // The casus card stops offering controls once it is updated.
    const nieuw = await bezorg();
    const update = nieuw.find((o) => o.soort === 'update' && o.berichtId === c.berichtId)!;
    expect(verbsVan(kaartUit(update.body))).not.toContain('beheer.kaart');

    // The submitter's confirmation card has its own "withdraw"; the service lets the submitter use it.
    const eigen = await casusInDeTafel({ titel: 'Geen ID-kaart zonder leges' });
    const bevestiging = eigen.nieuw
      .map((o) => kaartUit((o.body.activity ?? o.body) as Record<string, unknown>))
      .find((k) => k && kaartTekst(k).includes(`Uw casus is ingediend als ${eigen.referentie}`))!;
    geziene.push(bevestiging);
    expect(verbsVan(bevestiging)).toEqual(['beheer.intrekken']);
    const zelf = await actie(
      GEBRUIKERS.consulent,
      'beheer.intrekken',
      { casusId: eigen.casusId, plek: 'persoonlijk', intrekReden: 'De gemeente betaalt de leges al.' },
      persoonlijk(GEBRUIKERS.consulent),
    );
    expect(tekstVan(zelf)).toContain(`${eigen.referentie} is ingetrokken`);
    expect(verbsVan(zelf.body.value)).toEqual([]);
    expect(await status(eigen.casusId)).toBe('ingetrokken');
  });

  it('the chair puts a casus on the agenda and records the meeting’s besluit, once; a member cannot', async () => {
    const c = await casusInDeTafel({ titel: 'Terugvordering na fout van de gemeente' });
    const casus = () => db().casus.findUniqueOrThrow({ where: { id: c.casusId } });
    let { versie } = await voorzitterskaart(c.referentie);
    const basis = { casusId: c.casusId, plek: 'persoonlijk' };

    const teVroeg = await actie(
      VOORZITTER,
      'beheer.vergaderbesluit',
      { ...basis, versie, besluitUitkomst: 'toekennen', besluitReden: 'De vergadering kent toe.' },
      CHAT,
    );
    expect(tekstVan(teVroeg)).toContain('staat niet op de agenda van de vergadering');

    const lidAgenda = await actie(
      GEBRUIKERS.ggz,
      'beheer.op_agenda',
      { ...basis, versie },
      persoonlijk(GEBRUIKERS.ggz),
    );
    expect(lidAgenda.body.value).toBe('Alleen de voorzitter van City-deal tafel Utrecht kan dit doen.');
    expect((await casus()).opAgenda).toBe(false);
    const opAgenda = await actie(VOORZITTER, 'beheer.op_agenda', { ...basis, versie }, CHAT);
    expect(tekstVan(opAgenda)).toContain('staat op de agenda van de volgende vergadering');
    expect(tekstVan(opAgenda)).toContain('op de agenda van de volgende vergadering');
    expect((await casus()).opAgenda).toBe(true);
    versie = Number(JSON.stringify(opAgenda.body.value).match(/"versie":(\d+)/)![1]);

    const besluit = {
      ...basis,
      versie,
      besluitUitkomst: 'afwijzen',
      besluitReden: 'De fout is hersteld; terugvordering blijft redelijk.',
      besluitHoe: '',
      besluitVoorwaarden: '',
      besluitVerwijzing: '',
    };
    const zonderVerwijzing = await actie(VOORZITTER, 'beheer.vergaderbesluit', besluit, CHAT);
    expect(tekstVan(zonderVerwijzing)).toContain('Geef aan waar het huishouden naartoe wordt verwezen');
    expect(tekstVan(zonderVerwijzing)).toContain('De fout is hersteld');
    const lid = await actie(
      GEBRUIKERS.buurtteam,
      'beheer.vergaderbesluit',
      { ...besluit, besluitVerwijzing: 'Schuldhulp' },
      persoonlijk(GEBRUIKERS.buurtteam),
    );
    expect(lid.body.value).toBe('Alleen de voorzitter van City-deal tafel Utrecht kan dit doen.');
    expect(await db().besluit.count({ where: { casusId: c.casusId } })).toBe(0);

    const volledig = { ...besluit, besluitVerwijzing: 'Schuldhulpverlening voor een betalingsregeling.' };
    const ok = await actie(VOORZITTER, 'beheer.vergaderbesluit', volledig, CHAT);
    expect(tekstVan(ok)).toContain(`Het besluit van de vergadering over ${c.referentie} is vastgelegd`);
    expect(await db().besluit.findUniqueOrThrow({ where: { casusId: c.casusId } })).toMatchObject({
      uitkomst: 'afgewezen',
      genomenDoor: 'vergadering',
      verwijzing: 'Schuldhulpverlening voor een betalingsregeling.',
    });
    expect((await casus()).status).toBe('besloten');
    expect((await actie(VOORZITTER, 'beheer.vergaderbesluit', volledig, CHAT)).body).toEqual(ok.body);
    expect(await db().besluit.count({ where: { casusId: c.casusId } })).toBe(1);

    const nieuw = await bezorg();
    const gedeeld = nieuw.find((o) => o.soort === 'antwoord' && o.antwoordOp === c.berichtId)!;
    expect(kaartTekst(kaartUit(gedeeld.body))).toContain('Genomen door de vergadering');
  });

  it('the meeting partly grants: the form wants a fitting amount, all errors at once; the table reads it', async () => {
    const c = await casusInDeTafel({ titel: 'Eigen bijdrage beschermd wonen', kostenMaatwerk: '2.000' });
    const basis = { casusId: c.casusId, plek: 'persoonlijk' };
    const { versie: eerder } = await voorzitterskaart(c.referentie);
    const opAgenda = await actie(VOORZITTER, 'beheer.op_agenda', { ...basis, versie: eerder }, CHAT);
    const versie = Number(JSON.stringify(opAgenda.body.value).match(/"versie":(\d+)/)![1]);
    // The form asks the amount, saying what was asked.
    expect(JSON.stringify(opAgenda.body.value)).toContain('"id":"besluitToegekendBedrag"');
    expect(JSON.stringify(opAgenda.body.value).replace(/\u00a0/g, ' ')).toContain(
      'hoeveel van de gevraagde € 2.000 u toekent',
    );

    const besluit = (bedrag: string, reden = 'De vergadering kent de eerste maanden toe.') =>
      actie(
        VOORZITTER,
        'beheer.vergaderbesluit',
        {
          ...basis,
          versie,
          besluitUitkomst: 'deels_toekennen',
          besluitReden: reden,
          besluitHoe: '',
          besluitVoorwaarden: '',
          besluitVerwijzing: '',
          besluitToegekendBedrag: bedrag,
        },
        CHAT,
      );
    /** The field errors the card shows, in the order of the card. */
    const fouten = (r: Awaited<ReturnType<typeof actie>>) =>
      [
        ...JSON.stringify(r.body.value).matchAll(
          /"text":"([^"]*)","wrap":true,"color":"attention","size":"small"/g,
        ),
      ].map((m) => m[1]!.replace(/\u00a0/g, ' '));

    // No amount and a reason too short: both at their fields, in one answer; what was typed stays.
    const leeg = await besluit('', 'x');
    expect(fouten(leeg)).toEqual([
      'Geef een reden',
      'Vul bij deels toekennen het toegekende bedrag in euro in',
    ]);
    const teVeel = await besluit('2.500');
    expect(fouten(teVeel)).toEqual([expect.stringMatching(/hooguit het gevraagde bedrag/)]);
    expect(JSON.stringify(teVeel.body.value)).toContain('"value":"2.500"');
    for (const bedrag of ['0', '-100']) {
      const nul = await besluit(bedrag);
      expect(fouten(nul)).toEqual(['Het toegekende bedrag moet meer dan € 0 zijn']);
    }
    expect(await db().besluit.count({ where: { casusId: c.casusId } })).toBe(0);

    const ok = await besluit('1.250');
    expect(tekstVan(ok)).toContain(`Het besluit van de vergadering over ${c.referentie} is vastgelegd`);
    expect(await db().besluit.findUniqueOrThrow({ where: { casusId: c.casusId } })).toMatchObject({
      uitkomst: 'deels_toegekend',
      genomenDoor: 'vergadering',
      toegekendBedragCent: 125_000,
    });
    const nieuw = await bezorg();
    const gedeeld = nieuw.find((o) => o.soort === 'antwoord' && o.antwoordOp === c.berichtId)!;
    const draad = kaartTekst(kaartUit(gedeeld.body)).replace(/\u00a0/g, ' ');
    expect(draad).toContain('Deels toegekend: € 1.250 van de gevraagde € 2.000.');
    expect(draad).toContain('Genomen door de vergadering');
  });

  it('lists the new commands in the help', async () => {
    await t.bericht(GEBRUIKERS.wi, 'help');
    const help = kaartTekst(laatsteAntwoord().kaart);
    expect(help).toContain('agenda [tafel]');
    expect(help).toContain('voorzitter <referentie>');
    expect(help).not.toContain('De agenda van de volgende vergadering (volgt)');
  });
});
