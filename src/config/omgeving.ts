// The environment, parsed once with zod. Everything is optional: without platform credentials the
// server still starts and says what is missing. Whether the platform variables that are set belong
// together is judged at start-up (platformen.ts), so that other commands are not refused for them.
import { z } from '../domain/validatie.ts';
import type { Sleutel } from '../taal/catalogus.ts';
import type { Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';

const LOKAAL = new Set(['localhost', '127.0.0.1', '[::1]']);

const leegIsWeg = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optioneel = <T extends z.ZodType>(s: T) => z.preprocess(leegIsWeg, s.optional());

/** The schema with its sentences in `taal`: a refused setting is named in the administrator's language. */
function maakOmgevingSchema(taal: Taal) {
  const zin = (sleutel: Sleutel, naam: string) => tekst(taal, sleutel, { naam });
  const poort = zin('instellingen.omgeving.poort', 'MAATWERKBOT_METRICS_PORT');
  const seconden = zin('instellingen.omgeving.seconden', 'MAATWERKBOT_GEREED_OUTBOX_SECONDEN');
  const onbezorgbaar = zin('instellingen.omgeving.onbezorgbaar', 'MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN');
  const parallel = zin('instellingen.omgeving.parallel', 'MAATWERKBOT_PLANNER_PARALLEL');
  const anker = zin('instellingen.omgeving.minuten', 'MAATWERKBOT_AUDIT_ANKER_MINUTEN');
  const ongeketend = zin('instellingen.omgeving.minuten', 'MAATWERKBOT_AUDIT_ONGEKETEND_MAX_MINUTEN');
  return z.object({
    PORT: z.preprocess(leegIsWeg, z.coerce.number().int().min(0).max(65535).default(3978)),
    /**
     * The address to listen on. Loopback by default: the expected production set-up has a reverse proxy
     * (TLS) on the same machine in front; set 0.0.0.0 when the proxy or load balancer is elsewhere.
     */
    HOST: z.preprocess(leegIsWeg, z.string().default('127.0.0.1')),
    DATABASE_URL: optioneel(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: zin('instellingen.omgeving.postgres', 'DATABASE_URL') }),
    ),
    MAATWERKBOT_DATA_DIR: z.preprocess(leegIsWeg, z.string().default('data/pglite')),
    MAATWERKBOT_CONFIG: optioneel(z.string()),
    LOG_LEVEL: z.preprocess(
      leegIsWeg,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    /** `json` (one object per line) or `pretty` (readable); default pretty in a terminal, json otherwise. */
    LOG_FORMAT: optioneel(
      z.enum(['json', 'pretty'], { error: zin('instellingen.omgeving.log_format', 'LOG_FORMAT') }),
    ),
    /** Prometheus metrics on a port of their own (on MAATWERKBOT_METRICS_HOST); off when unset. */
    MAATWERKBOT_METRICS_PORT: optioneel(
      z.coerce
        .number({ error: poort })
        .int({ error: poort })
        .min(0, { error: poort })
        .max(65535, { error: poort }),
    ),
    MAATWERKBOT_METRICS_HOST: z.preprocess(leegIsWeg, z.string().default('127.0.0.1')),
    /** With it, /metrics on the main port too, for `Authorization: Bearer <token>` only. */
    MAATWERKBOT_METRICS_TOKEN: optioneel(
      z.string().min(16, { error: zin('instellingen.omgeving.token', 'MAATWERKBOT_METRICS_TOKEN') }),
    ),
    /** /readyz fails when a due outbox message waited this long unclaimed (seconds; 0: not checked). */
    MAATWERKBOT_GEREED_OUTBOX_SECONDEN: z.preprocess(
      leegIsWeg,
      z.coerce.number({ error: seconden }).int({ error: seconden }).min(0, { error: seconden }).default(300),
    ),
    /** A message for a platform no process serves ends as 'onbezorgbaar' after this many minutes unclaimed. */
    MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN: z.preprocess(
      leegIsWeg,
      z.coerce
        .number({ error: onbezorgbaar })
        .int({ error: onbezorgbaar })
        .min(1, { error: onbezorgbaar })
        .max(10080, { error: onbezorgbaar })
        .default(15),
    ),
    SLACK_SIGNING_SECRET: optioneel(z.string()),
    SLACK_BOT_TOKEN: optioneel(
      z.string().regex(/^xoxb-/, { error: zin('instellingen.omgeving.xoxb', 'SLACK_BOT_TOKEN') }),
    ),
    SLACK_APP_TOKEN: optioneel(
      z.string().regex(/^xapp-/, { error: zin('instellingen.omgeving.xapp', 'SLACK_APP_TOKEN') }),
    ),
    SLACK_API_URL: optioneel(z.url()),
    MICROSOFT_APP_ID: optioneel(z.string()),
    MICROSOFT_APP_PASSWORD: optioneel(z.string()),
    MICROSOFT_APP_TENANT_ID: optioneel(z.string()),
    /** `1`: Teams without an app id, unauthenticated, for the Bot Framework Emulator on this machine only. */
    MAATWERKBOT_TEAMS_EMULATOR: z.preprocess(
      leegIsWeg,
      z
        .enum(['0', '1'], { error: zin('instellingen.omgeving.emulator', 'MAATWERKBOT_TEAMS_EMULATOR') })
        .default('0')
        .transform((v) => v === '1'),
    ),
    /**
     * The address at which Teams (and its users) reach this server, e.g. https://bot.utrecht.nl: cards show
     * the monthly report's chart from there. Without it, the bot's domain of the Teams package is used.
     */
    MAATWERKBOT_PUBLIEKE_URL: optioneel(
      z
        .url({ error: zin('instellingen.omgeving.adres', 'MAATWERKBOT_PUBLIEKE_URL') })
        // zod runs these after a failed url check too: only judge what parses.
        .refine(
          (u) => {
            const url = URL.canParse(u) ? new URL(u) : null;
            return (
              !url || url.protocol === 'https:' || (url.protocol === 'http:' && LOKAAL.has(url.hostname))
            );
          },
          { error: zin('instellingen.omgeving.https', 'MAATWERKBOT_PUBLIEKE_URL') },
        )
        .refine((u) => !URL.canParse(u) || (!new URL(u).search && !new URL(u).hash), {
          error: zin('instellingen.omgeving.zonder_vraagteken', 'MAATWERKBOT_PUBLIEKE_URL'),
        }),
    ),
    /** The bot's public domain, as for `npm run teams:pakket`; https://<BOT_DOMAIN> when no public URL is set. */
    BOT_DOMAIN: optioneel(z.string()),
    /**
     * Batches of due jobs the scheduler works on at once (each on its own connection); default 2 on
     * PostgreSQL, 1 on PGlite (one connection). See bench/scheduler and the README for what to choose.
     */
    MAATWERKBOT_PLANNER_PARALLEL: optioneel(
      z.coerce
        .number({ error: parallel })
        .int({ error: parallel })
        .min(1, { error: parallel })
        .max(32, { error: parallel }),
    ),
    /**
     * The key that signs the audit chain's checkpoints (at least 32 characters), or a file holding it. Keep
     * it away from the database and its backups: see README, "Auditspoor". Without either, a key file is
     * created next to the data directory (with a warning).
     */
    MAATWERKBOT_AUDIT_SLEUTEL: optioneel(
      z.string().min(32, { error: zin('instellingen.omgeving.auditsleutel', 'MAATWERKBOT_AUDIT_SLEUTEL') }),
    ),
    MAATWERKBOT_AUDIT_SLEUTELBESTAND: optioneel(z.string()),
    /** The append-only file of signed checkpoints (default next to the data directory). */
    MAATWERKBOT_AUDIT_ANKERBESTAND: optioneel(z.string()),
    /** Minutes between checkpoints (also written at shutdown). */
    MAATWERKBOT_AUDIT_ANKER_MINUTEN: z.preprocess(
      leegIsWeg,
      z.coerce.number({ error: anker }).min(1, { error: anker }).max(1440, { error: anker }).default(5),
    ),
    /** `audit verifieer` fails when an event has waited longer than this for its place in the chain. */
    MAATWERKBOT_AUDIT_ONGEKETEND_MAX_MINUTEN: z.preprocess(
      leegIsWeg,
      z.coerce
        .number({ error: ongeketend })
        .min(1, { error: ongeketend })
        .max(1440, { error: ongeketend })
        .default(5),
    ),
    /** Seconds between scheduler ticks. */
    MAATWERKBOT_TIK_SECONDEN: z.preprocess(leegIsWeg, z.coerce.number().int().min(1).max(3600).default(5)),
  });
}

