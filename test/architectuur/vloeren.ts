// The floors of docs/architectuur.md as one rule over an import graph: which imports break a floor. The
// graph is read with the TypeScript parser (no type checking, so a whole tree reads in well under a second);
// the rule itself is pure, so the test can feed it small in-memory graphs that it must reject.
import path from 'node:path';
import ts from 'typescript';

/** One row of the table "Verdiepingen": its number and the folders (ending in `/`) and files on it. */
export interface Verdieping {
  nummer: number;
  paden: string[];
}

/**
 * Every way a file can pull in another module. Type-only imports count like any other: a lower floor
 * that names a higher floor's type changes when that floor changes, so it is coupled all the same.
 */
export type ImportSoort = 'waarde' | 'type' | 'dynamisch' | 'require';

export interface Import {
  /** A package name as written (`@slack/bolt`), or a repository path for a relative specifier. */
  doel: string;
  soort: ImportSoort;
  /** A bare specifier: a package or a `node:` built-in, not a file of this repository. */
  pakket: boolean;
}

export interface Bronbestand {
  /** Repository path, `/`-separated: `src/services/ronde.ts`. */
  pad: string;
  imports: Import[];
  /** Property names that only the database handle has (`db`, `$queryRaw`, …), where the file uses them. */
  databasetoegang: string[];
  /** Specifiers that are not a string literal: the rule cannot see where they point. */
  onleesbaar: number;
}

/** A sideways import between two parts of one floor that is known to close a cycle, and why it stays. */
export interface ToegestaneKluwen {
  van: string;
  naar: string;
  waarom: string;
}

export type Breuk =
  | { regel: 'zonder-verdieping'; bestand: string }
  | { regel: 'omhoog'; bestand: string; doel: string; van: number; naar: number }
  | { regel: 'kluwen'; van: string; naar: string; via: string }
  | { regel: 'kluwen-opgelost'; van: string; naar: string }
  | { regel: 'platform-sdk'; bestand: string; doel: string }
  | { regel: 'adapter-naar-adapter'; bestand: string; doel: string }
  | { regel: 'database-in-adapter'; bestand: string; wat: string }
  | { regel: 'onleesbare-import'; bestand: string };

/** The composition floor wires everything together; its parts may call each other. */
const SAMENSTELLING = 4;

const SLACK_SDK = /^@slack\//;
/** botbuilder, its connector, and the Microsoft 365 Agents SDK that succeeds it. */
const TEAMS_SDK = /^(botbuilder|botframework-|@microsoft\/agents-|@microsoft\/teams)/;
const TEAMS_SDK_MODULE = 'adapters/teams/botframework.ts';
const DATABASE_PAKKETTEN = /^(@prisma\/|pg$|@electric-sql\/pglite|pglite-prisma-adapter)/;
/** `Diensten.db` is the only way to the database a service hands out; the rest are PrismaClient's own. */
const DATABASE_NAMEN = new Set([
  'db',
  '$queryRaw',
  '$queryRawUnsafe',
  '$executeRaw',
  '$executeRawUnsafe',
  '$transaction',
]);

/** Reads the floor table from the markdown of docs/architectuur.md: the first column, then the paths in the second. */
export function leesVerdiepingen(markdown: string): Verdieping[] {
  const sectie = markdown.split(/^## /m).find((s) => s.startsWith('Verdiepingen'));
  if (!sectie) throw new Error('Geen sectie "Verdiepingen" in docs/architectuur.md');
  const verdiepingen: Verdieping[] = [];
  for (const regel of sectie.split('\n')) {
    const cellen = regel.split('|').map((c) => c.trim());
    const nummer = Number(cellen[1]);
    if (!regel.startsWith('|') || cellen[1] === '' || !Number.isInteger(nummer)) continue;
    const paden = [...(cellen[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    verdiepingen.push({ nummer, paden });
  }
  return verdiepingen;
}

/** The imports in one file's source text. */
export function leesBron(pad: string, tekst: string): Bronbestand {
  const bron = ts.createSourceFile(pad, tekst, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const imports: Import[] = [];
  const databasetoegang = new Set<string>();
  const requires = new Set(['require']);
  let onleesbaar = 0;

  const voegToe = (specifier: ts.Expression | undefined, soort: ImportSoort) => {
    if (specifier && ts.isStringLiteralLike(specifier))
      imports.push({ doel: doelVan(pad, specifier.text), soort, pakket: !specifier.text.startsWith('.') });
    else onleesbaar++;
  };
  const isCreateRequire = (n: ts.Node): boolean =>
    ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'createRequire';

  const bezoek = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n)) voegToe(n.moduleSpecifier, n.importClause?.isTypeOnly ? 'type' : 'waarde');
    else if (ts.isExportDeclaration(n) && n.moduleSpecifier)
      voegToe(n.moduleSpecifier, n.isTypeOnly ? 'type' : 'waarde');
    else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference))
      voegToe(n.moduleReference.expression, n.isTypeOnly ? 'type' : 'waarde');
    else if (ts.isImportTypeNode(n))
      voegToe(ts.isLiteralTypeNode(n.argument) ? n.argument.literal : undefined, 'type');
    else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword)
      voegToe(n.arguments[0], 'dynamisch');
    else if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.initializer &&
      isCreateRequire(n.initializer)
    )
      requires.add(n.name.text);
    else if (
      ts.isCallExpression(n) &&
      ((ts.isIdentifier(n.expression) && requires.has(n.expression.text)) || isCreateRequire(n.expression))
    )
      voegToe(n.arguments[0], 'require');
    else if (ts.isPropertyAccessExpression(n) && DATABASE_NAMEN.has(n.name.text))
      databasetoegang.add(n.name.text);
    ts.forEachChild(n, bezoek);
  };
  bezoek(bron);
  return { pad, imports, databasetoegang: [...databasetoegang], onleesbaar };
}

