/**
 * `maatwerkbot anonimiseer`: runs the personal-data gate on text from stdin.
 *
 *   (geen vlag)  read all input, print the redacted text
 *   --json       read all input, print {"findings":[…],"redacted":"…"}
 *   --jsonl      read lines {"id":…,"text":…}, print {"id":…,"findings":[…]} per line as it comes in;
 *                a malformed line prints {"id":null,"fout":"…"} and the exit code becomes 1
 *   --tafels <f> the tables file (as `tafels importeer` reads it): the gate then knows what the bot knows
 *                of that tenant (`kennisUitTafelsBestand`, the same `poortKennis` the bot builds from its
 *                database) and answers through the same `scanMetKennis`, so both give the same findings
 *   --naam <n>   one more name to find (repeatable), e.g. a submitter who is only in the database
 *
 * The input text is never written anywhere except as the requested output: error messages name the line
 * number, never its content.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { beschrijfTafelsBestandFout, leesTafelsBestand, TafelsBestandFout } from '../config/tafelsbestand.ts';
import { kennisUitTafelsBestand, type PoortKennis, poortKennis } from '../services/privacypoort.ts';
import { scanMetKennis } from '../services/privacyscanner.ts';
import type { Sleutel } from '../taal/catalogus.ts';
import { STANDAARDTAAL, type Taal } from '../taal/taal.ts';
import { vertaler } from '../taal/tekst.ts';
import { JSON_VORM, JSONL_INVOER, JSONL_UITVOER } from './jsonvormen.ts';

const Regel = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});

async function schrijf(uitvoer: NodeJS.WritableStream, tekst: string): Promise<void> {
  if (!uitvoer.write(tekst)) await new Promise<void>((klaar) => uitvoer.once('drain', () => klaar()));
}

async function leesAlles(invoer: NodeJS.ReadableStream): Promise<string> {
  const delen: Buffer[] = [];
  for await (const deel of invoer)
    delen.push(typeof deel === 'string' ? Buffer.from(deel, 'utf8') : Buffer.from(deel));
  return Buffer.concat(delen).toString('utf8');
}

function foutmelding(fout: z.ZodError): Sleutel {
  const velden = new Set(fout.issues.map((i) => String(i.path[0] ?? '')));
  if (velden.has('text') && velden.has('id')) return 'cli.anonimiseer.id_en_text';
  if (velden.has('text')) return 'cli.anonimiseer.text';
  if (velden.has('id')) return 'cli.anonimiseer.id';
  return 'cli.anonimiseer.geen_object';
}

/**
 * What the gate knows from a tables file, or the refusal to print: the file unreadable, or its findings
 * as `tafels importeer` reports them (nothing is scanned then).
 */
async function kennisUit(
  bestand: string,
  extraNamen: readonly string[],
  taal: Taal,
): Promise<{ kennis: PoortKennis } | { fout: string }> {
  let tekst: string;
  try {
    tekst = await readFile(bestand, 'utf8');
  } catch {
    return { fout: vertaler(taal)('cli.niet_leesbaar', { bestand }) };
  }
  try {
    return { kennis: kennisUitTafelsBestand(leesTafelsBestand(tekst, taal), extraNamen) };
  } catch (e) {
    if (!(e instanceof TafelsBestandFout)) throw e;
    return { fout: beschrijfTafelsBestandFout(e, tekst, bestand, taal) };
  }
}

export async function anonimiseer(
  args: string[],
  invoer: NodeJS.ReadableStream,
  uitvoer: NodeJS.WritableStream,
  foutuitvoer: NodeJS.WritableStream = process.stderr,
  taal: Taal = STANDAARDTAAL,
): Promise<number> {
  const t = vertaler(taal);
  const GEBRUIK = t('cli.anonimiseer.gebruik', {
    vorm: JSON_VORM,
    invoer: JSONL_INVOER,
    uitvoer: JSONL_UITVOER,
  });
  let modus: 'tekst' | 'json' | 'jsonl' = 'tekst';
  const bekendeNamen: string[] = [];
  let tafels: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json' || arg === '--jsonl') {
      if (modus !== 'tekst') {
        await schrijf(foutuitvoer, `${t('cli.anonimiseer.niet_allebei')}\n${GEBRUIK}`);
        return 2;
      }
      modus = arg === '--json' ? 'json' : 'jsonl';
    } else if (arg === '--naam') {
      const naam = args[++i];
      if (!naam) {
        await schrijf(foutuitvoer, `${t('cli.anonimiseer.naam_ontbreekt')}\n${GEBRUIK}`);
        return 2;
      }
      bekendeNamen.push(naam);
    } else if (arg === '--tafels') {
      const bestand = args[++i];
      if (!bestand || tafels !== undefined) {
        const fout = bestand ? 'cli.anonimiseer.tafels_eenmaal' : 'cli.anonimiseer.tafels_ontbreekt';
        await schrijf(foutuitvoer, `${t(fout)}\n${GEBRUIK}`);
        return 2;
      }
      tafels = bestand;
    } else if (arg === '--help' || arg === '-h') {
      await schrijf(uitvoer, GEBRUIK);
      return 0;
    } else {
      await schrijf(
        foutuitvoer,
        `${t('cli.anonimiseer.onbekende_optie', { optie: String(arg) })}\n${GEBRUIK}`,
      );
      return 2;
    }
  }
  let kennis: PoortKennis;
  if (tafels === undefined) {
    kennis = poortKennis({ personen: bekendeNamen, organisaties: [], knelpunten: [], tafels: [] });
  } else {
    const gelezen = await kennisUit(tafels, bekendeNamen, taal);
    if ('fout' in gelezen) {
      await schrijf(foutuitvoer, `${gelezen.fout}\n`);
      return 2;
    }
    kennis = gelezen.kennis;
  }

  if (modus === 'tekst') {
    await schrijf(uitvoer, scanMetKennis(await leesAlles(invoer), kennis).suggestie);
    return 0;
  }
  if (modus === 'json') {
    const { findings, suggestie } = scanMetKennis(await leesAlles(invoer), kennis);
    await schrijf(uitvoer, `${JSON.stringify({ findings, redacted: suggestie })}\n`);
    return 0;
  }

  let code = 0;
  let nummer = 0;
  const regels = createInterface({ input: invoer, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const regel of regels) {
    nummer++;
    if (regel.trim() === '') continue;
    let ruw: unknown;
    try {
      ruw = JSON.parse(regel);
    } catch {
      code = 1;
      const melding = t('cli.anonimiseer.regel', {
        nummer: String(nummer),
        fout: t('cli.anonimiseer.geen_json'),
      });
      await schrijf(uitvoer, `${JSON.stringify({ id: null, fout: melding })}\n`);
      continue;
    }
    const gelezen = Regel.safeParse(ruw);
    if (!gelezen.success) {
      code = 1;
      const melding = t('cli.anonimiseer.regel', {
        nummer: String(nummer),
        fout: t(foutmelding(gelezen.error)),
      });
      await schrijf(uitvoer, `${JSON.stringify({ id: null, fout: melding })}\n`);
      continue;
    }
    const { id, text } = gelezen.data;
    await schrijf(uitvoer, `${JSON.stringify({ id, findings: scanMetKennis(text, kennis).findings })}\n`);
  }
  return code;
}
