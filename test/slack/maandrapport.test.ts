// The monthly knelpunten report through Slack: the chart goes up with Slack's external upload flow
// (getUploadURLExternal → POST of the bytes → completeUploadExternal) to the table channel and, through
// the DM channel conversations.open gives, to each bestuurder, with the summary as the message text.
// The besluiten are made through the services; the report is sent by the monthly slot, as in production.
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bericht } from '../../src/domain/berichten.ts';
import { MAX_POGINGEN } from '../../src/outbox/dispatcher.ts';
import { leesGrafiek } from '../../src/register/grafiekopslag.ts';
import { MAANDGRAFIEK, stuurMaandrapporten } from '../../src/register/maandrapport.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { rondRondesAf, SOORTEN } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';
import { SLACK, SlackTest, TAFELKANAAL, TOKEN } from './helpers.ts';
import { NepSlack } from './nepslack.ts';

const PNG_HANDTEKENING = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DM = (gebruiker: string) => `D${gebruiker.slice(1)}`;

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngMaat(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(PNG_HANDTEKENING);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe.each(SOORTEN)('Slack: the monthly report with its chart on %s', (soort) => {
  let t: SlackTest;
  const db = () => t.o.db.prisma;

  /** A casus raised and granted at `moment`, so the next month's report has something to show. */
  async function toegekend(moment: string, titel: string) {
    t.o.klok.zet(moment);
    const c = await raiseCasus(t.o.d, consulent, intake({ titel }));
    for (const lid of Object.values(LEDEN))
      await respond(t.o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Huurachterstand voorkomen.' });
    await rondRondesAf(t.o.d);
    // Everything of the setup is delivered here: a setup message left waiting would be retried with the
    // report and miscount it; if one is (a disturbance of the machine, not of the report), say so here.
    expect(await t.outbox()).toMatchObject({ uitgesteld: 0, mislukt: 0 });
  }

  /** The report messages of one month as the outbox holds them. */
  async function rapportRijen(van: string) {
    const rijen = await db().outboxBericht.findMany({ where: { soort: 'knelpuntenrapport' } });
    return rijen.filter((r) => (r.data as unknown as Bericht & { van: string }).van === van);
  }

  beforeAll(async () => {
    t = await SlackTest.start(soort, { start: '2026-03-09 10:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('uploads the chart to the table channel and the bestuurders’ DMs, with the summary beside it', async () => {
    await toegekend('2026-03-09 10:00', 'Kostendelersnorm bij inwonende zoon');
    await toegekend('2026-03-16 10:00', 'Kostendelersnorm bij inwonende dochter');
    t.nep.wis();
    t.o.klok.zet('2026-04-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    const verslag = await t.outbox();
    expect(verslag).toEqual({ verzonden: 3, uitgesteld: 0, mislukt: 0, vervangen: 0 });
    expect(t.nep.geweigerd).toEqual([]);

    // The table's own report in its channel, the report over all tables to the tenant-wide bestuurders;
    // their DM channels come from conversations.open, as for every DM.
    const gedeeld = t.nep.gedeeldeBestanden();
    expect(gedeeld.map((b) => b.gedeeld.kanaal).sort()).toEqual(
      [TAFELKANAAL, DM(SLACK.directeur), DM(SLACK.wethouder)].sort(),
    );
    expect(t.nep.van('conversations.open').map((o) => o.args.users)).toEqual(
      expect.arrayContaining([SLACK.directeur, SLACK.wethouder]),
    );
    // The summary is the text of the file's message: no separate message is posted.
    expect(t.nep.van('chat.postMessage')).toEqual([]);

    const rijen = await rapportRijen('2026-03-01');
    for (const bestand of gedeeld) {
      expect(pngMaat(bestand.bytes)).toEqual([MAANDGRAFIEK.breedte, MAANDGRAFIEK.hoogte]);
      expect(bestand.bytes.length).toBe(bestand.lengte);
      expect(bestand.metToken).toBe(true);
      const tafel = bestand.gedeeld.kanaal === TAFELKANAAL;
      const rij = rijen.find(
        (r) =>
          r.status === 'verzonden' &&
          ((r.ontvanger as { kanaalId?: string; extern?: string }).kanaalId === bestand.gedeeld.kanaal ||
            DM((r.ontvanger as { extern?: string }).extern ?? 'U') === bestand.gedeeld.kanaal),
      );
      const bericht = rij!.data as unknown as Extract<Bericht, { soort: 'knelpuntenrapport' }>;
      // The bytes Slack got are the stored chart of this report, not another rendering.
      expect(bestand.bytes.equals((await leesGrafiek(t.o.d, bericht.grafiek!.token))!.png)).toBe(true);
      expect(bestand.naam).toBe(
        tafel ? 'knelpuntenrapport-citydeal-utrecht-2026-03.png' : 'knelpuntenrapport-utrecht-2026-03.png',
      );
      expect(bestand.altTekst).toBe(bericht.grafiek!.beschrijving);
      expect(bestand.gedeeld.titel).toBe(
        `Knelpuntenrapport ${tafel ? 'City-deal tafel Utrecht' : 'alle tafels'} 2026-03`,
      );
      const opmerking = bestand.gedeeld.opmerking!;
      expect(opmerking.split('\n')[0]).toBe(
        `*Knelpuntenrapport ${tafel ? 'City-deal tafel Utrecht' : 'alle tafels'}*`,
      );
      expect(opmerking).toContain(bericht.samenvatting.split('\n')[0]);
      expect(opmerking).toContain('2 casussen (2 toegekend');
      expect(opmerking).toContain('Kosten maatwerk');
    }
    expect(
      rijen.filter((r) => r.ontvanger && (r.ontvanger as { platform: string }).platform === 'slack'),
    ).toHaveLength(3);
  });

  it('a failed upload of the bytes is retried as a new upload; the report is shared once', async () => {
    await toegekend('2026-04-13 10:00', 'Kostendelersnorm bij mantelzorg');
    t.nep.wis();
    t.o.klok.zet('2026-05-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    const voor = new Set(t.nep.bestanden.keys());
    t.nep.storing('upload', { status: 503 });
    expect(await t.outbox()).toEqual({ verzonden: 2, uitgesteld: 1, mislukt: 0, vervangen: 0 });
    const mislukt = [...t.nep.bestanden.values()].find((b) => !voor.has(b.id) && !b.bytes);
    expect(mislukt).toBeDefined();
    // Backoff after the first attempt is 2 s; a minute later the row is due again.
    t.o.klok.zet('2026-05-01 08:01');
    expect(await t.outbox()).toEqual({ verzonden: 1, uitgesteld: 0, mislukt: 0, vervangen: 0 });
    const nieuw = t.nep.gedeeldeBestanden().filter((b) => !voor.has(b.id));
    expect(nieuw.map((b) => b.gedeeld.kanaal).sort()).toEqual(
      [TAFELKANAAL, DM(SLACK.directeur), DM(SLACK.wethouder)].sort(),
    );
    expect(mislukt!.gedeeld).toBeUndefined();
    expect(t.nep.van('files.completeUploadExternal')).toHaveLength(3);
    for (const b of nieuw) expect(pngMaat(b.bytes)).toEqual([1024, 600]);
  });

  it('without files:write the summary still arrives, saying why the chart is missing', async () => {
    await toegekend('2026-05-11 10:00', 'Kostendelersnorm bij inwonende broer');
    t.nep.wis();
    t.o.klok.zet('2026-06-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    t.nep.storing('files.getUploadURLExternal', { fout: 'missing_scope' });
    expect(await t.outbox()).toEqual({ verzonden: 3, uitgesteld: 0, mislukt: 0, vervangen: 0 });
    const [bericht] = t.nep.van('chat.postMessage');
    expect(bericht).toBeDefined();
    const tekst = JSON.stringify(bericht!.args.blocks);
    expect(tekst).toContain('Knelpuntenrapport');
    expect(tekst).toContain('files:write');
    expect(t.nep.van('files.completeUploadExternal')).toHaveLength(2);
    expect(t.logregels.join('')).toContain('files:write');
  });

  it('an upload Slack refuses for another reason: the text still goes with why, and the chair is told', async () => {
    await toegekend('2026-06-08 10:00', 'Kostendelersnorm bij inwonende zus');
    t.nep.wis();
    const logVoor = t.logregels.length;
    t.o.klok.zet('2026-07-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    // A refusal (not a passing disturbance): no retry would help.
    t.nep.storing('files.getUploadURLExternal', { fout: 'invalid_arguments' });
    expect(await t.outbox()).toEqual({ verzonden: 3, uitgesteld: 0, mislukt: 0, vervangen: 0 });
    const [bericht, ...meer] = t.nep.van('chat.postMessage');
    expect(meer).toEqual([]);
    const tekst = JSON.stringify(bericht!.args.blocks);
    expect(tekst).toContain('Knelpuntenrapport');
    expect(tekst).toContain('Slack weigerde de upload');
    expect(tekst).toContain('De voorzitter is ingelicht');
    // The other two recipients got the chart.
    expect(t.nep.van('files.completeUploadExternal')).toHaveLength(2);
    expect(t.logregels.slice(logVoor).join('')).toContain('upload van de grafiek mislukt');

    // The chair hears what failed, once, in a DM.
    const meldingen = (await db().outboxBericht.findMany({ where: { soort: 'rapportgrafiek_mislukt' } })).map(
      (r) => ({ data: r.data as Record<string, string>, aan: JSON.stringify(r.ontvanger) }),
    );
    // Without files:write last month the chair was told too, with that reason.
    expect(meldingen.filter((m) => m.data.van === '2026-05-01').map((m) => m.data.reden)).toContain(
      'geen_bestandsrecht',
    );
    const deze = meldingen.filter((m) => m.data.van === '2026-06-01');
    // One message per report, however many of its deliveries failed: each of the chair's addresses once.
    expect(new Set(deze.map((m) => m.aan)).size).toBe(deze.length);
    expect(deze.some((m) => m.aan.includes(SLACK.voorzitter))).toBe(true);
    for (const m of deze)
      expect(m.data).toMatchObject({
        reden: 'geweigerd',
        fout: 'slack:invalid_arguments',
        tafelNaam: 'City-deal tafel Utrecht',
      });
    t.nep.wis();
    expect(await t.outbox()).toMatchObject({ mislukt: 0 });
    const dm = t.nep.van('chat.postMessage').find((o) => o.args.channel === DM(SLACK.voorzitter));
    expect(dm).toBeDefined();
    const dmTekst = JSON.stringify(dm!.args);
    expect(dmTekst).toContain('zonder grafiek');
    expect(dmTekst).toContain('weigerde de upload');
  });

  it('a report Slack refuses for good is not dropped silently: the chair hears of it, without a casus', async () => {
    await toegekend('2026-07-13 10:00', 'Kostendelersnorm bij inwonende neef');
    t.nep.wis();
    t.o.klok.zet('2026-08-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    // The table channel's report and the first bestuurder's: neither the chart nor the text without it
    // can be posted (the bot was removed from the channel, the DM is gone).
    for (const methode of ['files.completeUploadExternal', 'chat.postMessage'])
      for (let i = 0; i < 2; i++) t.nep.storing(methode, { fout: 'channel_not_found' });
    expect(await t.outbox()).toEqual({ verzonden: 1, uitgesteld: 0, mislukt: 2, vervangen: 0 });
    const mislukt = (await rapportRijen('2026-07-01')).filter((r) => r.status === 'mislukt');
    expect(mislukt).toHaveLength(2);

    // One message per failed delivery, to the chair of the table (the table's report) and to the chairs
    // of the tenant's tables (the report over all tables): here the same person.
    const meldingen = (
      await db().outboxBericht.findMany({ where: { soort: 'bezorging_mislukt', casusId: null } })
    ).filter((m) => (m.ontvanger as { platform: string }).platform === 'slack');
    expect(meldingen.map((m) => m.sleutel.split(':').slice(0, 2).join(':')).sort()).toEqual(
      mislukt.map((r) => `mislukt:${r.id}`).sort(),
    );
    for (const m of meldingen) {
      expect(JSON.stringify(m.ontvanger)).toContain(SLACK.voorzitter);
      expect(m.data).toMatchObject({
        soort: 'bezorging_mislukt',
        referentie: null,
        soortBericht: 'knelpuntenrapport',
        fout: 'slack:channel_not_found',
      });
    }
    expect(meldingen.map((m) => (m.data as { ontvanger: string }).ontvanger)).toContainEqual(
      `kanaal ${TAFELKANAAL} (slack)`,
    );
    // Not a missing chart: the whole report failed, so no message about the chart.
    const grafiek = await db().outboxBericht.findMany({ where: { soort: 'rapportgrafiek_mislukt' } });
    expect(grafiek.filter((r) => (r.data as { van: string }).van === '2026-07-01')).toEqual([]);

    t.nep.wis();
    expect(await t.outbox()).toEqual({ verzonden: 2, uitgesteld: 0, mislukt: 0, vervangen: 0 });
    const dms = t.nep.van('chat.postMessage').filter((o) => o.args.channel === DM(SLACK.voorzitter));
    expect(dms).toHaveLength(2);
    for (const dm of dms) {
      const tekst = JSON.stringify(dm.args.blocks);
      expect(tekst).toContain(
        'Een bericht (knelpuntenrapport) kon na herhaalde pogingen niet worden bezorgd',
      );
      expect(tekst).toContain('channel_not_found');
      // No casus to refer to: the sentence leaves the reference out instead of showing an empty one.
      expect(tekst).not.toContain(' over ');
    }
  });

  it('a report still failing at its last attempt is reported too, like one refused for good', async () => {
    await toegekend('2026-09-14 10:00', 'Kostendelersnorm bij inwonende oom');
    t.o.klok.zet('2026-10-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    const rapport = async () =>
      (await rapportRijen('2026-09-01')).find(
        (r) => (r.ontvanger as { kanaalId?: string }).kanaalId === TAFELKANAAL,
      )!;
    // The table channel's report has had all but one of its attempts (Slack was down for a day), and
    // Slack is down once more: the chart, then the text without it.
    await db().outboxBericht.update({
      where: { id: (await rapport()).id },
      data: { pogingen: MAX_POGINGEN - 1 },
    });
    t.nep.storing('files.completeUploadExternal', { status: 503 });
    t.nep.storing('chat.postMessage', { status: 503 });
    expect(await t.outbox()).toEqual({ verzonden: 2, uitgesteld: 0, mislukt: 1, vervangen: 0 });
    const mislukt = await rapport();
    expect(mislukt).toMatchObject({
      status: 'mislukt',
      pogingen: MAX_POGINGEN,
      laatsteFout: 'slack:http_503',
    });
    const meldingen = await db().outboxBericht.findMany({
      where: { soort: 'bezorging_mislukt', sleutel: { startsWith: `mislukt:${mislukt.id}:` } },
    });
    expect(meldingen.map((m) => JSON.stringify(m.ontvanger))).toContainEqual(
      expect.stringContaining(SLACK.voorzitter),
    );
    t.nep.wis();
    expect(await t.outbox()).toMatchObject({ mislukt: 0 });
    const dm = t.nep.van('chat.postMessage').find((o) => o.args.channel === DM(SLACK.voorzitter));
    expect(JSON.stringify(dm?.args.blocks)).toContain('slack:http_503');
  });

  it('a failed message about a failed delivery is not reported again', async () => {
    await toegekend('2026-10-12 10:00', 'Kostendelersnorm bij inwonende nicht');
    t.o.klok.zet('2026-11-01 08:00');
    expect(await stuurMaandrapporten(t.o.d)).toBe(true);
    t.nep.storing('files.completeUploadExternal', { fout: 'channel_not_found' });
    t.nep.storing('chat.postMessage', { fout: 'channel_not_found' });
    expect(await t.outbox()).toMatchObject({ verzonden: 2, mislukt: 1 });
    const voor = await db().outboxBericht.count({ where: { soort: 'bezorging_mislukt' } });
    // The chair's DM fails too: it ends as failed, and nothing new is queued about it.
    t.nep.storing('chat.postMessage', { fout: 'channel_not_found' });
    expect(await t.outbox()).toEqual({ verzonden: 0, uitgesteld: 0, mislukt: 1, vervangen: 0 });
    expect(await db().outboxBericht.count({ where: { soort: 'bezorging_mislukt' } })).toBe(voor);
    const wachtend = await db().outboxBericht.findMany({ where: { status: 'wachtend' } });
    expect(wachtend.filter((r) => (r.ontvanger as { platform: string }).platform === 'slack')).toEqual([]);
  });
});

describe('the fake Slack API’s upload flow', () => {
  let nep: NepSlack;
  let client: WebClient;
  beforeAll(async () => {
    nep = await new NepSlack(TOKEN).start();
    client = new WebClient(TOKEN, { slackApiUrl: nep.url, retryConfig: { retries: 0 } });
  });
  afterAll(async () => {
    await nep?.stop();
  });

  const fout = async (werk: Promise<unknown>) => {
    try {
      await werk;
      return 'ok';
    } catch (e) {
      return (e as { data?: { error?: string } }).data?.error ?? String(e);
    }
  };

  it('refuses what Slack refuses: unknown ids, bytes never sent, a second completion, a wrong length', async () => {
    expect(await fout(client.files.completeUploadExternal({ files: [{ id: 'F0ONBEKEND' }] }))).toBe(
      'file_not_found',
    );
    expect(await fout(client.files.getUploadURLExternal({ filename: '', length: 3 }))).toBe(
      'invalid_arguments',
    );
    const r = await client.files.getUploadURLExternal({ filename: 'a.png', length: 3 });
    expect(r.upload_url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${nep.poort}/upload/v1/`));
    // Not yet uploaded.
    expect(
      await fout(client.files.completeUploadExternal({ files: [{ id: r.file_id! }], channel_id: 'C0X' })),
    ).toBe('file_not_found');
    const teKort = await fetch(r.upload_url!, { method: 'POST', body: new Uint8Array([1, 2]) });
    expect(teKort.status).toBe(400);
    expect((await fetch(`${r.upload_url!}x`, { method: 'POST', body: 'abc' })).status).toBe(404);
    // Multipart, as Slack's own examples send it.
    const formulier = new FormData();
    formulier.append('file', new Blob([new Uint8Array([7, 8, 9])]), 'a.png');
    const ok = await fetch(r.upload_url!, { method: 'POST', body: formulier });
    expect([ok.status, await ok.text()]).toEqual([200, 'OK - 3']);
    expect(nep.bestanden.get(r.file_id!)!.bytes).toEqual(Buffer.from([7, 8, 9]));
    expect(
      await fout(client.files.completeUploadExternal({ files: [{ id: r.file_id! }], channel_id: 'xyz' })),
    ).toBe('channel_not_found');
    const klaar = await client.files.completeUploadExternal({
      files: [{ id: r.file_id!, title: 'A' }],
      channel_id: 'C0X',
      initial_comment: 'hallo',
    });
    expect(klaar.files?.[0]).toMatchObject({ id: r.file_id, title: 'A', size: 3 });
    expect(nep.bestanden.get(r.file_id!)!.gedeeld).toMatchObject({ kanaal: 'C0X', opmerking: 'hallo' });
    expect(
      await fout(client.files.completeUploadExternal({ files: [{ id: r.file_id! }], channel_id: 'C0X' })),
    ).toBe('file_not_found');
  });
});
