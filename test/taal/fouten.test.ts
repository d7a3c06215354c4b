// The refusals of the core in both languages: a service's DomeinFout and its field errors render in the
// reader's language through `fout.tekst(taal)` and `veldTekst`, and no throw site writes its sentence in
// code any more.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DomeinFout, isDomeinFout, veldTekst } from '../../src/domain/fouten.ts';
import { leesOfWeiger, z } from '../../src/domain/validatie.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { vondstTekst } from '../../src/privacy/omschrijving.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { eisOvergang } from '../../src/services/overgang.ts';
import { beslisAlsVoorzitter } from '../../src/services/voorzittersbesluit.ts';
import { CATALOGUS, type Sleutel } from '../../src/taal/catalogus.ts';
import type { Taal } from '../../src/taal/taal.ts';
import { tekst } from '../../src/taal/tekst.ts';
import { maakOmgeving, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN, voorzitter } from '../helpers/intake.ts';

/** Words that only a Dutch sentence of this area would hold. */
const NEDERLANDS =
  /\b(de|het|een|niet|bij|van|voor|geen|al|u|uw|is al|ligt|heeft|zijn|mag|kan|Alleen|Kies|Vul|Geef|Schrijf|lijkt|Deze|Dit|bestaat|afgerond|voorzitter|besluitronde|persoonsgegevens|leefgebied|tekens)\b/;
const CODE = /\b[a-z]+_[a-z_]+\b/;

/** Everything a reader sees of a refusal in one language. */
function zichtbaar(fout: DomeinFout, taal: Taal): string[] {
  return [fout.tekst(taal), ...fout.velden.map((v) => veldTekst(v, taal))];
}

function verwachtTweetalig(fout: DomeinFout): void {
  // Converted: the message and every field error carry a sentence of the catalogue.
  expect(fout.zin).not.toBeNull();
  for (const v of fout.velden) expect(v.zin, `field ${v.veld}`).toBeDefined();
  // Dutch is what it always was: the message and the fields' Dutch texts.
  expect(fout.tekst('nl')).toBe(fout.message);
  for (const v of fout.velden) expect(veldTekst(v, 'nl')).toBe(v.bericht);
  for (const tekst of zichtbaar(fout, 'nl')) expect(tekst).not.toMatch(CODE);
  for (const tekst of zichtbaar(fout, 'en')) {
    expect(tekst).not.toMatch(NEDERLANDS);
    expect(tekst).not.toMatch(CODE);
  }
}

async function weigering(belofte: Promise<unknown>, code: string): Promise<DomeinFout> {
  try {
    await belofte;
  } catch (e) {
    if (!isDomeinFout(e)) throw e;
    expect(e.code).toBe(code);
    return e;
  }
  throw new Error(`expected a refusal ${code}`);
}

