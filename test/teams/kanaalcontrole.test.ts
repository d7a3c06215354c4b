// `koppel` in Teams: the binding stands, and the chair reads in the same answer whether the channel is wider
// than the table, from the channel's membership type (channelData, else the team's channel list) and its
// paged members (userRole, tenantId) as the connector serves them; the outcome is audited, codes and counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kaartProblemen } from './kaartcontrole.ts';
import { kaartTekst, kaartUit } from './nepconnector.ts';
import {
  activiteit,
  GEBRUIKERS,
  type Gebruiker,
  kanaal,
  LEDEN,
  maakTeamsOpzet,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const VOORZITTER = GEBRUIKERS.voorzitter;
const TAFEL = [VOORZITTER, ...LEDEN];

const account = (g: Gebruiker, over: Record<string, unknown> = {}) => ({
  id: g.mri,
  aadObjectId: g.aad,
  name: g.naam,
  userRole: 'user',
  tenantId: TENANT,
  ...over,
});

const GAST = {
  id: '29:1teams-gast',
  aadObjectId: 'aad00000-0000-4000-8000-00000000gast',
  name: 'Gast',
  userRole: 'guest',
  tenantId: TENANT,
};
const EXTERN = {
  id: '29:1teams-extern',
  aadObjectId: 'aad00000-0000-4000-8000-0000000extern',
  name: 'Extern',
  userRole: 'user',
  tenantId: '11111111-0000-4000-8000-000000000000',
};

describe('Teams: checking a bound channel against its table (PGlite)', () => {
  let t: TeamsOpzet;
  let nummer = 100;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  const db = () => t.o.db.prisma;

  /** `@Maatwerkbot koppel …` in a channel; `type` as Teams may put it in channelData.channel. */
  async function koppel(kanaalId: string, o: { type?: string; wie?: Gebruiker; leer?: boolean } = {}) {
    const draad = kanaal(kanaalId, String(++nummer));
    const r = await t.post(
      activiteit(o.wie ?? VOORZITTER, draad, t.connector.url, {
        type: 'message',
        text: `<at>Maatwerkbot</at> koppel citydeal-utrecht${o.leer ? ' leerkanaal' : ''}`,
        channelData: {
          tenant: { id: TENANT },
          team: { id: TEAM },
          channel: { id: kanaalId, ...(o.type ? { type: o.type } : {}) },
        },
      }),
    );
    expect(r.status).toBe(200);
    const antwoord = t.connector.opnames.at(-1)!;
    expect(antwoord).toMatchObject({ soort: 'antwoord', gesprekId: draad.id });
    const k = kaartUit(antwoord.body);
    expect(kaartProblemen(k)).toEqual([]);
    return kaartTekst(k);
  }

  const laatsteControle = () =>
    db().auditEvent.findFirstOrThrow({
      where: { actie: 'kanaal_gecontroleerd' },
      orderBy: { volgnummer: 'desc' },
    });

  it('a private channel with only the table: bound, checked, no warning', async () => {
    t.connector.gespreksleden.set(
      '19:prive@thread.tacv2',
      TAFEL.map((g) => account(g)),
    );
    const tekst = await koppel('19:prive@thread.tacv2', { type: 'private' });
    expect(tekst).toContain('Dit kanaal is nu het kanaal van City-deal tafel Utrecht');
    expect(tekst).toContain('Gecontroleerd: dit is een privékanaal');
    expect(tekst).not.toContain('Let op');
    expect(
      await db().kanaal.findFirstOrThrow({ where: { platform: 'teams', soort: 'tafel' } }),
    ).toMatchObject({
      kanaalId: '19:prive@thread.tacv2',
    });
    const e = await laatsteControle();
    expect(e.actorId).toBe(
      (await db().identiteit.findFirstOrThrow({ where: { extern: VOORZITTER.aad } })).persoonId,
    );
    expect(e.data).toEqual({
      tafel: 'citydeal-utrecht',
      platform: 'teams',
      soort: 'tafel',
      kanaal: '19:prive@thread.tacv2',
      uitkomst: 'binnen_tafel',
      redenen: [],
      nietLeden: 0,
      gasten: 0,
      andereOrganisatie: 0,
      onbekend: [],
      leesfout: null,
    });
    // The type came with the activity: the team's channel list was not needed.
    expect(t.connector.opnames.filter((o) => o.soort === 'kanalen')).toHaveLength(0);
  });

  it('a standard channel of a wider team: the type from the team’s channel list, and a warning', async () => {
    const id = '19:standaard@thread.tacv2';
    t.connector.teamkanalen.set(TEAM, [
      { id: TEAM, name: 'Algemeen', type: 'standard' },
      { id, name: 'Citydeal', type: 'standard' },
    ]);
    t.connector.gespreksleden.set(id, [
      ...TAFEL.map((g) => account(g)),
      account(GEBRUIKERS.directeur),
      account(GEBRUIKERS.consulent),
    ]);
    const tekst = await koppel(id);
    expect(t.connector.opnames.some((o) => o.soort === 'kanalen' && o.gesprekId === TEAM)).toBe(true);
    expect(tekst).toContain('Let op: dit kanaal is breder dan City-deal tafel Utrecht');
    expect(tekst).toContain('standaardkanaal');
    expect(tekst).toContain('2 deelnemers zitten niet aan de tafel');
    expect(tekst).toContain('"koppel citydeal-utrecht"');
    // Counted, not named.
    expect(tekst).not.toContain(GEBRUIKERS.directeur.naam);
    const e = await laatsteControle();
    expect(e.data).toMatchObject({ uitkomst: 'breder', redenen: ['openbaar', 'niet_leden'], nietLeden: 2 });
    expect(JSON.stringify(e.data)).not.toContain(GEBRUIKERS.directeur.aad);
    // Bound all the same.
    expect(
      await db().kanaal.findFirstOrThrow({ where: { platform: 'teams', soort: 'tafel' } }),
    ).toMatchObject({
      kanaalId: id,
    });
  });

  it('a shared channel with someone of another tenant, and a private channel with a guest: warnings', async () => {
    t.connector.gespreksleden.set('19:gedeeld@thread.tacv2', [...TAFEL.map((g) => account(g)), EXTERN]);
    const gedeeld = await koppel('19:gedeeld@thread.tacv2', { type: 'shared' });
    expect(gedeeld).toContain('gedeeld kanaal');
    expect(gedeeld).toContain('1 deelnemer zit niet aan de tafel');
    expect(gedeeld).toContain('1 deelnemer is van een andere organisatie');
    expect(await laatsteControle()).toMatchObject({
      data: {
        uitkomst: 'breder',
        redenen: ['gedeeld', 'niet_leden', 'andere_organisatie'],
        andereOrganisatie: 1,
      },
    });

    t.connector.gespreksleden.set('19:gast@thread.tacv2', [...TAFEL.map((g) => account(g)), GAST]);
    const gast = await koppel('19:gast@thread.tacv2', { type: 'private' });
    expect(gast).toContain('Let op');
    expect(gast).toContain('Er zit 1 gast in');
    expect(await laatsteControle()).toMatchObject({
      data: { uitkomst: 'breder', redenen: ['niet_leden', 'gasten'], gasten: 1 },
    });
  });

  it('follows the continuation token through a long member list', async () => {
    const id = '19:groot@thread.tacv2';
    const veel = Array.from({ length: 250 }, (_, i) => ({
      id: `29:1teams-veel-${i}`,
      aadObjectId: `aad00000-0000-4000-8000-veel${String(i).padStart(8, '0')}`,
      userRole: 'user',
      tenantId: TENANT,
    }));
    t.connector.gespreksleden.set(id, [...TAFEL.map((g) => account(g)), ...veel]);
    const voor = t.connector.opnames.filter((o) => o.soort === 'leden').length;
    expect(await koppel(id, { type: 'private' })).toContain('250 deelnemers zitten niet aan de tafel');
    expect(t.connector.opnames.filter((o) => o.soort === 'leden').length - voor).toBe(2);
  });

  it('cannot read the channel: says so, binds anyway, and audits the gap', async () => {
    // Not in the team's channel list, no type in the activity, and the members answer 404.
    const tekst = await koppel('19:onbekend@thread.tacv2');
    expect(tekst).toContain('Dit kanaal is nu het kanaal van City-deal tafel Utrecht');
    expect(tekst).toContain('Ik kon niet controleren of dit kanaal breder is dan de tafel');
    expect(tekst).toContain('De bot is (nog) niet aan dit team of kanaal toegevoegd');
    expect(tekst).not.toContain('Gecontroleerd');
    expect(await laatsteControle()).toMatchObject({
      data: {
        uitkomst: 'onbekend',
        onbekend: ['openbaar', 'gedeeld', 'aanwezigen'],
        leesfout: 'niet_in_kanaal',
      },
    });
    expect(
      await db().kanaal.findFirstOrThrow({ where: { platform: 'teams', soort: 'tafel' } }),
    ).toMatchObject({
      kanaalId: '19:onbekend@thread.tacv2',
    });
  });

  it('the leerkanaal may be wider than the table, not wider than the organisation', async () => {
    const breed = '19:leer-breed@thread.tacv2';
    t.connector.gespreksleden.set(breed, [
      ...TAFEL.map((g) => account(g)),
      account(GEBRUIKERS.directeur),
      account(GEBRUIKERS.wethouder),
    ]);
    const ok = await koppel(breed, { type: 'standard', leer: true });
    expect(ok).toContain('Dit kanaal is nu het leerkanaal');
    expect(ok).toContain('Gecontroleerd: dit leerkanaal is niet gedeeld');
    expect(await laatsteControle()).toMatchObject({ data: { soort: 'leer', uitkomst: 'binnen_tafel' } });

    const gast = '19:leer-gast@thread.tacv2';
    t.connector.gespreksleden.set(gast, [...TAFEL.map((g) => account(g)), GAST]);
    const nee = await koppel(gast, { type: 'private', leer: true });
    expect(nee).toContain('Let op: dit leerkanaal reikt buiten uw organisatie');
    expect(await laatsteControle()).toMatchObject({
      data: { soort: 'leer', uitkomst: 'breder', redenen: ['gasten'] },
    });
  });

  it('someone who is not the chair binds nothing, and nothing is read', async () => {
    const voor = t.connector.opnames.filter((o) => o.soort === 'leden' || o.soort === 'kanalen').length;
    const controles = await db().auditEvent.count({ where: { actie: 'kanaal_gecontroleerd' } });
    expect(await koppel('19:lid@thread.tacv2', { type: 'standard', wie: GEBRUIKERS.wi })).toContain(
      'Alleen de voorzitter',
    );
    expect(t.connector.opnames.filter((o) => o.soort === 'leden' || o.soort === 'kanalen')).toHaveLength(
      voor,
    );
    expect(await db().auditEvent.count({ where: { actie: 'kanaal_gecontroleerd' } })).toBe(controles);
  });
});
