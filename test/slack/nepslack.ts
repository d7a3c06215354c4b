// A local fake of Slack's Web API: records every call, answers like Slack, and refuses what Slack refuses
// (a payload over the Block Kit limits, an unknown token). Faults can be queued per method.
// File uploads follow Slack's external flow: files.getUploadURLExternal hands out an upload URL on this
// fake itself, a POST there stores the bytes (fault queue 'upload'), and files.completeUploadExternal
// shares them, once, and only for files whose bytes arrived.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { berichtSchema, homeSchema, modalSchema } from '../../adapters/slack/blockkit.ts';
import { wachtTot } from '../helpers/wachten.ts';

/** How long a test waits for a call before it fails with the list of calls that did come. */
const WACHT_MS = 45_000;
export interface Oproep {
  methode: string;
  args: Record<string, unknown>;
  /** What we answered: ok or the error code. */
  antwoord: { ok: boolean; error?: string };
  resultaat?: Record<string, unknown>;
}

export type Storing = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { fout: string };

/** A file as the fake holds it, from getUploadURLExternal to its share in a channel. */
export interface NepBestand {
  id: string;
  naam: string;
  /** The length announced to getUploadURLExternal. */
  lengte: number;
  altTekst?: string;
  /** What was POSTed to the upload URL. */
  bytes?: Buffer;
  /** Whether that POST carried the bot token. */
  metToken?: boolean;
  gedeeld?: { kanaal: string; titel?: string; opmerking?: string; draad?: string; ts: string };
}

