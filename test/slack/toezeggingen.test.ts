// Commitments through Slack: given with an answer, overdue in a DM with "Gedaan", listed on App Home, and
// marked done in a small modal; what was done is shared in the casus thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Modal } from '../../adapters/slack/blockkit.ts';
import { ams } from '../helpers/klok.ts';
import { LEDEN, SLACK, SlackTest, TAFELKANAAL, tekstVan } from './helpers.ts';

const DM = (gebruiker: string) => `D${gebruiker.slice(1)}`;
const GEDAAN = 'Woonvorm gevonden bij de corporatie, intake volgende week.';

describe('Slack: commitments followed through', () => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-12-01 09:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const home = async (gebruiker: string) => {
    const voor = t.nep.van('views.publish').length;
    const r = await t.event({
      type: 'app_home_opened',
      user: gebruiker,
      channel: DM(gebruiker),
      tab: 'home',
      event_ts: '1',
    });
    expect(r.status).toBe(200);
    const o = await t.nep.wachtOp('views.publish', (x) => t.nep.van('views.publish').indexOf(x) >= voor);
    expect(o.args.user_id).toBe(gebruiker);
    return JSON.stringify(o.args.view);
  };

  it('App Home lists the overdue commitment; "Gedaan" opens a modal; the text goes to the casus thread', async () => {
    await t.dienIn();
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ orderBy: { ingediend: 'desc' } });
    await t.outbox();
    const kaartTs = (
      await t.o.db.prisma.platformBericht.findFirstOrThrow({
        where: { casusId: casus.id, soort: 'casuskaart', platform: 'slack' },
      })
    ).berichtId;
    for (const lid of LEDEN) {
      const extra: Record<string, string> =
        lid === SLACK.corporatie
          ? { toezegging_taak: 'Zoek een passende woonvorm', toezegging_deadline: '2026-12-08' }
          : {};
      expect((await t.antwoord(lid, casus.id, 'akkoord', extra)).status).toBe(200);
    }
    await t.outbox();
    const toezegging = await t.o.db.prisma.toezegging.findFirstOrThrow({
      where: { besluit: { casusId: casus.id } },
    });
    expect(toezegging.deadline).toEqual(ams('2026-12-08 17:00'));

    // Before the date: listed, not overdue; someone of another organisation sees nothing.
    const voorDatum = await home(SLACK.corporatie);
    expect(voorDatum).toContain('Mijn toezeggingen');
    expect(voorDatum).toContain('Zoek een passende woonvorm');
    expect(voorDatum).toContain('toezegging:gedaan');
    expect(voorDatum).not.toContain('over de datum');
    const anders = await home(SLACK.wi);
    expect(anders).not.toContain('Zoek een passende woonvorm');

    // The day after the date the owner gets a DM with "Gedaan", and App Home marks it overdue.
    t.nep.wis();
    t.o.klok.zet(ams('2026-12-09 09:00'));
    await t.jobs();
    await t.outbox();
    const dm = t.nep
      .van('chat.postMessage')
      .find((o) => o.args.channel === DM(SLACK.corporatie) && tekstVan(o).includes('over de datum'));
    expect(dm).toBeDefined();
    expect(tekstVan(dm!)).toContain('toezegging:gedaan');
    expect(await home(SLACK.corporatie)).toContain('over de datum');

    // Someone of another organisation who gets hold of the button is refused at the field; nothing stored.
    const modalsVoor = t.nep.van('views.open').length;
    await t.klik(SLACK.wi, 'toezegging:gedaan', toezegging.id, DM(SLACK.wi));
    const vreemd = await t.geopendModal(modalsVoor);
    const weigering = await t.verstuurModal(SLACK.wi, vreemd, { tekst: GEDAAN });
    expect(weigering.json()).toMatchObject({
      response_action: 'errors',
      errors: { tekst: expect.stringContaining('Alleen wie de toezegging deed') },
    });
    // Personal data in the text: refused at the field, nothing stored.
    await t.klik(SLACK.corporatie, 'toezegging:gedaan', toezegging.id, DM(SLACK.corporatie));
    const modal = await t.geopendModal(modalsVoor + 1);
    expect((modal.view as Modal).callback_id).toBe('toezegging_gedaan');
    const privacy = await t.verstuurModal(SLACK.corporatie, modal, { tekst: 'Gebeld op 0612345678.' });
    expect(privacy.json()).toMatchObject({
      response_action: 'errors',
      errors: { tekst: expect.any(String) },
    });
    expect(
      (await t.o.db.prisma.toezegging.findUniqueOrThrow({ where: { id: toezegging.id } })).gedaan,
    ).toBeNull();

    // The owner marks it done: the modal closes, App Home is published again without it.
    t.nep.wis();
    const ok = await t.verstuurModal(SLACK.corporatie, modal, { tekst: GEDAAN });
    expect(ok.status).toBe(200);
    expect(ok.tekst).toBe('');
    const opnieuw = await t.nep.wachtOp('views.publish', (o) => o.args.user_id === SLACK.corporatie);
    expect(JSON.stringify(opnieuw.args.view)).not.toContain('Zoek een passende woonvorm');
    const gedaan = await t.o.db.prisma.toezegging.findUniqueOrThrow({ where: { id: toezegging.id } });
    expect(gedaan.gedaanTekst).toBe(GEDAAN);

    await t.outbox();
    const draad = t.nep
      .van('chat.postMessage')
      .find((o) => o.args.channel === TAFELKANAAL && tekstVan(o).includes(GEDAAN));
    expect(draad).toBeDefined();
    expect(draad!.args.thread_ts).toBe(kaartTs);
    expect(tekstVan(draad!)).toContain('is gedaan');
    expect(tekstVan(draad!)).toContain('Sanne de Wit');

    // The chair's step never comes.
    t.nep.wis();
    t.o.klok.zet(ams('2026-12-21 09:00'));
    await t.jobs();
    await t.outbox();
    expect(t.nep.van('chat.postMessage').filter((o) => o.args.channel === DM(SLACK.voorzitter))).toEqual([]);
  });
});
