// A local fake of Slack's Web API: records every call, answers like Slack, and refuses what Slack refuses
// (a payload over the Block Kit limits, an unknown token). Faults can be queued per method.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { berichtSchema, homeSchema, modalSchema } from '../../adapters/slack/blockkit.ts';

export interface Oproep {
  methode: string;
  args: Record<string, unknown>;
  /** What we answered: ok or the error code. */
  antwoord: { ok: boolean; error?: string };
  resultaat?: Record<string, unknown>;
}

export type Storing = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { fout: string };

const JSON_VELDEN = new Set(['blocks', 'view', 'attachments', 'metadata']);

/** A channel as conversations.info and conversations.members show it. */
export interface NepKanaal {
  info: {
    is_private?: boolean;
    is_shared?: boolean;
    is_ext_shared?: boolean;
    is_org_shared?: boolean;
    is_pending_ext_shared?: boolean;
  };
  /** User ids in the channel, the bot's own (UBOT) included, as Slack lists them. */
  leden: string[];
}

export class NepSlack {
  /** Channels the fake knows; any other channel is `channel_not_found` (e.g. private, bot not invited). */
  readonly kanalen = new Map<string, NepKanaal>();
  /** users.info per user; anyone else is a full member of the workspace. */
  readonly gebruikers = new Map<
    string,
    { team_id?: string; is_restricted?: boolean; is_ultra_restricted?: boolean }
  >();
  readonly oproepen: Oproep[] = [];
  readonly geweigerd: Oproep[] = [];
  private storingen = new Map<string, Storing[]>();
  private server: http.Server;
  private volgnummer = 100;
  poort = 0;

