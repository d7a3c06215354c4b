// Need-to-know on every Teams path to a casus: a person known to the bot who does not sit at the casus'
// table, did not submit it and is no escalation target of it is refused in Dutch on the card's refresh and
// buttons (also on a copy of the card in another chat), the chair's card, `casus <referentie>`,
// `voorzitter <referentie>`, the search and the agenda; each refusal is one audit row with the actor, the
// path and the casus (or table) reference, never free text. In a channel, where everyone reads the answer,
// the bot shows no casus, search or agenda but the table's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { GEEN_TAFEL } from '../../src/register/toegang.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import type { Identiteit } from '../../src/services/identiteit.ts';
import { intake } from '../helpers/intake.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { kaartTekst, kaartUit } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  BUITENSTAANDER,
  GEBRUIKERS,
  type Gebruiker,
  kanaal,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const alsIdentiteit = (g: Gebruiker): Identiteit => ({
  platform: 'teams',
  extern: g.aad,
  werkruimte: TENANT,
});
const BUITEN = BUITENSTAANDER;
const CHAT = persoonlijk(BUITEN, 'a:persoonlijk-buiten');
const TITEL = 'Kostendelersnorm bij inwonende zoon met beperking';

describe('Teams: access to a casus is refused and audited on every path (PGlite)', () => {
  let t: TeamsOpzet;
  let casus: { casusId: string; referentie: string; tafelId: string; berichtId: string };
  let eigen = '';
  let buitenId = '';

  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-11-23 10:00' });
    // The bot is in the team: its reference lets the casus card reach the table's channel.
    await t.post(
      activiteit(GEBRUIKERS.voorzitter, kanaal(TEAM), t.connector.url, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
        channelData: { tenant: { id: TENANT }, team: { id: TEAM }, eventType: 'teamMemberAdded' },
      }),
    );
    const c = await raiseCasus(t.o.d, alsIdentiteit(GEBRUIKERS.consulent), intake({ titel: TITEL }));
    // Someone of the tenant the tables file does not know becomes known by raising a casus of their own.
    eigen = (await raiseCasus(t.o.d, alsIdentiteit(BUITEN), intake({ titel: 'Leerlingenvervoer past niet' })))
      .referentie;
    const voor = t.connector.opnames.length;
    await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    const draad = t.connector.opnames
      .slice(voor)
      .find((o) => o.soort === 'draad' && JSON.stringify(o.body).includes(c.referentie))!;
    const rij = await t.o.db.prisma.casus.findFirstOrThrow({ where: { referentie: c.referentie } });
    casus = {
      casusId: rij.id,
      referentie: rij.referentie,
      tafelId: rij.tafelId,
      berichtId: draad.berichtId!,
    };
    buitenId = (await t.o.db.prisma.identiteit.findFirstOrThrow({ where: { extern: BUITEN.aad } })).persoonId;
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  const weigeringen = () =>
    t.o.db.prisma.auditEvent.findMany({
      where: { actie: 'toegang_geweigerd', actorId: buitenId },
      orderBy: { volgnummer: 'asc' },
      omit: { volgnummer: true },
    });

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

  /** The card the bot answered the last message with, checked against the schema and size limit. */
  const antwoordTekst = () => {
    const k = kaartUit(t.connector.opnames.at(-1)!.body);
    expect(kaartProblemen(k)).toEqual([]);
    return kaartTekst(k);
  };

  it('the card’s refresh and its answer button, in the table channel', async () => {
    const draad = kanaal(TAFELKANAAL, casus.berichtId);
    let voor = (await weigeringen()).length;
    const vernieuw = await t.actie(
      BUITEN,
      'casus.vernieuw',
      { casusId: casus.casusId, plek: 'kanaal' },
      draad,
    );
    expect(vernieuw.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: geenToegang(casus.referentie),
    });
    await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'kaart' } });

    // The answer of someone who may not see the casus: the same refusal, on record once, and no card.
    voor = (await weigeringen()).length;
    const antwoord = await t.actie(
      BUITEN,
      'antwoord.akkoord',
      { casusId: casus.casusId, versie: 1, plek: 'kanaal', reden: 'Ik stem mee.' },
      draad,
    );
    expect(antwoord.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(antwoord.body.value).toBe(geenToegang(casus.referentie));
    expect(await t.o.db.prisma.antwoord.count({ where: { ronde: { casusId: casus.casusId } } })).toBe(0);
    await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'kaart' } });
  });

  it('a copy of the card in another chat (forwarded)', async () => {
    const voor = (await weigeringen()).length;
    const r = await t.actie(BUITEN, 'casus.vernieuw', { casusId: casus.casusId, plek: 'persoonlijk' }, CHAT);
    expect(r.body.value).toBe(geenToegang(casus.referentie));
    await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'kaart' } });
  });

  it('the chair’s card', async () => {
    const voor = (await weigeringen()).length;
    const r = await t.actie(
      BUITEN,
      'beheer.kaart',
      { casusId: casus.casusId, plek: 'kanaal' },
      kanaal(TAFELKANAAL, casus.berichtId),
    );
    expect(r.body.value).toBe(geenToegang(casus.referentie));
    await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'voorzitter' } });
  });

  it('casus <referentie>, the reference alone and voorzitter <referentie>, in the personal chat', async () => {
    // A member and the submitter see the card; the outsider sees their own casus.
    for (const g of [GEBRUIKERS.wi, GEBRUIKERS.consulent]) {
      await t.bericht(g, `casus ${casus.referentie}`);
      expect(antwoordTekst()).toContain(TITEL);
    }
    await t.bericht(BUITEN, eigen, CHAT);
    expect(antwoordTekst()).toContain(eigen);

    for (const tekst of [
      `casus ${casus.referentie}`,
      casus.referentie.toLowerCase(),
      `voorzitter ${casus.referentie}`,
    ]) {
      const voor = (await weigeringen()).length;
      await t.bericht(BUITEN, tekst, CHAT);
      const nee = antwoordTekst();
      expect(nee).toBe(geenToegang(casus.referentie));
      await eenWeigering(voor, { casusRef: casus.referentie, data: { pad: 'opdracht' } });
    }
  });

  it('in a channel no casus is shown, not even to a member: everyone there would read it', async () => {
    const voor = await t.o.db.prisma.auditEvent.count({ where: { actie: 'toegang_geweigerd' } });
    await t.bericht(
      GEBRUIKERS.wi,
      `<at>Maatwerkbot</at> casus ${casus.referentie}`,
      kanaal(TAFELKANAAL, '900'),
    );
    const tekst = antwoordTekst();
    expect(tekst).toContain('persoonlijke chat');
    expect(tekst).not.toContain(TITEL);
    expect(await t.o.db.prisma.auditEvent.count({ where: { actie: 'toegang_geweigerd' } })).toBe(voor);
  });

  it('zoek by someone who sits at no table; in a channel only the table’s own besluiten', async () => {
    const voor = (await weigeringen()).length;
    await t.bericht(BUITEN, 'zoek kostendelersnorm', CHAT);
    expect(antwoordTekst()).toBe(GEEN_TAFEL);
    await eenWeigering(voor, { casusRef: null, data: { pad: 'zoeken' } });

    // A member in a channel that is no table's: a pointer to the personal chat, no results.
    await t.bericht(
      GEBRUIKERS.wi,
      '<at>Maatwerkbot</at> zoek kostendelersnorm',
      kanaal('19:algemeen@thread.tacv2', '901'),
    );
    expect(antwoordTekst()).toContain('persoonlijke chat');
    // In the table's own channel the search is of that table (the outsider is refused there too).
    const inKanaal = (await weigeringen()).length;
    await t.bericht(BUITEN, '<at>Maatwerkbot</at> zoek kostendelersnorm', kanaal(TAFELKANAAL, '902'));
    expect(antwoordTekst()).toContain('U zit niet aan City-deal tafel Utrecht');
    await eenWeigering(inKanaal, { casusRef: null, data: { pad: 'zoeken', tafel: casus.tafelId } });
  });

  it('agenda, named in the personal chat or from the table’s channel; not in another channel', async () => {
    for (const [tekst, gesprek] of [
      ['agenda citydeal-utrecht', CHAT],
      ['<at>Maatwerkbot</at> agenda', kanaal(TAFELKANAAL, '903')],
    ] as const) {
      const voor = (await weigeringen()).length;
      await t.bericht(BUITEN, tekst, gesprek);
      expect(antwoordTekst()).toBe('Alleen leden van City-deal tafel Utrecht zien de agenda.');
      await eenWeigering(voor, { casusRef: null, data: { pad: 'agenda', tafel: casus.tafelId } });
    }
    // A member asking in a channel that is no table's: no agenda posted where others read it.
    await t.bericht(
      GEBRUIKERS.wi,
      '<at>Maatwerkbot</at> agenda citydeal-utrecht',
      kanaal('19:algemeen@thread.tacv2', '904'),
    );
    const elders = antwoordTekst();
    expect(elders).toContain('persoonlijke chat');
    expect(elders).not.toContain(casus.referentie);
  });
});
