// Issue 19, "a casus from a phone in under a minute", through the real Bolt app with signed requests:
// the quick intake asks at most five things, and a form says everything that is wrong in one answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Modal } from '../../adapters/slack/blockkit.ts';
import { SHORTCUT } from '../../adapters/slack/ids.ts';
import { SOORTEN } from '../helpers/database.ts';
import { LEDEN, SLACK, SlackTest, TAFELKANAAL, TEAM, tekstVan } from './helpers.ts';

/** The most the quick path may ask (the bound). */
const HOOGSTENS_VERPLICHT = 5;

const verplichteBlokken = (view: Modal) =>
  view.blocks
    .filter((b) => b.type === 'input' && !('optional' in b && b.optional))
    .map((b) => (b as { block_id: string }).block_id);

describe.each(SOORTEN)('Slack: the quick intake on %s', (soort) => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const open = async () => {
    const voor = t.nep.van('views.open').length;
    expect((await t.commando(SLACK.consulent)).status).toBe(200);
    return t.geopendModal(voor);
  };

  it('asks at most five required things: what Slack requires and what the core refuses when left empty', async () => {
    const modal = await open();
    const leeg = await t.verstuurIntake(SLACK.consulent, modal, { urgentie: undefined });
    expect(leeg.status).toBe(200);
    const antwoord = leeg.json() as { response_action: string; errors: Record<string, string> };
    expect(antwoord.response_action).toBe('errors');
    // Every required field says so in this one answer (the knelpunt too, no second submit needed).
    // Exactly one sentence per field: a required field the quick form does not show would land under
    // the first block (the title) and show up here.
    expect(antwoord.errors).toEqual({
      titel: 'Vul een korte titel in',
      situatie: 'Vul de situatie in',
      knelpunt: 'Kies een knelpunt uit de lijst of beschrijf het zelf',
    });
    const verplicht = new Set([...verplichteBlokken(modal.view), ...Object.keys(antwoord.errors)]);
    // The person has one table: it is not asked.
    expect(verplicht.has('tafel')).toBe(false);
    expect([...verplicht].sort()).toEqual(['knelpunt', 'situatie', 'titel', 'urgentie']);
    expect(verplicht.size).toBeLessThanOrEqual(HOOGSTENS_VERPLICHT);
    // Costs, engagement and consent are not in the quick form.
    const blokken = JSON.stringify(modal.view.blocks);
    for (const veld of ['kostenMaatwerk', 'betrokkenheid', 'toestemming', 'leefgebieden'])
      expect(blokken).not.toContain(`"block_id":"${veld}"`);
    expect(blokken).toContain('intake:meer');
  });

  it('a quick intake raises the casus, with costs, engagement and consent left open', async () => {
    const modal = await open();
    const r = await t.verstuurIntake(SLACK.consulent, modal, {
      titel: 'Snel ingediend vanaf de telefoon',
      situatie: 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.',
      knelpunt: 'kostendelersnorm',
    });
    expect((r.json() as { response_action: string }).response_action).toBe('update');
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({
      where: { titel: 'Snel ingediend vanaf de telefoon' },
    });
    expect(casus.status).toBe('in_besluitronde');
    expect(casus.kostenOntbreken).toBe(true);
    expect(casus.betrokkenheidOntbreekt).toBe(true);
    expect(casus.toestemming).toBe('nog_niet');

    // What is open follows in the conversation: a DM with a button, and the card names it.
    t.nep.wis();
    await t.outbox();
    const kaart = t.nep.van('chat.postMessage').find((o) => o.args.channel === TAFELKANAAL)!;
    expect(tekstVan(kaart)).toContain('Nog aan te vullen door de indiener');
    expect(tekstVan(kaart)).not.toContain('€ 0');
    const vraag = t.nep
      .van('chat.postMessage')
      .find((o) => JSON.stringify(o.args.blocks ?? []).includes('casus:aanvullen'))!;
    expect(vraag).toBeDefined();
    const waarde = (JSON.stringify(vraag.args.blocks).match(/"value":"([^"]+)"/) ?? [])[1]!;
    expect(waarde).toBe(`${casus.id}|kosten,betrokkenheid,toestemming`);
    const voor = t.nep.van('views.open').length;
    await t.klik(SLACK.consulent, 'casus:aanvullen', waarde, String(vraag.args.channel));
    const formulier = await t.geopendModal(voor);
    expect(formulier.view.callback_id).toBe('aanvullen');
    // Nothing filled in: refused at the field, nothing changes.
    const leeg = await t.verstuurModal(SLACK.consulent, formulier, {});
    expect((leeg.json() as { response_action: string }).response_action).toBe('errors');
    // Someone else cannot add to it.
    const ander = await t.verstuurModal(LEDEN[0]!, formulier, { kostenMaatwerk: '1', kostenNietsDoen: '2' });
    expect((ander.json() as { response_action: string }).response_action).toBe('errors');
    const r2 = await t.verstuurModal(SLACK.consulent, formulier, {
      kostenMaatwerk: '1.200',
      kostenNietsDoen: '9.000',
      toestemming: 'ja_vastgelegd',
    });
    expect(r2.status).toBe(200);
    const na = await t.o.db.prisma.casus.findUniqueOrThrow({ where: { id: casus.id } });
    expect(na.kostenOntbreken).toBe(false);
    expect(na.kostenMaatwerkCent).toBe(120_000);
    expect(na.toestemming).toBe('ja_vastgelegd');
    expect(na.betrokkenheidOntbreekt).toBe(true);
    t.nep.wis();
    await t.outbox();
    const bijgewerkt = t.nep.van('chat.update').at(-1)!;
    expect(tekstVan(bijgewerkt)).toContain('de betrokkenheid van het huishouden');
    expect(tekstVan(bijgewerkt)).not.toContain('de kosten,');
  });

  it('all errors of a form at once: a short title, personal data in the situation and no knelpunt', async () => {
    const modal = await t.meerVelden(SLACK.consulent, await open());
    const voor = await t.o.db.prisma.casus.count();
    const r = await t.verstuurIntake(SLACK.consulent, modal, {
      titel: 'Kort',
      situatie: 'Mevrouw met BSN 111222333 dreigt haar huis te verliezen door een huurachterstand.',
      kostenMaatwerk: 'veel',
    });
    const antwoord = r.json() as { response_action: string; errors: Record<string, string> };
    expect(antwoord.response_action).toBe('errors');
    expect(Object.keys(antwoord.errors).sort()).toEqual([
      'knelpunt',
      'kostenMaatwerk',
      'kostenNietsDoen',
      'situatie',
      'titel',
    ]);
    expect(antwoord.errors.situatie).toContain('BSN');
    expect(await t.o.db.prisma.casus.count()).toBe(voor);
  });

  it('`/casus <tekst>` starts the situation with the text', async () => {
    // The refused submits above kept drafts; this is about the text alone.
    await t.o.db.prisma.intakeConcept.deleteMany();
    const voor = t.nep.van('views.open').length;
    const tekst = 'Huurachterstand na een verlaagde uitkering, uithuiszetting dreigt';
    expect((await t.commando(SLACK.consulent, tekst)).status).toBe(200);
    const modal = await t.geopendModal(voor);
    const situatie = modal.view.blocks.find((b) => 'block_id' in b && b.block_id === 'situatie') as {
      element: { initial_value?: string };
    };
    expect(situatie.element.initial_value).toBe(tekst);
    // One unknown word is still an unknown command, not a casus.
    const een = await t.commando(SLACK.consulent, 'onzin');
    expect(een.tekst).toContain('onzin');
    expect(t.nep.van('views.open').length).toBe(voor + 1);
  });

  it('"meer velden" keeps what was typed in the quick form', async () => {
    const modal = await open();
    const meer = await t.meerVelden(SLACK.consulent, modal, { titel: 'Al getypt' });
    const titel = meer.view.blocks.find((b) => 'block_id' in b && b.block_id === 'titel') as {
      element: { initial_value?: string };
    };
    expect(titel.element.initial_value).toBe('Al getypt');
    expect(JSON.stringify(meer.view.blocks)).toContain('"block_id":"kostenMaatwerk"');
    expect(verplichteBlokken(meer.view).length).toBeLessThanOrEqual(HOOGSTENS_VERPLICHT);
  });

  /**
   * The required things of a form: the inputs Slack requires, plus those the core refuses when the
   * form is sent as it opened (one sentence per field, so a field the form does not show would land
   * under the first block and be counted too).
   */
  const verplichtBijVersturen = async (modal: { view: Modal; viewId: string }) => {
    const r = await t.verstuurIntake(SLACK.consulent, modal, {});
    const antwoord = r.json() as { response_action: string; errors: Record<string, string> };
    expect(antwoord.response_action).toBe('errors');
    return new Set([...verplichteBlokken(modal.view), ...Object.keys(antwoord.errors)]);
  };
  const situatieVan = (view: Modal) =>
    (
      view.blocks.find((b) => 'block_id' in b && b.block_id === 'situatie') as
        | { element: { initial_value?: string } }
        | undefined
    )?.element.initial_value;

  it.each([
    ['the message shortcut', 'bericht'],
    ['`/casus <tekst>`', 'commando'],
  ] as const)(
    'the quick form opens from %s too: at most five required, the situation prefilled',
    async (_, pad) => {
      await t.o.db.prisma.intakeConcept.deleteMany();
      const tekst = 'Gezin met huurachterstand, corporatie dreigt met ontruiming na een verhuizing.';
      const voor = t.nep.van('views.open').length;
      if (pad === 'bericht')
        await t.interactie({
          type: 'message_action',
          callback_id: SHORTCUT.uitBericht,
          trigger_id: `${Date.now()}.1.bericht`,
          user: { id: SLACK.consulent, name: 'consulent', team_id: TEAM },
          team: { id: TEAM, domain: 'maatwerk' },
          channel: { id: TAFELKANAAL },
          message: { ts: '1700000000.000001', text: tekst },
          response_url: 'https://hooks.slack.invalid/x',
        });
      else await t.commando(SLACK.consulent, tekst);
      const modal = await t.geopendModal(voor);
      expect(situatieVan(modal.view)).toBe(tekst);
      const blokken = JSON.stringify(modal.view.blocks);
      expect(blokken).toContain('intake:meer');
      for (const veld of ['kostenMaatwerk', 'betrokkenheid', 'toestemming', 'leefgebieden'])
        expect(blokken).not.toContain(`"block_id":"${veld}"`);
      const verplicht = await verplichtBijVersturen(modal);
      // The situation is there already; still asked (required), still counted.
      expect([...verplicht].sort()).toEqual(['knelpunt', 'situatie', 'titel', 'urgentie']);
      expect(verplicht.size).toBeLessThanOrEqual(HOOGSTENS_VERPLICHT);
      // The refused submit kept it as a draft; gone again for the next test.
      await t.o.db.prisma.intakeConcept.deleteMany();
    },
  );
});