export const omgevingSchema = maakOmgevingSchema('nl');

export type Omgeving = z.infer<typeof omgevingSchema>;

const schemas = new Map<Taal, typeof omgevingSchema>([['nl', omgevingSchema]]);

/** The environment parsed; a refused setting throws a ZodError whose messages are in `taal`. */
export function leesOmgeving(env: NodeJS.ProcessEnv = process.env, taal: Taal = 'nl'): Omgeving {
  let schema = schemas.get(taal);
  if (!schema) {
    schema = maakOmgevingSchema(taal);
    schemas.set(taal, schema);
  }
  return schema.parse(env);
}

export function databaseKeuze(o: Omgeving) {
  return o.DATABASE_URL
    ? ({ soort: 'postgres', url: o.DATABASE_URL } as const)
    : ({ soort: 'pglite', dataMap: o.MAATWERKBOT_DATA_DIR } as const);
}

/**
 * The base URL for links to this server (with a trailing slash), or undefined when none is configured.
 * BOT_DOMAIN is read as the package script reads it: a scheme or path around the domain is dropped.
 */
export function publiekeUrl(o: Omgeving): string | undefined {
  if (o.MAATWERKBOT_PUBLIEKE_URL)
    return o.MAATWERKBOT_PUBLIEKE_URL.endsWith('/')
      ? o.MAATWERKBOT_PUBLIEKE_URL
      : `${o.MAATWERKBOT_PUBLIEKE_URL}/`;
  const domein = o.BOT_DOMAIN?.trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  return domein ? `https://${domein}/` : undefined;
}
