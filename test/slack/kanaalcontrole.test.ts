// `/casus koppel`: the binding stands, and the chair hears privately whether the channel is wider than the
// table, from what Slack's conversations.info and conversations.members show; the outcome is audited with
// codes and counts only. A failed look-up is said, never taken for "fine".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDEN, SLACK, SlackTest } from './helpers.ts';

const TAFEL = [SLACK.voorzitter, ...LEDEN];

describe('Slack: checking a bound channel against its table', () => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const db = () => t.o.db.prisma;

  async function koppel(kanaal: string, extra = '', wie: string = SLACK.voorzitter) {
    const r = await t.commando(wie, `koppel citydeal-utrecht${extra}`, kanaal);
    expect(r.status).toBe(200);
    const antwoord = r.json() as { response_type: string; text: string };
    expect(antwoord.response_type).toBe('ephemeral');
    return antwoord.text;
  }

  async function laatsteControle() {
    const e = await db().auditEvent.findFirstOrThrow({
      where: { actie: 'kanaal_gecontroleerd' },
      orderBy: { volgnummer: 'desc' },
    });
    return e;
  }

  it('a private channel with only the table: bound, checked, no warning', async () => {
    t.nep.kanalen.set('C0PRIVE', { info: { is_private: true }, leden: ['UBOT', ...TAFEL] });
    const tekst = await koppel('C0PRIVE');
    expect(tekst).toContain('Dit kanaal is nu het tafelkanaal van City-deal tafel Utrecht');
    expect(tekst).toContain('Gecontroleerd: dit kanaal is besloten');
    expect(tekst).not.toContain('Let op');
    expect(
      (await db().kanaal.findFirstOrThrow({ where: { platform: 'slack', soort: 'tafel' } })).kanaalId,
    ).toBe('C0PRIVE');
    const e = await laatsteControle();
    expect(e.actorId).toBe(
      (await db().identiteit.findFirstOrThrow({ where: { extern: SLACK.voorzitter } })).persoonId,
    );
    expect(e.casusRef).toBeNull();
    expect(e.data).toEqual({
      tafel: 'citydeal-utrecht',
      platform: 'slack',
      soort: 'tafel',
      kanaal: 'C0PRIVE',
      uitkomst: 'binnen_tafel',
      redenen: [],
      nietLeden: 0,
      gasten: 0,
      andereOrganisatie: 0,
      onbekend: [],
      leesfout: null,
    });
    // The bot asked Slack what it needed, nothing more.
    expect(t.nep.van('conversations.info').at(-1)!.args.channel).toBe('C0PRIVE');
    expect(t.nep.van('users.info')).toHaveLength(0);
  });

  it('a public channel: bound, with a warning', async () => {
    t.nep.kanalen.set('C0OPEN', { info: { is_private: false }, leden: ['UBOT', ...TAFEL] });
    const tekst = await koppel('C0OPEN');
    expect(tekst).toContain('Dit kanaal is nu het tafelkanaal');
    expect(tekst).toContain('Let op: dit kanaal is breder dan City-deal tafel Utrecht');
    expect(tekst).toContain('openbaar kanaal');
    expect(tekst).toContain('`/casus koppel citydeal-utrecht`');
    expect(
      await db().kanaal.findFirstOrThrow({ where: { platform: 'slack', soort: 'tafel' } }),
    ).toMatchObject({
      kanaalId: 'C0OPEN',
    });
    expect(await laatsteControle()).toMatchObject({
      data: { uitkomst: 'breder', redenen: ['openbaar'], kanaal: 'C0OPEN' },
    });
  });

  it.each([
    ['is_ext_shared', { is_private: true, is_shared: true, is_ext_shared: true }],
    ['is_pending_ext_shared', { is_private: true, is_pending_ext_shared: true }],
    ['is_org_shared', { is_private: true, is_org_shared: true }],
  ])('a channel shared with another organisation (%s): a warning', async (_vlag, info) => {
    t.nep.kanalen.set('C0GEDEELD', { info, leden: ['UBOT', ...TAFEL] });
    const tekst = await koppel('C0GEDEELD');
    expect(tekst).toContain('Let op');
    expect(tekst).toContain('gedeeld met een andere werkruimte of organisatie');
    expect(await laatsteControle()).toMatchObject({ data: { uitkomst: 'breder', redenen: ['gedeeld'] } });
  });

  it('people in the channel who are not at the table: counted, not named, in the answer and the audit', async () => {
    const buiten = ['U0COLLEGA1', 'U0COLLEGA2', SLACK.directeur];
    // More than one page of members: the bot follows Slack's cursor.
    const veel = Array.from({ length: 230 }, (_, i) => `U0VEEL${String(i).padStart(4, '0')}`);
    t.nep.kanalen.set('C0DRUK', { info: { is_private: true }, leden: ['UBOT', ...TAFEL, ...buiten] });
    t.nep.kanalen.set('C0VOL', { info: { is_private: true }, leden: ['UBOT', ...TAFEL, ...veel] });
    const tekst = await koppel('C0DRUK');
    expect(tekst).toContain('3 deelnemers zitten niet aan de tafel');
    expect(tekst).toContain('ziet u bij de leden van het kanaal');
    for (const id of buiten) expect(tekst).not.toContain(id);
    const e = await laatsteControle();
    expect(e.data).toMatchObject({ uitkomst: 'breder', redenen: ['niet_leden'], nietLeden: 3 });
    for (const id of buiten) expect(JSON.stringify(e.data)).not.toContain(id);

    const voor = t.nep.van('conversations.members').length;
    expect(await koppel('C0VOL')).toContain('230 deelnemers zitten niet aan de tafel');
    expect(t.nep.van('conversations.members').length - voor).toBe(2);
  });

  it('cannot check (missing scope, bot not invited): says so, binds anyway, and audits the gap', async () => {
    t.nep.kanalen.set('C0SCOPE', { info: { is_private: true }, leden: ['UBOT', ...TAFEL] });
    t.nep.storing('conversations.info', { fout: 'missing_scope' });
    t.nep.storing('conversations.members', { fout: 'missing_scope' });
    const zonderRecht = await koppel('C0SCOPE');
    expect(zonderRecht).toContain('Dit kanaal is nu het tafelkanaal');
    expect(zonderRecht).toContain('Ik kon niet controleren of dit kanaal breder is dan de tafel');
    expect(zonderRecht).toContain('De app mist een recht');
    expect(zonderRecht).not.toContain('Gecontroleerd');
    expect(await laatsteControle()).toMatchObject({
      data: {
        uitkomst: 'onbekend',
        onbekend: ['openbaar', 'gedeeld', 'aanwezigen'],
        leesfout: 'geen_rechten',
      },
    });
    expect(
      await db().kanaal.findFirstOrThrow({ where: { platform: 'slack', soort: 'tafel' } }),
    ).toMatchObject({
      kanaalId: 'C0SCOPE',
    });

    // A private channel the bot is not in yet: Slack says channel_not_found.
    const nietUitgenodigd = await koppel('C0NIETIN');
    expect(nietUitgenodigd).toContain('De maatwerkbot zit nog niet in dit kanaal');
    expect(await laatsteControle()).toMatchObject({
      data: { uitkomst: 'onbekend', leesfout: 'niet_in_kanaal' },
    });
  });

  it('the leerkanaal may be wider than the table, not wider than the organisation', async () => {
    t.nep.kanalen.set('C0LEERBREED', {
      info: { is_private: false },
      leden: ['UBOT', ...TAFEL, 'U0COLLEGA1', 'U0COLLEGA2'],
    });
    const breed = await koppel('C0LEERBREED', ' leer');
    expect(breed).toContain('Dit kanaal is nu het leerkanaal');
    expect(breed).toContain('Gecontroleerd: dit leerkanaal is niet gedeeld');
    expect(await laatsteControle()).toMatchObject({ data: { soort: 'leer', uitkomst: 'binnen_tafel' } });

    t.nep.gebruikers.set('U0GAST', { is_restricted: true });
    t.nep.gebruikers.set('U0EXTERN', { team_id: 'T0ANDERS' });
    t.nep.kanalen.set('C0LEERGAST', {
      info: { is_private: true },
      leden: ['UBOT', ...TAFEL, 'U0GAST', 'U0EXTERN'],
    });
    const gast = await koppel('C0LEERGAST', ' leer');
    expect(gast).toContain('Let op: dit leerkanaal reikt buiten uw organisatie');
    expect(gast).toContain('er zit 1 gastaccount in');
    expect(gast).toContain('1 account is van een andere organisatie');
    expect(await laatsteControle()).toMatchObject({
      data: { soort: 'leer', uitkomst: 'breder', redenen: ['gasten', 'andere_organisatie'], gasten: 1 },
    });
  });

  it('someone who is not the chair binds nothing, and nothing is looked up', async () => {
    t.nep.kanalen.set('C0ANDER', { info: { is_private: false }, leden: ['UBOT', SLACK.wi] });
    const voor = t.nep.van('conversations.info').length;
    const controles = await db().auditEvent.count({ where: { actie: 'kanaal_gecontroleerd' } });
    expect(await koppel('C0ANDER', '', SLACK.wi)).toContain('Alleen de voorzitter');
    expect(t.nep.van('conversations.info')).toHaveLength(voor);
    expect(await db().auditEvent.count({ where: { actie: 'kanaal_gecontroleerd' } })).toBe(controles);
    expect(await db().kanaal.count({ where: { kanaalId: 'C0ANDER' } })).toBe(0);
  });
});
