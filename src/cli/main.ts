// The `maatwerkbot` command line. Sub-commands in Dutch; every argument passes zod or commander
// validation, and a refusal explains itself in Dutch with a non-zero exit code.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { auditInstellingen } from '../config/auditsleutel.ts';
import { databaseKeuze, leesOmgeving } from '../config/omgeving.ts';
import { leesTafelsBestand } from '../config/tafelsbestand.ts';
import { isDomeinFout } from '../domain/fouten.ts';
import { beschrijfFouten, z } from '../domain/validatie.ts';
import { zetAnkers } from '../services/auditanker.ts';
import { auditNaarCsv, auditNaarJsonl, auditRegels, privacyOverzicht } from '../services/auditexport.ts';
import { ankerNaam, controleerAnkerbestand, verifieerAudit } from '../services/auditverificatie.ts';
import { ketenAudit } from '../services/auditvolgorde.ts';
import { systeemklok } from '../services/context.ts';
import { nederlandsePrivacyPoort } from '../services/privacyscanner.ts';
import { importeerTafels } from '../services/tafelsimport.ts';
import { openDatabase } from '../store/database.ts';
import { DataMapInGebruik } from '../store/datalock.ts';
import { amsterdamDag } from '../time/index.ts';

/**
 * `keten`: chain the audit events the command wrote before closing (as the server's sequencer would); off
 * for `audit verifieer`, which reports what waits instead of changing what it checks.
 */
async function metDatabase<T>(
  werk: (d: import('../services/context.ts').Diensten) => Promise<T>,
  opties: { keten?: boolean } = {},
): Promise<T> {
  const db = await openDatabase(databaseKeuze(leesOmgeving()));
  try {
    const d = { db: db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
    const uitkomst = await werk(d);
    if (opties.keten !== false) {
      await ketenAudit(d);
      // As the server does at shutdown: a checkpoint of what this command added (on the embedded database
      // the server cannot run meanwhile).
      const { anker } = auditInstellingen(leesOmgeving(), { maakAan: true });
      if (anker) await zetAnkers(d, anker);
    }
    return uitkomst;
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
      const { startServer } = await import('../server.ts');
      const server = await startServer();
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.stop();
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
      const inhoud = leesTafelsBestand(tekst);
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
      const instellingen = auditInstellingen(leesOmgeving(), { maakAan: false });
      const tenants = await metDatabase(
        (d) =>
          verifieerAudit(d, { anker: instellingen.anker, ongeketendMaxMs: instellingen.ongeketendMaxMs }),
        { keten: false },
      );
      const ankerbestand = instellingen.anker ? await controleerAnkerbestand(instellingen.anker) : null;
      for (const { tenant, oordeel, ongeketend, ankers } of tenants) {
        const wacht = ongeketend.aantal > 0 ? `; ${ongeketend.aantal} nog niet geketend` : '';
        if (oordeel.geldig) {
          const anker = ankers?.laatsteGoed
            ? `; klopt met ${ankers.aantal} anker(s), laatste: ${ankerNaam(ankers.laatsteGoed)}`
            : '';
          uit.write(`${tenant}: keten onverbroken (${oordeel.aantal} gebeurtenissen${wacht}${anker}).\n`);
        } else {
          uit.write(
            `${tenant}: keten VERBROKEN bij positie ${oordeel.positie}: ${oordeel.reden} (${oordeel.aantal} gebeurtenissen${wacht}).\n`,
          );
          code = 1;
        }
      }
      if (!instellingen.anker) {
        uit.write(
          'Geen auditsleutel gevonden (MAATWERKBOT_AUDIT_SLEUTEL of MAATWERKBOT_AUDIT_SLEUTELBESTAND): ankers niet gecontroleerd.\n',
        );
      } else if (!ankerbestand?.gelezen) {
        uit.write(`Nog geen ankerbestand op ${instellingen.anker.bestand}: ankers niet gecontroleerd.\n`);
      }
      for (const melding of ankerbestand?.meldingen ?? []) uit.write(`Ankerbestand: ${melding}.\n`);
      if (ankerbestand?.fout) code = 1;
      if (tenants.length === 0) uit.write('Nog geen gemeenten in de database.\n');
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
      const instellingen = auditInstellingen(leesOmgeving(), { maakAan: false });
      const overzichten = await metDatabase((d) =>
        privacyOverzicht(d, { anker: instellingen.anker, ongeketendMaxMs: instellingen.ongeketendMaxMs }),
      );
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
