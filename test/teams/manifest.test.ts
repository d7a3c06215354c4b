// The Teams app manifest against the official schema bundled in @microsoft/app-manifest (no network),
// and the app package `npm run teams:pakket` builds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { OPDRACHT_INDIENEN } from '../../adapters/teams/handlers/formulier.ts';
import { kleurPixels, leesPng, omtrekPixels } from '../../manifest/teams/iconen.ts';
import {
  bouwPakket,
  leesVertalingen,
  NUL_GUID,
  PakketFout,
  placeholderWaarden,
  valideerManifest,
  valideerVertaling,
  vertaalbareTeksten,
  vulIn,
} from '../../manifest/teams/pakket.ts';

const sjabloon = readFileSync(new URL('../../manifest/teams/manifest.json', import.meta.url), 'utf8');
const APP_ID = '8d4f5c2a-1b3e-4f60-9a7b-2c1d0e9f8a76';

describe('Teams manifest', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-teams-'));
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('is valid against the schema of its manifestVersion, locally and with real ids', async () => {
    const lokaal = JSON.parse(vulIn(sjabloon, placeholderWaarden({})));
    expect(lokaal.manifestVersion).toBe('1.17');
    expect(await valideerManifest(lokaal)).toEqual([]);
    const echt = JSON.parse(
      vulIn(
        sjabloon,
        placeholderWaarden({ MICROSOFT_APP_ID: APP_ID, BOT_DOMAIN: 'https://bot.utrecht.nl/api' }),
      ),
    );
    expect(await valideerManifest(echt)).toEqual([]);
    expect(echt.bots[0].botId).toBe(APP_ID);
    expect(echt.id).toBe(APP_ID);
    expect(echt.validDomains).toEqual(['bot.utrecht.nl']);
  });

  it('the validation is real: a broken manifest is refused', async () => {
    const kapot = JSON.parse(vulIn(sjabloon, placeholderWaarden({})));
    delete kapot.name;
    kapot.bots[0].scopes = ['overal'];
    const fouten = await valideerManifest(kapot);
    expect(fouten.join('\n')).toMatch(/name/);
    expect(fouten.length).toBeGreaterThanOrEqual(2);
  });

  it('offers the commands and the message extension the bot handles', () => {
    const m = JSON.parse(vulIn(sjabloon, placeholderWaarden({})));
    const bot = m.bots[0];
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titels = bot.commandLists.flatMap((l: { commands: { title: string }[] }) =>
      l.commands.map((c) => c.title),
    );
    for (const opdracht of ['casus', 'zoek', 'agenda', 'help', 'koppel', 'toezeggingen'])
      expect(titels).toContain(opdracht);
    // A table's channel should be private to the table (need-to-know): the bot must work there.
    expect(m.supportedChannelTypes).toEqual(['privateChannels']);
    expect(m.composeExtensions[0].commands[0]).toMatchObject({
      id: OPDRACHT_INDIENEN,
      type: 'action',
      fetchTask: true,
    });
  });

  it('is Dutch by default with an English localization valid against its schema', async () => {
    const w = placeholderWaarden({});
    const m = JSON.parse(vulIn(sjabloon, w));
    expect(m.localizationInfo).toEqual({
      defaultLanguageTag: 'nl-nl',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    const en = leesVertalingen(m, w).get('en.json')!;
    expect(en.$schema).toMatch(/\/teams\/v1\.17\/MicrosoftTeams\.Localization\.schema\.json$/);
    expect(await valideerVertaling(en, m)).toEqual([]);
    const teksten = vertaalbareTeksten(m);
    for (const [sleutel, tekst] of Object.entries(teksten)) {
      // Command titles are the words the bot parses, the same in every language; the rest is English.
      if (/\.commands\[\d+\]\.title$/.test(sleutel) && sleutel.startsWith('bots'))
        expect(en[sleutel], sleutel).toBe(tekst);
      else if (tekst.split(' ').length > 1) expect(en[sleutel], sleutel).not.toBe(tekst);
      expect(String(en[sleutel]), sleutel).not.toMatch(
        /\b(de|het|een|uw|van|voor|tafel|casussen|besluiten)\b/,
      );
    }
  });

  it('the localization check is real: a wrong key, a missing string or one too long is refused', async () => {
    const w = placeholderWaarden({});
    const m = JSON.parse(vulIn(sjabloon, w));
    const en = leesVertalingen(m, w).get('en.json')!;
    const { 'description.full': _weg, ...zonder } = en;
    const fouten = await valideerVertaling(
      { ...zonder, 'name.short': 'x'.repeat(31), 'bots[0].commandLists[0].commands[9].title': 'extra' },
      m,
    );
    expect(fouten.join('\n')).toMatch(/name\.short/);
    expect(fouten.join('\n')).toMatch(/description\.full/);
    expect(fouten.join('\n')).toMatch(/commands\[9\]/);
    expect(await valideerVertaling({ ...en, 'staticTabs[0].name': 'Tab' }, m)).not.toEqual([]);
  });

  it('refuses ids that are not GUIDs and placeholders it does not know', () => {
    expect(() => placeholderWaarden({ MICROSOFT_APP_ID: 'mijn-bot' })).toThrow(PakketFout);
    expect(() => vulIn('{"x":"{{ONBEKEND}}"}', placeholderWaarden({}))).toThrow(/ONBEKEND/);
  });

  it('npm run teams:pakket builds a zip with the manifest and both icons', async () => {
    const uit = path.join(map, 'app.zip');
    const p = await bouwPakket({ env: { MICROSOFT_APP_ID: APP_ID, BOT_DOMAIN: 'bot.utrecht.nl' }, uit });
    expect(p.pad).toBe(uit);
    const zip = await JSZip.loadAsync(readFileSync(uit));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const en = JSON.parse(await zip.file('en.json')!.async('string'));
    expect(await valideerVertaling(en, JSON.parse(await zip.file('manifest.json')!.async('string')))).toEqual(
      [],
    );
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    const kleur = leesPng(await zip.file('color.png')!.async('nodebuffer'));
    expect(kleur).toMatchObject({ breedte: 192, hoogte: 192, kleurtype: 6 });
    const omtrek = leesPng(await zip.file('outline.png')!.async('nodebuffer'));
    expect(omtrek).toMatchObject({ breedte: 32, hoogte: 32, kleurtype: 6 });
    let zichtbaar = 0;
    for (let i = 0; i < omtrek.rgba.length; i += 4) {
      if (omtrek.rgba[i + 3] === 0) continue;
      zichtbaar++;
      expect([omtrek.rgba[i], omtrek.rgba[i + 1], omtrek.rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(zichtbaar).toBeGreaterThan(50);
    // The colour icon is opaque everywhere.
    for (let i = 3; i < kleur.rgba.length; i += 4) expect(kleur.rgba[i]).toBe(255);
    // A local package uses the all-zero id.
    const lokaal = await bouwPakket({ env: {}, uit: path.join(map, 'lokaal.zip') });
    expect(lokaal.waarden.MICROSOFT_APP_ID).toBe(NUL_GUID);
  });

  it('the committed icons are what the generator draws', () => {
    const lees = (naam: string) =>
      leesPng(readFileSync(new URL(`../../manifest/teams/${naam}`, import.meta.url)));
    expect(Buffer.from(lees('color.png').rgba).equals(Buffer.from(kleurPixels()))).toBe(true);
    expect(Buffer.from(lees('outline.png').rgba).equals(Buffer.from(omtrekPixels()))).toBe(true);
  });
});
