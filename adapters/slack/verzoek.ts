// The gate in front of Bolt on /slack/events. Bolt answers some bad requests with a 500, a 404 after
// three seconds (nothing acked), or accepts a timestamp from the future; here every request is read
// with a size limit, authenticated (signature, and a timestamp at most five minutes off either way),
// parsed, and checked to be one a listener will answer. What fails gets its status and a Dutch reason
// at once; what passes goes to Bolt with the body already read. This gate is the one signature check:
// Bolt's receiver is reachable only through it (adapters/slack/index.ts), so Bolt's own is switched off
// rather than computing the same HMAC twice inside every ack.
import type { IncomingMessage } from 'node:http';
import { type App, verifySlackRequest } from '@slack/bolt';
import { z } from '../../src/domain/validatie.ts';
import { leesLichaam, mediatype } from '../../src/http/lichaam.ts';
import type { Sleutel } from '../../src/taal/catalogus.ts';
import { tekst, type Waarden } from '../../src/taal/tekst.ts';
import {
  actieSchema,
  berichtShortcutSchema,
  commandoSchema,
  shortcutSchema,
  viewSchema,
} from './payloads.ts';

/** Slack's own payloads stay far below this; a modal with long texts in every field included. */
export const MAX_SLACK_BYTES = 1024 * 1024;
/** Slack's advice: refuse requests whose timestamp is more than five minutes from the local clock. */
export const MAX_KLOKVERSCHIL_S = 5 * 60;

// Listeners -----------------------------------------------------------------------------------------

type Soort = 'action' | 'view' | 'command' | 'shortcut' | 'options';
const SOORTEN: readonly Soort[] = ['action', 'view', 'command', 'shortcut', 'options'];
type Patroon = string | RegExp | Record<string, unknown>;

/**
 * What the app has listeners for, as registered: so that a request no listener would ack is refused
 * here at once, instead of Bolt answering 404 after three seconds.
 */
export class SlackLuisteraars {
  private readonly patronen = new Map<Soort, Patroon[]>(SOORTEN.map((s) => [s, []]));

  neem(soort: Soort, patroon: unknown): void {
    if (typeof patroon === 'string' || patroon instanceof RegExp) this.patronen.get(soort)!.push(patroon);
    else if (patroon && typeof patroon === 'object') this.patronen.get(soort)!.push(patroon as Patroon);
  }

  /** Whether a listener of this kind matches the id (action_id, callback_id or command). */
  kent(soort: Soort, id: string, type?: string): boolean {
    const past = (p: unknown, waarde: string) =>
      p === undefined || (p instanceof RegExp ? p.test(waarde) : p === waarde);
    return this.patronen.get(soort)!.some((p) => {
      if (typeof p === 'string' || p instanceof RegExp)
        return past(p, id) && (soort !== 'view' || type !== 'view_closed');
      const sleutel = soort === 'action' ? p.action_id : soort === 'command' ? p.command : p.callback_id;
      return past(sleutel, id) && (p.type === undefined || p.type === type);
    });
  }
}

/** The app as the listeners see it, recording the constraint of every listener they register. */
export function metRegister(app: App, luisteraars: SlackLuisteraars): App {
  return new Proxy(app, {
    get(doel, sleutel) {
      const waarde = Reflect.get(doel, sleutel, doel) as unknown;
      if (typeof waarde !== 'function') return waarde;
      if (typeof sleutel === 'string' && (SOORTEN as readonly string[]).includes(sleutel))
        return (...args: unknown[]) => {
          luisteraars.neem(sleutel as Soort, args[0]);
          return (waarde as (...a: unknown[]) => unknown).apply(doel, args);
        };
      return (waarde as (...a: unknown[]) => unknown).bind(doel);
    },
  });
}

// The gate --------------------------------------------------------------------------------------------

export type Oordeel = { ok: true; ruw: Buffer } | { ok: false; status: 400 | 401 | 413 | 415; fout: string };

/** A refusal is read by the administrator debugging a request, in Dutch like the logs. */
const beheerder = (sleutel: Sleutel, waarden?: Waarden) => tekst('nl', sleutel, waarden);

const weiger = <S extends 400 | 401 | 413 | 415>(status: S, fout: string) => ({
  ok: false as const,
  status,
  fout,
});

/** The first few zod issues as one readable line: "view: verplicht veld ontbreekt". */
function waarom(fout: z.ZodError): string {
  return fout.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(verzoek)'}: ${i.message}`)
    .join('; ');
}

const FORMULIER = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const gebeurtenisSchema = z.looseObject({
  type: z.literal('event_callback'),
  event: z.looseObject({ type: z.string().min(1).max(100) }),
});
const verificatieSchema = z.looseObject({
  type: z.literal('url_verification'),
  challenge: z.string().max(200),
});

