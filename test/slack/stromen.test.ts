// End to end over HTTP against the real Bolt app: signed slash commands, button clicks, modal
// submissions and events in; a fake Slack Web API records what the adapter sends out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Modal, modalSchema } from '../../adapters/slack/blockkit.ts';
import { SOORTEN } from '../helpers/database.ts';
import { ams } from '../helpers/klok.ts';
import { LEDEN, LEERKANAAL, SLACK, SlackTest, TAFELKANAAL, tekstVan } from './helpers.ts';

describe.each(SOORTEN)('Slack: a casus from raise to shared besluit on %s', (soort) => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('raise → members answer → deadline → besluit in the thread, the leerkanaal and to the submitter', async () => {
    // /casus opens the intake; the submitter has one table, so there is nothing to choose: the
    // modal carries it.
    const { modal, antwoord } = await t.dienIn();
    expect(modal.view.blocks.some((b) => 'block_id' in b && b.block_id === 'tafel')).toBe(false);
    const tafel = await t.o.db.prisma.tafel.findFirstOrThrow({ where: { slug: 'citydeal-utrecht' } });
    expect(JSON.parse(modal.view.private_metadata ?? '{}').tafel).toBe(tafel.id);
    expect(antwoord.status).toBe(200);
    const bevestiging = antwoord.json() as { response_action: string; view: { blocks: unknown[] } };
    expect(bevestiging.response_action).toBe('update');
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ orderBy: { ingediend: 'desc' } });
    expect(JSON.stringify(bevestiging.view)).toContain(casus.referentie);

    // The card goes to the table channel with five answer buttons; the submitter gets a DM.
    await t.outbox();
    const kaart = t.nep.van('chat.postMessage').find((o) => o.args.channel === TAFELKANAAL)!;
    expect(kaart).toBeDefined();
    const knoppen = JSON.stringify(kaart.args.blocks).match(/"action_id":"antwoord:[a-z_]+"/g);
    expect(knoppen).toHaveLength(5);
    const kaartTs = String(kaart.resultaat?.ts);
    expect(
      (await t.o.db.prisma.platformBericht.findFirstOrThrow({ where: { casusId: casus.id } })).berichtId,
    ).toBe(kaartTs);
    expect(t.nep.van('chat.postMessage').some((o) => o.args.channel === 'D01CONSULT')).toBe(true);

    // Three members answer (quorum 60 % of five); the card is updated in place after each.
    for (const lid of LEDEN.slice(0, 3)) {
      const r = await t.antwoord(lid, casus.id, 'akkoord');
      expect(r.status).toBe(200);
      // The confirmation is the modal's last view, in the ack: what was stored, until when it can change.
      const bevestiging = r.json() as { response_action: string; view: Modal };
      expect(bevestiging.response_action).toBe('update');
      expect(modalSchema.safeParse(bevestiging.view).success).toBe(true);
      const tekst = JSON.stringify(bevestiging.view.blocks);
      expect(tekst).toContain(casus.referentie);
      expect(tekst).toContain('Akkoord');
      expect(tekst).toMatch(/wijzigen tot de ronde sluit \((ma|di|wo|do|vr) \d+ [a-z]+ \d\d:\d\d\)/);
    }
    // No Web API call per answer besides the card update.
    expect(t.nep.van('chat.postEphemeral')).toEqual([]);
    t.nep.wis();
    await t.outbox();
    const updates = t.nep.van('chat.update');
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((u) => u.args.ts === kaartTs && u.args.channel === TAFELKANAAL)).toBe(true);
    const laatste = tekstVan(updates.at(-1)!);
    expect(laatste).toContain('Geantwoord (3 van 5)');
    expect(laatste).toContain('Wacht nog op');
    // Contents stay hidden until close at this table.
    expect(laatste).not.toContain(`Reden van ${LEDEN[0]}`);
    expect(await t.o.db.prisma.antwoord.count({ where: { ronde: { casusId: casus.id } } })).toBe(3);

    // Eight working hours before the deadline the two silent members get a reminder DM with the buttons.
    t.nep.wis();
    t.o.klok.zet(ams('2026-11-24 10:00'));
    await t.jobs();
    await t.outbox();
    const herinneringen = t.nep
      .van('chat.postMessage')
      .filter((o) => String(o.args.text).startsWith('Herinnering'));
    expect(herinneringen.map((h) => h.args.channel).sort()).toEqual(['D01BUURTTM', 'D01SCHULDH']);
    expect(JSON.stringify(herinneringen[0]!.args.blocks)).toContain('antwoord:akkoord');

    // The deadline passes: the round closes by rule and the besluit is shared.
    t.nep.wis();
    t.o.klok.zet(ams('2026-11-25 10:00'));
    await t.jobs();
    await t.outbox();

    const besluit = await t.o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: casus.id } });
    expect(besluit.uitkomst).toBe('toegekend');
    const gedeeld = t.nep.van('chat.postMessage').filter((o) => String(o.args.text).startsWith('Besluit'));
    const draad = gedeeld.find((o) => o.args.channel === TAFELKANAAL)!;
    expect(draad.args.thread_ts).toBe(kaartTs);
    expect(gedeeld.find((o) => o.args.channel === LEERKANAAL)!.args.thread_ts).toBeUndefined();
    expect(gedeeld.some((o) => o.args.channel === 'D01CONSULT')).toBe(true);
    const besluitTekst = tekstVan(draad);
    for (const deel of [
      'Waarom',
      'Hoe',
      'Afgeweken van',
      'Participatiewet art. 22a',
      'Kosten',
      '2.400',
      '18.000',
    ]) {
      expect(besluitTekst).toContain(deel);
    }
    // The card now shows the closed round, without buttons.
    const slot = t.nep.van('chat.update').at(-1)!;
    expect(tekstVan(slot)).toContain('Besluitronde gesloten');
    expect(tekstVan(slot)).not.toContain('antwoord:akkoord');
    expect(t.nep.geweigerd).toEqual([]);
  });

  it('a retried or doubled submission of one answer modal stores one answer', async () => {
    t.o.klok.zet(ams('2026-11-26 10:00'));
    await t.dienIn();
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ orderBy: { ingediend: 'desc' } });
    const voor = t.nep.van('views.open').length;
    await t.klik(SLACK.wi, 'antwoord:niet_akkoord', casus.id);
    const modal = await t.geopendModal(voor);
    const waarden = { reden: 'Eerst de indicatie aanvragen.' };
    const eerste = await t.verstuurModal(SLACK.wi, modal, waarden);
    const herhaald = await t.verstuurModal(SLACK.wi, modal, waarden, {
      kop: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    // And a double click that arrives twice at once.
    const [a, b] = await Promise.all([
      t.verstuurModal(SLACK.wi, modal, waarden),
      t.verstuurModal(SLACK.wi, modal, waarden),
    ]);
    for (const r of [eerste, herhaald, a, b]) expect(r.status).toBe(200);
    expect(await t.o.db.prisma.antwoord.count({ where: { ronde: { casusId: casus.id } } })).toBe(1);
  });

  it('a button posted before the rename, with the old name in its action id, opens the same answer modal', async () => {
    t.o.klok.zet(ams('2026-11-26 11:00'));
    await t.dienIn();
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ orderBy: { ingediend: 'desc' } });
    const voor = t.nep.van('views.open').length;
    await t.klik(SLACK.wi, 'reactie:akkoord', casus.id); // oude naam of antwoord:akkoord
    const modal = await t.geopendModal(voor);
    expect(JSON.stringify(modal.view)).toContain('"callback_id":"antwoord"');
    expect((await t.verstuurModal(SLACK.wi, modal, { reden: 'Past binnen de afspraken.' })).status).toBe(200);
    expect(await t.o.db.prisma.antwoord.count({ where: { ronde: { casusId: casus.id } } })).toBe(1);
  });
});
