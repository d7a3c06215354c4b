// Delivers the core's neutral messages to Slack: the casus card is posted once and then updated in place,
// the besluit (and a commitment marked done) goes as a thread reply under it, persons get a DM. The result of each send decides the
// outcome; Slack's own errors are mapped to "try again later" or "give up", never to silent success.
// The knelpunten report goes as its chart, uploaded with Slack's external upload flow, with the summary
// as the text of the same message.
import { type FilesGetUploadURLExternalArguments, WebClient } from '@slack/web-api';
import {
  type Adres,
  type Bericht,
  type GrafiekMisluktReden,
  taalVanAdres,
} from '../../src/domain/berichten.ts';
import type { Logboek } from '../../src/logboek.ts';
import {
  type Bezorger,
  type BezorgUitkomst,
  MAX_POGINGEN,
  type UitgaandBericht,
} from '../../src/outbox/dispatcher.ts';
import { naarPng } from '../../src/register/grafiek.ts';
import { leesGrafiek } from '../../src/register/grafiekopslag.ts';
import { MAANDGRAFIEK } from '../../src/register/maandrapport.ts';
import type { Diensten } from '../../src/services/context.ts';
import {
  kaartVersie,
  platformBericht,
  registreerPlatformBericht,
} from '../../src/services/platformgeheugen.ts';
import type { Taal } from '../../src/taal/taal.ts';
import { tekst } from '../../src/taal/tekst.ts';
import { berichtSchema, type SlackBericht } from './blockkit.ts';
import { slackBericht } from './weergave/berichten.ts';
import { rapportBlokken, rapportOpmerking } from './weergave/register.ts';

/** Platform errors that mean "later", not "never". */
const TIJDELIJK = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'team_added_to_org',
]);

export function uitkomstVoorFout(fout: unknown): BezorgUitkomst & { ok: false } {
  const f = fout as {
    code?: string;
    name?: string;
    retryAfter?: number;
    statusCode?: number;
    headers?: Record<string, string>;
    data?: { error?: string };
  };
  switch (f?.code) {
    case 'slack_webapi_rate_limited_error':
      return {
        ok: false,
        tijdelijk: true,
        opnieuwNaMs: Math.max(1, f.retryAfter ?? 30) * 1000,
        fout: 'slack:ratelimited',
      };
    case 'slack_webapi_http_error': {
      const status = f.statusCode ?? 0;
      const wacht = Number(f.headers?.['retry-after']);
      return status >= 500 || status === 429
        ? {
            ok: false,
            tijdelijk: true,
            ...(wacht > 0 ? { opnieuwNaMs: wacht * 1000 } : {}),
            fout: `slack:http_${status}`,
          }
        : { ok: false, tijdelijk: false, fout: `slack:http_${status}` };
    }
    case 'slack_webapi_request_error':
      return { ok: false, tijdelijk: true, fout: 'slack:onbereikbaar' };
    case 'slack_webapi_platform_error': {
      const code = f.data?.error ?? 'onbekend';
      return { ok: false, tijdelijk: TIJDELIJK.has(code), fout: `slack:${code}` };
    }
  }
  // Our own payload over Slack's limits would be refused every time: a renderer bug, not a retry case.
  if (f?.name === 'ZodError') return { ok: false, tijdelijk: false, fout: 'blockkit:buiten_limieten' };
  return { ok: false, tijdelijk: true, fout: `onbekend:${f?.name ?? 'fout'}` };
}

export interface SlackBezorgerOpties {
  d: Diensten;
  botToken: string;
  apiUrl?: string | undefined;
  log: Logboek;
  /** Tests pass their own; production builds one without retries (the outbox retries). */
  client?: WebClient;
  /** One Web API call or chart upload longer than this is a temporary failure (default 15 s). */
  timeoutMs?: number;
}

const KAART = 'casuskaart';

type Rapportbericht = Extract<Bericht, { soort: 'knelpuntenrapport' }>;

type ZonderGrafiek = { reden: GrafiekMisluktReden; fout: string };

/** Slack's answer when the token lacks a scope: the app was installed before files:write was added. */
const GEEN_BESTANDSRECHT = new Set(['missing_scope', 'not_allowed_token_type']);

