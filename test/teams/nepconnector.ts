// A local stand-in for the Bot Framework connector (Teams' side of the REST API). It implements the
// routes the bot uses, records every post, reply, update and created conversation, keeps the latest
// version of every message, and can be told to fail the next requests.
import http from 'node:http';

export type OpnameSoort =
  | 'draad'
  | 'gesprek'
  | 'bericht'
  | 'antwoord'
  | 'update'
  | 'lid'
  | 'leden'
  | 'kanalen';

export interface Opname {
  soort: OpnameSoort;
  gesprekId: string;
  /** The message this request created or changed. */
  berichtId?: string;
  /** Reply: the message replied to. */
  antwoordOp?: string;
  body: Record<string, unknown>;
}

export interface Kaart {
  type: string;
  version: string;
  body: Record<string, unknown>[];
  refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds?: string[] };
  [k: string]: unknown;
}

export interface NepConnector {
  url: string;
  opnames: Opname[];
  /** Latest version of each message the bot posted (after updates), by message id. */
  berichten: Map<string, { gesprekId: string; activiteit: Record<string, unknown> }>;
  /** Team roster for member look-ups: Entra object id → Teams user id. */
  leden: Map<string, string>;
  /**
   * Members per conversation (a channel's id) as GET …/pagedmembers serves them: TeamsChannelAccount JSON
   * (id, aadObjectId, userRole, tenantId). A conversation not listed answers 404.
   */
  gespreksleden: Map<string, Record<string, unknown>[]>;
  /** Channels per team as GET v3/teams/{id}/conversations serves them (ChannelInfo: id, name, type). */
  teamkanalen: Map<string, { id: string; name?: string; type?: string }[]>;
  /** The next `aantal` requests answer with this status (and headers). */
  faal(aantal: number, status: number, headers?: Record<string, string>): void;
  wis(): void;
  stop(): Promise<void>;
}