  constructor(private readonly token = 'xoxb-test-token') {
    this.server = http.createServer((req, res) => {
      void this.behandel(req, res);
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.poort}/api/`;
  }

  /** A command's response_url: what the app posts there is recorded as method `respond`. */
  get responseUrl(): string {
    return `http://127.0.0.1:${this.poort}/respond/1`;
  }

  async start(): Promise<this> {
    await new Promise<void>((klaar) => this.server.listen(0, '127.0.0.1', klaar));
    this.poort = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((klaar) => this.server.close(() => klaar()));
  }

  /** The next call of `methode` fails this way (once per queued fault). */
  storing(methode: string, storing: Storing): void {
    this.storingen.set(methode, [...(this.storingen.get(methode) ?? []), storing]);
  }

  wis(): void {
    this.oproepen.length = 0;
    this.geweigerd.length = 0;
  }

  van(methode: string): Oproep[] {
    return this.oproepen.filter((o) => o.methode === methode && o.antwoord.ok);
  }

  /** Waits until a call matching the predicate has come in (listeners call Slack after the ack). */
  async wachtOp(methode: string, past: (o: Oproep) => boolean = () => true, ms = 5000): Promise<Oproep> {
    const eind = Date.now() + ms;
    for (;;) {
      const gevonden = this.oproepen.find((o) => o.methode === methode && past(o));
      if (gevonden) return gevonden;
      if (Date.now() > eind) {
        throw new Error(
          `geen ${methode} binnen ${ms} ms; wel: ${this.oproepen.map((o) => `${o.methode}(${o.antwoord.error ?? 'ok'})`).join(', ')}`,
        );
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Waits for the n-th (0-based) successful call of `methode`. */
  async wachtOpNde(methode: string, n: number, ms = 5000): Promise<Oproep> {
    const eind = Date.now() + ms;
    for (;;) {
      const gevonden = this.van(methode)[n];
      if (gevonden) return gevonden;
      if (Date.now() > eind) {
        throw new Error(
          `geen ${methode} nr. ${n + 1} binnen ${ms} ms; wel: ${this.oproepen.map((o) => `${o.methode}(${o.antwoord.error ?? 'ok'})`).join(', ')}`,
        );
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async behandel(req: http.IncomingMessage, res: http.ServerResponse) {
    const delen: Buffer[] = [];
    for await (const d of req) delen.push(d as Buffer);
    const ruw = Buffer.concat(delen).toString('utf8');
    const methode = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const args: Record<string, unknown> = {};
    if ((req.headers['content-type'] ?? '').includes('application/json'))
      Object.assign(args, JSON.parse(ruw || '{}'));
    else {
      for (const [k, v] of new URLSearchParams(ruw)) args[k] = JSON_VELDEN.has(k) ? JSON.parse(v) : v;
    }
    const stuur = (status: number, body: Record<string, unknown>, kop: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...kop });
      res.end(JSON.stringify(body));
    };
    if ((req.url ?? '').startsWith('/respond/')) {
      // response_url: no token, JSON body, Slack answers `ok`.
      this.oproepen.push({ methode: 'respond', args, antwoord: { ok: true }, resultaat: { ok: true } });
      return stuur(200, { ok: true });
    }
    const storing = this.storingen.get(methode)?.shift();
    if (storing) {
      const oproep: Oproep = { methode, args, antwoord: { ok: false, error: 'storing' } };
      this.oproepen.push(oproep);
      if ('fout' in storing) {
        oproep.antwoord.error = storing.fout;
        return stuur(200, { ok: false, error: storing.fout });
      }
      if (storing.status === 429)
        return stuur(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(storing.retryAfter) });
      return stuur(storing.status, { ok: false, error: 'internal_error' });
    }
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || String(args.token ?? '');
    const antwoord = this.antwoord(methode, args, token);
    const oproep: Oproep = {
      methode,
      args,
      antwoord: { ok: antwoord.ok === true, ...(antwoord.error ? { error: String(antwoord.error) } : {}) },
      resultaat: antwoord,
    };
    this.oproepen.push(oproep);
    if (!oproep.antwoord.ok) this.geweigerd.push(oproep);
    stuur(200, antwoord);
  }

  private antwoord(methode: string, a: Record<string, unknown>, token: string): Record<string, unknown> {
    if (token !== this.token) return { ok: false, error: 'invalid_auth' };
    const ts = () => `1700000000.${String(++this.volgnummer).padStart(6, '0')}`;
    const blokken = (schema: typeof berichtSchema) => {
      const r = schema.safeParse({ text: a.text, blocks: a.blocks });
      return r.success
        ? null
        : {
            ok: false,
            error: 'invalid_blocks',
            response_metadata: { messages: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) },
          };
    };
    const view = (schema: typeof modalSchema | typeof homeSchema) => {
      const r = schema.safeParse(a.view);
      return r.success
        ? null
        : {
            ok: false,
            error: 'invalid_arguments',
            response_metadata: { messages: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) },
          };
    };
    switch (methode) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://maatwerk.slack.com/',
          team: 'Maatwerk',
          user: 'maatwerkbot',
          team_id: 'T0MAATWERK',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'chat.postMessage': {
        const kanaal = String(a.channel ?? '');
        if (!/^[CGD][A-Z0-9]+$/.test(kanaal)) return { ok: false, error: 'channel_not_found' };
        const fout = blokken(berichtSchema);
        if (fout) return fout;
        const t = ts();
        return { ok: true, channel: kanaal, ts: t, message: { ts: t, text: a.text } };
      }
      case 'chat.update': {
        const fout = blokken(berichtSchema);
        if (fout) return fout;
        return { ok: true, channel: a.channel, ts: a.ts };
      }
      case 'chat.postEphemeral':
        if (!/^[CGD][A-Z0-9]+$/.test(String(a.channel ?? '')))
          return { ok: false, error: 'channel_not_found' };
        return { ok: true, message_ts: ts() };
      case 'conversations.info': {
        const k = this.kanalen.get(String(a.channel ?? ''));
        if (!k) return { ok: false, error: 'channel_not_found' };
        return {
          ok: true,
          channel: { id: a.channel, name: 'kanaal', is_channel: true, is_member: true, ...k.info },
        };
      }
      case 'conversations.members': {
        const k = this.kanalen.get(String(a.channel ?? ''));
        if (!k) return { ok: false, error: 'channel_not_found' };
        // Cursor pagination as Slack does it: an opaque cursor, an empty next_cursor on the last page.
        const limiet = Math.min(Number(a.limit ?? 100) || 100, 999);
        const begin = a.cursor ? Number(Buffer.from(String(a.cursor), 'base64').toString('utf8')) : 0;
        const volgende =
          begin + limiet < k.leden.length ? Buffer.from(String(begin + limiet)).toString('base64') : '';
        return {
          ok: true,
          members: k.leden.slice(begin, begin + limiet),
          response_metadata: { next_cursor: volgende },
        };
      }
      case 'users.info': {
        const id = String(a.user ?? '');
        if (!/^[UW][A-Z0-9]+$/.test(id)) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id,
            team_id: 'T0MAATWERK',
            is_restricted: false,
            is_ultra_restricted: false,
            ...this.gebruikers.get(id),
          },
        };
      }
      case 'conversations.open':
        if (!/^U[A-Z0-9]+$/.test(String(a.users ?? ''))) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${String(a.users).slice(1)}` } };
      case 'views.open':
      case 'views.push':
      case 'views.update': {
        const fout = view(modalSchema);
        if (fout) return fout;
        return { ok: true, view: { id: `V${++this.volgnummer}`, ...(a.view as object) } };
      }
      case 'views.publish': {
        const fout = view(homeSchema);
        if (fout) return fout;
        return { ok: true, view: { id: `VH${++this.volgnummer}` } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