const platformFout = (error: string) =>
  Object.assign(new Error(error), { code: 'slack_webapi_platform_error', data: { error } });

/** Hosts an upload URL may point to: Slack's own (files.slack.com, GovSlack), or the configured API's host. */
function uploadDoelToegestaan(doel: URL, api: URL): boolean {
  if (doel.host === api.host) return true;
  const slack = ['slack.com', 'slack-gov.com'].some(
    (domein) => doel.hostname === domein || doel.hostname.endsWith(`.${domein}`),
  );
  return slack && doel.protocol === 'https:';
}

export function maakSlackBezorger(o: SlackBezorgerOpties): Bezorger {
  const client =
    o.client ??
    new WebClient(o.botToken, {
      ...(o.apiUrl ? { slackApiUrl: o.apiUrl } : {}),
      // The outbox owns retries and backoff; the client must report a 429 or 5xx at once.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: o.timeoutMs ?? 15_000,
    });
  const dmKanalen = new Map<string, string>();
  const apiUrl = new URL(o.apiUrl ?? 'https://slack.com/api/');

  async function dmKanaal(gebruiker: string): Promise<string> {
    const bekend = dmKanalen.get(gebruiker);
    if (bekend) return bekend;
    const r = await client.conversations.open({ users: gebruiker });
    const kanaal = r.channel?.id;
    if (!r.ok || !kanaal)
      throw Object.assign(new Error('geen dm-kanaal'), {
        code: 'slack_webapi_platform_error',
        data: { error: 'channel_not_found' },
      });
    dmKanalen.set(gebruiker, kanaal);
    return kanaal;
  }

  async function post(kanaal: string, b: SlackBericht, draad?: string): Promise<string> {
    const bericht = berichtSchema.parse(b);
    const r = await client.chat.postMessage({
      channel: kanaal,
      text: bericht.text,
      blocks: bericht.blocks as never,
      unfurl_links: false,
      unfurl_media: false,
      ...(draad ? { thread_ts: draad } : {}),
    });
    if (!r.ok || !r.ts)
      throw Object.assign(new Error('geen ts'), {
        code: 'slack_webapi_platform_error',
        data: { error: r.error ?? 'geen_ts' },
      });
    return r.ts;
  }

  async function kaart(
    uit: UitgaandBericht,
    adres: Extract<Adres, { soort: 'kanaal' }>,
    bericht: Extract<Bericht, { soort: 'casus_geplaatst' | 'casus_bijgewerkt' }>,
  ): Promise<void> {
    const casusId = bericht.kaart.casus.casusId;
    // Outbox rows may be retried out of order: a card older than the stored version is never shown,
    // because the newer version has its own row.
    const huidig = await kaartVersie(o.d, casusId);
    if (huidig !== null && huidig > bericht.kaart.versie) return;
    const payload = berichtSchema.parse(slackBericht(bericht, adres, uit.casusId));
    const bestaand = await platformBericht(o.d, casusId, 'slack', KAART, adres.kanaalId);
    if (bestaand) {
      try {
        await client.chat.update({
          channel: adres.kanaalId,
          ts: bestaand.berichtId,
          text: payload.text,
          blocks: payload.blocks as never,
        });
        return;
      } catch (fout) {
        if ((fout as { data?: { error?: string } }).data?.error !== 'message_not_found') throw fout;
      }
    }
    const ts = await post(adres.kanaalId, payload);
    await registreerPlatformBericht(o.d, {
      casusId,
      platform: 'slack',
      soort: KAART,
      kanaalId: adres.kanaalId,
      berichtId: ts,
    });
  }

  /** Retention: the message with casus text is overwritten in place; one already gone needs nothing. */
  async function wis(
    b: Extract<Bericht, { soort: 'inhoud_verwijderd' }>,
    adres: Extract<Adres, { soort: 'kanaal' }>,
  ): Promise<void> {
    const p = b.platformBericht;
    if (p.platform !== 'slack') return;
    const payload = berichtSchema.parse(slackBericht(b, adres, null));
    try {
      await client.chat.update({
        channel: p.kanaalId,
        ts: p.berichtId,
        text: payload.text,
        blocks: payload.blocks as never,
      });
    } catch (fout) {
      const code = (fout as { data?: { error?: string } }).data?.error;
      if (code !== 'message_not_found' && code !== 'channel_not_found') throw fout;
    }
  }

  /** The stored chart of the report; drawn again from the figures if it expired or was never stored. */
  async function grafiekPng(b: Rapportbericht): Promise<Buffer> {
    const opgeslagen = b.grafiek ? await leesGrafiek(o.d, b.grafiek.token) : null;
    if (opgeslagen) return opgeslagen.png;
    return naarPng(
      b.rapport,
      b.grafiek ? { breedte: b.grafiek.breedte, hoogte: b.grafiek.hoogte } : MAANDGRAFIEK,
    );
  }

  /** Step 2 of the upload: the bytes to the URL Slack handed out (raw body; Slack also takes multipart). */
  async function stuurBytes(uploadUrl: string, png: Buffer): Promise<void> {
    let doel: URL;
    try {
      doel = new URL(uploadUrl);
    } catch {
      throw platformFout('upload_url_ongeldig');
    }
    // The bot token goes along (as Slack's own SDK does), so only to Slack or the configured API host.
    if (!uploadDoelToegestaan(doel, apiUrl)) throw platformFout('upload_url_onverwacht');
    let antwoord: Response;
    try {
      antwoord = await fetch(doel, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${o.botToken}` },
        body: new Uint8Array(png),
        signal: AbortSignal.timeout(o.timeoutMs ?? 15_000),
      });
      await antwoord.arrayBuffer();
    } catch {
      throw Object.assign(new Error('upload onbereikbaar'), { code: 'slack_webapi_request_error' });
    }
    if (antwoord.status !== 200) {
      throw Object.assign(new Error(`upload ${antwoord.status}`), {
        code: 'slack_webapi_http_error',
        statusCode: antwoord.status,
        headers: { 'retry-after': antwoord.headers.get('retry-after') ?? '' },
      });
    }
  }

  /**
   * The report as one message: the chart uploaded with Slack's external flow (getUploadURLExternal →
   * POST of the bytes → completeUploadExternal) and the summary as its text. Only the last step is
   * visible, and Slack completes an upload once: a retry after a failure anywhere before it starts a
   * new upload and posts nothing twice. A report is never dropped for its chart: when the upload fails
   * (for good, or on the last attempt of a passing disturbance) the summary goes alone, saying why, and
   * the reason comes back so the chair is told. Returns that reason, or undefined when the chart went.
   */
  async function rapport(
    kanaal: string,
    b: Rapportbericht,
    adres: Adres,
    pogingen: number,
  ): Promise<ZonderGrafiek | undefined> {
    const taal = taalVanAdres(adres);
    try {
      await uploadRapport(kanaal, b, taal);
      return undefined;
    } catch (fout) {
      const uitkomst = uitkomstVoorFout(fout);
      const code = (fout as { data?: { error?: string } }).data?.error;
      const geenRecht = code !== undefined && GEEN_BESTANDSRECHT.has(code);
      // A passing disturbance (rate limit, 5xx, unreachable): the whole upload again later, while attempts remain.
      if (!geenRecht && uitkomst.tijdelijk && pogingen + 1 < MAX_POGINGEN) throw fout;
      if (geenRecht)
        o.log.warn(
          { fout: uitkomst.fout },
          'Slack-app mist de scope files:write: knelpuntenrapport zonder grafiek verstuurd; installeer de app opnieuw met het manifest',
        );
      else
        o.log.warn(
          { fout: uitkomst.fout, pogingen: pogingen + 1 },
          'upload van de grafiek mislukt: knelpuntenrapport zonder grafiek verstuurd, voorzitter ingelicht',
        );
      const reden: GrafiekMisluktReden = geenRecht
        ? 'geen_bestandsrecht'
        : uitkomst.tijdelijk
          ? 'onbereikbaar'
          : 'geweigerd';
      await post(kanaal, {
        text: b.tafelNaam
          ? tekst(taal, 'verbinding.rapport.kop_tafel', { tafel: b.tafelNaam })
          : tekst(taal, 'verbinding.rapport.kop_alle'),
        blocks: rapportBlokken(
          b,
          taal,
          geenRecht
            ? tekst(taal, 'verbinding.rapport.geen_bestandsrecht')
            : tekst(taal, 'verbinding.rapport.upload_mislukt', { reden }),
        ),
      });
      return { reden, fout: uitkomst.fout };
    }
  }

  async function uploadRapport(kanaal: string, b: Rapportbericht, taal: Taal): Promise<void> {
    const png = await grafiekPng(b);
    const maand = b.van.slice(0, 7);
    const naam = `knelpuntenrapport-${b.rapport.tafel?.slug ?? b.rapport.tenant.slug}-${maand}.png`;
    const beschrijving =
      b.grafiek?.beschrijving ?? tekst(taal, 'verbinding.rapport.grafiek_beschrijving', { maand });
    const url = await client.files.getUploadURLExternal({
      filename: naam,
      length: png.length,
      // Slack documents alt_txt; the SDK's type calls it alt_text. Slack ignores the one it does not know.
      alt_txt: beschrijving,
      alt_text: beschrijving,
    } as FilesGetUploadURLExternalArguments);
    if (!url.ok || !url.upload_url || !url.file_id) throw platformFout(url.error ?? 'geen_upload_url');
    await stuurBytes(url.upload_url, png);
    const klaar = await client.files.completeUploadExternal({
      files: [
        {
          id: url.file_id,
          title: b.tafelNaam
            ? tekst(taal, 'verbinding.rapport.bestand_tafel', { tafel: b.tafelNaam, maand })
            : tekst(taal, 'verbinding.rapport.bestand_alle', { maand }),
        },
      ],
      channel_id: kanaal,
      initial_comment: rapportOpmerking(b, taal),
    });
    if (!klaar.ok) throw platformFout(klaar.error ?? 'upload_niet_voltooid');
  }

  async function naarKanaal(
    uit: UitgaandBericht,
    adres: Extract<Adres, { soort: 'kanaal' }>,
  ): Promise<ZonderGrafiek | undefined> {
    const b = uit.bericht;
    if (b.soort === 'casus_geplaatst' || b.soort === 'casus_bijgewerkt') {
      await kaart(uit, adres, b);
      return undefined;
    }
    if (b.soort === 'inhoud_verwijderd') {
      await wis(b, adres);
      return undefined;
    }
    if (b.soort === 'knelpuntenrapport') return rapport(adres.kanaalId, b, adres, uit.pogingen);
    let draad: string | undefined;
    if (
      uit.casusId &&
      adres.kanaalSoort === 'tafel' &&
      (b.soort === 'besluit_gedeeld' || b.soort === 'op_agenda' || b.soort === 'toezegging_gedaan')
    ) {
      draad = (await platformBericht(o.d, uit.casusId, 'slack', KAART, adres.kanaalId))?.berichtId;
    }
    await post(adres.kanaalId, slackBericht(b, adres, uit.casusId), draad);
    return undefined;
  }

  return {
    platform: 'slack',
    async bezorg(uit: UitgaandBericht): Promise<BezorgUitkomst> {
      const adres = uit.adres;
      if (adres.platform !== 'slack')
        return {
          ok: false,
          tijdelijk: false,
          // For the administrator, in Dutch like the other delivery failures.
          fout: tekst('nl', 'verbinding.bezorging.niet_voor_platform', { platform: 'slack' }),
        };
      try {
        let zonderGrafiek: ZonderGrafiek | undefined;
        if (adres.soort === 'kanaal') zonderGrafiek = await naarKanaal(uit, adres);
        else if (uit.bericht.soort === 'knelpuntenrapport')
          // An upload needs a channel id: the DM's, from conversations.open.
          zonderGrafiek = await rapport(await dmKanaal(adres.extern), uit.bericht, adres, uit.pogingen);
        else await post(await dmKanaal(adres.extern), slackBericht(uit.bericht, adres, uit.casusId));
        return zonderGrafiek ? { ok: true, zonderGrafiek } : { ok: true };
      } catch (fout) {
        const uitkomst = uitkomstVoorFout(fout);
        o.log.warn(
          { outbox: uit.id, soort: uit.bericht.soort, fout: uitkomst.fout, tijdelijk: uitkomst.tijdelijk },
          'slack-bezorging mislukt',
        );
        return uitkomst;
      }
    },
  };
}
