// The `maatwerkbot` command line. Sub-commands in Dutch; every argument passes zod or commander
// validation, and a refusal explains itself in Dutch with a non-zero exit code.
import { geefDoorAanServer } from '../beheer/doorgeven.ts';
import {
  meldFout,
  nieuwProgramma,
  type Uitkomst,
  voegBeheerOpdrachtenToe,
  voegGegevensOpdrachtenToe,
} from '../beheer/opdrachten.ts';
import { lokaleWerkplek } from '../beheer/werkplek.ts';

export async function main(
  argv: string[],
  uit: NodeJS.WritableStream = process.stdout,
  fout: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const uitkomst: Uitkomst = { code: 0 };
  const programma = nieuwProgramma(uit, fout);
  const werkplek = lokaleWerkplek(uit, fout);

  programma
    .command('start')
    .description('Start de server (HTTP, Slack- en Teams-aansluitingen, planner).')
    .action(async () => {
      const { start } = await import('./start.ts');
      uitkomst.code = await start(fout);
    });

  programma
    .command('demo')
    .description('Speel een volledig scenario af op een nieuwe ingebouwde database.')
    .action(async () => {
      const { speelDemo } = await import('./demo.ts');
      const verslag = await speelDemo((t) => uit.write(`${t}\n`));
      if (!verslag.auditGeldig) uitkomst.code = 1;
    });

  voegGegevensOpdrachtenToe(programma, werkplek, uitkomst);
  voegBeheerOpdrachtenToe(programma, werkplek, uitkomst);

  programma
    .command('anonimiseer')
    .description('Zoek persoonsgegevens in tekst op stdin (--json of --jsonl voor batches).')
    .option('--json', 'lees alle tekst, print {"findings":[…],"redacted":"…"}')
    .option('--jsonl', 'lees regels {"id":…,"text":…}, print per regel {"id":…,"findings":[…]}')
    .action(async (opties: { json?: boolean; jsonl?: boolean }) => {
      const { anonimiseer } = await import('./anonimiseer.ts');
      const args = [...(opties.json ? ['--json'] : []), ...(opties.jsonl ? ['--jsonl'] : [])];
      uitkomst.code = await anonimiseer(args, process.stdin, uit);
    });

  try {
    // A data command beside a server on the embedded database goes through that server.
    const viaServer = await geefDoorAanServer(argv, uit, fout);
    if (viaServer !== null) return viaServer;
    await programma.parseAsync(argv, { from: 'user' });
    return uitkomst.code;
  } catch (e) {
    const code = meldFout(e, fout);
    if (code === undefined) throw e;
    return code;
  }
}
