// Issue 19, "what was typed survives an interrupted form", through the real Bolt app with signed
// requests: closing the intake modal keeps a draft, the next `/casus` (or the shortcut) opens with it and
// says so, and raising the casus removes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Modal } from '../../adapters/slack/blockkit.ts';
import { SHORTCUT } from '../../adapters/slack/ids.ts';
import { SOORTEN } from '../helpers/database.ts';
import { SLACK, SlackTest, staatVan, TEAM } from './helpers.ts';

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
});
