// The `maatwerkbot` command line. Sub-commands in Dutch; every argument passes zod or commander
// validation, and a refusal explains itself in Dutch with a non-zero exit code.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { databaseKeuze, leesOmgeving } from '../config/omgeving.ts';
import { beschrijfTafelsBestandFout, leesTafelsBestand, TafelsBestandFout } from '../config/tafelsbestand.ts';
import { isDomeinFout } from '../domain/fouten.ts';
import { beschrijfFouten, z } from '../domain/validatie.ts';
import { auditNaarCsv, auditNaarJsonl, auditRegels, privacyOverzicht } from '../services/auditexport.ts';
import { verifieerAudit } from '../services/auditverificatie.ts';
import { systeemklok } from '../services/context.ts';
import { nederlandsePrivacyPoort } from '../services/privacyscanner.ts';
import { importeerTafels } from '../services/tafelsimport.ts';
import { openDatabase } from '../store/database.ts';
import { DataMapInGebruik } from '../store/datalock.ts';
import { amsterdamDag } from '../time/index.ts';

async function metDatabase<T>(
  werk: (d: import('../services/context.ts').Diensten) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(databaseKeuze(leesOmgeving()));
  try {
    return await werk({ db: db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort });
  } finally {
    await db.sluit();
  }
}

