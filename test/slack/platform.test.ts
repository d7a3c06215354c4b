// Platform correctness over HTTP: signatures, stale timestamps, refusals without side effects, the
// privacy gate at the field, mrkdwn injection, commands, App Home, crisis, and delivery failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ams } from '../helpers/klok.ts';
import { GEHEIM, LEDEN, SLACK, SlackTest, TAFELKANAAL, TEAM, tekstVan } from './helpers.ts';
import type { Oproep } from './nepslack.ts';

/** Every mrkdwn text and notification text in a payload: our own wording never contains < or >. */
function mrkdwnTeksten(waarde: unknown, uit: string[] = []): string[] {
  if (Array.isArray(waarde)) for (const w of waarde) mrkdwnTeksten(w, uit);
  else if (waarde && typeof waarde === 'object') {
    const o = waarde as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') uit.push(o.text);
    for (const w of Object.values(o)) mrkdwnTeksten(w, uit);
  }
  return uit;
}

const teksten = (o: Oproep) => [String(o.args.text ?? ''), ...mrkdwnTeksten(o.args.blocks ?? o.args.view)];

describe('Slack: platform correctness', () => {
  let t: SlackTest;
  let casusId: string;
  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-11-23 10:00' });
    await t.dienIn({
      titel: 'Dringend <!channel> en <@U01VOORZIT> & <!here|hier> bekijken',
      gevraagdeOplossing: 'Een <https://phish.example|link> en *vet* mogen niets doen: <!everyone>.',
    });
    casusId = (await t.o.db.prisma.casus.findFirstOrThrow({ orderBy: { ingediend: 'desc' } })).id;
    await t.outbox();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('refuses a bad signature and a stale timestamp with 401, before any listener runs', async () => {
    const modals = t.nep.van('views.open').length;
    const body = new URLSearchParams({
      command: '/casus',
      text: '',
      user_id: SLACK.consulent,
      team_id: TEAM,
      trigger_id: 'x',
    }).toString();
    expect((await t.stuur(body, 'form', { geheim: 'niet-het-geheim' })).status).toBe(401);
    expect((await t.stuur(body, 'form', { ts: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const geenHandtekening = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(geenHandtekening.status).toBe(401);
    // The same command, signed, does open a modal: so the refused ones would have, had a listener run.
    const geldig = new URLSearchParams({
      ...Object.fromEntries(new URLSearchParams(body)),
      trigger_id: 'geldig',
    });
    expect((await t.stuur(geldig.toString(), 'form')).status).toBe(200);
    await t.nep.wachtOp('views.open', (o) => o.args.trigger_id === 'geldig');
    expect(t.nep.van('views.open')).toHaveLength(modals + 1);
    expect(t.nep.van('views.open').filter((o) => o.args.trigger_id === 'x')).toEqual([]);
  });

  it('answers Slack url_verification with the challenge', async () => {
    const r = await t.stuur(
      JSON.stringify({ type: 'url_verification', challenge: 'uitdaging-123', token: 'x' }),
      'json',
    );
    expect(r.status).toBe(200);
    expect(r.tekst).toContain('uitdaging-123');
  });

  it('escapes casus text in every mrkdwn text: no @channel, @here or user mention injection', async () => {
    const kaart = t.nep.van('chat.postMessage').find((o) => o.args.channel === TAFELKANAAL)!;
    const alle = teksten(kaart);
    expect(alle.join('\n')).toContain('&lt;!channel&gt;');
    expect(alle.join('\n')).toContain('&lt;@U01VOORZIT&gt;');
    expect(alle.join('\n')).toContain('&amp;');
    for (const tekst of alle) {
      expect(tekst).not.toMatch(/[<>]/);
    }
    // verbatim: Slack must not auto-link or parse mentions in user text either.
    const mrkdwn = JSON.stringify(kaart.args.blocks).match(/"type":"mrkdwn"[^}]*}/g) ?? [];
    expect(mrkdwn.length).toBeGreaterThan(0);
    for (const m of mrkdwn) expect(m).toContain('"verbatim":true');
    for (const o of t.nep.oproepen.filter((x) => x.methode.startsWith('chat.'))) {
      for (const tekst of teksten(o)) expect(tekst).not.toMatch(/<[!@#]/);
    }
  });

  it('refuses a non-member privately, without a modal, and stores nothing', async () => {
    const modals = t.nep.van('views.open').length;
    const audit = () => t.o.db.prisma.auditEvent.count({ where: { actie: { not: 'toegang_geweigerd' } } });
    const voor = await audit();
    const gevallen: [string, RegExp][] = [
      // The submitter and the chair may see the card, but are not answering members.
      [SLACK.consulent, /Alleen beslissingsbevoegde leden/],
      [SLACK.voorzitter, /Alleen beslissingsbevoegde leden/],
      // A stranger may not even see it (need-to-know); the core audits the refusal.
      ['U0ONBEKEND', /geen toegang/],
    ];
    for (const [wie, tekst] of gevallen) {
      const r = await t.klik(wie, 'antwoord:akkoord', casusId);
      expect(r.status).toBe(200);
      const weigering = await t.nep.wachtOp('chat.postEphemeral', (o) => o.args.user === wie);
      expect(String(weigering.args.text)).toMatch(tekst);
      expect(weigering.args.channel).toBe(TAFELKANAAL);
    }
    expect(t.nep.van('views.open')).toHaveLength(modals);
    expect(await t.o.db.prisma.antwoord.count({ where: { ronde: { casusId } } })).toBe(0);
    expect(await audit()).toBe(voor);
  });

  it('refuses in a modal where there is no channel (App Home), and refuses a forged casus id', async () => {
    const modals = t.nep.van('views.open').length;
    await t.interactie({
      type: 'block_actions',
      user: { id: SLACK.consulent, team_id: TEAM },
      team: { id: TEAM },
      trigger_id: 'trigger.home',
      container: { type: 'view', view_id: 'VHOME' },
      view: { id: 'VHOME', type: 'home' },
      actions: [
        {
          action_id: 'kies',
          block_id: 'x',
          type: 'static_select',
          selected_option: { value: `antwoord:akkoord|${casusId}` },
        },
      ],
    });
    const modal = await t.nep.wachtOpNde('views.open', modals);
    expect(JSON.stringify(modal.args.view)).toContain('Alleen beslissingsbevoegde leden');
    await t.klik(SLACK.wi, 'antwoord:akkoord', 'MW-2026-9999');
    const weigering = await t.nep.wachtOp('chat.postEphemeral', (o) =>
      String(o.args.text).includes('MW-2026-9999'),
    );
    expect(String(weigering.args.text)).toContain('bestaat niet');
  });

  it('refuses personal data at the situation field with the suggestion, stores nothing, logs none of it', async () => {
    const voor = await t.o.db.prisma.casus.count();
    const { antwoord } = await t.dienIn({
      situatie: 'Mevrouw Jansen, BSN 111222333, woont aan de Kerkstraat 12 en is bereikbaar op 06-12345678.',
    });
    expect(antwoord.status).toBe(200);
    const r = antwoord.json() as { response_action: string; errors: Record<string, string> };
    expect(r.response_action).toBe('errors');
    expect(Object.keys(r.errors)).toEqual(['situatie']);
    expect(r.errors.situatie).toContain('BSN');
    expect(r.errors.situatie).toContain('Voorstel zonder persoonsgegevens');
    expect(r.errors.situatie).toContain('[BSN]');
    expect(r.errors.situatie).not.toContain('111222333');
    expect(await t.o.db.prisma.casus.count()).toBe(voor);
    const log = t.logregels.join('');
    for (const geheim of ['111222333', 'Kerkstraat', '06-12345678', 'Moeder van 52', 'Reden van']) {
      expect(log).not.toContain(geheim);
    }
  });

  it('puts every intake field error under its own input', async () => {
    const { antwoord } = await t.dienIn({ titel: 'kort', kostenMaatwerk: 'veel', situatie: 'te kort' });
    const r = antwoord.json() as { response_action: string; errors: Record<string, string> };
    expect(r.response_action).toBe('errors');
    expect(Object.keys(r.errors).sort()).toEqual(['kostenMaatwerk', 'situatie', 'titel']);
  });

  it('switches the intake to the short crisis form, and a crisis is referred, not routed', async () => {
    const voor = t.nep.van('views.open').length;
    const bijgewerktVoor = t.nep.van('views.update').length;
    await t.commando(SLACK.consulent);
    const modal = await t.geopendModal(voor);
    await t.interactie({
      type: 'block_actions',
      user: { id: SLACK.consulent, team_id: TEAM },
      team: { id: TEAM },
      trigger_id: 'trigger.crisis',
      container: { type: 'view', view_id: modal.viewId },
      view: {
        id: modal.viewId,
        hash: 'h1',
        type: 'modal',
        callback_id: 'intake',
        private_metadata: modal.view.private_metadata,
        state: { values: { tafel: {}, urgentie: {}, situatie: {} } },
      },
      actions: [
        {
          action_id: 'intake:urgentie',
          block_id: 'urgentie',
          type: 'radio_buttons',
          selected_option: { value: 'crisis' },
        },
      ],
    });
    const bijgewerkt = await t.nep.wachtOpNde('views.update', bijgewerktVoor);
    const crisis = { view: bijgewerkt.args.view as typeof modal.view, viewId: modal.viewId };
    expect(
      crisis.view.blocks.filter((b) => b.type === 'input').map((b) => (b as { block_id: string }).block_id),
    ).toEqual(['urgentie', 'titel']);
    const r = await t.verstuurModal(SLACK.consulent, crisis, { titel: 'Acute dreiging in gezin' });
    expect(JSON.stringify(r.json())).toContain('Bel nu de crisisdienst');
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ where: { titel: 'Acute dreiging in gezin' } });
    expect(casus.status).toBe('crisis_doorverwezen');
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: casus.id } })).toBe(0);
  });

  it('pre-fills the situation from a message shortcut and the table from the channel', async () => {
    const voor = t.nep.van('views.open').length;
    await t.interactie({
      type: 'message_action',
      callback_id: 'casus_uit_bericht',
      trigger_id: 'trigger.bericht',
      user: { id: SLACK.consulent, name: 'fatima', team_id: TEAM },
      team: { id: TEAM },
      channel: { id: TAFELKANAAL },
      message: {
        ts: '1700000000.000001',
        text: 'Gezin met huurachterstand, corporatie dreigt met ontruiming.',
      },
      response_url: 'https://hooks.slack.invalid/x',
    });
    const modal = await t.geopendModal(voor);
    expect(JSON.stringify(modal.view)).toContain('Gezin met huurachterstand');
    const tafel = await t.o.db.prisma.tafel.findFirstOrThrow();
    // One table: no choice shown; the modal carries it.
    expect(JSON.parse(modal.view.private_metadata ?? '{}').tafel).toBe(tafel.id);
    expect(JSON.stringify(modal.view)).not.toContain(
      `"initial_option":{"text":{"type":"plain_text","text":"${tafel.naam}"`,
    );
    await t.interactie({
      type: 'shortcut',
      callback_id: 'casus_nieuw',
      trigger_id: 'trigger.globaal',
      user: { id: SLACK.consulent, team_id: TEAM },
      team: { id: TEAM },
    });
    await t.geopendModal(voor + 1);
  });

  it('answers /casus help, zoek, agenda and unknown commands privately', async () => {
    const help = (await t.commando(SLACK.consulent, 'help')).json();
    expect(help).toMatchObject({ response_type: 'ephemeral' });
    expect(String(help.text)).toContain('/casus zoek');
    const zoek = (await t.commando(SLACK.consulent, 'zoek kostendelersnorm')).json();
    expect(zoek).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(zoek)).not.toContain('binnenkort');
    expect(String((await t.commando(SLACK.consulent, 'zoek')).json().text)).toContain(
      '/casus zoek <woorden>',
    );
    // The agenda is for the table's members: the submitter is told so, privately.
    const agenda = (await t.commando(SLACK.consulent, 'agenda')).json();
    expect(agenda).toMatchObject({ response_type: 'ephemeral' });
    expect(String(agenda.text)).toContain('Alleen leden van City-deal tafel Utrecht');
    expect(String((await t.commando(SLACK.consulent, 'foo')).json().text)).toContain('Onbekende opdracht');
  });

  it('lets only the chair bind a channel with /casus koppel', async () => {
    // The answer is the command's own (ephemeral), so it reaches the chair even where the bot is not in
    // the channel yet.
    const nee = (await t.commando(SLACK.wi, 'koppel citydeal-utrecht leer', 'C0NIEUW')).json();
    expect(nee).toMatchObject({ response_type: 'ephemeral' });
    expect(String(nee.text)).toContain('Alleen de voorzitter');
    const ja = (await t.commando(SLACK.voorzitter, 'koppel citydeal-utrecht leer', 'C0NIEUW')).json();
    expect(String(ja.text)).toContain('Dit kanaal is nu het leerkanaal van City-deal tafel Utrecht');
    const kanaal = await t.o.db.prisma.kanaal.findFirstOrThrow({
      where: { platform: 'slack', soort: 'leer' },
    });
    expect(kanaal.kanaalId).toBe('C0NIEUW');
  });

  it('publishes App Home with my open decisions, my casussen and recent besluiten', async () => {
    const r = await t.event({
      type: 'app_home_opened',
      user: SLACK.wi,
      channel: 'D01WERKINK',
      tab: 'home',
      event_ts: '1',
    });
    expect(r.status).toBe(200);
    const home = await t.nep.wachtOp('views.publish', (o) => o.args.user_id === SLACK.wi);
    const tekst = JSON.stringify(home.args.view);
    expect(tekst).toContain('Wacht op u');
    expect(tekst).toContain(`antwoord:akkoord|${casusId}`);
    await t.event({ type: 'app_home_opened', user: SLACK.consulent, tab: 'home', event_ts: '2' });
    const eigen = await t.nep.wachtOp('views.publish', (o) => o.args.user_id === SLACK.consulent);
    expect(JSON.stringify(eigen.args.view)).toContain('Mijn casussen');
    expect(JSON.stringify(eigen.args.view)).toContain('In besluitronde');
  });

  it('a member answers from App Home: the select opens the same modal', async () => {
    const voor = t.nep.van('views.open').length;
    await t.interactie({
      type: 'block_actions',
      user: { id: LEDEN[0], team_id: TEAM },
      team: { id: TEAM },
      trigger_id: 'trigger.home2',
      container: { type: 'view', view_id: 'VHOME' },
      view: { id: 'VHOME', type: 'home' },
      actions: [
        {
          action_id: 'kies',
          block_id: 'x',
          type: 'static_select',
          selected_option: { value: `antwoord:akkoord_met_voorwaarden|${casusId}` },
        },
      ],
    });
    const modal = await t.geopendModal(voor);
    const fout = await t.verstuurModal(LEDEN[0]!, modal, { reden: 'Ja, mits.' });
    expect(fout.json()).toMatchObject({
      response_action: 'errors',
      errors: { voorwaarden: expect.any(String) },
    });
    const ok = await t.verstuurModal(LEDEN[0]!, modal, {
      reden: 'Ja, mits.',
      voorwaarden: 'Na drie maanden evalueren.',
      toezegging_taak: 'Begeleiding regelen',
      toezegging_deadline: '2026-12-01',
    });
    expect(ok.status).toBe(200);
    const antwoord = await t.o.db.prisma.antwoord.findFirstOrThrow({ where: { ronde: { casusId } } });
    expect(antwoord).toMatchObject({
      keuze: 'akkoord_met_voorwaarden',
      toezeggingTaak: 'Begeleiding regelen',
    });
  });

  it('maps Slack delivery failures: 429 waits Retry-After, 5xx retries, channel_not_found gives up', async () => {
    t.o.klok.zet(ams('2026-11-26 10:00'));
    const nu = t.o.klok.nu().getTime();
    await t.outbox();
    await t.dienIn();
    t.nep.storing('chat.postMessage', { status: 429, retryAfter: 7 });
    const eerste = await t.outbox();
    expect(eerste.uitgesteld).toBe(1);
    const wachtend = await t.o.db.prisma.outboxBericht.findFirstOrThrow({
      where: { status: 'wachtend', pogingen: { gt: 0 } },
    });
    expect(wachtend.laatsteFout).toBe('slack:ratelimited');
    expect(wachtend.volgendePoging.getTime() - nu).toBe(7000);

    t.o.klok.zet(new Date(nu + 8000));
    t.nep.storing('chat.postMessage', { status: 503 });
    const tweede = await t.outbox();
    expect(tweede.uitgesteld).toBe(1);
    expect(
      (await t.o.db.prisma.outboxBericht.findUniqueOrThrow({ where: { id: wachtend.id } })).laatsteFout,
    ).toBe('slack:http_503');

    t.o.klok.zet(new Date(nu + 60_000));
    t.nep.storing('chat.postMessage', { fout: 'channel_not_found' });
    const derde = await t.outbox();
    expect(derde.mislukt).toBe(1);
    const mislukt = await t.o.db.prisma.outboxBericht.findUniqueOrThrow({ where: { id: wachtend.id } });
    expect(mislukt).toMatchObject({ status: 'mislukt', laatsteFout: 'slack:channel_not_found' });
    // The chair hears about it (the dispatcher's rule), through Slack.
    await t.outbox();
    const melding = t.nep
      .van('chat.postMessage')
      .find((o) => o.args.channel === 'D01VOORZIT' && String(o.args.text).includes('niet worden bezorgd'));
    expect(melding).toBeDefined();
    expect(tekstVan(melding!)).toContain('slack:channel_not_found');
  });

  it('rejects a wrong bot token at start-up instead of failing on the first request', async () => {
    const { maakSlackAdapter } = await import('../../adapters/slack/index.ts');
    const { maakLogboek } = await import('../../src/logboek.ts');
    await expect(
      maakSlackAdapter(
        t.o.d,
        { signingSecret: GEHEIM, botToken: 'xoxb-fout', apiUrl: t.nep.url },
        maakLogboek('silent'),
      ),
    ).rejects.toThrow(/invalid_auth/);
  });
});
