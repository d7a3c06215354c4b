// `maatwerkbot start` (and `npm start`): the server until SIGINT or SIGTERM. A start-up failure is one
// line on stderr, in the terminal's language, with what to do and its own exit code (src/opstart/afsluitcodes.ts); the stack
// only with LOG_LEVEL=debug.
import { leesOmgeving, type Omgeving } from '../config/omgeving.ts';
import { maakLogboek, veiligeFout } from '../logboek.ts';
import { AFSLUITCODE, isOpstartFout } from '../opstart/afsluitcodes.ts';
import { type Taal, taalUitOmgeving } from '../taal/taal.ts';
import { vertaler } from '../taal/tekst.ts';

function isZodFout(e: unknown): e is { issues: { path: PropertyKey[]; message: string }[] } {
  return !!e && typeof e === 'object' && Array.isArray((e as { issues?: unknown }).issues);
}

/** The stack of an error and of its causes, for LOG_LEVEL=debug. */
function stapel(e: unknown, taal: Taal): string {
  const regels: string[] = [];
  for (let f: unknown = e, diepte = 0; f && diepte < 5; f = (f as { cause?: unknown }).cause, diepte++)
    regels.push(f instanceof Error ? (f.stack ?? String(f)) : String(f));
  return regels.join(`\n${vertaler(taal)('cli.start.veroorzaakt_door')}`);
}

export async function start(
  fout: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv = process.env,
  wachtOpStop: () => Promise<void> = wachtOpSignaal,
  taal: Taal = taalUitOmgeving(env),
): Promise<number> {
  const t = vertaler(taal);
  let omgeving: Omgeving;
  try {
    omgeving = leesOmgeving(env, taal);
  } catch (e) {
    if (!isZodFout(e)) throw e;
    const wat = e.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
    fout.write(`${t('cli.start.ongeldige_instelling', { wat })}\n`);
    return AFSLUITCODE.configuratie;
  }
  const debug = omgeving.LOG_LEVEL === 'debug' || omgeving.LOG_LEVEL === 'trace';
  const log = maakLogboek(omgeving.LOG_LEVEL);
  // Listening for SIGTERM before the server starts: a stop asked for during start-up (systemd, a test
  // that saw the start line) is honoured once the server is up, instead of killing it half-way.
  const stopGevraagd = wachtOpStop();
  const { startServer } = await import('../server.ts');
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(omgeving, { log });
  } catch (e) {
    if (isOpstartFout(e)) {
      fout.write(`${e.tekst(taal)}\n`);
      if (debug) fout.write(`${stapel(e, taal)}\n`);
      return e.afsluitcode;
    }
    const { type, code, message } = veiligeFout(e);
    const bericht = typeof message === 'string' ? message.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
    const soort = [type, code].filter(Boolean).join(' ') || t('cli.start.onbekend');
    fout.write(`${t('cli.start.onverwacht', { soort, bericht: bericht ? `: ${bericht}` : '' })}\n`);
    if (debug) fout.write(`${stapel(e, taal)}\n`);
    return AFSLUITCODE.fout;
  }
  // A promise nobody awaited must not take every user's server down with it: log it and go on.
  const onafgehandeld = (reden: unknown) => log.error({ err: reden }, 'onafgehandelde fout');
  process.on('unhandledRejection', onafgehandeld);
  try {
    await stopGevraagd;
    await server.stop();
  } finally {
    process.off('unhandledRejection', onafgehandeld);
  }
  return AFSLUITCODE.klaar;
}

function wachtOpSignaal(): Promise<void> {
  return new Promise<void>((klaar) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      klaar();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
