// Structured logs (pino). Casus free text never reaches a log line: callers log ids, references and
// codes only, and the redaction below is the safety net for fields that must never appear.
import pino from 'pino';

export const VRIJE_TEKST_VELDEN = [
  'situatie',
  'titel',
  'gevraagdeOplossing',
  'kostenNietsDoenToelichting',
  'betrokkenheidToelichting',
  'toestemmingAfweging',
  'knelpuntVrij',
  'reden',
  'voorwaarden',
  'waarom',
  'hoe',
  'verwijzing',
  'vraag',
  'antwoord',
  'tekst',
  'text',
];

export function maakLogboek(niveau = 'info', bestemming?: pino.DestinationStream) {
  const paden = VRIJE_TEKST_VELDEN.flatMap((v) => [v, `*.${v}`, `*.*.${v}`]);
  return pino(
    { level: niveau, redact: { paths: paden, censor: '[weggelaten]' }, base: { app: 'maatwerkbot' } },
    bestemming,
  );
}

export type Logboek = ReturnType<typeof maakLogboek>;

/**
 * An error as log fields: its name, code and message, the message on one line and short. Prisma's
 * messages are left out: a validation error there quotes the query's arguments, which may be free text.
 */
export function foutVoorLog(fout: unknown): { naam?: string; code?: string; bericht?: string } {
  if (!fout || typeof fout !== 'object') return { naam: typeof fout, bericht: String(fout).slice(0, 200) };
  const f = fout as { name?: unknown; code?: unknown; message?: unknown };
  const naam = typeof f.name === 'string' ? f.name : undefined;
  const code = typeof f.code === 'string' || typeof f.code === 'number' ? String(f.code) : undefined;
  const bericht =
    typeof f.message === 'string' && !naam?.startsWith('Prisma')
      ? f.message.replace(/\s+/g, ' ').trim().slice(0, 200)
      : undefined;
  return {
    ...(naam ? { naam } : {}),
    ...(code ? { code } : {}),
    ...(bericht ? { bericht } : {}),
  };
}
