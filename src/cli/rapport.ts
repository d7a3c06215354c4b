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
import { isDomeinFout, veldTekst } from '../domain/fouten.ts';
import { z } from '../domain/validatie.ts';
import { isDag } from '../register/periode.ts';
import { maakRapport, naarCsv, naarPng, samenvatting } from '../register/rapport.ts';
import type { Diensten } from '../services/context.ts';
import { STANDAARDTAAL, type Taal } from '../taal/taal.ts';
import { tekst, type Vertaler, vertaler, type Zin, zin } from '../taal/tekst.ts';

/** How to call `maatwerkbot rapport`, in a language. */
export const gebruik = (taal: Taal): string => tekst(taal, 'cli.rapport.gebruik');

export const GEBRUIK = gebruik(STANDAARDTAAL);

const MET_WAARDE = new Set(['van', 'tot', 'tafel', 'gemeente', 'png']);
const OPTIONEEL = new Set(['csv']);

const argsSchema = (t: Vertaler) => {
  const dag = (optie: string) =>
    z
      .string({ error: t('cli.rapport.dag_ontbreekt', { optie }) })
      .refine(isDag, { error: t('cli.rapport.dag_ongeldig', { optie }) });
  return z
    .object({
      van: dag('van'),
      tot: dag('tot'),
      tafel: z.string().min(1).optional(),
      gemeente: z.string().min(1).optional(),
      csv: z.union([z.literal(true), z.string().min(1)]).optional(),
      png: z
        .string({ error: t('cli.rapport.png_zonder_naam') })
        .min(1)
        .optional(),
    })
    .refine((a) => a.van <= a.tot, { error: t('cli.rapport.tot_voor_van'), path: ['tot'] });
};

type Args = z.infer<ReturnType<typeof argsSchema>>;

/** A refusal of the arguments, as a sentence for the reader's language. */
class ArgFout extends Error {
  constructor(public readonly zin: Zin) {
    super(zin.sleutel);
  }
}

function leesArgs(args: readonly string[]): Record<string, string | true> {
  const uit: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new ArgFout(zin('cli.rapport.onverwacht_argument', { argument: arg }));
    const [naam, gelijk] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!MET_WAARDE.has(naam) && !OPTIONEEL.has(naam))
      throw new ArgFout(zin('cli.rapport.onbekende_optie', { optie: naam }));
    if (naam in uit) throw new ArgFout(zin('cli.rapport.dubbele_optie', { optie: naam }));
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
      throw new ArgFout(zin('cli.rapport.waarde_ontbreekt', { optie: naam }));
    }
  }
  return uit;
}

async function kiesTenant(d: Diensten, gemeente: string | undefined) {
  if (gemeente) {
    const t = await d.db.tenant.findUnique({ where: { slug: gemeente } });
    if (!t) throw new ArgFout(zin('cli.rapport.gemeente_onbekend', { gemeente }));
    return t;
  }
  const tenants = await d.db.tenant.findMany({ take: 2, orderBy: { slug: 'asc' } });
  if (tenants.length === 0) throw new ArgFout(zin('cli.rapport.geen_gemeente'));
  if (tenants.length > 1) throw new ArgFout(zin('cli.rapport.meer_gemeenten'));
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
    throw new SchrijfFout(bestand);
  }
}

/** A file that could not be written; its message is the file's name. */
class SchrijfFout extends Error {}

export async function rapport(
  args: string[],
  uit: NodeJS.WritableStream,
  d: Diensten,
  fout: NodeJS.WritableStream = process.stderr,
  bestanden: RapportBestanden = hier,
  taal: Taal = STANDAARDTAAL,
): Promise<number> {
  const t = vertaler(taal);
  const GEBRUIK = gebruik(taal);
  if (args.includes('--help') || args.includes('-h')) {
    uit.write(GEBRUIK);
    return 0;
  }
  let a: Args;
  try {
    const parsed = argsSchema(t).safeParse(leesArgs(args));
    if (!parsed.success) {
      fout.write(`${parsed.error.issues.map((i) => i.message).join('\n')}\n${GEBRUIK}`);
      return 2;
    }
    a = parsed.data;
  } catch (e) {
    if (e instanceof ArgFout) {
      fout.write(`${t(e.zin.sleutel, e.zin.waarden)}\n${GEBRUIK}`);
      return 2;
    }
    throw e;
  }
  try {
    const tenant = await kiesTenant(d, a.gemeente);
    let tafelId: string | undefined;
    if (a.tafel) {
      const tafel = await d.db.tafel.findFirst({ where: { tenantId: tenant.id, slug: a.tafel } });
      if (!tafel)
        throw new ArgFout(zin('cli.rapport.tafel_onbekend', { tafel: a.tafel, gemeente: tenant.naam }));
      tafelId = tafel.id;
    }
    const r = await maakRapport(d, { tenantId: tenant.id, van: a.van, tot: a.tot, tafelId });
    if (a.csv === true || a.csv === '-') uit.write(naarCsv(r));
    else if (a.csv) {
      await schrijf(bestanden, a.csv, naarCsv(r));
      const knelpunten = String(r.knelpunten.length);
      const casussen = String(r.totaal.casussen);
      uit.write(`${t('cli.rapport.csv_geschreven', { bestand: a.csv, knelpunten, casussen })}\n`);
    }
    if (a.png) {
      await schrijf(bestanden, a.png, naarPng(r, { breedte: 1200, hoogte: 700 }));
      uit.write(`${t('cli.rapport.grafiek_geschreven', { bestand: a.png })}\n`);
    }
    if (!a.csv && !a.png) uit.write(`${samenvatting(r)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ArgFout) {
      fout.write(`${t(e.zin.sleutel, e.zin.waarden)}\n`);
      return 2;
    }
    if (e instanceof SchrijfFout) {
      fout.write(`${t('cli.rapport.niet_geschreven', { bestand: e.message })}\n`);
      return 1;
    }
    if (isDomeinFout(e)) {
      fout.write(
        `${e.tekst(taal)}\n${e.velden.map((v) => `- ${v.veld}: ${veldTekst(v, taal)}`).join('\n')}\n`,
      );
      return 2;
    }
    throw e;
  }
}
