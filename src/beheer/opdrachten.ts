// The command line's commands that read or change data, written once against a Werkplek: the shell
// runs them on its own database, the server's beheerpunt runs the very same definitions on its own,
// so help texts, output and exit codes are the same either way.
import { Command, CommanderError } from 'commander';
import { inTaal, weigeringIn } from '../cli/commander.ts';
import { auditInstellingen } from '../config/auditsleutel.ts';
import { leesOmgeving } from '../config/omgeving.ts';
import { beschrijfTafelsBestandFout, leesTafelsBestand, TafelsBestandFout } from '../config/tafelsbestand.ts';
import { isDomeinFout, veldTekst } from '../domain/fouten.ts';
import { beschrijfFouten, z } from '../domain/validatie.ts';
import { AFSLUITCODE } from '../opstart/afsluitcodes.ts';
import { auditNaarCsv, auditNaarJsonl, auditRegels, privacyOverzicht } from '../services/auditexport.ts';
import { ankerNaam, controleerAnkerbestand, verifieerAudit } from '../services/auditverificatie.ts';
import { importeerTafels } from '../services/tafelsimport.ts';
import { DataMapInGebruik, DataMapVerhuisd } from '../store/datalock.ts';
import type { Taal } from '../taal/taal.ts';
import { type Vertaler, vertaler } from '../taal/tekst.ts';
import { amsterdamDag } from '../time/index.ts';
import { BackupFout } from './backup.ts';
import { maakBackup } from './backupopdracht.ts';
import type { Werkplek } from './werkplek.ts';

/** The commands a running server can do for the command line (first word of argv). */
export const VIA_SERVER = new Set(['tafels', 'audit', 'privacy', 'rapport', 'backup']);

export interface Uitkomst {
  code: number;
}

export function nieuwProgramma(uit: NodeJS.WritableStream, fout: NodeJS.WritableStream, taal: Taal): Command {
  return inTaal(new Command('maatwerkbot'), taal)
    .description(vertaler(taal)('cli.opdracht.programma'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => uit.write(s),
      writeErr: (s) => fout.write(s),
      outputError: weigeringIn(taal),
    });
}

