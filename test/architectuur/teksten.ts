// Finds the sentences written in code instead of the catalogue: string and template literals that a
// person would read. Technical strings (ids, keys, URLs, JSON schema words, log lines for the
// administrator, programming errors) are not sentences and are left alone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Zin {
  bestand: string;
  regel: number;
  tekst: string;
}

/** Two words of letters in a row, or one capitalised word: what a label, a button or a sentence looks like. */
const TWEE_WOORDEN = /\p{L}{2,}[\s,.:;!?'’)]*\s[\s,.:;!?('‘"“]*\p{L}{2,}/u;
const EEN_WOORD = /^\s*\p{Lu}\p{Ll}{2,}[.:!?…]?\s*$/u;

/** Calls whose string arguments are for the administrator's log or a developer, not for a person. */
const LOGAANROEP = /(^|\.)((log|logger|logboek|console)\.(trace|debug|info|warn|error|fatal|child)|logFout)$/;
const PROGRAMMEERFOUT = new Set(['Error', 'TypeError', 'RangeError', 'AssertionError']);

/** Words that look like a label but are protocol: an HTTP auth scheme, a MIME type. */
const PROTOCOL = new Set(['Bearer']);
const MIME = /^[a-z]+\/[\w.+-]+(;|$)/;

/** Properties whose value is a schema word of Adaptive Cards or Block Kit, not text. */
const SCHEMASLEUTELS = new Set([
  'type',
  'style',
  'width',
  'height',
  'size',
  'weight',
  'color',
  'spacing',
  'horizontalAlignment',
  'verticalContentAlignment',
  'mode',
  'associatedInputs',
  'fontType',
  'imageSize',
]);

function isZin(tekst: string): boolean {
  if (PROTOCOL.has(tekst.trim()) || MIME.test(tekst)) return false;
  return TWEE_WOORDEN.test(tekst) || EEN_WOORD.test(tekst);
}

function zonderPlaatshouders(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((s) => ` ${s.literal.text}`).join('');
}

function technisch(node: ts.Node): boolean {
  for (let ouder = node.parent; ouder; ouder = ouder.parent) {
    if (ts.isImportDeclaration(ouder) || ts.isExportDeclaration(ouder) || ts.isLiteralTypeNode(ouder))
      return true;
    if (ts.isCallExpression(ouder) && LOGAANROEP.test(ouder.expression.getText())) return true;
    if (
      ts.isNewExpression(ouder) &&
      ts.isIdentifier(ouder.expression) &&
      PROGRAMMEERFOUT.has(ouder.expression.text)
    )
      return true;
    if (ts.isPropertyAssignment(ouder)) {
      if (ouder.name === node) return true;
      if (ouder.initializer === node && SCHEMASLEUTELS.has(ouder.name.getText().replace(/['"]/g, '')))
        return true;
    }
    if (ts.isBlock(ouder) || ts.isSourceFile(ouder)) return false;
  }
  return false;
}

export function zinnenIn(bestand: string, bron: string): Zin[] {
  const sf = ts.createSourceFile(bestand, bron, ts.ScriptTarget.Latest, true);
  const zinnen: Zin[] = [];
  const bezoek = (node: ts.Node) => {
    let tekst: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) tekst = node.text;
    else if (ts.isTemplateExpression(node)) tekst = zonderPlaatshouders(node);
    if (tekst !== null && isZin(tekst) && !technisch(node)) {
      zinnen.push({ bestand, regel: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, tekst });
    }
    ts.forEachChild(node, bezoek);
  };
  bezoek(sf);
  return zinnen;
}

/**
 * The messages schemas give zod (`{ error: '…' }`, `{ message: '…' }`) written as a sentence in code: a
 * form shows them to a person, so they come from the catalogue (`melding(zin(…))`), wherever the schema
 * lives. Not a sentence (a catalogue key, a code) is left alone.
 */
export function schemaMeldingenIn(bestand: string, bron: string): Zin[] {
  const sf = ts.createSourceFile(bestand, bron, ts.ScriptTarget.Latest, true);
  const zinnen: Zin[] = [];
  const bezoek = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ['error', 'message'].includes(node.name.getText()) &&
      (ts.isStringLiteral(node.initializer) ||
        ts.isNoSubstitutionTemplateLiteral(node.initializer) ||
        ts.isTemplateExpression(node.initializer)) &&
      ts.isObjectLiteralExpression(node.parent) &&
      ts.isCallExpression(node.parent.parent)
    ) {
      const tekst = ts.isTemplateExpression(node.initializer)
        ? zonderPlaatshouders(node.initializer)
        : node.initializer.text;
      if (isZin(tekst))
        zinnen.push({ bestand, regel: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, tekst });
    }
    ts.forEachChild(node, bezoek);
  };
  bezoek(sf);
  return zinnen;
}

export function zinnenOnder(
  wortel: string,
  mappen: readonly string[],
  zoek: (bestand: string, bron: string) => Zin[] = zinnenIn,
): Zin[] {
  const zinnen: Zin[] = [];
  const loop = (map: string) => {
    for (const e of readdirSync(path.join(wortel, map), { withFileTypes: true })) {
      const rel = `${map}/${e.name}`;
      if (e.isDirectory()) loop(rel);
      else if (e.name.endsWith('.ts'))
        zinnen.push(...zoek(rel, readFileSync(path.join(wortel, rel), 'utf8')));
    }
  };
  for (const m of mappen) loop(m);
  return zinnen;
}
