import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One name per concept (docs/architectuur.md, "Namen"): what a member answers in a decision round is an
 * `antwoord` in code, database, catalogue, docs and on screen. Its old name may only appear where a
 * stored code keeps it, in the migrations (history) and in the few lines that still read what was
 * written before the rename.
 */
const ONDERZOCHT = [
  'src',
  'adapters',
  'test',
  'bench',
  'scripts',
  'bin',
  'docs',
  'deploy',
  'manifest',
  'prisma/schema.prisma',
  'README.md',
  'test/beheer/backup.test.ts',
  'docs/architectuur.md',
  'test/store/toegestanewaarden.test.ts',
  'tafels.example.yml',
];
const OVERGESLAGEN = [
  /^prisma\/migrations\//, // history: a migration is never rewritten
  /^test\/fixtures\/privacy\//, // Dutch prose written by people, where the everyday word belongs
  /^test\/architectuur\/namen\.test\.ts$/, // this file
];
const TEKST = /\.(ts|mts|mjs|js|cjs|json|jsonl|prisma|md|ya?ml|sql|sh|html)$/;
const OUD = /reactie/i;
/** Audit actions: links in the hash chain, so stored events keep them and new events use the same code. */
const BEWAARDE_CODES = /reactie_(gegeven|gewijzigd)\b|'reactie_'/g;
/**
 * Lines marked `oude naam` in these files read an old name written before the rename: buttons and card
 * verbs on messages already posted, a tables file in someone's hands.
 */
const LEZEN_OUDE_NAAM = new Set([
  'adapters/slack/ids.ts',
  'adapters/slack/listeners/actions/beslissen.ts',
  'adapters/teams/kaarten/casuskaart.ts',
  'src/domain/beleid.ts',
  'test/slack/stromen.test.ts',
  'README.md',
  'test/beheer/backup.test.ts',
  'docs/architectuur.md',
  'test/store/toegestanewaarden.test.ts',
  'test/teams/stromen.test.ts',
  'test/config/tafelsbestand.test.ts',
]);

function oudeNamenIn(bestand: string, tekst: string): string[] {
  return tekst.split('\n').flatMap((regel, i) => {
    if (!OUD.test(regel.replace(BEWAARDE_CODES, ''))) return [];
    if (LEZEN_OUDE_NAAM.has(bestand) && /oude naam/i.test(regel)) return [];
    return [`${bestand}:${i + 1} ${regel.trim()}`];
  });
}

function bestandenOnder(wortel: string, deel: string): string[] {
  const vol = path.join(wortel, deel);
  if (!existsSync(vol)) return [];
  if (statSync(vol).isFile()) return [deel];
  return readdirSync(vol, { recursive: true, encoding: 'utf8' })
    .map((f) => path.posix.join(deel, f.split(path.sep).join('/')))
    .filter((f) => TEKST.test(f) && statSync(path.join(wortel, f)).isFile());
}

describe('one name per concept: a member answers with an antwoord', () => {
  it('no code, schema or doc calls it by its old name', () => {
    const wortel = process.cwd();
    const vondsten = ONDERZOCHT.flatMap((d) => bestandenOnder(wortel, d))
      .filter((f) => !OVERGESLAGEN.some((r) => r.test(f)))
      .flatMap((f) => oudeNamenIn(f, readFileSync(path.join(wortel, f), 'utf8')));
    expect(vondsten, 'call it antwoord (docs/architectuur.md, "Namen")').toEqual([]);
  });

  it('finds the old name as a word part, and not in a stored audit code or a marked compatibility line', () => {
    const bron = [
      'const huidigeReacties = 1;',
      'const SQL = \'SELECT 1 FROM "Reactie"\';',
      "actie: 'reactie_gegeven',",
      "const oud = 'reactie.'; // oude naam",
    ].join('\n');
    expect(oudeNamenIn('src/x.ts', bron)).toEqual([
      'src/x.ts:1 const huidigeReacties = 1;',
      'src/x.ts:2 const SQL = \'SELECT 1 FROM "Reactie"\';',
      "src/x.ts:4 const oud = 'reactie.'; // oude naam",
    ]);
    expect(oudeNamenIn('adapters/teams/kaarten/casuskaart.ts', bron)).toHaveLength(2);
  });
});
