// The `maatwerkbot` command line. Sub-commands in Dutch; every argument passes zod or commander
// validation, and a refusal explains itself with a non-zero exit code. Help, output and refusals are
// in the language of the terminal (LC_ALL, LC_MESSAGES, LANG): English for en*, Dutch otherwise.
import { geefDoorAanServer } from '../beheer/doorgeven.ts';
import {
  meldFout,
  nieuwProgramma,
  type Uitkomst,
  voegBeheerOpdrachtenToe,
  voegGegevensOpdrachtenToe,
} from '../beheer/opdrachten.ts';
import { lokaleWerkplek } from '../beheer/werkplek.ts';
import { leesOmgeving } from '../config/omgeving.ts';
import { taalUitOmgeving } from '../taal/taal.ts';
import { vertaler } from '../taal/tekst.ts';
import { JSON_VORM, JSONL_INVOER, JSONL_UITVOER } from './jsonvormen.ts';

export async function main(
  argv: string[],
  uit: NodeJS.WritableStream = process.stdout,
  fout: NodeJS.WritableStream = process.stderr,
  invoer: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const taal = taalUitOmgeving(process.env);
  const t = vertaler(taal);
  const uitkomst: Uitkomst = { code: 0 };
  const programma = nieuwProgramma(uit, fout, taal);
  const werkplek = lokaleWerkplek(uit, fout, taal);

  programma
    .command('start')
    .description(t('cli.opdracht.start'))
    .action(async () => {
      const { start } = await import('./start.ts');
      uitkomst.code = await start(fout, process.env, undefined, taal);
    });

  programma
    .command('demo')
    .description(t('cli.opdracht.demo'))
    .action(async () => {
      const { speelDemo } = await import('./demo.ts');
      const verslag = await speelDemo((regel) => uit.write(`${regel}\n`), { taal });
      if (!verslag.auditGeldig) uitkomst.code = 1;
    });

  voegGegevensOpdrachtenToe(programma, werkplek, uitkomst);
  voegBeheerOpdrachtenToe(programma, werkplek, uitkomst);

  programma
    .command('anonimiseer')
    .description(t('cli.opdracht.anonimiseer'))
    .option('--json', t('cli.opdracht.anonimiseer.json', { vorm: JSON_VORM }))
    .option('--jsonl', t('cli.opdracht.anonimiseer.jsonl', { invoer: JSONL_INVOER, uitvoer: JSONL_UITVOER }))
    .option(`--tafels <${t('cli.naam.bestand')}>`, t('cli.opdracht.anonimiseer.tafels'))
    .option(
      `--naam <${t('cli.naam.naam')}>`,
      t('cli.opdracht.anonimiseer.naam'),
      (naam: string, eerder: string[] | undefined) => [...(eerder ?? []), naam],
    )
    .action(async (opties: { json?: boolean; jsonl?: boolean; tafels?: string; naam?: string[] }) => {
      const { anonimiseer } = await import('./anonimiseer.ts');
      const args = [
        ...(opties.json ? ['--json'] : []),
        ...(opties.jsonl ? ['--jsonl'] : []),
        ...(opties.tafels !== undefined ? ['--tafels', opties.tafels] : []),
        ...(opties.naam ?? []).flatMap((naam) => ['--naam', naam]),
      ];
      uitkomst.code = await anonimiseer(args, invoer, uit, fout, taal);
    });

  try {
    // A data command beside a server on the embedded database goes through that server.
    const viaServer = await geefDoorAanServer(argv, uit, fout, leesOmgeving, taal);
    if (viaServer !== null) return viaServer;
    await programma.parseAsync(argv, { from: 'user' });
    return uitkomst.code;
  } catch (e) {
    const code = meldFout(e, fout, taal);
    if (code === undefined) throw e;
    return code;
  }
}
