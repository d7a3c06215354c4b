#!/usr/bin/env node
// Compiles src/ and adapters/ to dist/ (run by `npm install`, `npm ci` and `npm start`), so the server
// and the command line start as plain JavaScript instead of compiling TypeScript at every run.
//   node scripts/bouw.mjs             build (incremental)
//   node scripts/bouw.mjs --als-nodig build only when a source is newer than the last build
// Installed without devDependencies (`npm ci --omit=dev`) there is no compiler: a dist/ that came with
// the package is used as it is, and without one the install says what to do.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pakket = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stempel = path.join(pakket, 'dist', '.gebouwd');
const bronnen = ['src', 'adapters', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function nieuwsteBron() {
  let nieuwst = 0;
  const bekijk = (p) => {
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s) return;
    if (s.isDirectory()) for (const naam of readdirSync(p)) bekijk(path.join(p, naam));
    else nieuwst = Math.max(nieuwst, s.mtimeMs);
  };
  for (const b of bronnen) bekijk(path.join(pakket, b));
  return nieuwst;
}

if (process.argv.includes('--als-nodig')) {
  const gebouwd = statSync(stempel, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (gebouwd >= nieuwsteBron()) process.exit(0);
}

let tsc;
try {
  tsc = createRequire(path.join(pakket, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  if (existsSync(path.join(pakket, 'dist', 'src', 'cli', 'main.js'))) {
    console.error(
      'maatwerkbot: geen TypeScript-compiler geïnstalleerd; de meegeleverde build in dist/ wordt gebruikt.',
    );
    process.exit(0);
  }
  console.error(
    'maatwerkbot: kan niet bouwen: TypeScript ontbreekt en er is geen dist/. ' +
      'Installeer met de ontwikkelpakketten (`npm ci`, zonder --omit=dev) of gebruik een pakket met dist/.',
  );
  process.exit(1);
}

const r = spawnSync(process.execPath, [tsc, '-p', path.join(pakket, 'tsconfig.build.json')], {
  stdio: 'inherit',
  cwd: pakket,
});
if (r.status !== 0) {
  console.error('maatwerkbot: bouwen mislukt (zie de meldingen van TypeScript hierboven).');
  process.exit(r.status ?? 1);
}
// The privacy check's Dutch word list, expanded once here instead of at every start of the server.
const uitDist = (bestand) => import(pathToFileURL(path.join(pakket, 'dist', 'src', 'privacy', bestand)).href);
const woordenboek = await uitDist('woordenboek.js');
const woordenlijst = await uitDist('woordenlijst.js');
writeFileSync(
  woordenboek.WOORDENLIJST_BESTAND,
  woordenlijst.naarBestand(woordenlijst.verzamel(woordenboek.laadNspell()), woordenboek.woordenboekBron()),
);
writeFileSync(stempel, `${new Date().toISOString()}\n`);
