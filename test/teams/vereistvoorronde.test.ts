// Issue 19, "a table may require them before its round opens", through the real botbuilder adapter: a
// quick intake on such a table waits with its round closed, and adding what the table requires opens the
// round (spelregels §4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { type Kaart, kaartTekst, kaartUit } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  GEBRUIKERS,
  kanaal,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const consulent = GEBRUIKERS.consulent;

describe('Teams: a table that requires consent before its round', () => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', {
      start: '2026-11-23 09:30',
      yaml: (yaml) => {
        const aangepast = yaml.replace('vereistVoorRonde: []', 'vereistVoorRonde: [toestemming]');
        expect(aangepast).not.toBe(yaml);
        return aangepast;
      },
    });
    // Installed in the team: from then on the bot can post in its channels.
    await t.post(
      activiteit(GEBRUIKERS.voorzitter, kanaal(TEAM), t.connector.url, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
        channelData: { tenant: { id: TENANT }, team: { id: TEAM }, eventType: 'teamMemberAdded' },
      }),
    );
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  const bezorg = async () => {
    const voor = t.connector.opnames.length;
    const verslag = await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    expect(verslag.mislukt).toBe(0);
    return t.connector.opnames.slice(voor);
  };
  /** The card in the table's channel as it stands now (after updates). */
  const kanaalKaart = (): Kaart => {
    const kaarten = [...t.connector.berichten.values()]
      .filter((b) => b.gesprekId.startsWith(TAFELKANAAL))
      .map((b) => kaartUit(b.activiteit))
      .filter((k): k is Kaart => !!k);
    expect(kaarten).toHaveLength(1);
    return kaarten[0]!;
  };

  it('raise → the card waits for consent → the submitter adds it → the round opens', async () => {
    const fetch = (await t.invoke(
      consulent,
      'task/fetch',
      { data: { msteams: { type: 'task/fetch' }, actie: 'casus.formulier' } },
      persoonlijk(consulent),
    )) as { body: { task: { value: { card: { content: Kaart } } } } };
    const formulierId = (JSON.stringify(fetch.body.task.value.card.content).match(
      /"formulierId":"([^"]+)"/,
    ) ?? [])[1]!;
    const r = (await t.invoke(
      consulent,
      'task/submit',
      {
        data: {
          actie: 'casus.indienen',
          formulierId,
          tafel: 'citydeal-utrecht',
          titel: 'Wacht op toestemming in Teams',
          urgentie: 'normaal',
          situatie: 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.',
          knelpunt: 'kostendelersnorm',
        },
      },
      persoonlijk(consulent),
    )) as { body: { task: { type: string } } };
    expect(r.body.task.type).toBe('message');
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({
      where: { titel: 'Wacht op toestemming in Teams' },
    });
    expect(casus.status).toBe('in_besluitronde');
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: casus.id } })).toBe(0);

    const eerst = await bezorg();
    expect(eerst.length).toBeGreaterThan(0);
    const wachtend = kanaalKaart();
    expect(kaartProblemen(wachtend)).toEqual([]);
    expect(kaartTekst(wachtend)).toContain('Wacht op aanvulling');
    expect(kaartTekst(wachtend)).toContain(
      'De besluitronde opent zodra de indiener aanvult: de toestemming.',
    );
    expect(kaartTekst(wachtend)).not.toContain('Besluitronde open tot');

    const antwoord = await t.actie(
      consulent,
      'casus.aanvullen',
      { casusId: casus.id, toestemming: 'ja_vastgelegd' },
      persoonlijk(consulent),
    );
    expect(antwoord.status).toBe(200);
    const ronde = await t.o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: casus.id } });
    expect(ronde.status).toBe('open');

    await bezorg();
    const open = kanaalKaart();
    expect(kaartProblemen(open)).toEqual([]);
    expect(kaartTekst(open)).toContain('Besluitronde open tot');
    expect(kaartTekst(open)).not.toContain('Wacht op aanvulling');
  });
});
