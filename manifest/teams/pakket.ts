// `npm run teams:pakket`: the Teams app package (manifest.json + color.png + outline.png in a zip) to
// upload in Teams or the Teams admin centre. Placeholders in manifest.json are filled from the
// environment; without them the package is for local trials (all-zero ids, localhost). The manifest is
// validated against the official schema for its version, bundled in @microsoft/app-manifest (offline).
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
  controleerIcoon('color.png', 192, false);
  controleerIcoon('outline.png', 32, true);
  const zip = new JSZip();
  // Fixed dates: the same input gives the same zip.
  const datum = new Date('2026-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: datum });
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