const JSON_VELDEN = new Set(['blocks', 'view', 'attachments', 'metadata', 'files']);

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
  private readonly nieuweOproep = new EventEmitter().setMaxListeners(0);
  readonly geweigerd: Oproep[] = [];
  /** Every file announced, by file id. */
  readonly bestanden = new Map<string, NepBestand>();
  /** Upload URL path → file id. */
  private uploads = new Map<string, string>();
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

  /** Files shared in a channel (completeUploadExternal), in the order they were shared. */
  gedeeldeBestanden(): (NepBestand & { bytes: Buffer; gedeeld: NonNullable<NepBestand['gedeeld']> })[] {
    return [...this.bestanden.values()]
      .filter((b): b is NepBestand & { bytes: Buffer; gedeeld: NonNullable<NepBestand['gedeeld']> } =>
        Boolean(b.gedeeld && b.bytes),
      )
      .sort((a, b) => a.gedeeld.ts.localeCompare(b.gedeeld.ts));
  }

  van(methode: string): Oproep[] {
    return this.oproepen.filter((o) => o.methode === methode && o.antwoord.ok);
  }

  /**
   * Waits until a call matching the predicate has come in (listeners call Slack after the ack). The bound
   * only turns a missing call into a readable failure before the test's own timeout; it is no deadline
   * the code under test has to meet, so a slow machine waits longer instead of failing.
   */
  wachtOp(methode: string, past: (o: Oproep) => boolean = () => true, ms = WACHT_MS): Promise<Oproep> {
    return this.wacht(
      () => this.oproepen.find((o) => o.methode === methode && past(o)),
      ms,
      `geen ${methode}`,
    );
  }

  /** Waits for the n-th (0-based) successful call of `methode`. */
  wachtOpNde(methode: string, n: number, ms = WACHT_MS): Promise<Oproep> {
    return this.wacht(() => this.van(methode)[n], ms, `geen ${methode} nr. ${n + 1}`);
  }

  private wacht(zoek: () => Oproep | undefined, ms: number, wat: string): Promise<Oproep> {
    return wachtTot(
      this.nieuweOproep,
      'oproep',
      zoek,
      ms,
      () =>
        new Error(
          `${wat} binnen ${ms} ms; wel: ${this.oproepen.map((o) => `${o.methode}(${o.antwoord.error ?? 'ok'})`).join(', ')}`,
        ),
    );
  }

  private async behandel(req: http.IncomingMessage, res: http.ServerResponse) {
    const delen: Buffer[] = [];
    for await (const d of req) delen.push(d as Buffer);
    if ((req.url ?? '').startsWith('/upload/')) return this.upload(req, res, Buffer.concat(delen));
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
      this.nieuweOproep.emit('oproep');
      return stuur(200, { ok: true });
    }
    const storing = this.storingen.get(methode)?.shift();
    if (storing) {
      const oproep: Oproep = { methode, args, antwoord: { ok: false, error: 'storing' } };
      this.oproepen.push(oproep);
      this.nieuweOproep.emit('oproep');
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
    this.nieuweOproep.emit('oproep');
    if (!oproep.antwoord.ok) this.geweigerd.push(oproep);
    stuur(200, antwoord);
  }

  /** The upload URL: raw bytes or multipart/form-data, as Slack accepts both; answers like Slack, "OK - <n>". */
  private async upload(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) {
    const tekst = (status: number, t: string) => {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(t);
    };
    const pad = (req.url ?? '').split('?')[0]!;
    const id = this.uploads.get(pad);
    const storing = this.storingen.get('upload')?.shift();
    const oproep: Oproep = {
      methode: 'upload',
      args: { file_id: id, bytes: body.length },
      antwoord: { ok: true },
    };
    this.oproepen.push(oproep);
    this.nieuweOproep.emit('oproep');
    if (storing) {
      oproep.antwoord = { ok: false, error: 'storing' };
      if ('fout' in storing) return tekst(400, storing.fout);
      res.writeHead(storing.status, {
        'content-type': 'text/plain',
        ...('retryAfter' in storing ? { 'retry-after': String(storing.retryAfter) } : {}),
      });
      return res.end('storing');
    }
    const bestand = id ? this.bestanden.get(id) : undefined;
    if (req.method !== 'POST' || !bestand) {
      oproep.antwoord = { ok: false, error: 'niet_gevonden' };
      return tekst(404, 'Not Found');
    }
    let bytes = body;
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const formulier = await new Response(new Uint8Array(body), {
        headers: { 'content-type': type },
      }).formData();
      const deel = [...formulier.values()].find((w) => typeof w !== 'string');
      if (!deel || typeof deel === 'string') {
        oproep.antwoord = { ok: false, error: 'geen_bestand' };
        return tekst(400, 'no file');
      }
      bytes = Buffer.from(await deel.arrayBuffer());
    }
    // Stricter than documented, on purpose: a body of another length than announced is a client bug.
    if (bytes.length !== bestand.lengte) {
      oproep.antwoord = { ok: false, error: 'lengte_verschilt' };
      return tekst(400, `length mismatch: announced ${bestand.lengte}, got ${bytes.length}`);
    }
    bestand.bytes = bytes;
    bestand.metToken = (req.headers.authorization ?? '') === `Bearer ${this.token}`;
    tekst(200, `OK - ${bytes.length}`);
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
      case 'files.getUploadURLExternal': {
        const lengte = Number(a.length);
        if (
          typeof a.filename !== 'string' ||
          a.filename.trim() === '' ||
          !Number.isInteger(lengte) ||
          lengte < 1
        )
          return { ok: false, error: 'invalid_arguments' };
        const id = `F0${String(++this.volgnummer).padStart(8, '0')}`;
        const pad = `/upload/v1/${randomBytes(12).toString('hex')}`;
        this.uploads.set(pad, id);
        const alt = a.alt_txt ?? a.alt_text;
        this.bestanden.set(id, {
          id,
          naam: a.filename,
          lengte,
          ...(typeof alt === 'string' ? { altTekst: alt } : {}),
        });
        return { ok: true, upload_url: `http://127.0.0.1:${this.poort}${pad}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const lijst = a.files;
        if (!Array.isArray(lijst) || lijst.length === 0) return { ok: false, error: 'invalid_arguments' };
        const kanaal = a.channel_id === undefined ? undefined : String(a.channel_id);
        if (kanaal !== undefined && !/^[CGD][A-Z0-9]+$/.test(kanaal))
          return { ok: false, error: 'channel_not_found' };
        const bestanden = lijst.map((f) => this.bestanden.get(String((f as { id?: unknown })?.id)));
        // Unknown ids, files whose bytes never arrived, and a second completion of the same file.
        if (bestanden.some((b) => !b?.bytes || b.gedeeld)) return { ok: false, error: 'file_not_found' };
        const t = ts();
        return {
          ok: true,
          files: bestanden.map((b, i) => {
            const titel = (lijst[i] as { title?: unknown }).title;
            b!.gedeeld = {
              kanaal: kanaal ?? '',
              ts: t,
              ...(typeof titel === 'string' ? { titel } : {}),
              ...(typeof a.initial_comment === 'string' ? { opmerking: a.initial_comment } : {}),
              ...(typeof a.thread_ts === 'string' ? { draad: a.thread_ts } : {}),
            };
            return {
              id: b!.id,
              name: b!.naam,
              title: typeof titel === 'string' ? titel : b!.naam,
              mimetype: b!.naam.endsWith('.png') ? 'image/png' : 'application/octet-stream',
              size: b!.bytes!.length,
              shares: kanaal
                ? { [kanaal.startsWith('C') ? 'public' : 'private']: { [kanaal]: [{ ts: t }] } }
                : {},
            };
          }),
        };
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