/** Which request this is, whether its shape is one our listeners read, and whether one listens. */
function keurInhoud(body: Record<string, unknown>, luisteraars: SlackLuisteraars): string | null {
  const ongeldig = (s: z.ZodType) => {
    const r = s.safeParse(body);
    return r.success ? null : beheerder('verbinding.slack.onleesbaar', { reden: waarom(r.error) });
  };
  if (typeof body.command === 'string') {
    const fout = ongeldig(commandoSchema);
    if (fout) return fout;
    return luisteraars.kent('command', body.command)
      ? null
      : beheerder('verbinding.slack.onbekend_commando', { commando: body.command.slice(0, 40) });
  }
  switch (body.type) {
    case 'url_verification':
      return ongeldig(verificatieSchema);
    case 'event_callback':
      return ongeldig(gebeurtenisSchema);
    case 'block_actions': {
      const fout = ongeldig(actieSchema);
      if (fout) return fout;
      const acties = body.actions as { action_id: string }[];
      return acties.some((a) => luisteraars.kent('action', a.action_id))
        ? null
        : beheerder('verbinding.slack.onbekende_actie');
    }
    case 'view_submission':
    case 'view_closed': {
      const fout = ongeldig(
        body.type === 'view_submission' ? viewSchema : viewSchema.extend({ type: z.literal('view_closed') }),
      );
      if (fout) return fout;
      const view = body.view as { callback_id: string };
      return luisteraars.kent('view', view.callback_id, body.type)
        ? null
        : beheerder('verbinding.slack.onbekend_formulier');
    }
    case 'shortcut':
    case 'message_action': {
      const fout = ongeldig(body.type === 'shortcut' ? shortcutSchema : berichtShortcutSchema);
      if (fout) return fout;
      return luisteraars.kent('shortcut', String(body.callback_id))
        ? null
        : beheerder('verbinding.slack.onbekende_snelkoppeling');
    }
    default:
      return typeof body.type === 'string'
        ? beheerder('verbinding.slack.onbekende_soort', { soort: body.type.slice(0, 40) })
        : beheerder('verbinding.slack.type_ontbreekt');
  }
}

function leesInhoud(ruw: Buffer, type: string): Record<string, unknown> | string {
  const tekst = ruw.toString('utf8');
  let waarde: unknown;
  if (type === FORMULIER) {
    const velden = new URLSearchParams(tekst);
    const payload = velden.get('payload');
    if (payload === null) return Object.fromEntries(velden);
    try {
      waarde = JSON.parse(payload);
    } catch {
      return beheerder('verbinding.slack.payload_geen_json');
    }
  } else {
    try {
      waarde = JSON.parse(tekst);
    } catch {
      return beheerder('verbinding.slack.geen_json');
    }
  }
  return waarde && typeof waarde === 'object' && !Array.isArray(waarde)
    ? (waarde as Record<string, unknown>)
    : beheerder('verbinding.slack.geen_object');
}

function kop(req: IncomingMessage, naam: string): string | undefined {
  const waarde = req.headers[naam];
  return typeof waarde === 'string' ? waarde : undefined;
}

export async function keurSlackVerzoek(
  req: IncomingMessage,
  opties: { signingSecret: string; luisteraars: SlackLuisteraars; nuMs?: () => number },
): Promise<Oordeel> {
  const lichaam = await leesLichaam(req, MAX_SLACK_BYTES);
  if (!lichaam.ok) return weiger(lichaam.status, lichaam.fout);
  const { ruw } = lichaam;
  const type = mediatype(req);
  // Slack's SSL check is unsigned by design: Bolt answers it; nothing smuggled along reaches Bolt.
  if (
    type === FORMULIER &&
    ruw.includes('ssl_check=') &&
    new URLSearchParams(ruw.toString('utf8')).get('ssl_check') === '1'
  )
    return { ok: true, ruw: Buffer.from('ssl_check=1') };

  const handtekening = kop(req, 'x-slack-signature');
  const tijdstempel = kop(req, 'x-slack-request-timestamp');
  if (!handtekening || !tijdstempel) return weiger(401, beheerder('verbinding.slack.niet_ondertekend'));
  if (!/^\d{1,12}$/.test(tijdstempel)) return weiger(401, beheerder('verbinding.slack.ongeldig_tijdstempel'));
  const nuMs = opties.nuMs?.() ?? Date.now();
  if (Math.abs(Math.floor(nuMs / 1000) - Number(tijdstempel)) > MAX_KLOKVERSCHIL_S)
    return weiger(401, beheerder('verbinding.slack.klokverschil', { minuten: MAX_KLOKVERSCHIL_S / 60 }));
  try {
    verifySlackRequest({
      signingSecret: opties.signingSecret,
      body: ruw.toString('utf8'),
      headers: { 'x-slack-signature': handtekening, 'x-slack-request-timestamp': Number(tijdstempel) },
      nowMilliseconds: nuMs,
    });
  } catch {
    return weiger(401, beheerder('verbinding.slack.handtekening'));
  }

  if (ruw.length === 0) return weiger(400, beheerder('verbinding.slack.leeg'));
  if (type !== FORMULIER && type !== JSON_TYPE)
    return weiger(415, beheerder('verbinding.slack.inhoudstype', { formulier: FORMULIER, json: JSON_TYPE }));
  const inhoud = leesInhoud(ruw, type);
  if (typeof inhoud === 'string') return weiger(400, inhoud);
  const fout = keurInhoud(inhoud, opties.luisteraars);
  return fout ? weiger(400, fout) : { ok: true, ruw };
}
