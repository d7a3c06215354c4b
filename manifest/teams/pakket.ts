// `npm run teams:pakket`: the Teams app package (manifest.json + its localization files + color.png +
// outline.png in a zip) to upload in Teams or the Teams admin centre. Placeholders in manifest.json are
// filled from the environment; without them the package is for local trials (all-zero ids, localhost).
// The manifest is in Dutch (its default language); each file in localizationInfo.additionalLanguages
// holds the same strings in another language. Both are validated against the official schemas for
// their version, bundled in @microsoft/app-manifest (offline).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { leesPng } from './iconen.ts';

const MAP = path.dirname(fileURLToPath(import.meta.url));
export const NUL_GUID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Pakket {
  pad: string;
  manifest: Record<string, unknown>;
  waarden: Record<string, string>;
}

export class PakketFout extends Error {
  constructor(
    bericht: string,
    public readonly details: string[] = [],
  ) {
    super(details.length > 0 ? `${bericht}\n- ${details.join('\n- ')}` : bericht);
    this.name = 'PakketFout';
  }
}

function versie(): string {
  const pkg = JSON.parse(readFileSync(path.join(MAP, '../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The values of the placeholders: from the environment, or the local defaults. */
export function placeholderWaarden(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const appId = env.MICROSOFT_APP_ID?.trim() || NUL_GUID;
  const waarden = {
    MICROSOFT_APP_ID: appId,
    TEAMS_APP_ID: env.TEAMS_APP_ID?.trim() || appId,
    BOT_DOMAIN: (env.BOT_DOMAIN?.trim() || 'localhost').replace(/^https?:\/\//, '').replace(/\/.*$/, ''),
    VERSIE: env.TEAMS_APP_VERSIE?.trim() || versie(),
  };
  for (const sleutel of ['MICROSOFT_APP_ID', 'TEAMS_APP_ID'] as const) {
    if (!GUID.test(waarden[sleutel]))
      throw new PakketFout(`${sleutel} moet een GUID zijn (zoals ${NUL_GUID}), niet "${waarden[sleutel]}".`);
  }
  return waarden;
}

export function vulIn(sjabloon: string, waarden: Record<string, string>): string {
  const ingevuld = sjabloon.replace(/\{\{([A-Z_]+)\}\}/g, (geheel, naam: string) => waarden[naam] ?? geheel);
  const over = [...ingevuld.matchAll(/\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]!);
  if (over.length > 0) throw new PakketFout('Onbekende plaatshouders in manifest.json:', [...new Set(over)]);
  return ingevuld;
}

export async function valideerManifest(manifest: Record<string, unknown>): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as never);
}

type Json = Record<string, unknown>;

/**
 * The strings of a manifest a person reads, under the key a localization file gives them ("name.short",
 * "bots[0].commandLists[1].commands[2].description"): what a translation must cover, and all it may hold.
 */
export function vertaalbareTeksten(manifest: Json): Record<string, string> {
  const uit: Record<string, string> = {};
  const neem = (sleutel: string, waarde: unknown) => {
    if (typeof waarde === 'string') uit[sleutel] = waarde;
  };
  const lijst = (waarde: unknown): Json[] => (Array.isArray(waarde) ? (waarde as Json[]) : []);
  const name = (manifest.name ?? {}) as Json;
  const description = (manifest.description ?? {}) as Json;
  neem('name.short', name.short);
  neem('name.full', name.full);
  neem('description.short', description.short);
  neem('description.full', description.full);
  lijst(manifest.bots).forEach((bot, b) => {
    lijst(bot.commandLists).forEach((l, i) => {
      lijst(l.commands).forEach((c, j) => {
        neem(`bots[${b}].commandLists[${i}].commands[${j}].title`, c.title);
        neem(`bots[${b}].commandLists[${i}].commands[${j}].description`, c.description);
      });
    });
  });
  lijst(manifest.composeExtensions).forEach((e, x) => {
    lijst(e.commands).forEach((c, j) => {
      const pad = `composeExtensions[${x}].commands[${j}]`;
      neem(`${pad}.title`, c.title);
      neem(`${pad}.description`, c.description);
      lijst(c.parameters).forEach((p, k) => {
        neem(`${pad}.parameters[${k}].title`, p.title);
        neem(`${pad}.parameters[${k}].description`, p.description);
      });
    });
  });
  return uit;
}

/**
 * Microsoft's localization schema as bundled. Two of its patterns (activities.activityTypes) end a
 * character class with a bare `]`, which a unicode RegExp (as the validator compiles them) refuses;
 * escaped, they mean what Microsoft meant, and the validator compiles the schema.
 */
async function vertalingSchema(url: string): Promise<Json> {
  const schema = (await AppManifestUtils.fetchSchema(url)) as unknown as Json & {
    patternProperties?: Json;
  };
  if (!schema.patternProperties) return schema;
  const patronen = Object.fromEntries(
    Object.entries(schema.patternProperties).map(([patroon, regel]) => [
      patroon.replaceAll('\\b]', '\\b\\]'),
      regel,
    ]),
  );
  return { ...schema, patternProperties: patronen };
}

/**
 * A localization file against Microsoft's schema (by its $schema, bundled like the manifest's), and
 * against the manifest: every string a person reads translated, and no key that names nothing (Teams
 * would ignore it without a word).
 */
export async function valideerVertaling(vertaling: Json, manifest: Json): Promise<string[]> {
  if (typeof vertaling.$schema !== 'string') return ['$schema ontbreekt'];
  const fouten = await AppManifestUtils.validateAgainstSchema(
    vertaling as never,
    (await vertalingSchema(vertaling.$schema)) as never,
  );
  const teksten = vertaalbareTeksten(manifest);
  for (const sleutel of Object.keys(teksten))
    if (!(sleutel in vertaling)) fouten.push(`${sleutel} ontbreekt in de vertaling`);
  for (const sleutel of Object.keys(vertaling))
    if (sleutel !== '$schema' && !(sleutel in teksten))
      fouten.push(`${sleutel} is geen tekst van manifest.json`);
  return fouten;
}

/** The localization files the manifest names, read (and filled in like the manifest). */
export function leesVertalingen(manifest: Json, waarden: Record<string, string>): Map<string, Json> {
  const info = (manifest.localizationInfo ?? {}) as { additionalLanguages?: { file: string }[] };
  return new Map(
    (info.additionalLanguages ?? []).map(({ file }) => [
      file,
      JSON.parse(vulIn(readFileSync(path.join(MAP, file), 'utf8'), waarden)) as Json,
    ]),
  );
}

function controleerIcoon(bestand: string, grootte: number, omtrek: boolean) {
  const { breedte, hoogte, rgba } = leesPng(readFileSync(path.join(MAP, bestand)));
  if (breedte !== grootte || hoogte !== grootte)
    throw new PakketFout(`${bestand} moet ${grootte}×${grootte} pixels zijn, niet ${breedte}×${hoogte}.`);
  if (omtrek) {
    for (let i = 0; i < rgba.length; i += 4) {
      const wit = rgba[i] === 255 && rgba[i + 1] === 255 && rgba[i + 2] === 255;
      if (rgba[i + 3] !== 0 && !wit) throw new PakketFout(`${bestand} moet wit op transparant zijn.`);
    }
  }
}

export async function bouwPakket(opties: { env?: NodeJS.ProcessEnv; uit?: string } = {}): Promise<Pakket> {
  const waarden = placeholderWaarden(opties.env);
  const manifest = JSON.parse(
    vulIn(readFileSync(path.join(MAP, 'manifest.json'), 'utf8'), waarden),
  ) as Record<string, unknown>;
  const fouten = await valideerManifest(manifest);
  if (fouten.length > 0) throw new PakketFout('manifest.json voldoet niet aan het Teams-schema:', fouten);
  const vertalingen = leesVertalingen(manifest, waarden);
  for (const [bestand, vertaling] of vertalingen) {
    const mis = await valideerVertaling(vertaling, manifest);
    if (mis.length > 0) throw new PakketFout(`${bestand} is geen geldige vertaling van manifest.json:`, mis);
  }
  controleerIcoon('color.png', 192, false);
  controleerIcoon('outline.png', 32, true);
  const zip = new JSZip();
  // Fixed dates: the same input gives the same zip.
  const datum = new Date('2026-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: datum });
  for (const [bestand, vertaling] of vertalingen)
    zip.file(bestand, `${JSON.stringify(vertaling, null, 2)}\n`, { date: datum });
  zip.file('color.png', readFileSync(path.join(MAP, 'color.png')), { date: datum });
  zip.file('outline.png', readFileSync(path.join(MAP, 'outline.png')), { date: datum });
  const pad = opties.uit ?? path.join(MAP, 'build', 'maatwerkbot-teams.zip');
  mkdirSync(path.dirname(pad), { recursive: true });
  writeFileSync(pad, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { pad, manifest, waarden };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const p = await bouwPakket();
    const lokaal = p.waarden.MICROSOFT_APP_ID === NUL_GUID;
    console.log(`Teams-app-pakket gemaakt: ${path.relative(process.cwd(), p.pad)}`);
    console.log(
      `  bot-id ${p.waarden.MICROSOFT_APP_ID}, domein ${p.waarden.BOT_DOMAIN}, versie ${p.waarden.VERSIE}`,
    );
    if (lokaal)
      console.log(
        '  Let op: zonder MICROSOFT_APP_ID is dit een pakket voor lokaal proberen. Zet MICROSOFT_APP_ID (en BOT_DOMAIN) voor een echte tenant.',
      );
  } catch (fout) {
    console.error(fout instanceof PakketFout ? fout.message : fout);
    process.exitCode = 1;
  }
}
