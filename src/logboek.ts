// Structured logs (pino). Casus free text never reaches a log line: callers log ids, references and
// codes only, the redaction below is the safety net for fields that must never appear, and errors pass
// through `veiligeFout` (the rule is written there). JSON lines in production; readable lines (pino-pretty)
// in a terminal or with LOG_FORMAT=pretty.
import { createRequire } from 'node:module';
import pino from 'pino';
import { isDomeinFout } from './domain/fouten.ts';

export const VRIJE_TEKST_VELDEN = [
  'situatie',
  'titel',
  'gevraagdeOplossing',
  'kostenNietsDoenToelichting',
  'betrokkenheidToelichting',
  'toestemmingAfweging',
  'knelpuntVrij',
  'reden',
  'voorwaarden',
  'waarom',
  'hoe',
  'verwijzing',
  'vraag',
  'antwoord',
  'tekst',
  'text',
];

export type LogFormaat = 'json' | 'pretty';

const WEG = '[weggelaten]';
const MAX_BERICHT = 500;
const MAX_STACK = 4000;

/** Quoted fragments: how libraries echo a value they could not use ("…", '…', `…`, “…”, ‘…’, «…»). */
const GECITEERD = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|`[^`\n]*`|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»/g;

/** A library's own log text with the values it quotes left out (Bolt: "Malformed request body: …"). */
export const zonderCitaten = (tekst: string, max = MAX_BERICHT) =>
  tekst.replace(GECITEERD, WEG).slice(0, max);

/** The stack's frames only: its first line repeats the message. */
const frames = (stack: unknown) =>
  typeof stack === 'string'
    ? stack
        .split('\n')
        .filter((r) => r.startsWith('    at '))
        .join('\n')
        .slice(0, MAX_STACK)
    : undefined;

const isFoutAchtig = (x: unknown): x is Error & Record<string, unknown> =>
  x instanceof Error ||
  (typeof x === 'object' && x !== null && typeof (x as { message?: unknown }).message === 'string');

const soortVan = (f: Error) =>
  f.constructor?.name && f.constructor.name !== 'Object' ? f.constructor.name : f.name;

/**
 * An error as it may appear in a log line. The rule: what an error says about the code (its type, code and
 * stack frames) is logged; what it may say about the user's input is not.
 * - A DomeinFout: its code and the names of the fields, never its message (the privacy gate's and the
 *   validation's messages are about the user's text; suggestions with that text live in `velden`).
 * - Errors whose message echoes their input by design: zod (issue paths and codes only), Prisma (code and
 *   model; a validation error prints the whole call with its data), PostgreSQL (SQLSTATE and constraint;
 *   `detail` repeats the values), SyntaxError (JSON.parse quotes the text): frames, no message.
 * - Any other error: message and stack with every quoted fragment replaced, since that is how libraries
 *   echo a value; plus `code`, and the Slack Web API's error code. Causes follow the same rule.
 * - Something thrown that is not an error (a string) is logged by its type only.
 * Code that throws an error about a user's text throws a DomeinFout; that is what keeps this rule enough.
 */
export function veiligeFout(fout: unknown, diepte = 0): Record<string, unknown> {
  if (!isFoutAchtig(fout)) return { type: typeof fout, bericht: WEG };
  const type = soortVan(fout);
  const code = typeof fout.code === 'string' || typeof fout.code === 'number' ? fout.code : undefined;
  let uit: Record<string, unknown>;
  if (isDomeinFout(fout)) {
    uit = { type, ...fout.voorLog() };
  } else if (type === 'ZodError' || type === '$ZodError' || Array.isArray(fout.issues)) {
    const issues = (fout.issues as { path?: unknown[]; code?: string }[] | undefined) ?? [];
    uit = {
      type,
      issues: issues.slice(0, 20).map((i) => ({ pad: (i.path ?? []).map(String).join('.'), code: i.code })),
      stack: frames(fout.stack),
    };
  } else if (type.startsWith('PrismaClient')) {
    const meta = (fout.meta ?? {}) as { modelName?: unknown; target?: unknown; code?: unknown };
    uit = {
      type,
      code,
      model: meta.modelName,
      doel: meta.target,
      dbCode: meta.code,
      stack: frames(fout.stack),
    };
  } else if (typeof fout.severity === 'string' && typeof fout.routine === 'string') {
    // node-postgres' DatabaseError: a server error with its SQLSTATE.
    uit = { type, code, constraint: fout.constraint, tabel: fout.table, stack: frames(fout.stack) };
  } else if (fout instanceof SyntaxError) {
    uit = { type, stack: frames(fout.stack) };
  } else {
    const slack = (fout.data as { error?: unknown } | undefined)?.error;
    uit = {
      type,
      message: zonderCitaten(fout.message, MAX_BERICHT),
      stack: typeof fout.stack === 'string' ? zonderCitaten(fout.stack, MAX_STACK) : undefined,
      code,
      ...(typeof slack === 'string' ? { slack: slack.slice(0, 100) } : {}),
    };
  }
  if (diepte < 3 && fout.cause !== undefined) uit.cause = veiligeFout(fout.cause, diepte + 1);
  if (diepte < 3 && Array.isArray(fout.errors))
    uit.errors = fout.errors.slice(0, 5).map((e: unknown) => veiligeFout(e, diepte + 1));
  return uit;
}

const vereist = createRequire(import.meta.url);

/**
 * pino-pretty, loaded only when asked for (JSON in production pays nothing for it), and used as a plain
 * formatter: each line is written at once, like JSON lines, so nothing is lost at exit.
 */
function leesbaar(bestemming?: pino.DestinationStream): pino.DestinationStream {
  const { prettyFactory } = vereist('pino-pretty') as {
    prettyFactory: (o: Record<string, unknown>) => (regel: string) => string;
  };
  const opmaak = prettyFactory({
    colorize: !bestemming && process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,app',
  });
  const uit = bestemming ?? pino.destination({ dest: 1, sync: true });
  return { write: (regel: string) => uit.write(opmaak(regel)) };
}

/** LOG_FORMAT when set; else readable in a terminal, JSON when stdout is a pipe or a file. */
export function logFormaat(ingesteld?: LogFormaat): LogFormaat {
  return ingesteld ?? (process.stdout.isTTY ? 'pretty' : 'json');
}

export function maakLogboek(
  niveau = 'info',
  bestemming?: pino.DestinationStream,
  formaat: LogFormaat = 'json',
) {
  const paden = VRIJE_TEKST_VELDEN.flatMap((v) => [v, `*.${v}`, `*.*.${v}`]);
  return pino(
    {
      level: niveau,
      redact: { paths: paden, censor: WEG },
      base: { app: 'maatwerkbot' },
      // `fout` is also where callers put an error's name or a platform's error code: strings pass, without
      // what they quote.
      serializers: {
        err: veiligeFout,
        error: veiligeFout,
        fout: (f: unknown) =>
          typeof f === 'object' && f !== null ? veiligeFout(f) : typeof f === 'string' ? zonderCitaten(f) : f,
      },
    },
    formaat === 'pretty' ? leesbaar(bestemming) : bestemming,
  );
}

export type Logboek = ReturnType<typeof maakLogboek>;
