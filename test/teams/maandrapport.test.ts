// The monthly knelpunten report through Teams: a card cannot carry the 1024×600 PNG (28 KB limit), so the
// card shows it from the server's own URL, /rapport/afbeelding/<token>.png, served from the database.
// Delivered through the real CloudAdapter to the fake connector; the image fetched over HTTP from the same
// route the shared server mounts. The besluiten are made through the services.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAFIEK_ZONDER_ADRES } from '../../adapters/teams/bezorger.ts';
import { maakTeamsAdapter } from '../../adapters/teams/index.ts';
import type { Adres, Bericht } from '../../src/domain/berichten.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { leesGrafiek } from '../../src/register/grafiekopslag.ts';
import { MAANDGRAFIEK, stuurMaandrapporten } from '../../src/register/maandrapport.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { rondRondesAf, SOORTEN } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { type Kaart, kaartTekst, kaartUit, type Opname } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  GEBRUIKERS,
  kanaal,
  maakTeamsOpzet,
  TAFELKANAAL,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const PNG_HANDTEKENING = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
type Rapportbericht = Extract<Bericht, { soort: 'knelpuntenrapport' }>;

const kaartVan = (o: Opname) =>
  kaartUit((o.soort === 'draad' ? o.body.activity : o.body) as Record<string, unknown>) as Kaart;

/** Every element of a card, nested ones included. */
function elementen(k: unknown): Record<string, unknown>[] {
  const uit: Record<string, unknown>[] = [];
  const loop = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(loop);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.type === 'string') uit.push(o);
    for (const w of Object.values(o)) loop(w);
  };
  loop(k);
  return uit;
}

const afbeeldingen = (k: Kaart) => elementen(k.body).filter((e) => e.type === 'Image');

