// Issue 19, "a table may require them before its round opens", through the real Bolt app with signed
// requests: a quick intake on such a table waits with its round closed, and adding what the table requires
// opens the round (spelregels §4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK, SlackTest, TAFELKANAAL, tekstVan } from './helpers.ts';

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
    expect(casus.status).toBe('in_besluitronde');
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: casus.id } })).toBe(0);

    t.nep.wis();
    await t.outbox();
    const kaart = t.nep.van('chat.postMessage').find((o) => o.args.channel === TAFELKANAAL)!;
    expect(tekstVan(kaart)).toContain('Wacht op aanvulling');
    expect(tekstVan(kaart)).toContain('De besluitronde opent zodra de indiener aanvult: de kosten.');
    expect(tekstVan(kaart)).not.toContain('Besluitronde open tot');
    expect(JSON.stringify(kaart.args.blocks)).not.toContain('Akkoord');
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
  });
});