function weigeringNu(werk: () => unknown): DomeinFout {
  try {
    werk();
  } catch (e) {
    if (isDomeinFout(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a refusal of a service reads in English', () => {
  let o: TestOmgeving;
  let referentie: string;
  beforeAll(async () => {
    o = await maakOmgeving('pglite');
    referentie = (await raiseCasus(o.d, consulent, intake())).referentie;
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('not a member of the table', async () => {
    const fout = await weigering(
      respond(o.d, consulent, referentie, { keuze: 'akkoord', reden: 'Ik dien in en stem mee.' }),
      'geen_lid',
    );
    verwachtTweetalig(fout);
    expect(fout.tekst('en')).toBe(
      'Only members of City-deal tafel Utrecht with a mandate to decide can respond to this case.',
    );
  });

  it('an answer that is not complete, at its fields', async () => {
    const fout = await weigering(
      respond(o.d, LEDEN.wi, referentie, { keuze: 'akkoord_met_voorwaarden', reden: 'Ja' }),
      'ongeldige_invoer',
    );
    expect(fout.velden.length).toBeGreaterThanOrEqual(2);
    verwachtTweetalig(fout);
  });

  it('the round is closed, and only the chair decides then', async () => {
    await respond(o.d, LEDEN.wi, referentie, { keuze: 'akkoord', reden: 'Past binnen de afspraken.' });
    o.klok.zet('2026-11-26 15:00');
    await voerDueJobsUit(o.d, jobHandlers);
    const gesloten = await weigering(
      respond(o.d, LEDEN.ggz, referentie, { keuze: 'akkoord', reden: 'Te laat.' }),
      'ronde_gesloten',
    );
    verwachtTweetalig(gesloten);
    const geenVoorzitter = await weigering(
      beslisAlsVoorzitter(o.d, LEDEN.wi, referentie, { uitkomst: 'toekennen', reden: 'Ik vind het goed.' }),
      'geen_voorzitter',
    );
    verwachtTweetalig(geenVoorzitter);
    const zonderVerwijzing = await weigering(
      beslisAlsVoorzitter(o.d, voorzitter, referentie, { uitkomst: 'afwijzen', reden: 'Niet passend.' }),
      'ongeldige_invoer',
    );
    verwachtTweetalig(zonderVerwijzing);
  });

  it('an intake wrong at several fields', async () => {
    const fout = await weigering(
      raiseCasus(
        o.d,
        consulent,
        intake({
          titel: '',
          situatie: 'te kort',
          leefgebieden: [],
          kostenMaatwerk: 'veel',
          urgentie: 'morgen' as never,
          gevraagdeOplossing: 'x'.repeat(2001),
        }),
      ),
      'ongeldige_invoer',
    );
    expect(fout.velden.map((v) => v.veld).sort()).toEqual([
      'gevraagdeOplossing',
      'kostenMaatwerk',
      'situatie',
      'titel',
      'urgentie',
    ]);
    verwachtTweetalig(fout);
    const en = Object.fromEntries(fout.velden.map((v) => [v.veld, veldTekst(v, 'en')]));
    expect(en.titel).toBe('Please fill in a short title');
    // A bound is shown as written, not grouped as a number of the locale ("2.000" in Dutch).
    expect(fout.velden.find((v) => v.veld === 'gevraagdeOplossing')!.bericht).toBe(
      'De gevraagde oplossing mag hooguit 2000 tekens zijn',
    );
    expect(en.gevraagdeOplossing).toBe('The requested solution may be at most 2000 characters');
  });

  it('personal data in the text, with what was found in the reader’s language', async () => {
    const fout = await weigering(
      raiseCasus(
        o.d,
        consulent,
        intake({ situatie: 'Mevrouw, BSN 111222333, is bereikbaar op 06-12345678, al jaren in de wijk.' }),
      ),
      'persoonsgegevens',
    );
    verwachtTweetalig(fout);
    const [veld] = fout.velden;
    expect(veld!.bericht).toMatch(/^Deze tekst lijkt op een BSN, lijkt op een telefoonnummer\. Maak/);
    expect(veld!.vondsten!.map((v) => v.omschrijving)).toContain('lijkt op een BSN');
    expect(veldTekst(veld!, 'en')).toMatch(
      /^This text looks like a citizen service number \(BSN\), looks like a phone number\. /,
    );
    expect(veld!.vondsten!.map((v) => vondstTekst(v.soort, 'en'))).toContain('looks like a phone number');
  });
});

describe('refusals of the rules themselves', () => {
  it('a control character, at its field, and a field message a schema gives', () => {
    const fout = weigeringNu(() =>
      leesOfWeiger(z.object({ reden: z.string(), vraag: z.string().min(5, { error: 'Stel een vraag' }) }), {
        reden: 'a\u0000b',
        vraag: 'kort',
      }),
    );
    expect(fout.tekst('en')).toBe('Please check what you entered.');
    expect(veldTekst(fout.velden[0]!, 'en')).toMatch(/^Contains an invalid character/);
    // A message written in a schema outside the catalogue stays as it is, in every language.
    expect(veldTekst(fout.velden[1]!, 'en')).toBe('Stel een vraag');
  });

  it("zod's own problems, when a schema gives no message: each in the reader's language", () => {
    const fout = weigeringNu(() =>
      leesOfWeiger(
        z.object({ titel: z.string().max(5), aantal: z.number(), soort: z.enum(['hulp', 'geld', 'huis']) }),
        { titel: 'een te lange titel', soort: 'auto' },
      ),
    );
    verwachtTweetalig(fout);
    expect(fout.velden.map((v) => veldTekst(v, 'nl'))).toEqual([
      'Te lang: hooguit 5 tekens (nu 18)',
      'Ontbreekt',
      'Moet een van deze zijn: `hulp`, `geld` of `huis`',
    ]);
    expect(fout.velden.map((v) => veldTekst(v, 'en'))).toEqual([
      'Too long: at most 5 characters (now 18)',
      'Is missing',
      'Must be one of these: `hulp`, `geld` or `huis`',
    ]);
  });

  it('a step the state machine does not allow', () => {
    verwachtTweetalig(
      weigeringNu(() => eisOvergang({ referentie: 'MW-2026-0001', status: 'besloten' }, 'ingetrokken')),
    );
  });

  it('a finding of a kind the detector does not know is still worded, not shown as its code', () => {
    expect(vondstTekst('pasfoto', 'en')).toBe('contains personal data');
    expect(vondstTekst('toString', 'nl')).toBe('bevat persoonsgegevens');
  });
});

describe('every sentence of the refusals has its English', () => {
  const WAARDEN = {
    referentie: 'MW-2026-0001',
    casus: 'MW-2026-0001',
    tafel: 'City-deal Utrecht',
    organisatie: 'Housing Co',
    soorten: 'looks like a phone number',
    min: '5',
    max: '60',
    niveau: 'voorzitter',
    n: '3',
    aantal: 2,
    namen: '`a` or `b`',
    precies: 'nee',
    tekst: 'https://',
    nu: '70',
    // Words of the tables file, Dutch in every language; only the sentence around them is checked.
    werkdagen: '"2 …"',
    werkuren: '"4 …"',
    vergadering: '"…"',
    keuzes: '…, …',
  };
  const sleutels = [
    ...Object.keys(CATALOGUS.en.fouten).map((k) => `fouten.${k}`),
    ...Object.keys(CATALOGUS.en.privacy).map((k) => `privacy.${k}`),
  ] as Sleutel[];
  it.each(sleutels)('%s', (sleutel) => {
    for (const wat of ['titel', 'situatie', 'kosten', 'anders']) {
      const en = tekst('en', sleutel, { ...WAARDEN, wat });
      expect(en).not.toMatch(NEDERLANDS);
      expect(en).not.toMatch(CODE);
      expect(tekst('nl', sleutel, { ...WAARDEN, wat })).not.toMatch(CODE);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

const WORTEL = path.resolve(import.meta.dirname, '../..');

function bronbestanden(map: string): string[] {
  return readdirSync(path.join(WORTEL, map), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(WORTEL, path.join(e.parentPath, e.name)));
}

/** Text written in code: a string, a template, or a sum with either in it. */
function isGeschrevenTekst(e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isGeschrevenTekst(e.expression);
  if (ts.isConditionalExpression(e)) return isGeschrevenTekst(e.whenTrue) || isGeschrevenTekst(e.whenFalse);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return isGeschrevenTekst(e.left) || isGeschrevenTekst(e.right);
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e);
}

/**
 * Where a source builds a refusal with its sentence in code: `new DomeinFout(code, 'zin')`, the
 * `super(code, 'zin')` of a class that extends DomeinFout, and a field error `{ veld, bericht: 'zin' }`.
 */
function geschrevenWeigeringen(pad: string, bron: string): string[] {
  const bestand = ts.createSourceFile(pad, bron, ts.ScriptTarget.Latest, true);
  const uit: string[] = [];
  const plek = (n: ts.Node) => `${pad}:${bestand.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const zinArgument = (args: ts.NodeArray<ts.Expression> | undefined) =>
    !!args?.[1] && isGeschrevenTekst(args[1]);
  const bezoek = (n: ts.Node, inDomeinFout: boolean): void => {
    if (
      ts.isNewExpression(n) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === 'DomeinFout' &&
      zinArgument(n.arguments)
    )
      uit.push(`${plek(n)} new DomeinFout`);
    if (
      inDomeinFout &&
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.SuperKeyword &&
      zinArgument(n.arguments)
    )
      uit.push(`${plek(n)} super`);
    if (
      ts.isPropertyAssignment(n) &&
      ts.isIdentifier(n.name) &&
      n.name.text === 'bericht' &&
      isGeschrevenTekst(n.initializer) &&
      ts.isObjectLiteralExpression(n.parent) &&
      n.parent.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'veld')
    )
      uit.push(`${plek(n)} veld bericht`);
    const subklasse =
      ts.isClassDeclaration(n) &&
      !!n.heritageClauses?.some((h) => h.types.some((t) => t.expression.getText(bestand) === 'DomeinFout'));
    ts.forEachChild(n, (k) => bezoek(k, ts.isClassDeclaration(n) ? subklasse : inDomeinFout));
  };
  bezoek(bestand, false);
  return uit;
}

/**
 * Refusals still written in code, per file, outside this area: the tables file's findings are worded
 * with the settings. A file may have fewer, never more.
 */
const NOG_IN_CODE: Record<string, number> = {
  'src/config/tafelsbestand.ts': 2,
};

describe('no refusal of the core is written in code', () => {
  it('finds a sentence written into a DomeinFout, its subclass or a field error', () => {
    const bron = [
      "throw new DomeinFout('onbekend', 'Deze tafel bestaat niet.');",
      `throw new DomeinFout("onbekend", \`Casus \${id} bestaat niet.\`, []);`,
      "throw new DomeinFout('onbekend', ja ? 'Ja.' : zin('fouten.onbekend.tafel'));",
      "const v = { veld: 'tafel', bericht: 'Kies een tafel' };",
      "class Eigen extends DomeinFout { constructor() { super('onbekend', 'Weg.'); } }",
      "throw new DomeinFout('onbekend', zin('fouten.onbekend.tafel'), [veldFout('tafel', zin('fouten.veld.kies_tafel'))]);",
      "const b = { soort: 'herinnering', bericht: 'x' };",
      "class Anders extends Error { constructor() { super('geen zin voor een lezer'); } }",
      "throw new AntwoordVanBuiten(poging, 'geen_lid', zin('fouten.bevoegd.antwoorden', { tafel }));",
    ].join('\n');
    expect(geschrevenWeigeringen('voorbeeld.ts', bron)).toEqual([
      'voorbeeld.ts:1 new DomeinFout',
      'voorbeeld.ts:2 new DomeinFout',
      'voorbeeld.ts:3 new DomeinFout',
      'voorbeeld.ts:4 veld bericht',
      'voorbeeld.ts:5 super',
    ]);
  });

  it('src/ has none', () => {
    const bestanden = bronbestanden('src').map((p) => p.replaceAll('\\', '/'));
    expect(bestanden.length).toBeGreaterThan(50);
    const teVeel: Record<string, string[]> = {};
    for (const p of bestanden) {
      const gevonden = geschrevenWeigeringen(p, readFileSync(path.join(WORTEL, p), 'utf8'));
      if (gevonden.length > (NOG_IN_CODE[p] ?? 0)) teVeel[p] = gevonden;
    }
    expect(teVeel).toEqual({});
  });
});