describe.each(SOORTEN)('Teams: the monthly report with its chart on %s', (soort) => {
  let t: TeamsOpzet;
  let basis = '';
  let rapporten: Opname[] = [];
  const db = () => t.o.db.prisma;
  const bezorg = () => verstuurOutbox(t.o.d, [t.adapter.bezorger]);

  /** A casus raised and granted at `moment`, so the next month's report has something to show. */
  async function toegekend(moment: string, titel: string) {
    t.o.klok.zet(moment);
    const c = await raiseCasus(t.o.d, consulent, intake({ titel }));
    for (const lid of Object.values(LEDEN))
      await respond(t.o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Huurachterstand voorkomen.' });
    await rondRondesAf(t.o.d);
  }

  /** A silent log, for a second adapter beside the one under test. */
  const stil = () =>
    maakLogboek(
      'silent',
      new Writable({
        write(_c, _e, klaar) {
          klaar();
        },
      }),
    );

  /** The cards sent to a person's 1:1 chat (not the table channel's threads) since the last `wis`. */
  const persoonlijkeKaarten = () =>
    t.connector.opnames.filter((o) => o.soort === 'bericht').map((o) => kaartTekst(kaartVan(o)));

  beforeAll(async () => {
    t = await maakTeamsOpzet(soort, { start: '2026-03-09 10:00', grafieken: true });
    // The bot is installed in the team: proactive messages to its channels and to people can start.
    const r = await t.post(
      activiteit(GEBRUIKERS.voorzitter, kanaal(TEAM), t.connector.url, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
        channelData: { tenant: { id: TENANT }, team: { id: TEAM }, eventType: 'teamMemberAdded' },
      }),
    );
    expect(r.status).toBe(200);
    await toegekend('2026-03-09 10:00', 'Kostendelersnorm bij inwonende zoon');
    await toegekend('2026-03-16 10:00', 'Kostendelersnorm bij inwonende dochter');
    await bezorg();
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  it('the card shows the chart from the server’s URL, in the table channel and the bestuurders’ chats', async () => {
    t.connector.wis();
    t.o.klok.zet('2026-04-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    expect(await bezorg()).toMatchObject({ verzonden: 3, mislukt: 0 });
    rapporten = t.connector.opnames.filter(
      (o) =>
        (o.soort === 'draad' || o.soort === 'bericht') &&
        kaartTekst(kaartVan(o)).includes('Knelpuntenrapport'),
    );
    // A thread in the table channel; the tenant-wide bestuurders each in their 1:1 chat.
    expect(rapporten.map((o) => o.soort).sort()).toEqual(['bericht', 'bericht', 'draad']);
    expect(rapporten.find((o) => o.soort === 'draad')!.gesprekId).toBe(TAFELKANAAL);

    const rijen = await db().outboxBericht.findMany({ where: { soort: 'knelpuntenrapport' } });
    const tokens = new Set(rijen.map((r) => (r.data as unknown as Rapportbericht).grafiek!.token));
    expect(tokens.size).toBe(2);
    for (const o of rapporten) {
      const k = kaartVan(o);
      expect(kaartProblemen(k)).toEqual([]);
      const [beeld, ...meer] = afbeeldingen(k);
      expect(meer).toEqual([]);
      const url = String(beeld!.url);
      const m = url.match(/^(http:\/\/127\.0\.0\.1:\d+\/)rapport\/afbeelding\/([A-Za-z0-9_-]{43})\.png$/);
      expect(m).not.toBeNull();
      basis = m![1]!;
      expect(tokens.has(m![2]!)).toBe(true);
      expect(beeld).toMatchObject({ size: 'stretch', msteams: { allowExpand: true } });
      expect(String(beeld!.altText)).toMatch(/^Staafdiagram knelpuntenrapport /);
      expect(k.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Grafiek openen', url }]);
      expect(kaartTekst(k)).toContain('Grafiek te zien tot');
      expect(kaartTekst(k)).toContain('Kosten maatwerk');
      // The card refers to the image; the image itself is nowhere in the message.
      expect(JSON.stringify(o.body).length).toBeLessThan(8_000);
    }
    const tafelKaart = kaartVan(rapporten.find((o) => o.soort === 'draad')!);
    expect(kaartTekst(tafelKaart)).toContain('Knelpuntenrapport City-deal tafel Utrecht');
  });

  it('GET on the card’s URL returns the stored PNG; an unknown token gets 404, a malformed one 400', async () => {
    const url = String(afbeeldingen(kaartVan(rapporten[0]!))[0]!.url);
    const token = url.slice(url.lastIndexOf('/') + 1, -'.png'.length);
    const r = await fetch(url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/png');
    expect(r.headers.get('cache-control')).toBe('public, max-age=86400, immutable');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    const png = Buffer.from(await r.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(PNG_HANDTEKENING);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([MAANDGRAFIEK.breedte, MAANDGRAFIEK.hoogte]);
    expect(r.headers.get('content-length')).toBe(String(png.length));
    expect(png.equals((await leesGrafiek(t.o.d, token))!.png)).toBe(true);

    for (const [pad, status] of [
      [`rapport/afbeelding/${'A'.repeat(43)}.png`, 404],
      [`rapport/afbeelding/${token}.jpg`, 400],
      [`rapport/afbeelding/${token}`, 400],
      [`rapport/afbeelding/${token.slice(1)}.png`, 400],
      [`rapport/afbeelding/../afbeelding/${token}x.png`, 400],
      ['rapport/afbeelding/.png', 400],
    ] as const) {
      const nee = await fetch(`${basis}${pad}`);
      expect([pad, nee.status]).toEqual([pad, status]);
      expect(nee.headers.get('content-type')).not.toBe('image/png');
      expect(nee.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('caches never keep the image past its expiry; expired it is a 404, and its job removes it', async () => {
    const url = String(afbeeldingen(kaartVan(rapporten[0]!))[0]!.url);
    // 90 days after the report: 2026-06-30 08:00 in Amsterdam.
    t.o.klok.zet('2026-06-30 07:00');
    expect((await fetch(url)).headers.get('cache-control')).toBe('public, max-age=3600, immutable');
    t.o.klok.zet('2026-06-30 08:00');
    const weg = await fetch(url);
    expect(weg.status).toBe(404);
    expect(weg.headers.get('cache-control')).toBe('no-store');
    expect(await db().rapportGrafiek.count()).toBe(2);
    await voerDueJobsUit(t.o.d, jobHandlers);
    expect(await db().rapportGrafiek.count()).toBe(0);
    expect((await fetch(url)).status).toBe(404);
  });

  it('without a public address the card says why the chart is missing, and is still delivered', async () => {
    const zonder = await maakTeamsAdapter(t.o.d, { emulator: true }, stil());
    t.o.klok.zet('2026-04-01 09:00');
    const rij = (await db().outboxBericht.findMany({ where: { soort: 'knelpuntenrapport' } })).find(
      (r) =>
        (r.ontvanger as unknown as Adres).platform === 'teams' &&
        (r.ontvanger as unknown as Adres).soort === 'kanaal',
    )!;
    const adres = rij.ontvanger as unknown as Adres;
    expect(adres).toMatchObject({ platform: 'teams', kanaalId: TAFELKANAAL });
    t.connector.wis();
    const uitkomst = await zonder.bezorger.bezorg({
      id: rij.id,
      sleutel: rij.sleutel,
      casusId: null,
      adres,
      bericht: rij.data as unknown as Bericht,
      pogingen: 0,
    });
    // Delivered, and the dispatcher is told why the chart is missing, so the chair hears of it.
    expect(uitkomst).toEqual({
      ok: true,
      zonderGrafiek: { reden: 'geen_publiek_adres', fout: 'teams:geen_publieke_url' },
    });
    const k = kaartVan(t.connector.opnames.at(-1)!);
    expect(kaartProblemen(k)).toEqual([]);
    expect(afbeeldingen(k)).toEqual([]);
    expect(k.actions).toBeUndefined();
    expect(kaartTekst(k)).toContain(GRAFIEK_ZONDER_ADRES);
    expect(kaartTekst(k)).toContain('Kosten maatwerk');
    await zonder.stop();
  });

  it('without a public address the chair is told the report went without its chart, as with Slack', async () => {
    await toegekend('2026-07-06 10:00', 'Kostendelersnorm bij inwonende neef');
    await bezorg();
    const zonder = await maakTeamsAdapter(t.o.d, { emulator: true }, stil());
    const bezorgZonder = () => verstuurOutbox(t.o.d, [zonder.bezorger]);
    t.o.klok.zet('2026-08-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    t.connector.wis();
    expect(await bezorgZonder()).toEqual({ verzonden: 3, uitgesteld: 0, mislukt: 0, vervangen: 0 });

    const meldingen = (await db().outboxBericht.findMany({ where: { soort: 'rapportgrafiek_mislukt' } }))
      .map((r) => ({ data: r.data as Record<string, string>, aan: r.ontvanger as unknown as Adres }))
      .filter((m) => m.data.van === '2026-07-01' && m.aan.platform === 'teams');
    // Once per report (the table's and the one over all tables), to the chair: not once per recipient.
    expect(meldingen.map((m) => m.data.tafelNaam ?? null).sort()).toEqual(['City-deal tafel Utrecht', null]);
    for (const m of meldingen) {
      expect(m.aan).toMatchObject({ soort: 'persoon', extern: GEBRUIKERS.voorzitter.aad });
      expect(m.data).toMatchObject({ reden: 'geen_publiek_adres', fout: 'teams:geen_publieke_url' });
    }

    t.connector.wis();
    expect(await bezorgZonder()).toEqual({ verzonden: 2, uitgesteld: 0, mislukt: 0, vervangen: 0 });
    const kaarten = persoonlijkeKaarten().filter((k) => k.includes('zonder grafiek'));
    expect(kaarten).toHaveLength(2);
    for (const k of kaarten) expect(k).toContain('geen publiek adres ingesteld (MAATWERKBOT_PUBLIEKE_URL)');
    await zonder.stop();
  });

  it('a report Teams refuses for good is not dropped silently: the chair hears of it, without a casus', async () => {
    await toegekend('2026-08-10 10:00', 'Kostendelersnorm bij inwonende nicht');
    await bezorg();
    t.o.klok.zet('2026-09-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    t.connector.wis();
    // The table channel's thread and the first bestuurder's chat are refused (the bot was removed).
    t.connector.faal(2, 403);
    expect(await bezorg()).toEqual({ verzonden: 1, uitgesteld: 0, mislukt: 2, vervangen: 0 });
    const mislukt = (await db().outboxBericht.findMany({ where: { soort: 'knelpuntenrapport' } })).filter(
      (r) => r.status === 'mislukt',
    );
    expect(mislukt).toHaveLength(2);

    const meldingen = (
      await db().outboxBericht.findMany({ where: { soort: 'bezorging_mislukt', casusId: null } })
    ).filter((m) => (m.ontvanger as unknown as Adres).platform === 'teams');
    expect(meldingen.map((m) => m.sleutel.split(':').slice(0, 2).join(':')).sort()).toEqual(
      mislukt.map((r) => `mislukt:${r.id}`).sort(),
    );
    for (const m of meldingen) {
      expect(m.ontvanger).toMatchObject({ soort: 'persoon', extern: GEBRUIKERS.voorzitter.aad });
      expect(m.data).toMatchObject({ referentie: null, soortBericht: 'knelpuntenrapport' });
    }
    expect(meldingen.map((m) => (m.data as { ontvanger: string }).ontvanger)).toContainEqual(
      `kanaal ${TAFELKANAAL} (teams)`,
    );

    t.connector.wis();
    expect(await bezorg()).toEqual({ verzonden: 2, uitgesteld: 0, mislukt: 0, vervangen: 0 });
    const kaarten = persoonlijkeKaarten().filter((k) => k.includes('kon niet worden bezorgd'));
    expect(kaarten).toHaveLength(2);
    for (const k of kaarten) {
      // No casus: the heading leaves the reference out.
      expect(k).toContain('Een bericht kon niet worden bezorgd');
      expect(k).toContain('Bericht: knelpuntenrapport');
    }
  });
});
