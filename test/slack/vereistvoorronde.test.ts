// Issue 19, "a table may require them before its round opens", through the real Bolt app with signed
// requests: a quick intake on such a table waits (status `wacht_op_aanvulling`, no round), App Home, the
// agenda and the chair's menu say so, and adding what the table requires opens the round (spelregels §4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK, SlackTest, TAFELKANAAL, tekstVan } from './helpers.ts';

const WACHT = 'Wacht op aanvulling';

describe('Slack: a table that requires costs before its round', () => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start('pglite', {
      start: '2026-11-23 10:00',
      yaml: (yaml) => {
        const aangepast = yaml.replace('vereistVoorRonde: []', 'vereistVoorRonde: [kosten]');
        expect(aangepast).not.toBe(yaml);
        return aangepast;
      },
    });
  });
  afterAll(async () => {
    await t?.stop();
  });

  /** What a person's App Home shows now. */
  const home = async (wie: string) => {
    const voor = t.nep.van('views.publish').length;
    await t.event({ type: 'app_home_opened', user: wie, channel: 'D01', tab: 'home', event_ts: '1' });
    const uit = await t.nep.wachtOp(
      'views.publish',
      (o) => o.args.user_id === wie && t.nep.van('views.publish').indexOf(o) >= voor,
    );
    return tekstVan(uit);
  };

  it('raise → the card waits for the costs → the submitter adds them → the round opens', async () => {
    const voor = t.nep.van('views.open').length;
    expect((await t.commando(SLACK.consulent)).status).toBe(200);
    const modal = await t.geopendModal(voor);
    const r = await t.verstuurModal(SLACK.consulent, modal, {
      titel: 'Wacht op de kosten',
      situatie: 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.',
      knelpunt: 'kostendelersnorm',
    });
    expect((r.json() as { response_action: string }).response_action).toBe('update');
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ where: { titel: 'Wacht op de kosten' } });
    expect(casus.status).toBe('wacht_op_aanvulling');
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: casus.id } })).toBe(0);

    t.nep.wis();
    await t.outbox();
    const kaart = t.nep.van('chat.postMessage').find((o) => o.args.channel === TAFELKANAAL)!;
    expect(tekstVan(kaart)).toContain('Wacht op aanvulling');
    expect(tekstVan(kaart)).toContain('De besluitronde opent zodra de indiener aanvult: de kosten.');
    expect(tekstVan(kaart)).not.toContain('Besluitronde open tot');
    expect(JSON.stringify(kaart.args.blocks)).not.toContain('Akkoord');
    await verteltDeWaarheid(casus);
    const ontvangen = t.nep
      .van('chat.postMessage')
      .find((o) => tekstVan(o).includes('de besluitronde opent zodra u dat aanvult'));
    expect(ontvangen).toBeDefined();
    const vraag = t.nep
      .van('chat.postMessage')
      .find((o) => JSON.stringify(o.args.blocks ?? []).includes('casus:aanvullen'))!;
    const waarde = (JSON.stringify(vraag.args.blocks).match(/"value":"([^"]+)"/) ?? [])[1]!;
    const voorFormulier = t.nep.van('views.open').length;
    await t.klik(SLACK.consulent, 'casus:aanvullen', waarde, String(vraag.args.channel));
    const formulier = await t.geopendModal(voorFormulier);
    const r2 = await t.verstuurModal(SLACK.consulent, formulier, {
      kostenMaatwerk: '1.200',
      kostenNietsDoen: '9.000',
    });
    expect(r2.status).toBe(200);
    const ronde = await t.o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: casus.id } });
    expect(ronde.status).toBe('open');

    t.nep.wis();
    await t.outbox();
    const bijgewerkt = t.nep
      .van('chat.update')
      .filter((o) => o.args.channel === TAFELKANAAL)
      .at(-1)!;
    expect(tekstVan(bijgewerkt)).toContain('Besluitronde open tot');
    expect(tekstVan(bijgewerkt)).not.toContain('Wacht op aanvulling');
    expect(JSON.stringify(bijgewerkt.args.blocks)).toContain('Akkoord');
    // One card in the channel: the waiting card became the round's card.
    expect(t.nep.van('chat.postMessage').filter((o) => o.args.channel === TAFELKANAAL)).toHaveLength(0);
    // Now it is the members' turn, and the chair has every control again.
    expect(await home(SLACK.wi)).toContain(casus.referentie);
    expect(await home(SLACK.voorzitter)).toContain(`verlengen|${casus.id}`);
  });

  it('a casus still waiting two working days later reminds its submitter, with the form to add it', async () => {
    t.o.klok.zet('2026-11-24 11:00');
    const voor = t.nep.van('views.open').length;
    await t.commando(SLACK.consulent);
    const modal = await t.geopendModal(voor);
    await t.verstuurModal(SLACK.consulent, modal, {
      titel: 'Vergeten kosten',
      situatie: 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.',
      knelpunt: 'kostendelersnorm',
    });
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ where: { titel: 'Vergeten kosten' } });
    await t.outbox();
    t.nep.wis();
    t.o.klok.zet('2026-11-26 11:00'); // Thursday: two working days later
    await t.jobs();
    await t.outbox();
    const [herinnering, ...meer] = t.nep
      .van('chat.postMessage')
      .filter((o) => String(o.args.text).startsWith(`Herinnering: vul ${casus.referentie} aan`));
    expect(meer).toHaveLength(0);
    expect(tekstVan(herinnering!)).toContain(
      `Herinnering: de tafel beslist pas over *${casus.referentie}* (Vergeten kosten) als u aanvult wat zij vraagt. Nog nodig: de kosten`,
    );
    const waarde = (JSON.stringify(herinnering!.args.blocks).match(/"value":"([^"]+)"/) ?? [])[1]!;
    expect(waarde).toContain(casus.id);
    const voorFormulier = t.nep.van('views.open').length;
    await t.klik(SLACK.consulent, 'casus:aanvullen', waarde, String(herinnering!.args.channel));
    const formulier = await t.geopendModal(voorFormulier);
    expect(JSON.stringify(formulier.view)).toContain('"block_id":"kostenMaatwerk"');
    await t.verstuurModal(SLACK.consulent, formulier, { kostenMaatwerk: '800', kostenNietsDoen: '5.000' });
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: casus.id } })).toBe(1);
  });

  /** While it waits: every surface says so, and the chair gets withdrawing only. */
  async function verteltDeWaarheid(casus: { id: string; referentie: string }) {
    // The submitter's App Home lists it as waiting, not as a round.
    const indiener = await home(SLACK.consulent);
    expect(indiener).toContain(`${casus.referentie}*`);
    expect(indiener).toContain(WACHT);
    expect(indiener).not.toContain('In besluitronde');
    // Nothing waits for a member's answer; an answer button from elsewhere is refused with why.
    expect(await home(SLACK.wi)).not.toContain(casus.referentie);
    const voorKlik = t.nep.van('chat.postEphemeral').length;
    await t.klik(SLACK.wi, 'antwoord:akkoord', casus.id);
    const weigering = await t.nep.wachtOpNde('chat.postEphemeral', voorKlik);
    expect(String(weigering.args.text)).toContain(
      `De besluitronde van ${casus.referentie} is nog niet geopend: de casus wacht op aanvulling door de indiener.`,
    );
    expect(await t.o.db.prisma.antwoord.count({ where: { ronde: { casusId: casus.id } } })).toBe(0);
    // The chair's App Home and `/casus <referentie>`: the menu offers withdrawing, no round controls.
    const voorzitter = await home(SLACK.voorzitter);
    expect(voorzitter).toContain(WACHT);
    // Withdrawing alone is a button of its own (an overflow menu holds two options at least).
    expect(voorzitter).toContain('"action_id":"beheer:intrekken"');
    expect(voorzitter).not.toContain('beheer:menu');
    const eigen = JSON.stringify((await t.commando(SLACK.voorzitter, casus.referentie)).json().blocks);
    expect(eigen).toContain(WACHT);
    expect(eigen).toContain('"action_id":"beheer:intrekken"');
    expect(eigen).not.toContain('beheer:menu');
    expect(eigen).not.toContain('antwoord:akkoord');
    // The agenda lists it as waiting.
    const agenda = JSON.stringify((await t.commando(SLACK.wi, 'agenda')).json().blocks);
    expect(agenda).toContain(casus.referentie);
    expect(agenda).toContain(WACHT);
    // A control from an older App Home view: the server refuses it, with why, and the casus stays as it was.
    const voor = t.nep.van('views.open').length;
    expect((await t.menu(SLACK.voorzitter, 'verlengen', casus.id, 'home')).status).toBe(200);
    const modal = await t.geopendModal(voor);
    const r = await t.verstuurModal(SLACK.voorzitter, modal, {
      nieuweDeadline: '2026-11-30',
      tijd: '12:00',
      reden: 'Meer tijd voor de kosten.',
    });
    expect(JSON.stringify(r.json())).toContain('de casus wacht op aanvulling door de indiener');
    const na = await t.o.db.prisma.casus.findUniqueOrThrow({ where: { id: casus.id } });
    expect(na.status).toBe('wacht_op_aanvulling');
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: casus.id } })).toBe(0);
  }
});