export function voegGegevensOpdrachtenToe(programma: Command, w: Werkplek, u: Uitkomst): void {
  const { uit, fout } = w;
  const t = vertaler(w.taal);
  const tafels = programma.command('tafels').description(t('cli.opdracht.tafels'));
  tafels
    .command('importeer')
    .argument(`<${t('cli.naam.bestand')}>`, t('cli.opdracht.tafels.importeer.bestand'))
    .description(t('cli.opdracht.tafels.importeer'))
    .action(async (bestand: string) => {
      let tekst: string;
      try {
        tekst = (await w.bestanden.lees(bestand)).toString('utf8');
      } catch {
        fout.write(`${t('cli.niet_leesbaar', { bestand })}\n`);
        u.code = 2;
        return;
      }
      let inhoud: ReturnType<typeof leesTafelsBestand>;
      try {
        inhoud = leesTafelsBestand(tekst, w.taal);
      } catch (e) {
        if (!(e instanceof TafelsBestandFout)) throw e;
        fout.write(`${beschrijfTafelsBestandFout(e, tekst, bestand, w.taal)}\n`);
        u.code = 2;
        return;
      }
      const verslag = await w.metDatabase((_db, d) => importeerTafels(d, inhoud, tekst), { keten: true });
      const { tenant, gedeactiveerd, rondesGeopend, ...aantallen } = verslag;
      const getallen = Object.fromEntries(Object.entries(aantallen).map(([k, v]) => [k, String(v)]));
      uit.write(
        `${t('cli.tafels.geimporteerd', {
          ...getallen,
          gemeente: tenant,
          gedeactiveerd: gedeactiveerd
            ? t('cli.tafels.gedeactiveerd', { aantal: String(gedeactiveerd) })
            : '',
          rondes: rondesGeopend ? t('cli.tafels.rondes_geopend', { aantal: rondesGeopend }) : '',
        })}\n`,
      );
    });

  const audit = programma.command('audit').description(t('cli.opdracht.audit'));
  audit
    .command('verifieer')
    .description(t('cli.opdracht.audit.verifieer'))
    .action(async () => {
      const instellingen = auditInstellingen(leesOmgeving(process.env, w.taal), {
        maakAan: false,
        taal: w.taal,
      });
      const tenants = await w.metDatabase((_db, d) =>
        verifieerAudit(d, { anker: instellingen.anker, ongeketendMaxMs: instellingen.ongeketendMaxMs }),
      );
      const ankerbestand = instellingen.anker ? await controleerAnkerbestand(instellingen.anker) : null;
      for (const { tenant, oordeel, ongeketend, ankers } of tenants) {
        const wacht =
          ongeketend.aantal > 0 ? t('cli.audit.wacht', { aantal: String(ongeketend.aantal) }) : '';
        const anker =
          oordeel.geldig && ankers?.laatsteGoed
            ? t('cli.audit.anker', { aantal: String(ankers.aantal), naam: ankerNaam(ankers.laatsteGoed) })
            : '';
        uit.write(`${ketenRegel(t, tenant, oordeel, wacht, anker)}\n`);
        if (!oordeel.geldig) u.code = 1;
      }
      if (!instellingen.anker) {
        uit.write(`${t('cli.audit.geen_sleutel')}\n`);
      } else if (!ankerbestand?.gelezen) {
        uit.write(`${t('cli.audit.geen_ankerbestand', { bestand: instellingen.anker.bestand })}\n`);
      }
      for (const melding of ankerbestand?.meldingen ?? [])
        uit.write(`${t('cli.audit.ankerbestand', { melding })}\n`);
      if (ankerbestand?.fout) u.code = 1;
      if (tenants.length === 0) uit.write(`${t('cli.geen_gemeenten')}\n`);
    });

  const datum = z.iso.date({ error: t('cli.audit.datum_ongeldig') });
  audit
    .command('exporteer')
    .description(t('cli.opdracht.audit.exporteer'))
    .requiredOption(`--van <${t('cli.naam.datum')}>`, t('cli.opdracht.audit.exporteer.van'))
    .requiredOption(`--tot <${t('cli.naam.datum')}>`, t('cli.opdracht.audit.exporteer.tot'))
    .option('--formaat <csv|jsonl>', t('cli.opdracht.audit.exporteer.formaat'), 'csv')
    .action(async (opties: { van: string; tot: string; formaat: string }) => {
      const o = z
        .object({
          van: datum,
          tot: datum,
          formaat: z.enum(['csv', 'jsonl'], { error: t('cli.audit.formaat_ongeldig') }),
        })
        .refine((v) => v.van <= v.tot, { error: t('cli.audit.van_na_tot'), path: ['van'] })
        .parse(opties);
      const van = amsterdamDag(o.van);
      const tot = new Date(amsterdamDag(o.tot).getTime() + 24 * 3_600_000);
      const regels = await w.metDatabase((_db, d) => auditRegels(d, van, tot));
      uit.write(o.formaat === 'csv' ? auditNaarCsv(regels) : auditNaarJsonl(regels));
    });

  programma
    .command('privacy')
    .description(t('cli.opdracht.privacy'))
    .command('overzicht')
    .description(t('cli.opdracht.privacy.overzicht'))
    .action(async () => {
      const instellingen = auditInstellingen(leesOmgeving(process.env, w.taal), {
        maakAan: false,
        taal: w.taal,
      });
      const overzichten = await w.metDatabase((_db, d) =>
        privacyOverzicht(d, { anker: instellingen.anker, ongeketendMaxMs: instellingen.ongeketendMaxMs }),
      );
      for (const p of overzichten) {
        uit.write(
          [
            t('cli.privacy.gemeente', { gemeente: p.gemeente }),
            `  ${t('cli.privacy.gegevens')}`,
            ...p.categorieen.map((c) => `    - ${c.categorie}: ${c.aantal}`),
            `  ${t('cli.privacy.bewaartermijn', { maanden: String(p.bewaartermijnMaanden) })}`,
            `  ${t('cli.privacy.wachten', { aantal: String(p.wachtenOpToestemming) })}`,
            `  ${t('cli.privacy.wissingen', { gewist: String(p.gewist), gepland: String(p.teWissenBinnen30Dagen) })}`,
            `  ${t('cli.privacy.auditketen', { geldig: p.ketenGeldig ? 'ja' : 'nee', aantal: String(p.ketenLengte) })}`,
            `  ${t('cli.privacy.niet_bezorgd', {
              onbezorgbaar: String(p.nietBezorgd.onbezorgbaar),
              mislukt: String(p.nietBezorgd.mislukt),
            })}`,
            '',
          ].join('\n'),
        );
        if (!p.ketenGeldig) u.code = 1;
      }
      if (overzichten.length === 0) uit.write(`${t('cli.geen_gemeenten')}\n`);
    });

  programma
    .command('rapport')
    .description(t('cli.opdracht.rapport'))
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption(false)
    .argument(`[${t('cli.naam.opties')}...]`)
    .action(async (opties: string[]) => {
      const { rapport } = await import('../cli/rapport.ts');
      u.code = await w.metDatabase((_db, d) => rapport(opties, uit, d, fout, w.bestanden, w.taal));
    });

  programma
    .command('backup')
    .argument(`<${t('cli.naam.bestand')}>`, t('cli.opdracht.backup.bestand'))
    .description(t('cli.opdracht.backup'))
    .action(async (bestand: string) => {
      u.code = await maakBackup(bestand, w);
    });
}

