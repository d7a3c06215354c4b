// The Microsoft Teams adapter: the route for POST /api/messages and the deliverer of outbox messages.
//
//   const teams = await maakTeamsAdapter(d, { appId, appPassword, tenantId, publiekeUrl }, log);
//   routes['POST /api/messages'] = teams.route;  bezorgers.push(teams.bezorger);
//
// With an app id every request must carry a Bot Framework token (the SDK checks it). Without one the
// adapter runs only when asked for by name (`emulator: true`), and then answers this machine only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { leesLichaam, mediatype, weigerVerzoek } from '../../src/http/lichaam.ts';
import { zetVerzoekSoort } from '../../src/http/verzoeksoort.ts';
import type { Logboek } from '../../src/logboek.ts';
import type { Bezorger } from '../../src/outbox/dispatcher.ts';
import type { Diensten } from '../../src/services/context.ts';
import type { Sleutel } from '../../src/taal/catalogus.ts';
import { tekst, type Waarden } from '../../src/taal/tekst.ts';
import { activiteitSchema } from './activiteit.ts';
import { maakBezorger } from './bezorger.ts';
import { type Instellingen, maakBotKoppeling } from './botframework.ts';
import { maakGesprekken } from './gesprekken.ts';
import { maakVerwerker } from './handlers/index.ts';

export interface TeamsInstellingen extends Instellingen {
  /**
   * No app id, no JWT check, for the Bot Framework Emulator and local tests: only requests from the
   * loopback address are answered. Must be asked for; an absent app id alone is refused.
   */
  emulator?: boolean;
  /**
   * This server's public base URL (MAATWERKBOT_PUBLIEKE_URL): Teams fetches the report's chart from
   * there. Without it the report card has no image.
   */
  publiekeUrl?: string;
}

export interface TeamsAdapter {
  route: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  bezorger: Bezorger;
  /** True when no app id is set: no JWT check, for the Bot Framework Emulator and local tests only. */
  emulatormodus: boolean;
  stop(): Promise<void>;
}

/** Activities are small; a dialog submit with every intake field stays far below this. */
export const MAX_TEAMS_BYTES = 512 * 1024;

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (a dual-stack socket's view of 127.0.0.1). */
export function isLoopback(adres: string | undefined): boolean {
  return !!adres && (adres === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(adres));
}

const ACTIVITEITEN = new Set([
  'message',
  'invoke',
  'conversationUpdate',
  'messageReaction',
  'installationUpdate',
]);
const INVOKES = new Set([
  'task/fetch',
  'task/submit',
  'adaptiveCard/action',
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
  'composeExtension/query',
]);

/** The kind of a Teams activity as a label from a fixed set: `message`, `invoke:task/submit`, … */
export function teamsSoort(activiteit: Record<string, unknown>): string {
  const type =
    typeof activiteit.type === 'string' && ACTIVITEITEN.has(activiteit.type) ? activiteit.type : 'overig';
  if (type !== 'invoke') return type;
  return typeof activiteit.name === 'string' && INVOKES.has(activiteit.name)
    ? `invoke:${activiteit.name}`
    : 'invoke:overig';
}

/** The first few problems of an activity, as a line for the refusal: field paths and zod's messages. */
/** Refusals are read by the administrator debugging a request: in Dutch, like the logs. */
const beheerder = (sleutel: Sleutel, waarden?: Waarden) => tekst('nl', sleutel, waarden);

function waarom(fouten: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return fouten
    .slice(0, 3)
    .map((f) => `${f.path.map(String).join('.') || '(activiteit)'}: ${f.message}`)
    .join('; ');
}

export async function maakTeamsAdapter(
  d: Diensten,
  instellingen: TeamsInstellingen,
  log: Logboek,
): Promise<TeamsAdapter> {
  const metAppId = !!instellingen.appId?.trim();
  if (metAppId === !!instellingen.emulator)
    throw new Error(
      metAppId
        ? 'Teams: een app-id en emulatormodus sluiten elkaar uit.'
        : 'Teams zonder app-id draait alleen in emulatormodus, als daarom gevraagd is (emulator: true).',
    );
  const koppeling = maakBotKoppeling(instellingen, log);
  if (koppeling.emulatormodus) {
    log.warn(
      'Teams draait in emulatormodus: geen JWT-controle op /api/messages, alleen verzoeken van deze machine (loopback) worden beantwoord. Alleen voor lokaal testen (Bot Framework Emulator); zet MICROSOFT_APP_ID en MICROSOFT_APP_PASSWORD voor Teams.',
    );
  } else {
    log.info({ enkeleTenant: !!instellingen.tenantId }, 'Teams: JWT-controle aan op /api/messages');
  }
  const gesprekken = maakGesprekken(d, koppeling, log, instellingen.tenantId);
  const verwerker = maakVerwerker({ d, log, koppeling, gesprekken });
  let actief = 0;

  const weiger = (req: IncomingMessage, res: ServerResponse, status: number, fout: string) => {
    // Addresses and codes only: a refused body is never logged.
    log.warn(
      { status, van: req.socket.remoteAddress, oordeel: fout.slice(0, 160) },
      'teams: verzoek geweigerd',
    );
    weigerVerzoek(res, status, fout);
  };

  return {
    emulatormodus: koppeling.emulatormodus,
    async route(req, res) {
      if (koppeling.emulatormodus && !isLoopback(req.socket.remoteAddress))
        return weiger(req, res, 403, beheerder('verbinding.teams.emulator'));
      if (!koppeling.emulatormodus && !req.headers.authorization)
        return weiger(req, res, 401, beheerder('verbinding.teams.geen_authorization'));
      const lichaam = await leesLichaam(req, MAX_TEAMS_BYTES);
      if (!lichaam.ok) return weiger(req, res, lichaam.status, lichaam.fout);
      if (lichaam.ruw.length === 0) return weiger(req, res, 400, beheerder('verbinding.teams.leeg'));
      if (mediatype(req) !== 'application/json')
        return weiger(req, res, 415, beheerder('verbinding.teams.inhoudstype'));
      let body: unknown;
      try {
        body = JSON.parse(lichaam.ruw.toString('utf8'));
      } catch {
        return weiger(req, res, 400, beheerder('verbinding.teams.geen_json'));
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return weiger(req, res, 400, beheerder('verbinding.teams.geen_object'));
      // The envelope the handlers rely on, checked before the SDK sees it (it answers a 500 otherwise).
      const envelop = activiteitSchema.safeParse(body);
      if (!envelop.success)
        return weiger(
          req,
          res,
          400,
          beheerder('verbinding.teams.ongeldige_activiteit', { reden: waarom(envelop.error.issues) }),
        );
      zetVerzoekSoort(req, teamsSoort(body as Record<string, unknown>));
      actief++;
      try {
        await koppeling.verwerk(req, res, body as Record<string, unknown>, verwerker);
      } finally {
        actief--;
      }
      if (res.statusCode === 401) log.warn({ van: req.socket.remoteAddress }, 'teams: token geweigerd');
    },
    bezorger: maakBezorger(d, koppeling, gesprekken, log, instellingen.tenantId, instellingen.publiekeUrl),
    async stop() {
      // Let turns in progress answer before the database closes under them.
      const tot = Date.now() + 10_000;
      while (actief > 0 && Date.now() < tot) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
