/**
 * `maatwerkbot rapport`: the knelpunten report for a period.
 *
 *   --van JJJJ-MM-DD      first day (Europe/Amsterdam), required
 *   --tot JJJJ-MM-DD      last day, included, required
 *   --tafel <slug>        one table; without it every table of the municipality
 *   --gemeente <slug>     needed only when the database holds more than one municipality
 *   --csv [bestand]       CSV (';', decimal comma, UTF-8 with BOM); without a file name (or '-') to stdout
 *   --png <bestand>       the chart as PNG (1200×700)
 *
 * Without --csv or --png it prints the summary a message would carry. Exit codes: 0 done, 2 invalid
 * arguments or unknown table/municipality, 1 a file could not be written.
 */
import { writeFileSync } from 'node:fs';
import { isDomeinFout } from '../domain/fouten.ts';
import { z } from '../domain/validatie.ts';
import { isDag } from '../register/periode.ts';
import { maakRapport, naarCsv, naarPng, samenvatting } from '../register/rapport.ts';
import type { Diensten } from '../services/context.ts';

export const GEBRUIK = `Gebruik: maatwerkbot rapport --van JJJJ-MM-DD --tot JJJJ-MM-DD [--tafel slug] [--gemeente slug] [--csv [bestand]] [--png bestand]
  --van, --tot  de periode (beide dagen tellen mee); casussen tellen in de periode waarin ze zijn ingediend
  --tafel       één tafel; zonder deze optie alle tafels van de gemeente
  --gemeente    alleen nodig als de database meer dan één gemeente bevat
  --csv         CSV met ';' en decimale komma (voor Excel); zonder bestandsnaam naar het scherm
  --png         de grafiek als PNG-bestand
`;

const MET_WAARDE = new Set(['van', 'tot', 'tafel', 'gemeente', 'png']);
const OPTIONEEL = new Set(['csv']);

const dag = (wat: string) =>
  z
    .string({ error: `Geef --${wat} op als JJJJ-MM-DD` })
    .refine(isDag, { error: `--${wat} moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-01-31` });

const argsSchema = z
  .object({
    van: dag('van'),
    tot: dag('tot'),
    tafel: z.string().min(1).optional(),
    gemeente: z.string().min(1).optional(),
    csv: z.union([z.literal(true), z.string().min(1)]).optional(),
    png: z.string({ error: 'Geef bij --png een bestandsnaam op' }).min(1).optional(),
  })
  .refine((a) => a.van <= a.tot, { error: '--tot ligt voor --van', path: ['tot'] });

type Args = z.infer<typeof argsSchema>;

class ArgFout extends Error {}

function leesArgs(args: readonly string[]): Record<string, string | true> {
  const uit: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new ArgFout(`Onverwacht argument "${arg}".`);
    const [naam, gelijk] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!MET_WAARDE.has(naam) && !OPTIONEEL.has(naam)) throw new ArgFout(`Onbekende optie --${naam}.`);
    if (naam in uit) throw new ArgFout(`--${naam} staat er twee keer.`);
    if (gelijk !== undefined) {
      uit[naam] = gelijk;
      continue;
    }
    const volgende = args[i + 1];
    if (volgende !== undefined && !volgende.startsWith('--')) {
      uit[naam] = volgende;
      i++;
    } else if (OPTIONEEL.has(naam)) {
      uit[naam] = true;
    } else {
      throw new ArgFout(`Geef een waarde bij --${naam}.`);
    }
  }
  return uit;
}

async function kiesTenant(d: Diensten, gemeente: string | undefined) {
  if (gemeente) {
    const t = await d.db.tenant.findUnique({ where: { slug: gemeente } });
    if (!t) throw new ArgFout(`Gemeente "${gemeente}" bestaat niet in deze database.`);
    return t;
  }
  const tenants = await d.db.tenant.findMany({ take: 2, orderBy: { slug: 'asc' } });
  if (tenants.length === 0) throw new ArgFout('Er is nog geen gemeente; importeer eerst een tafelbestand.');
  if (tenants.length > 1)
    throw new ArgFout('De database bevat meer dan één gemeente: kies er een met --gemeente.');
  return tenants[0]!;
}

/** Where files go: here, or (through the server's beheerpunt) where the command line runs. */
export interface RapportBestanden {
  schrijf(naam: string, inhoud: string | Uint8Array): Promise<void>;
}

const hier: RapportBestanden = { schrijf: async (naam, inhoud) => writeFileSync(naam, inhoud) };

async function schrijf(bestanden: RapportBestanden, bestand: string, inhoud: string | Buffer): Promise<void> {
  try {
    await bestanden.schrijf(bestand, inhoud);
  } catch {
    throw new SchrijfFout(`Kan ${bestand} niet schrijven.`);
  }
}

class SchrijfFout extends Error {}

export async function rapport(
  args: string[],
  uit: NodeJS.WritableStream,
  d: Diensten,
  fout: NodeJS.WritableStream = process.stderr,
  bestanden: RapportBestanden = hier,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    uit.write(GEBRUIK);
    return 0;
  }
  let a: Args;
  try {
    const parsed = argsSchema.safeParse(leesArgs(args));
    if (!parsed.success) {
      fout.write(`${parsed.error.issues.map((i) => i.message).join('\n')}\n${GEBRUIK}`);
      return 2;
    }
    a = parsed.data;
  } catch (e) {
    if (e instanceof ArgFout) {
      fout.write(`${e.message}\n${GEBRUIK}`);
      return 2;
    }
    throw e;
  }
  try {
    const tenant = await kiesTenant(d, a.gemeente);
    let tafelId: string | undefined;
    if (a.tafel) {
      const tafel = await d.db.tafel.findFirst({ where: { tenantId: tenant.id, slug: a.tafel } });
      if (!tafel) throw new ArgFout(`Tafel "${a.tafel}" bestaat niet bij ${tenant.naam}.`);
      tafelId = tafel.id;
    }
    const r = await maakRapport(d, { tenantId: tenant.id, van: a.van, tot: a.tot, tafelId });
    if (a.csv === true || a.csv === '-') uit.write(naarCsv(r));
    else if (a.csv) {
      await schrijf(bestanden, a.csv, naarCsv(r));
      uit.write(
        `CSV geschreven naar ${a.csv} (${r.knelpunten.length} knelpunten, ${r.totaal.casussen} casussen).\n`,
      );
    }
    if (a.png) {
      await schrijf(bestanden, a.png, naarPng(r, { breedte: 1200, hoogte: 700 }));
      uit.write(`Grafiek geschreven naar ${a.png}.\n`);
    }
    if (!a.csv && !a.png) uit.write(`${samenvatting(r)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ArgFout) {
      fout.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof SchrijfFout) {
      fout.write(`${e.message}\n`);
      return 1;
    }
    if (isDomeinFout(e)) {
      fout.write(`${e.message}\n${e.velden.map((v) => `- ${v.veld}: ${v.bericht}`).join('\n')}\n`);
      return 2;
    }
    throw e;
  }
}