export function kaartUit(activiteit: Record<string, unknown> | undefined): Kaart | undefined {
  const bijlagen = (activiteit?.attachments ?? []) as { contentType: string; content: Kaart }[];
  return bijlagen.find((b) => b.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** All visible text of a card, for assertions: text blocks, text runs, facts, inputs' values, buttons. */
export function kaartTekst(k: unknown): string {
  const uit: string[] = [];
  const loop = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(loop);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    for (const veld of ['text', 'title', 'value', 'label'])
      if (typeof o[veld] === 'string') uit.push(o[veld] as string);
    for (const [sleutel, waarde] of Object.entries(o)) if (sleutel !== 'data') loop(waarde);
  };
  loop(k);
  return uit.join('\n');
}

export async function startNepConnector(): Promise<NepConnector> {
  const opnames: Opname[] = [];
  const berichten = new Map<string, { gesprekId: string; activiteit: Record<string, unknown> }>();
  const leden = new Map<string, string>();
  const gespreksleden = new Map<string, Record<string, unknown>[]>();
  const teamkanalen = new Map<string, { id: string; name?: string; type?: string }[]>();
  let fouten: { aantal: number; status: number; headers: Record<string, string> } | null = null;
  let volgnummer = 1000;
  const nieuwId = () => String(++volgnummer);

  const server = http.createServer(async (req, res) => {
    const delen: Buffer[] = [];
    for await (const d of req) delen.push(d as Buffer);
    const tekst = Buffer.concat(delen).toString('utf8');
    const body = (tekst ? JSON.parse(tekst) : {}) as Record<string, unknown>;
    const antwoord = (status: number, waarde: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(waarde));
    };
    if (fouten && fouten.aantal > 0) {
      fouten.aantal--;
      return antwoord(
        fouten.status,
        { error: { code: 'NepFout', message: 'gesimuleerde fout' } },
        fouten.headers,
      );
    }
    const [pad0, zoek = ''] = (req.url ?? '').split('?');
    const pad = pad0!.split('/').filter(Boolean).map(decodeURIComponent);
    const query = new URLSearchParams(zoek);
    // v3 / teams / {teamId} / conversations: the team's channels.
    if (req.method === 'GET' && pad[0] === 'v3' && pad[1] === 'teams' && pad[3] === 'conversations') {
      const teamId = pad[2]!;
      opnames.push({ soort: 'kanalen', gesprekId: teamId, body: {} });
      const lijst = teamkanalen.get(teamId);
      return lijst ? antwoord(200, { conversations: lijst }) : antwoord(404, { error: { code: 'NotFound' } });
    }
    // v3 / conversations / {id} / activities / {activityId} | members / {memberId}
    if (pad[0] !== 'v3' || pad[1] !== 'conversations') return antwoord(404, { error: { code: 'NotFound' } });
    const [, , gesprekId, onderdeel, sub] = pad;

    if (req.method === 'POST' && !gesprekId) {
      const kanaal = (body.channelData as { channel?: { id: string } } | undefined)?.channel?.id;
      if (kanaal) {
        const berichtId = nieuwId();
        const id = `${kanaal};messageid=${berichtId}`;
        opnames.push({ soort: 'draad', gesprekId: kanaal, berichtId, body });
        berichten.set(berichtId, { gesprekId: kanaal, activiteit: body.activity as Record<string, unknown> });
        return antwoord(201, { id, activityId: berichtId, serviceUrl: `http://${req.headers.host}/` });
      }
      const id = `a:persoonlijk-${nieuwId()}`;
      opnames.push({ soort: 'gesprek', gesprekId: id, body });
      return antwoord(201, { id });
    }
    if (req.method === 'POST' && gesprekId && onderdeel === 'activities') {
      const berichtId = nieuwId();
      opnames.push({
        soort: sub ? 'antwoord' : 'bericht',
        gesprekId,
        berichtId,
        ...(sub ? { antwoordOp: sub } : {}),
        body,
      });
      berichten.set(berichtId, { gesprekId, activiteit: body });
      return antwoord(200, { id: berichtId });
    }
    if (req.method === 'PUT' && gesprekId && onderdeel === 'activities' && sub) {
      if (!berichten.has(sub)) return antwoord(404, { error: { code: 'ActivityNotFound' } });
      opnames.push({ soort: 'update', gesprekId, berichtId: sub, body });
      berichten.set(sub, { gesprekId, activiteit: body });
      return antwoord(200, { id: sub });
    }
    if (req.method === 'GET' && gesprekId && onderdeel === 'pagedmembers') {
      opnames.push({ soort: 'leden', gesprekId, body: Object.fromEntries(query) });
      const alle = gespreksleden.get(gesprekId);
      if (!alle) return antwoord(404, { error: { code: 'ConversationNotFound' } });
      // An opaque continuation token, as Teams gives one; none on the last page.
      const grootte = Number(query.get('pageSize') ?? 100) || 100;
      const begin = Number(query.get('continuationToken') ?? 0) || 0;
      const volgende = begin + grootte < alle.length ? String(begin + grootte) : undefined;
      return antwoord(200, {
        members: alle.slice(begin, begin + grootte),
        ...(volgende ? { continuationToken: volgende } : {}),
      });
    }
    if (req.method === 'GET' && gesprekId && onderdeel === 'members' && sub) {
      opnames.push({ soort: 'lid', gesprekId, body: { lid: sub } });
      const id = leden.get(sub);
      return id
        ? antwoord(200, { id, aadObjectId: sub, name: 'Lid' })
        : antwoord(404, { error: { code: 'MemberNotFoundInConversation' } });
    }
    return antwoord(404, { error: { code: 'NotFound' } });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const poort = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${poort}/`,
    opnames,
    berichten,
    leden,
    gespreksleden,
    teamkanalen,
    faal(aantal, status, headers = {}) {
      fouten = { aantal, status, headers };
    },
    wis() {
      opnames.length = 0;
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