export async function main(
  argv: string[],
  uit: NodeJS.WritableStream = process.stdout,
  fout: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let code = 0;
  const programma = new Command('maatwerkbot')
    .description(
      'Maatwerkbot: casussen naar de maatwerktafel, besluiten binnen de termijn, het hoe en waarom gedeeld.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => uit.write(s), writeErr: (s) => fout.write(s) });

  programma
    .command('start')
    .description('Start de server (HTTP, Slack- en Teams-aansluitingen, planner).')
    .action(async () => {
      const { start } = await import('./start.ts');
      code = await start(fout);
    });

  programma
    .command('demo')
    .description('Speel een volledig scenario af op een nieuwe ingebouwde database.')
    .action(async () => {
      const { speelDemo } = await import('./demo.ts');
      const verslag = await speelDemo((t) => uit.write(`${t}\n`));
      if (!verslag.auditGeldig) code = 1;
    });

  const tafels = programma.command('tafels').description('Tafels, leden, mandaten en beleid beheren.');
  tafels
    .command('importeer')
    .argument('<bestand>', 'YAML-bestand, zie tafels.example.yml')
    .description('Importeer (of werk bij) tafels uit een YAML-bestand. Alles of niets.')
    .action(async (bestand: string) => {
      let tekst: string;
      try {
        tekst = readFileSync(bestand, 'utf8');
      } catch {
        fout.write(`Kan ${bestand} niet lezen.\n`);
        code = 2;
        return;
      }
      let inhoud: ReturnType<typeof leesTafelsBestand>;
      try {
        inhoud = leesTafelsBestand(tekst);
      } catch (e) {
        if (!(e instanceof TafelsBestandFout)) throw e;
        fout.write(`${beschrijfTafelsBestandFout(e, tekst, bestand)}\n`);
        code = 2;
        return;
      }
      const verslag = await metDatabase((d) => importeerTafels(d, inhoud, tekst));
      uit.write(
        `Geïmporteerd voor ${verslag.tenant}: ${verslag.tafels} tafel(s), ${verslag.leden} leden, ${verslag.organisaties} organisaties, ` +
          `${verslag.personen} personen, ${verslag.bestuurders} bestuurders, ${verslag.knelpunten} knelpunten` +
          `${verslag.gedeactiveerd ? `; ${verslag.gedeactiveerd} lid/leden gedeactiveerd` : ''}.\n`,
      );
    });

  const audit = programma.command('audit').description('Het auditspoor.');
  audit
    .command('verifieer')
    .description('Controleer de hashketen van het auditspoor en meld de eerste gebroken schakel.')
    .action(async () => {
      const oordelen = await metDatabase((d) => verifieerAudit(d));
      for (const { tenant, oordeel } of oordelen) {
        if (oordeel.geldig) uit.write(`${tenant}: keten onverbroken (${oordeel.aantal} gebeurtenissen).\n`);
        else {
          uit.write(
            `${tenant}: keten VERBROKEN bij positie ${oordeel.positie}: ${oordeel.reden} (${oordeel.aantal} gebeurtenissen).\n`,
          );
          code = 1;
        }
      }
      if (oordelen.length === 0) uit.write('Nog geen gemeenten in de database.\n');
    });

  const datum = z.iso.date({ error: 'Gebruik een datum als 2026-01-31' });
  audit
    .command('exporteer')
    .description('Exporteer het auditspoor (actor, actie, casus, tijd, positie en hash; geen vrije tekst).')
    .requiredOption('--van <datum>', 'vanaf deze dag (Europe/Amsterdam), bijvoorbeeld 2026-01-01')
    .requiredOption('--tot <datum>', 'tot en met deze dag')
    .option('--formaat <csv|jsonl>', 'csv of jsonl', 'csv')
    .action(async (opties: { van: string; tot: string; formaat: string }) => {
      const o = z
        .object({
          van: datum,
          tot: datum,
          formaat: z.enum(['csv', 'jsonl'], { error: 'Kies --formaat csv of jsonl' }),
        })
        .refine((v) => v.van <= v.tot, { error: '--van moet voor --tot liggen', path: ['van'] })
        .parse(opties);
      const van = amsterdamDag(o.van);
      const tot = new Date(amsterdamDag(o.tot).getTime() + 24 * 3_600_000);
      const regels = await metDatabase((d) => auditRegels(d, van, tot));
      uit.write(o.formaat === 'csv' ? auditNaarCsv(regels) : auditNaarJsonl(regels));
    });

  programma
    .command('privacy')
    .description('Privacy: overzicht voor de functionaris gegevensbescherming.')
    .command('overzicht')
    .description('Per gemeente: gegevens, bewaartermijn, wachten op toestemming, wissingen, auditketen.')
    .action(async () => {
      const overzichten = await metDatabase((d) => privacyOverzicht(d));
      for (const p of overzichten) {
        uit.write(
          [
            `Gemeente ${p.gemeente}`,
            '  Gegevens in de maatwerkbot:',
            ...p.categorieen.map((c) => `    - ${c.categorie}: ${c.aantal}`),
            `  Bewaartermijn vrije tekst: ${p.bewaartermijnMaanden} maanden na het besluit (daarna gewist; besluit blijft)`,
            `  Casussen die wachten op toestemming of een vastgelegde afweging: ${p.wachtenOpToestemming}`,
            `  Wissingen na bewaartermijn uitgevoerd: ${p.gewist}; gepland binnen 30 dagen: ${p.teWissenBinnen30Dagen}`,
            `  Auditketen: ${p.ketenGeldig ? 'onverbroken' : 'VERBROKEN'} (${p.ketenLengte} gebeurtenissen)`,
            `  Berichten niet bezorgd: ${p.nietBezorgd.onbezorgbaar} onbezorgbaar (geen adres of geen platform dat ze bezorgt), ${p.nietBezorgd.mislukt} mislukt na herhaald proberen`,
            '',
          ].join('\n'),
        );
        if (!p.ketenGeldig) code = 1;
      }
      if (overzichten.length === 0) uit.write('Nog geen gemeenten in de database.\n');
    });

  programma
    .command('rapport')
    .description(
      'Knelpuntenrapport per periode: samenvatting, --csv [bestand] of --png bestand (zie --help).',
    )
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption(false)
    .argument('[opties...]')
    .action(async (opties: string[]) => {
      const { rapport } = await import('./rapport.ts');
      code = await metDatabase((d) => rapport(opties, uit, d, fout));
    });

  programma
    .command('anonimiseer')
    .description('Zoek persoonsgegevens in tekst op stdin (--json of --jsonl voor batches).')
    .option('--json', 'lees alle tekst, print {"findings":[…],"redacted":"…"}')
    .option('--jsonl', 'lees regels {"id":…,"text":…}, print per regel {"id":…,"findings":[…]}')
    .action(async (opties: { json?: boolean; jsonl?: boolean }) => {
      const { anonimiseer } = await import('./anonimiseer.ts');
      const args = [...(opties.json ? ['--json'] : []), ...(opties.jsonl ? ['--jsonl'] : [])];
      code = await anonimiseer(args, process.stdin, uit);
    });

  try {
    await programma.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof DataMapInGebruik) {
      fout.write(`${e.message}\n`);
      return 3;
    }
    if (isDomeinFout(e)) {
      fout.write(`${e.message}\n${e.velden.map((v) => `- ${v.veld}: ${v.bericht}`).join('\n')}\n`);
      return 2;
    }
    if (e && typeof e === 'object' && 'issues' in e) {
      fout.write(`Ongeldige instelling:\n${beschrijfFouten(e as never)}\n`);
      return 2;
    }
    throw e;
  }
}
