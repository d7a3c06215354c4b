// The agenda on request and the chair's controls through Slack: `/casus agenda` answers members privately
// with the same Block Kit as the posted agenda; the chair's menu (⋯ on the chair's own surfaces: `/casus
// <referentie>`, App Home and the chair's DM, never on the card everyone sees) opens a modal per control, and the services decide who may and what is valid, from stored state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berichtSchema, type Modal } from '../../adapters/slack/blockkit.ts';
import { tekst } from '../../src/taal/tekst.ts';
import { ams } from '../helpers/klok.ts';
import { SLACK, SlackTest, TAFELKANAAL, tekstVan } from './helpers.ts';

const DM = (gebruiker: string) => `D${gebruiker.slice(1)}`;

describe('Slack: agenda on request and the chair’s controls', () => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const db = () => t.o.db.prisma;

  async function nieuweCasus(waarden: Record<string, string> = {}) {
    await t.dienIn(waarden);
    const casus = await db().casus.findFirstOrThrow({ orderBy: { referentie: 'desc' } });
    await t.outbox();
    return casus;
  }

  /** The chair opens a control from the menu; returns the modal that opened. */
  async function open(gebruiker: string, actie: string, casusId: string, kanaal?: string) {
    const voor = t.nep.van('views.open').length;
    expect((await t.menu(gebruiker, actie, casusId, kanaal)).status).toBe(200);
    return t.geopendModal(voor);
  }

  /** Someone else submits a modal built for the chair (a forged or replayed payload, new view id). */
  const nagemaakt = (m: { view: Modal; viewId: string }) => ({ view: m.view, viewId: `${m.viewId}X` });

  async function geweigerdAan(gebruiker: string, actie: string, casusId: string) {
    const voor = t.nep.van('views.open').length;
    await t.menu(gebruiker, actie, casusId);
    const weigering = await t.nep.wachtOp(
      'chat.postEphemeral',
      (o) => o.args.user === gebruiker && String(o.args.text).includes('Alleen de voorzitter'),
    );
    expect(t.nep.van('views.open')).toHaveLength(voor);
    return weigering;
  }

  it('shows the agenda to a member, privately, and refuses it to a non-member', async () => {
    const casus = await nieuweCasus();
    // In the table channel the channel names the table.
    const lid = await t.commando(SLACK.wi, 'agenda');
    expect(lid.status).toBe(200);
    const agenda = lid.json() as { response_type: string; text: string; blocks: unknown[] };
    expect(agenda.response_type).toBe('ephemeral');
    expect(berichtSchema.safeParse({ text: agenda.text, blocks: agenda.blocks }).success).toBe(true);
    const tekst = JSON.stringify(agenda.blocks);
    expect(tekst).toContain('Agenda City-deal tafel Utrecht');
    // The next meeting (Tuesday 10:00) and the open casus on it.
    expect(tekst).toContain('Vergadering di 24 nov 10:00');
    expect(tekst).toContain(casus.referentie);

    // Elsewhere, the table by its slug; the chair sits at the table too.
    const perSlug = (
      await t.commando(SLACK.voorzitter, 'agenda citydeal-utrecht', DM(SLACK.voorzitter))
    ).json();
    expect(JSON.stringify(perSlug.blocks)).toContain(casus.referentie);

    // The submitter is no member: the core's message, and no agenda.
    for (const [tekstIn, kanaal] of [
      ['agenda', TAFELKANAAL],
      ['agenda citydeal-utrecht', DM(SLACK.consulent)],
    ] as const) {
      const nee = (await t.commando(SLACK.consulent, tekstIn, kanaal)).json();
      expect(nee).toMatchObject({ response_type: 'ephemeral' });
      expect(String(nee.text)).toBe('Alleen leden van City-deal tafel Utrecht zien de agenda.');
      expect(nee.blocks).toBeUndefined();
    }
    expect(String((await t.commando(SLACK.wi, 'agenda bestaat-niet')).json().text)).toBe(
      'Deze tafel bestaat niet.',
    );
    // Nothing was posted for anyone else to see.
    expect(await db().outboxBericht.count({ where: { soort: 'agenda' } })).toBe(0);
  });

  it('the card and the chair’s menu: the chair extends the deadline; the round moves, once', async () => {
    const casus = await nieuweCasus();
    // The card in the channel looks the same to everyone: no chair-only action on it.
    const kaart = t.nep.van('chat.postMessage').findLast((o) => o.args.channel === TAFELKANAAL)!;
    expect(tekstVan(kaart)).not.toContain('beheer:menu');
    expect(tekstVan(kaart)).not.toContain(`verlengen|${casus.id}`);
    expect(tekstVan(kaart)).toContain('"action_id":"antwoord:akkoord"');
    // The chair reaches the menu on surfaces of their own: `/casus <referentie>` (only they see the
    // answer) and App Home. A member asking the same sees no menu.
    const eigen = (await t.commando(SLACK.voorzitter, casus.referentie)).json();
    expect(eigen.response_type).toBe('ephemeral');
    expect(JSON.stringify(eigen.blocks)).toContain(`verlengen|${casus.id}`);
    expect(JSON.stringify(eigen.blocks)).toContain(tekst('nl', 'kaart.beheer.menu.uitleg'));
    const lidZiet = (await t.commando(SLACK.wi, casus.referentie)).json();
    expect(JSON.stringify(lidZiet.blocks)).not.toContain('beheer:menu');
    const home = async (wie: string) => {
      const voor = t.nep.van('views.publish').length;
      await t.event({ type: 'app_home_opened', user: wie, channel: 'D01', tab: 'home', event_ts: '1' });
      const uit = await t.nep.wachtOp(
        'views.publish',
        (o) => o.args.user_id === wie && t.nep.van('views.publish').indexOf(o) >= voor,
      );
      return tekstVan(uit);
    };
    const voorzittersHome = await home(SLACK.voorzitter);
    expect(voorzittersHome).toContain(`verlengen|${casus.id}`);
    expect(voorzittersHome).toContain(tekst('nl', 'beheer.home.voorzitter'));
    expect(await home(SLACK.wi)).not.toContain('beheer:menu');
    // In English for a chair who reads English, from the catalogue.
    await db().persoon.updateMany({ where: { sleutel: 'voorzitter' }, data: { taal: 'en' } });
    try {
      const en = (await t.commando(SLACK.voorzitter, casus.referentie)).json();
      expect(JSON.stringify(en.blocks)).toContain(tekst('en', 'kaart.beheer.menu.uitleg'));
      expect(await home(SLACK.voorzitter)).toContain(tekst('en', 'beheer.home.voorzitter'));
    } finally {
      await db().persoon.updateMany({ where: { sleutel: 'voorzitter' }, data: { taal: null } });
    }
    const ronde = () => db().besluitronde.findFirstOrThrow({ where: { casusId: casus.id } });
    const oud = (await ronde()).deadline;
    expect(oud).toEqual(ams('2026-11-25 10:00'));

    // A member is refused privately, with no modal; nothing changes.
    await geweigerdAan(SLACK.wi, 'verlengen', casus.id);

    const modal = await open(SLACK.voorzitter, 'verlengen', casus.id);
    expect(modal.view.callback_id).toBe('beheer_verlengen');
    // The pickers start at the current deadline, in Amsterdam time.
    expect(JSON.stringify(modal.view.blocks)).toContain('"initial_date":"2026-11-25"');
    expect(JSON.stringify(modal.view.blocks)).toContain('"initial_time":"10:00"');

    // A reason is required; an earlier moment is refused at the date.
    const zonderReden = await t.verstuurModal(SLACK.voorzitter, modal, { nieuweDeadline: '2026-11-27' });
    expect(zonderReden.json()).toMatchObject({
      response_action: 'errors',
      errors: { reden: expect.stringContaining('reden') },
    });
    const eerder = await t.verstuurModal(SLACK.voorzitter, modal, {
      nieuweDeadline: '2026-11-24',
      reden: 'Eerder kan ook.',
    });
    expect(eerder.json()).toMatchObject({
      response_action: 'errors',
      errors: { nieuweDeadline: expect.stringContaining('na de huidige deadline') },
    });
    expect((await ronde()).deadline).toEqual(oud);

    // A member submitting the chair's form is refused by the service; the deadline stays.
    const vals = await t.verstuurModal(SLACK.wi, nagemaakt(modal), {
      nieuweDeadline: '2026-11-30',
      tijd: '12:00',
      reden: 'Ik wil meer tijd.',
    });
    expect(vals.json()).toMatchObject({
      response_action: 'errors',
      errors: { reden: expect.stringContaining('Alleen de voorzitter') },
    });
    expect((await ronde()).deadline).toEqual(oud);

    const waarden = {
      nieuweDeadline: '2026-11-27',
      tijd: '16:00',
      reden: 'Wachten op het advies van de GGZ.',
    };
    const ok = await t.verstuurModal(SLACK.voorzitter, modal, waarden);
    expect(ok.json()).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(ok.json())).toContain(
      `De termijn van ${casus.referentie} is verlengd tot vr 27 nov 16:00`,
    );
    expect((await ronde()).deadline).toEqual(ams('2026-11-27 16:00'));
    const meldingen = () =>
      db().outboxBericht.count({ where: { soort: 'termijn_verlengd', casusId: casus.id } });
    const aantal = await meldingen();
    expect(aantal).toBeGreaterThan(0);

    // Slack retries the submission (same view id): the same answer, acted on once.
    const nogmaals = await t.verstuurModal(SLACK.voorzitter, modal, waarden);
    expect(nogmaals.json()).toEqual(ok.json());
    expect(
      await db().auditEvent.count({ where: { actie: 'termijn_verlengd', casusRef: casus.referentie } }),
    ).toBe(1);
    expect(await meldingen()).toBe(aantal);
    expect(
      await db().job.count({ where: { sleutel: { startsWith: `ronde:${(await ronde()).id}:sluiten` } } }),
    ).toBe(1);

    // The table hears it, with the reason; the card shows the new deadline.
    t.nep.wis();
    await t.outbox();
    const bericht = t.nep.van('chat.postMessage').map(tekstVan).join('\n');
    expect(bericht).toContain('is verlengd tot *vr 27 nov 16:00*');
    expect(bericht).toContain('Wachten op het advies van de GGZ.');
    expect(t.nep.van('chat.update').map(tekstVan).join('\n')).toContain(
      'Besluitronde open tot vr 27 nov 16:00',
    );
  });

  it('the chair withdraws a casus; a member cannot', async () => {
    const casus = await nieuweCasus({ titel: 'Leerlingenvervoer past niet bij dagbesteding' });
    const status = async () => (await db().casus.findUniqueOrThrow({ where: { id: casus.id } })).status;

    await geweigerdAan(SLACK.corporatie, 'intrekken', casus.id);
    const modal = await open(SLACK.voorzitter, 'intrekken', casus.id);
    const vals = await t.verstuurModal(SLACK.corporatie, nagemaakt(modal), { reden: 'Weg ermee.' });
    expect(vals.json()).toMatchObject({
      response_action: 'errors',
      errors: { reden: 'Alleen de voorzitter of de indiener kan een casus intrekken.' },
    });
    expect(await status()).toBe('in_besluitronde');

    const ok = await t.verstuurModal(SLACK.voorzitter, modal, {
      reden: 'Opgelost buiten de tafel: de corporatie regelt het zelf.',
    });
    expect(JSON.stringify(ok.json())).toContain(`${casus.referentie} is ingetrokken`);
    expect(await status()).toBe('ingetrokken');
    expect((await db().besluitronde.findFirstOrThrow({ where: { casusId: casus.id } })).status).toBe(
      'gesloten',
    );
    // Again (a retry): acted on once.
    expect(
      (await t.verstuurModal(SLACK.voorzitter, modal, { reden: 'Opgelost buiten de tafel.' })).json(),
    ).toEqual(ok.json());
    expect(
      await db().auditEvent.count({ where: { actie: 'casus_ingetrokken', casusRef: casus.referentie } }),
    ).toBe(1);

    // The finished card has no controls left, and the submitter hears why.
    t.nep.wis();
    await t.outbox();
    const update = t.nep.van('chat.update').find((o) => o.args.channel === TAFELKANAAL)!;
    expect(tekstVan(update)).not.toContain('beheer:menu');
    expect(tekstVan(update)).not.toContain('antwoord:akkoord');
    const aanIndiener = t.nep.van('chat.postMessage').find((o) => o.args.channel === DM(SLACK.consulent))!;
    expect(tekstVan(aanIndiener)).toContain('is ingetrokken');
  });

  it('the submitter may withdraw their own casus from the confirmation DM', async () => {
    const casus = await nieuweCasus({ titel: 'Geen ID-kaart zonder leges' });
    const bevestiging = t.nep
      .van('chat.postMessage')
      .findLast((o) => o.args.channel === DM(SLACK.consulent))!;
    expect(tekstVan(bevestiging)).toContain('"action_id":"beheer:intrekken"');
    const voor = t.nep.van('views.open').length;
    await t.klik(SLACK.consulent, 'beheer:intrekken', casus.id, DM(SLACK.consulent));
    const modal = await t.geopendModal(voor);
    const ok = await t.verstuurModal(SLACK.consulent, modal, { reden: 'De gemeente betaalt de leges al.' });
    expect(JSON.stringify(ok.json())).toContain('is ingetrokken');
    expect((await db().casus.findUniqueOrThrow({ where: { id: casus.id } })).status).toBe('ingetrokken');
    // But the submitter has no other chair controls.
    await geweigerdAan(SLACK.consulent, 'op_agenda', casus.id);
  });

  it('the chair puts a casus on the agenda and records the meeting’s besluit; once; a member cannot', async () => {
    const casus = await nieuweCasus({
      titel: 'Geen urgentie terwijl uithuiszetting dreigt',
      knelpunt: 'urgentie-woning',
    });
    const vers = () => db().casus.findUniqueOrThrow({ where: { id: casus.id } });

    // Not on the agenda yet: the meeting cannot decide it.
    const teVroeg = await open(SLACK.voorzitter, 'vergaderbesluit', casus.id);
    const nietOpAgenda = await t.verstuurModal(SLACK.voorzitter, teVroeg, {
      uitkomst: 'toekennen',
      reden: 'De vergadering kent toe.',
    });
    expect(JSON.stringify(nietOpAgenda.json())).toContain('staat niet op de agenda van de vergadering');

    // A member's forged "put on the agenda" is refused in the modal; nothing changes.
    const agendaModal = await open(SLACK.voorzitter, 'op_agenda', casus.id);
    expect(agendaModal.view.blocks.some((b) => b.type === 'input')).toBe(false);
    const vals = await t.verstuurModal(SLACK.ggz, nagemaakt(agendaModal), {});
    expect(vals.json()).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(vals.json())).toContain('Alleen de voorzitter');
    expect((await vers()).opAgenda).toBe(false);

    const opAgenda = await t.verstuurModal(SLACK.voorzitter, agendaModal, {});
    expect(JSON.stringify(opAgenda.json())).toContain('staat op de agenda van de volgende vergadering');
    expect((await vers()).opAgenda).toBe(true);
    // Members see it on the agenda as a point for the meeting to decide.
    expect(JSON.stringify((await t.commando(SLACK.ggz, 'agenda')).json().blocks)).toContain(
      'besluit in de vergadering',
    );

    const modal = await open(SLACK.voorzitter, 'vergaderbesluit', casus.id);
    // A rejection must say where the household goes: refused at that field.
    const zonderVerwijzing = await t.verstuurModal(SLACK.voorzitter, modal, {
      uitkomst: 'afwijzen',
      reden: 'Past niet in de urgentieregeling.',
    });
    expect(zonderVerwijzing.json()).toMatchObject({
      response_action: 'errors',
      errors: { verwijzing: expect.stringContaining('verwezen') },
    });
    // Partly granting names the amount granted: without it, refused at that field.
    const zonderBedrag = await t.verstuurModal(SLACK.voorzitter, modal, {
      uitkomst: 'deels_toekennen',
      reden: 'De vergadering ziet een reëel risico op dakloosheid.',
    });
    expect(zonderBedrag.json()).toMatchObject({
      response_action: 'errors',
      errors: { toegekendBedrag: expect.stringContaining('toegekende bedrag') },
    });
    const waarden = {
      uitkomst: 'deels_toekennen',
      reden: 'De vergadering ziet een reëel risico op dakloosheid.',
      hoe: 'Urgentie voor zes maanden, met begeleiding door het buurtteam.',
      toegekendBedrag: '1.000',
    };
    expect((await t.verstuurModal(SLACK.buurtteam, nagemaakt(modal), waarden)).json()).toMatchObject({
      response_action: 'errors',
      errors: { reden: expect.stringContaining('Alleen de voorzitter') },
    });
    expect(await db().besluit.count({ where: { casusId: casus.id } })).toBe(0);

    const ok = await t.verstuurModal(SLACK.voorzitter, modal, waarden);
    expect(JSON.stringify(ok.json())).toContain('Het besluit van de vergadering');
    const gedeeldAan = () =>
      db().outboxBericht.count({ where: { soort: 'besluit_gedeeld', casusId: casus.id } });
    const aantalGedeeld = await gedeeldAan();
    expect(aantalGedeeld).toBeGreaterThan(0);
    const besluit = await db().besluit.findUniqueOrThrow({ where: { casusId: casus.id } });
    expect(besluit).toMatchObject({
      uitkomst: 'deels_toegekend',
      genomenDoor: 'vergadering',
      toegekendBedragCent: 100_000,
    });
    expect(besluit.waarom).toContain('Deels toegekend: €\u00a01.000 van de gevraagde €\u00a02.400.');
    expect(besluit.waarom).toContain('reëel risico op dakloosheid');
    expect((await vers()).status).toBe('besloten');
    // A repeated submission: the same answer, one besluit, one share.
    expect((await t.verstuurModal(SLACK.voorzitter, modal, waarden)).json()).toEqual(ok.json());
    expect(await db().besluit.count({ where: { casusId: casus.id } })).toBe(1);
    expect(await gedeeldAan()).toBe(aantalGedeeld);

    t.nep.wis();
    await t.outbox();
    const gedeeld = t.nep.van('chat.postMessage').map(tekstVan).join('\n');
    expect(gedeeld).toContain(`Besluit ${casus.referentie}: Deels toegekend`);
    expect(gedeeld).toContain('Besloten door de vergadering');
  });

  it('the chair’s DM after an escalation carries the same menu', async () => {
    const casus = await nieuweCasus({ titel: 'Terugvordering na fout van de gemeente' });
    for (const lid of [SLACK.wi, SLACK.corporatie, SLACK.ggz, SLACK.buurtteam, SLACK.schuldhulp]) {
      await t.antwoord(lid, casus.id, lid === SLACK.ggz ? 'niet_akkoord' : 'akkoord');
    }
    t.nep.wis();
    await t.outbox();
    const dm = t.nep.van('chat.postMessage').find((o) => o.args.channel === DM(SLACK.voorzitter))!;
    expect(tekstVan(dm)).toContain('voorzitter:toekennen');
    expect(tekstVan(dm)).toContain(`heropenen|${casus.id}`);
    // From there the chair reopens the round: a new round with a new deadline.
    const modal = await open(SLACK.voorzitter, 'heropenen', casus.id, DM(SLACK.voorzitter));
    const ok = await t.verstuurModal(SLACK.voorzitter, modal, { reden: 'Nieuwe informatie van de GGZ.' });
    expect(JSON.stringify(ok.json())).toContain('Er loopt een nieuwe besluitronde');
    expect(await db().besluitronde.count({ where: { casusId: casus.id, status: 'open' } })).toBe(1);
    expect((await db().casus.findUniqueOrThrow({ where: { id: casus.id } })).status).toBe('in_besluitronde');
  });
});

describe('Slack: the agenda from a slow database', () => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start('pglite', { instellingen: { ackBinnenMs: 20 }, traagMs: 60 });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('acks at once, then answers through the response_url', async () => {
    const r = await t.commando(SLACK.wi, 'agenda', TAFELKANAAL, { responseUrl: t.nep.responseUrl });
    expect(r.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Even geduld'),
    });
    const antwoord = await t.nep.wachtOp('respond');
    expect(antwoord.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(antwoord.args.blocks)).toContain('Agenda City-deal tafel Utrecht');
  });
});
