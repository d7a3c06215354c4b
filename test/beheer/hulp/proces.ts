// Child processes for the tests: started, read line by line, waited for by a line they print (never
// by a sleep), and killed by their own pid.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const WORTEL = fileURLToPath(new URL('../../../', import.meta.url));

export interface Kind {
  proces: ChildProcess;
  pid: number;
  /** Every line printed so far, stdout and stderr. */
  regels: string[];
  /**
   * Resolves with the `aantal`-th line (printed so far or later) that matches; rejects when the process
   * ends first.
   */
  wachtOp(patroon: RegExp, aantal?: number): Promise<string>;
  /** Resolves with the exit code (or signal) once the process has ended and been reaped. */
  einde: Promise<{ code: number | null; signaal: NodeJS.Signals | null }>;
  stop(signaal?: NodeJS.Signals): Promise<void>;
}

export function start(args: string[], env: NodeJS.ProcessEnv = {}, cwd = WORTEL): Kind {
  const proces = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const regels: string[] = [];
  const wachters: { patroon: RegExp; nog: number; klaar: (r: string) => void }[] = [];
  let rest = '';
  const lees = (stuk: Buffer) => {
    rest += stuk.toString('utf8');
    const delen = rest.split('\n');
    rest = delen.pop() ?? '';
    for (const regel of delen) {
      regels.push(regel);
      for (const w of [...wachters]) {
        if (w.patroon.test(regel) && --w.nog === 0) {
          wachters.splice(wachters.indexOf(w), 1);
          w.klaar(regel);
        }
      }
    }
  };
  proces.stdout!.on('data', lees);
  proces.stderr!.on('data', lees);
  const einde = new Promise<{ code: number | null; signaal: NodeJS.Signals | null }>((klaar) =>
    proces.once('exit', (code, signaal) => klaar({ code, signaal })),
  );
  return {
    proces,
    pid: proces.pid!,
    regels,
    einde,
    wachtOp(patroon, aantal = 1) {
      const al = regels.filter((r) => patroon.test(r));
      if (al.length >= aantal) return Promise.resolve(al[aantal - 1]!);
      return new Promise((klaar, faal) => {
        wachters.push({ patroon, nog: aantal - al.length, klaar });
        void einde.then(({ code, signaal }) =>
          faal(
            new Error(
              `proces ${proces.pid} eindigde (${code ?? signaal}) zonder ${patroon}:\n${regels.join('\n')}`,
            ),
          ),
        );
      });
    },
    async stop(signaal = 'SIGTERM') {
      if (proces.exitCode === null && proces.signalCode === null) proces.kill(signaal);
      await einde;
    },
  };
}

/** `node bin/maatwerkbot.mjs <args>`: the real command line, from any directory. */
export const maatwerkbot = (...args: string[]) => [`${WORTEL}bin/maatwerkbot.mjs`, ...args];

/** The port from the server's start line (pino JSON, `adres`: http://host:port). */
export const poortUit = (regel: string) =>
  Number(new URL((JSON.parse(regel) as { adres: string }).adres).port);

/** `node --import tsx <script> …`: a TypeScript helper as its own process. */
export const tsx = (script: string, ...args: string[]) => ['--import', 'tsx', script, ...args];
