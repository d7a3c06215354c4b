// Issue 19, "what was typed survives an interrupted form", through the real Bolt app with signed
// requests: closing the intake modal keeps a draft, the next `/casus` (or the shortcut) opens with it and
// says so, and raising the casus removes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Modal } from '../../adapters/slack/blockkit.ts';
import { SHORTCUT } from '../../adapters/slack/ids.ts';
import { SOORTEN } from '../helpers/database.ts';
import { SLACK, SlackTest, staatVan, TAFELKANAAL, TEAM } from './helpers.ts';

const gebruiker = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: TEAM });

describe.each(SOORTEN)('Slack: the intake draft on %s', (soort) => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const open = async (wie: string = SLACK.consulent) => {
    const voor = t.nep.van('views.open').length;
    expect((await t.commando(wie)).status).toBe(200);
    return t.geopendModal(voor);
  };

  /** The person closes the modal (Slack's `view_closed`, sent because of `notify_on_close`). */
  const sluit = (wie: string, modal: { view: Modal; viewId: string }, waarden: Record<string, string>) =>
    t.interactie({
      type: 'view_closed',
      team: { id: TEAM, domain: 'maatwerk' },
      user: gebruiker(wie),
      api_app_id: 'A0MAATWERK',
      token: 'verouderd',
      view: {
        id: modal.viewId,
        team_id: TEAM,
        type: 'modal',
        callback_id: modal.view.callback_id,
        private_metadata: modal.view.private_metadata ?? '',
        hash: 'h1',
        state: { values: staatVan(modal.view, waarden) },
      },
      is_cleared: false,
    });

  const beginwaarde = (view: Modal, blok: string) =>
    (
      view.blocks.find((b) => 'block_id' in b && b.block_id === blok) as
        | { element: { initial_value?: string } }
        | undefined
    )?.element.initial_value;
  const alsTekst = (view: Modal) => JSON.stringify(view.blocks);

  /** The message shortcut ("casus uit bericht") on a message with this text. */
  const vanBericht = async (tekst: string) => {
    const voor = t.nep.van('views.open').length;
    const r = await t.interactie({
      type: 'message_action',
      callback_id: SHORTCUT.uitBericht,
      trigger_id: `${Date.now()}.1.bericht`,
      user: gebruiker(SLACK.consulent),
      team: { id: TEAM, domain: 'maatwerk' },
      channel: { id: TAFELKANAAL },
      message: { ts: '1700000000.000001', text: tekst },
      response_url: 'https://hooks.slack.invalid/x',
    });
    expect(r.status).toBe(200);
    return t.geopendModal(voor);
  };
  const concepten = () => t.o.db.prisma.intakeConcept.findMany();

  it('closing the intake keeps a draft; /casus and the shortcut open with it; submitting removes it', async () => {
    const eerste = await open();
    expect(eerste.view.notify_on_close).toBe(true);
    expect(alsTekst(eerste.view)).not.toContain('concept');

    const titel = 'Onderbroken op de telefoon';
    const situatie = 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.';
    const dicht = await sluit(SLACK.consulent, eerste, { titel, situatie });
    expect(dicht.status).toBe(200);
    const [rij, ...meer] = await concepten();
    expect(meer).toHaveLength(0);
    expect(rij?.platform).toBe('slack');
    expect(rij?.waarden).toMatchObject({ titel, situatie });

    // Someone else opens an empty form: a draft is private.
    const ander = await open(SLACK.wi);
    expect(beginwaarde(ander.view, 'titel')).toBeUndefined();
    expect(alsTekst(ander.view)).not.toContain('Je gaat verder met je concept');

    const weer = await open();
    expect(beginwaarde(weer.view, 'titel')).toBe(titel);
    expect(beginwaarde(weer.view, 'situatie')).toBe(situatie);
    expect(alsTekst(weer.view)).toContain('Je gaat verder met je concept van');

    const voor = t.nep.van('views.open').length;
    const kort = await t.interactie({
      type: 'shortcut',
      callback_id: SHORTCUT.nieuw,
      trigger_id: `${Date.now()}.1.concept`,
      user: gebruiker(SLACK.consulent),
      team: { id: TEAM, domain: 'maatwerk' },
      api_app_id: 'A0MAATWERK',
      token: 'verouderd',
      action_ts: '1700000001.0',
    });
    expect(kort.status).toBe(200);
    const viaShortcut = await t.geopendModal(voor);
    expect(beginwaarde(viaShortcut.view, 'titel')).toBe(titel);

    const r = await t.verstuurModal(SLACK.consulent, weer, { knelpunt: 'kostendelersnorm' });
    expect((r.json() as { response_action: string }).response_action).toBe('update');
    expect(await t.o.db.prisma.casus.count({ where: { titel } })).toBe(1);
    expect(await concepten()).toHaveLength(0);
    expect(beginwaarde((await open()).view, 'titel')).toBeUndefined();
  });

  it('a draft with a field behind "meer velden" opens the full form; closing it empty removes the draft', async () => {
    const eerste = await open();
    await sluit(SLACK.consulent, eerste, { titel: 'Met meer velden' });
    // Saved from the full form: the solution field is there.
    await t.o.db.prisma.intakeConcept.updateMany({
      data: { waarden: { titel: 'Met meer velden', gevraagdeOplossing: 'Een jaar uitstel van de norm.' } },
    });
    const weer = await open();
    expect(beginwaarde(weer.view, 'gevraagdeOplossing')).toBe('Een jaar uitstel van de norm.');
    await sluit(SLACK.consulent, weer, { titel: '', gevraagdeOplossing: '' });
    expect(await concepten()).toHaveLength(0);
  });

  /** The urgency switched in the open modal, as Slack sends it; the form in its new shape comes back. */
  const wissel = async (
    modal: { view: Modal; viewId: string },
    naar: 'crisis' | 'normaal',
    waarden: Record<string, string> = {},
  ) => {
    const voor = t.nep.van('views.update').length;
    await t.interactie({
      type: 'block_actions',
      user: gebruiker(SLACK.consulent),
      team: { id: TEAM },
      trigger_id: `${Date.now()}.1.crisis`,
      container: { type: 'view', view_id: modal.viewId },
      view: {
        id: modal.viewId,
        hash: 'h1',
        type: 'modal',
        callback_id: 'intake',
        private_metadata: modal.view.private_metadata,
        state: { values: staatVan(modal.view, { ...waarden, urgentie: naar }) },
      },
      actions: [
        {
          action_id: 'intake:urgentie',
          block_id: 'urgentie',
          type: 'radio_buttons',
          selected_option: { value: naar },
        },
      ],
    });
    const o = await t.nep.wachtOpNde('views.update', voor);
    return { view: o.args.view as Modal, viewId: modal.viewId };
  };
  const naarCrisis = (modal: { view: Modal; viewId: string }, waarden: Record<string, string> = {}) =>
    wissel(modal, 'crisis', waarden);

  const invoerBlokken = (view: Modal) =>
    view.blocks.filter((b) => b.type === 'input').map((b) => (b as { block_id: string }).block_id);
  const gekozen = (view: Modal, blok: string) =>
    (
      view.blocks.find((b) => 'block_id' in b && b.block_id === blok) as
        | { element: { initial_option?: { value: string } } }
        | undefined
    )?.element.initial_option?.value;

  it('a refused submit keeps the draft without the modal being closed (a phone app killed then)', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    const modal = await open();
    const titel = 'Geweigerd op de telefoon';
    const situatie = 'Mevrouw met BSN 111222333 dreigt haar huis te verliezen door een huurachterstand.';
    const r = await t.verstuurIntake(SLACK.consulent, modal, { titel, situatie, urgentie: 'spoed' });
    const antwoord = r.json() as { response_action: string; errors: Record<string, string> };
    expect(antwoord.response_action).toBe('errors');
    expect(antwoord.errors.situatie).toContain('BSN');
    // No view_closed follows: the save after the ack (which verstuurIntake waits for) is all there is.
    expect(t.logregels.join('')).toContain('intake geweigerd: concept bijgewerkt');
    const [rij, ...meer] = await concepten();
    expect(meer).toHaveLength(0);
    // What the gate found is not stored: the draft holds the suggestion the refusal gave.
    const geanonimiseerd = 'Mevrouw met BSN [BSN] dreigt haar huis te verliezen door een huurachterstand.';
    expect(rij?.waarden).toMatchObject({ titel, situatie: geanonimiseerd, urgentie: 'spoed' });
    expect(JSON.stringify(rij?.waarden)).not.toContain('111222333');
    // Its text never reaches the log.
    expect(t.logregels.join('')).not.toContain('111222333');

    const weer = await open();
    expect(beginwaarde(weer.view, 'titel')).toBe(titel);
    expect(beginwaarde(weer.view, 'situatie')).toBe(geanonimiseerd);
    // The urgency chosen before stays chosen.
    expect(gekozen(weer.view, 'urgentie')).toBe('spoed');
    await sluit(SLACK.consulent, weer, { titel: '', situatie: '' });
    expect(await concepten()).toHaveLength(0);
  });

  it('"meer velden" keeps the line saying the form continues a draft', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    await sluit(SLACK.consulent, await open(), { titel: 'Verder met meer velden' });
    const weer = await open();
    expect(alsTekst(weer.view)).toContain('Je gaat verder met je concept van');
    const meer = await t.meerVelden(SLACK.consulent, weer);
    expect(alsTekst(meer.view)).toContain('"block_id":"kostenMaatwerk"');
    expect(beginwaarde(meer.view, 'titel')).toBe('Verder met meer velden');
    expect(alsTekst(meer.view)).toContain('Je gaat verder met je concept van');
    // A form that continues no draft does not claim one after "meer velden" either.
    await sluit(SLACK.consulent, meer, { titel: '' });
    const nieuw = await t.meerVelden(SLACK.consulent, await open());
    expect(alsTekst(nieuw.view)).not.toContain('Je gaat verder met je concept');
  });

  it('in the language of the person who reads it, also after "meer velden"', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    await t.o.db.prisma.persoon.updateMany({ where: { sleutel: 'consulent' }, data: { taal: 'en' } });
    try {
      await sluit(SLACK.consulent, await open(), { titel: 'In English' });
      const weer = await open();
      expect(alsTekst(weer.view)).toContain('You are continuing your draft of');
      const meer = await t.meerVelden(SLACK.consulent, weer);
      expect(alsTekst(meer.view)).toContain('You are continuing your draft of');
      expect(alsTekst(meer.view)).toContain('Short title');
      await sluit(SLACK.consulent, meer, { titel: '' });
    } finally {
      await t.o.db.prisma.persoon.updateMany({ where: { sleutel: 'consulent' }, data: { taal: null } });
    }
  });

  it('a draft left in the crisis form reopens as the crisis form, with its title', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    const crisis = await naarCrisis(await open());
    expect(invoerBlokken(crisis.view)).toEqual(['urgentie', 'titel']);
    await sluit(SLACK.consulent, crisis, { titel: 'Acute dreiging, later verder' });
    expect((await concepten())[0]?.waarden).toMatchObject({ urgentie: 'crisis' });

    const weer = await open();
    expect(invoerBlokken(weer.view)).toEqual(['urgentie', 'titel']);
    expect(gekozen(weer.view, 'urgentie')).toBe('crisis');
    expect(beginwaarde(weer.view, 'titel')).toBe('Acute dreiging, later verder');
    expect(alsTekst(weer.view)).toContain('Je gaat verder met je concept van');
    expect(alsTekst(weer.view)).toContain('112');

    // Started from a message the crisis form has no place for its text: the normal form carries the
    // message and the draft's title.
    const uitBericht = await vanBericht('Gezin belt in paniek, de deurwaarder staat morgen voor de deur.');
    expect(invoerBlokken(uitBericht.view)).toContain('situatie');
    expect(beginwaarde(uitBericht.view, 'titel')).toBe('Acute dreiging, later verder');
    expect(beginwaarde(uitBericht.view, 'situatie')).toBe(
      'Gezin belt in paniek, de deurwaarder staat morgen voor de deur.',
    );
    await sluit(SLACK.consulent, weer, { titel: '' });
    expect(await concepten()).toHaveLength(0);
  });

  it('the crisis form hides the situation, it does not lose it: back to normal, or closed and reopened', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    const situatie = 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.';
    const crisis = await naarCrisis(await open(), { titel: 'Eerst gewoon', situatie });
    expect(invoerBlokken(crisis.view)).toEqual(['urgentie', 'titel']);
    // A tap on "crisis" by mistake: back to normal, the situation is there again.
    const terug = await wissel(crisis, 'normaal', { titel: 'Eerst gewoon' });
    expect(beginwaarde(terug.view, 'situatie')).toBe(situatie);
    expect(beginwaarde(terug.view, 'titel')).toBe('Eerst gewoon');

    // The crisis form closed: its title and urgency are the draft's, the situation stays in it.
    const weerCrisis = await naarCrisis(terug, {});
    await sluit(SLACK.consulent, weerCrisis, { titel: 'Toch een crisis' });
    expect((await concepten())[0]?.waarden).toMatchObject({
      titel: 'Toch een crisis',
      urgentie: 'crisis',
      situatie,
    });
    const heropend = await open();
    expect(invoerBlokken(heropend.view)).toEqual(['urgentie', 'titel']);
    const normaal = await wissel(heropend, 'normaal');
    expect(beginwaarde(normaal.view, 'titel')).toBe('Toch een crisis');
    expect(beginwaarde(normaal.view, 'situatie')).toBe(situatie);
    expect(alsTekst(normaal.view)).toContain('Je gaat verder met je concept van');
    await sluit(SLACK.consulent, normaal, { titel: '', situatie: '' });
    expect(await concepten()).toHaveLength(0);
  });

  it('a draft and a message together: the typed situation first, the message below it, nothing lost', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    const getypt = 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.';
    await sluit(SLACK.consulent, await open(), { titel: 'Concept en bericht', situatie: getypt });
    const bericht = 'De corporatie heeft de ontruiming aangezegd voor volgende week.';
    const modal = await vanBericht(bericht);
    expect(beginwaarde(modal.view, 'titel')).toBe('Concept en bericht');
    expect(beginwaarde(modal.view, 'situatie')).toBe(`${getypt}\n\n${bericht}`);
    expect(alsTekst(modal.view)).toContain('Je gaat verder met je concept van');
    // The same message again, after the draft kept it: not twice.
    await sluit(SLACK.consulent, modal, {});
    const nogmaals = await vanBericht(bericht);
    expect(beginwaarde(nogmaals.view, 'situatie')).toBe(`${getypt}\n\n${bericht}`);
    // `/casus <tekst>` is a message to start from as well.
    const voor = t.nep.van('views.open').length;
    await t.commando(SLACK.consulent, 'Ook nog een tweede bericht om mee te beginnen');
    const commando = await t.geopendModal(voor);
    expect(beginwaarde(commando.view, 'situatie')).toBe(
      `${getypt}\n\n${bericht}\n\nOok nog een tweede bericht om mee te beginnen`,
    );
    await sluit(SLACK.consulent, commando, { titel: '', situatie: '' });
    expect(await concepten()).toHaveLength(0);
  });
});

