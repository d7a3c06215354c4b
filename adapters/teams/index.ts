// The Microsoft Teams adapter: the route for POST /api/messages and the deliverer of outbox messages.
//
//   const teams = await maakTeamsAdapter(d, { appId, appPassword, tenantId, publiekeUrl }, log);
//   routes['POST /api/messages'] = teams.route;  bezorgers.push(teams.bezorger);
import type { IncomingMessage, ServerResponse } from 'node:http';
import { zetVerzoekSoort } from '../../src/bewaking/verzoeksoort.ts';
import type { Logboek } from '../../src/logboek.ts';
import type { Bezorger } from '../../src/outbox/dispatcher.ts';
import type { Diensten } from '../../src/services/context.ts';
import { maakBezorger } from './bezorger.ts';
import { type Instellingen, maakBotKoppeling } from './botframework.ts';
import { maakGesprekken } from './gesprekken.ts';
import { maakVerwerker } from './handlers/index.ts';

export interface TeamsInstellingen extends Instellingen {
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
const MAX_BODY_BYTES = 512 * 1024;

class TeGroot extends Error {}

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

async function leesJson(req: IncomingMessage): Promise<unknown> {
  const delen: Buffer[] = [];
  let totaal = 0;
  for await (const deel of req) {
    const buf = deel as Buffer;
    totaal += buf.length;
    if (totaal > MAX_BODY_BYTES) throw new TeGroot();
    delen.push(buf);
  }
  return JSON.parse(Buffer.concat(delen).toString('utf8'));
}

function weiger(res: ServerResponse, status: number, fout: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ fout }));
}

export async function maakTeamsAdapter(
  d: Diensten,
  instellingen: TeamsInstellingen,
  log: Logboek,
): Promise<TeamsAdapter> {
  const koppeling = maakBotKoppeling(instellingen, log);
  if (koppeling.emulatormodus) {
    log.warn(
      'Teams draait in emulatormodus: geen app-id, dus geen JWT-controle op /api/messages. Alleen voor lokaal testen (Bot Framework Emulator); zet MICROSOFT_APP_ID en MICROSOFT_APP_PASSWORD voor Teams.',
    );
  } else {
    log.info({ enkeleTenant: !!instellingen.tenantId }, 'Teams: JWT-controle aan op /api/messages');
  }
  const gesprekken = maakGesprekken(d, koppeling, log, instellingen.tenantId);
  const verwerker = maakVerwerker({ d, log, koppeling, gesprekken });
  let actief = 0;

  return {
    emulatormodus: koppeling.emulatormodus,
    async route(req, res) {
      let body: unknown;
      try {
        body = await leesJson(req);
      } catch (fout) {
        return fout instanceof TeGroot
          ? weiger(res, 413, 'verzoek te groot')
          : weiger(res, 400, 'geen geldige JSON');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return weiger(res, 400, 'geen activiteit');
      zetVerzoekSoort(req, teamsSoort(body as Record<string, unknown>));
      actief++;
      try {
        await koppeling.verwerk(req, res, body as Record<string, unknown>, verwerker);
      } finally {
        actief--;
      }
    },
    bezorger: maakBezorger(d, koppeling, gesprekken, log, instellingen.tenantId, instellingen.publiekeUrl),
    async stop() {
      // Let turns in progress answer before the database closes under them.
      const tot = Date.now() + 10_000;
      while (actief > 0 && Date.now() < tot) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