/** The commands that run only in a shell of their own: they need the database to themselves. */
export function voegBeheerOpdrachtenToe(programma: Command, w: Werkplek, u: Uitkomst): void {
  const t = vertaler(w.taal);
  programma
    .command('herstel')
    .argument(`<${t('cli.naam.bestand')}>`, t('cli.opdracht.herstel.bestand'))
    .description(t('cli.opdracht.herstel'))
    .action(async (bestand: string) => {
      const { herstel } = await import('./herstel.ts');
      u.code = await herstel(bestand, w);
    });

  programma
    .command('verhuis')
    .requiredOption('--naar <url>', t('cli.opdracht.verhuis.naar'))
    .description(t('cli.opdracht.verhuis'))
    .action(async (opties: { naar: string }) => {
      const { verhuis } = await import('./verhuis.ts');
      u.code = await verhuis(opties.naar, w);
    });
}

/** One tenant's verdict on its audit chain, as `audit verifieer`, `herstel` and `verhuis` print it. */
export function ketenRegel(
  t: Vertaler,
  gemeente: string,
  oordeel: { geldig: boolean; aantal: number; positie?: number | null; reden?: string | null },
  wacht = '',
  anker = '',
): string {
  const aantal = String(oordeel.aantal);
  return oordeel.geldig
    ? t('cli.audit.onverbroken', { gemeente, aantal, wacht, anker })
    : t('cli.audit.verbroken', {
        gemeente,
        aantal,
        wacht,
        positie: String(oordeel.positie),
        reden: String(oordeel.reden),
      });
}

/** A refusal the user can act on, as a message and exit code; undefined for anything else (a bug). */
export function meldFout(e: unknown, fout: NodeJS.WritableStream, taal: Taal): number | undefined {
  if (e instanceof CommanderError) return e.exitCode === 0 ? AFSLUITCODE.klaar : AFSLUITCODE.configuratie;
  if (e instanceof DataMapInGebruik) {
    fout.write(`${e.message}\n`);
    return AFSLUITCODE.dataMapInGebruik;
  }
  // Moved to PostgreSQL: what is missing is DATABASE_URL.
  if (e instanceof BackupFout) {
    fout.write(`${e.tekst(taal)}\n`);
    return AFSLUITCODE.configuratie;
  }
  if (e instanceof DataMapVerhuisd) {
    fout.write(`${e.message}\n`);
    return AFSLUITCODE.configuratie;
  }
  if (isDomeinFout(e)) {
    fout.write(`${e.tekst(taal)}\n${e.velden.map((v) => `- ${v.veld}: ${veldTekst(v, taal)}`).join('\n')}\n`);
    return AFSLUITCODE.configuratie;
  }
  if (e && typeof e === 'object' && 'issues' in e) {
    fout.write(`${vertaler(taal)('cli.ongeldige_instelling')}\n${beschrijfFouten(e as never)}\n`);
    return AFSLUITCODE.configuratie;
  }
  return undefined;
}

/** Runs argv with the data commands only: what the beheerpunt does for a command line. */
export async function voerGegevensOpdrachtUit(argv: string[], w: Werkplek): Promise<number> {
  const programma = nieuwProgramma(w.uit, w.fout, w.taal);
  const u: Uitkomst = { code: 0 };
  voegGegevensOpdrachtenToe(programma, w, u);
  try {
    await programma.parseAsync(argv, { from: 'user' });
    return u.code;
  } catch (e) {
    const code = meldFout(e, w.fout, w.taal);
    if (code === undefined) throw e;
    return code;
  }
}
