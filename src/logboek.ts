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
