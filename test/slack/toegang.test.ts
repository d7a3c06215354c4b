// Need-to-know on every Slack path to a casus: a person who is known to the bot but does not sit at the
// casus' table, did not submit it and is no escalation target of it is refused in Dutch, on the button of
// the card (also on a copy elsewhere), App Home, the chair's menu, `/casus <referentie>`, the search and the
// agenda; and every refusal is one audit row with the actor, the path and the casus (or table) reference,
// never free text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEEN_TAFEL } from '../../src/register/toegang.ts';
import { SLACK, SlackTest, TAFELKANAAL, TEAM } from './helpers.ts';

/** Known to the bot (raised a casus of their own), sits at no table. */
const BUITEN = 'U0BUITEN';
const TITEL = 'Kostendelersnorm bij inwonende zoon met beperking';

describe('Slack: access to a casus is refused and audited on every path', () => {
  let t: SlackTest;
  let casus: { id: string; referentie: string; tafelId: string };
  let eigen: { referentie: string };
  let buitenId = '';

  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-11-23 10:00' });
    await t.dienIn();
    casus = await t.o.db.prisma.casus.findFirstOrThrow({ orderBy: { referentie: 'desc' } });
    await t.dienIn(
      { titel: 'Leerlingenvervoer past niet bij de school', knelpunt: 'leerlingenvervoer' },
      BUITEN,
    );
    eigen = await t.o.db.prisma.casus.findFirstOrThrow({ orderBy: { referentie: 'desc' } });
    expect(eigen.referentie).not.toBe(casus.referentie);
    buitenId = (await t.o.db.prisma.identiteit.findFirstOrThrow({ where: { extern: BUITEN } })).persoonId;
    await t.outbox();
  });
  afterAll(async () => {
    await t?.stop();
  });

  const weigeringen = () =>
    t.o.db.prisma.auditEvent.findMany({
      where: { actie: 'toegang_geweigerd', actorId: buitenId },
      orderBy: { volgnummer: 'asc' },
      omit: { volgnummer: true },
    });

  /** Exactly one new refusal row: this actor, this casus (or none), this path, and nothing else in it. */
  async function eenWeigering(
    voor: number,
    verwacht: { casusRef: string | null; data: Record<string, string> },
  ) {
    const rijen = await weigeringen();
    expect(rijen).toHaveLength(voor + 1);
    const rij = rijen.at(-1)!;
    expect({ actorId: rij.actorId, casusRef: rij.casusRef, data: rij.data }).toEqual({
      actorId: buitenId,
      ...verwacht,
    });
    expect(JSON.stringify(rij)).not.toContain('Kostendelersnorm');
  }

  const geenToegang = (ref: string) =>
    `U heeft geen toegang tot ${ref}: alleen de tafel, de indiener en wie erover moet beslissen zien een casus.`;

  it('a button on the casus card in the table channel', async () => {
    const voor = (await weigeringen()).length;
    const modals = t.nep.van('views.open').length;
    await t.klik(BUITEN, 'antwoord:akkoord', casus.id);
    const nee = await t.nep.wachtOp(
      'chat.postEphemeral',
      (o) => o.args.user === BUITEN && o.args.channel === TAFELKANAAL,
    );
    expect(String(nee.args.text)).toBe(geenToegang(casus.referentie));
    expect(t.nep.van('views.open')).toHaveLength(modals);
    await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'kaart' } });
  });

  it('a button on a copy of the card elsewhere (a forwarded or reposted message, a DM)', async () => {
    for (const kanaal of ['C0ELDERS', 'D0BUITEN']) {
      const voor = (await weigeringen()).length;
      await t.klik(BUITEN, 'antwoord:niet_akkoord', casus.id, kanaal);
      const nee = await t.nep.wachtOp(
        'chat.postEphemeral',
        (o) => o.args.user === BUITEN && o.args.channel === kanaal,
      );
      expect(String(nee.args.text)).toBe(geenToegang(casus.referentie));
      await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'kaart' } });
    }
  });

  it('an answer modal submitted by someone else (forged or replayed): refused at the field, on record', async () => {
    // A member opens the answer modal; an outsider submits that same view (a copy, or one made by hand).
    const voor = (await weigeringen()).length;
    const modals = t.nep.van('views.open').length;
    const klik = await t.klik(SLACK.wi, 'antwoord:akkoord', casus.id);
    expect(klik.status).toBe(200);
    const modal = await t.geopendModal(modals);
    const nee = await t.verstuurModal(BUITEN, { ...modal, viewId: 'VNAGEMAAKT' }, { reden: 'Akkoord.' });
    // The same refusal as on every other path: nothing of the casus, not even its table.
    expect(nee.json()).toEqual({
      response_action: 'errors',
      errors: { reden: geenToegang(casus.referentie) },
    });
    expect(await t.o.db.prisma.antwoord.count({ where: { lid: { persoonId: buitenId } } })).toBe(0);
    await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'kaart' } });
    // Their own casus: they may see it, so a wrong answer there is refused but is no access attempt.
    const eigenCasus = await t.o.db.prisma.casus.findFirstOrThrow({
      where: { referentie: eigen.referentie },
    });
    const metaEigen = JSON.stringify({
      ...JSON.parse(modal.view.private_metadata ?? '{}'),
      casusId: eigenCasus.id,
    });
    const ook = await t.verstuurModal(
      BUITEN,
      { view: { ...modal.view, private_metadata: metaEigen }, viewId: 'VNAGEMAAKT2' },
      { reden: 'Akkoord.' },
    );
    expect(ook.json()).toEqual({
      response_action: 'errors',
      errors: { reden: expect.stringContaining('Alleen beslissingsbevoegde leden van') },
    });
    expect(await weigeringen()).toHaveLength(voor + 1);
  });

  it('App Home: the tab lists only their own; a select naming another casus is refused in a modal', async () => {
    await t.event({ type: 'app_home_opened', user: BUITEN, channel: 'D0BUITEN', tab: 'home', event_ts: '1' });
    const home = await t.nep.wachtOp('views.publish', (o) => o.args.user_id === BUITEN);
    expect(JSON.stringify(home.args.view)).toContain(eigen.referentie);
    expect(JSON.stringify(home.args.view)).not.toContain(casus.referentie);

    const voor = (await weigeringen()).length;
    const modals = t.nep.van('views.open').length;
    await t.interactie({
      type: 'block_actions',
      user: { id: BUITEN, team_id: TEAM },
      team: { id: TEAM },
      trigger_id: 'trigger.home.buiten',
      container: { type: 'view', view_id: 'VHOME' },
      view: { id: 'VHOME', type: 'home' },
      actions: [
        {
          action_id: 'kies',
          block_id: 'x',
          type: 'static_select',
          selected_option: { value: `antwoord:akkoord|${casus.id}` },
        },
      ],
    });
    const modal = await t.nep.wachtOpNde('views.open', modals);
    expect(JSON.stringify(modal.args.view)).toContain(geenToegang(casus.referentie));
    await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'home' } });
  });

  it('the chair’s menu on the card', async () => {
    const voor = (await weigeringen()).length;
    const na = t.nep.oproepen.length;
    await t.interactie({
      type: 'block_actions',
      user: { id: BUITEN, team_id: TEAM },
      team: { id: TEAM },
      trigger_id: 'trigger.menu.buiten',
      container: { type: 'message', message_ts: '1700000000.000101', channel_id: TAFELKANAAL },
      channel: { id: TAFELKANAAL },
      actions: [
        {
          action_id: 'beheer:menu',
          block_id: `beheer:${casus.id}`,
          type: 'overflow',
          selected_option: { value: `verlengen|${casus.id}` },
        },
      ],
    });
    const nee = await t.nep.wachtOp(
      'chat.postEphemeral',
      (o) => o.args.user === BUITEN && t.nep.oproepen.indexOf(o) >= na,
    );
    expect(String(nee.args.text)).toBe(geenToegang(casus.referentie));
    await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'voorzitter' } });
  });

  it('/casus <referentie>: the card for those who may see it, a refusal on record for anyone else', async () => {
    // A member and the submitter see the card, privately.
    for (const wie of [SLACK.wi, SLACK.consulent]) {
      const ja = (await t.commando(wie, casus.referentie, 'D0ERGENS')).json();
      expect(ja.response_type).toBe('ephemeral');
      expect(JSON.stringify(ja.blocks)).toContain(TITEL);
      expect(JSON.stringify(ja.blocks)).toContain(casus.referentie);
    }
    // Their own casus, also by `bekijk`.
    expect(JSON.stringify((await t.commando(BUITEN, `bekijk ${eigen.referentie}`)).json().blocks)).toContain(
      eigen.referentie,
    );
    for (const tekst of [casus.referentie, `bekijk ${casus.referentie.toLowerCase()}`]) {
      const voor = (await weigeringen()).length;
      const nee = (await t.commando(BUITEN, tekst, 'C0ELDERS')).json();
      expect(nee).toMatchObject({ response_type: 'ephemeral', text: geenToegang(casus.referentie) });
      expect(nee.blocks).toBeUndefined();
      await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'opdracht' } });
    }
    // A reference that does not exist reveals nothing and is no attempt on a casus.
    const voor = (await weigeringen()).length;
    expect(String((await t.commando(BUITEN, 'MW-2026-9999')).json().text)).toBe(
      'Casus MW-2026-9999 bestaat niet.',
    );
    expect(await weigeringen()).toHaveLength(voor);
  });

  it('/casus zoek by someone who sits at no table', async () => {
    const voor = (await weigeringen()).length;
    const nee = (await t.commando(BUITEN, 'zoek kostendelersnorm', 'D0BUITEN')).json();
    expect(nee).toMatchObject({ response_type: 'ephemeral', text: GEEN_TAFEL });
    expect(nee.blocks).toBeUndefined();
    await eenWeigering(voor, { casusRef: null, data: { pad: 'zoeken' } });
  });

  it('/casus agenda, named or from the table’s channel', async () => {
    for (const [tekst, kanaal] of [
      ['agenda citydeal-utrecht', 'D0BUITEN'],
      ['agenda', TAFELKANAAL],
    ] as const) {
      const voor = (await weigeringen()).length;
      const nee = (await t.commando(BUITEN, tekst, kanaal)).json();
      expect(nee).toMatchObject({
        response_type: 'ephemeral',
        text: 'Alleen leden van City-deal tafel Utrecht zien de agenda.',
      });
      await eenWeigering(voor, { casusRef: null, data: { pad: 'agenda', tafel: casus.tafelId } });
    }
  });
});