describe('Slack: a refused intake is answered before its draft is written', () => {
  let t: SlackTest;
  // Every write of a draft by the adapter waits for this; the test opens it.
  let poort: Promise<void> = Promise.resolve();
  let laatDoor = () => {};
  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-11-23 10:00', voorConcept: () => poort });
  });
  afterAll(async () => {
    // Also when the test failed while holding it: the adapter's work ends before it stops.
    laatDoor();
    await t?.stop();
  });

  it('the errors come back while the write of the draft is held; once let through, it is kept', async () => {
    const voor = t.nep.van('views.open').length;
    await t.commando(SLACK.consulent);
    const modal = await t.geopendModal(voor);
    poort = new Promise((klaar) => {
      laatDoor = klaar;
    });
    const r = await t.verstuurModal(
      SLACK.consulent,
      modal,
      {
        titel: 'Vastgehouden',
        situatie: 'Mevrouw met BSN 111222333 dreigt haar huis te verliezen door een huurachterstand.',
      },
      // The held write keeps PGlite's one connection in its transaction: nothing else may ask it now.
      { zonderTik: true },
    );
    // The errors are back while the draft's write is still held: the ack did not wait for it.
    expect((r.json() as { response_action: string }).response_action).toBe('errors');
    expect(t.logregels.join('')).not.toContain('intake geweigerd');
    laatDoor();
    await t.wachtOpLog((regel) => regel.includes('intake geweigerd: concept bijgewerkt'));
    const [rij] = await t.o.db.prisma.intakeConcept.findMany();
    expect(rij?.waarden).toMatchObject({ titel: 'Vastgehouden' });
  });
});