/** A relative specifier as a repository path (`.js` written for a `.ts` source counts as the source). */
function doelVan(vanaf: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return path.posix.normalize(path.posix.join(path.posix.dirname(vanaf), specifier)).replace(/\.js$/, '.ts');
}

/** The table entry a file belongs to (the longest path that contains it), with its floor. */
function deelVan(verdiepingen: readonly Verdieping[], pad: string): { deel: string; nummer: number } | null {
  let beste: { deel: string; nummer: number } | null = null;
  for (const v of verdiepingen)
    for (const p of v.paden) {
      const past = p.endsWith('/') ? pad.startsWith(p) : pad === p;
      if (past && (!beste || p.length > beste.deel.length)) beste = { deel: p, nummer: v.nummer };
    }
  return beste;
}

const adapterVan = (pad: string): string | null => /^adapters\/[^/]+\//.exec(pad)?.[0] ?? null;

/** Every break of the floors in a graph. `kluwens`: the sideways cycles still allowed, each with its reason. */
export function controleerVloeren(
  bestanden: readonly Bronbestand[],
  verdiepingen: readonly Verdieping[],
  kluwens: readonly ToegestaneKluwen[] = [],
): Breuk[] {
  const breuken: Breuk[] = [];
  /** Sideways imports between parts of one floor: `van → naar`, with one file that does it. */
  const zijwaarts = new Map<string, Map<string, string>>();

  for (const b of bestanden) {
    const eigen = deelVan(verdiepingen, b.pad);
    if (!eigen) {
      breuken.push({ regel: 'zonder-verdieping', bestand: b.pad });
      continue;
    }
    if (b.onleesbaar > 0) breuken.push({ regel: 'onleesbare-import', bestand: b.pad });
    const adapter = adapterVan(b.pad);
    if (adapter)
      for (const wat of b.databasetoegang)
        breuken.push({ regel: 'database-in-adapter', bestand: b.pad, wat });

    for (const { doel, pakket } of b.imports) {
      if (pakket) {
        const sdk =
          (SLACK_SDK.test(doel) && adapter !== 'adapters/slack/') ||
          (TEAMS_SDK.test(doel) && b.pad !== TEAMS_SDK_MODULE);
        if (sdk) breuken.push({ regel: 'platform-sdk', bestand: b.pad, doel });
        if (adapter && DATABASE_PAKKETTEN.test(doel))
          breuken.push({ regel: 'database-in-adapter', bestand: b.pad, wat: doel });
        continue;
      }
      const ander = deelVan(verdiepingen, doel);
      if (!ander) {
        breuken.push({ regel: 'zonder-verdieping', bestand: doel });
        continue;
      }
      const doelAdapter = adapterVan(doel);
      if (adapter && doelAdapter && doelAdapter !== adapter)
        breuken.push({ regel: 'adapter-naar-adapter', bestand: b.pad, doel });
      if (adapter && ander.deel === 'src/store/')
        breuken.push({ regel: 'database-in-adapter', bestand: b.pad, wat: doel });
      if (ander.nummer > eigen.nummer)
        breuken.push({ regel: 'omhoog', bestand: b.pad, doel, van: eigen.nummer, naar: ander.nummer });
      else if (ander.nummer === eigen.nummer && ander.deel !== eigen.deel && eigen.nummer !== SAMENSTELLING) {
        const naar = zijwaarts.get(eigen.deel) ?? new Map<string, string>();
        if (!naar.has(ander.deel)) naar.set(ander.deel, `${b.pad} → ${doel}`);
        zijwaarts.set(eigen.deel, naar);
      }
    }
  }

  // A sideways import is a tangle when the other part reaches back, directly or through others.
  const bereikt = (van: string, naar: string): boolean => {
    const gezien = new Set<string>();
    const stapel = [van];
    while (stapel.length > 0) {
      const deel = stapel.pop()!;
      if (deel === naar) return true;
      if (gezien.has(deel)) continue;
      gezien.add(deel);
      stapel.push(...(zijwaarts.get(deel)?.keys() ?? []));
    }
    return false;
  };
  const toegestaan = (van: string, naar: string) => kluwens.some((k) => k.van === van && k.naar === naar);
  const inKluwen = new Set<string>();
  for (const [van, naar] of zijwaarts)
    for (const [doel, via] of naar) {
      if (!bereikt(doel, van)) continue;
      inKluwen.add(`${van} ${doel}`);
      if (!toegestaan(van, doel)) breuken.push({ regel: 'kluwen', van, naar: doel, via });
    }
  for (const k of kluwens)
    if (!inKluwen.has(`${k.van} ${k.naar}`))
      breuken.push({ regel: 'kluwen-opgelost', van: k.van, naar: k.naar });
  return breuken;
}
