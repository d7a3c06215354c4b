import type nl from '../nl/instellingen.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  plek: 'line {regel}, column {kolom}',
  'plek.bestand': '(file)',

  'fout.yaml': 'The file is not valid YAML; nothing was imported.',
  'fout.inhoud': 'The tables file is not right; nothing was imported.',
  'fout.aantal': '{aantal, plural, one {1 mistake} other {{n} mistakes}}:',
  'fout.eerst_yaml':
    'Fix {aantal, plural, one {this mistake} other {these mistakes}} first; then the content of the file is checked.',

  'yaml.algemeen': 'The file is not valid YAML here: its layout is not right.',
  'yaml.hekje_in_waarde':
    'Is there a # in a value? Then put that value in quotes ("#…"): without them, the rest of the line is a comment.',
  'yaml.inspringing_vergeleken':
    'Line {regel} is indented by {hier} {aantal, plural, one {space} other {spaces}}, line {vorige} above it by {daar}.',
  'yaml.aanhalingsteken':
    'The quote {teken} that starts here is not closed. Put a {teken} at the end of the text as well.',
  'yaml.tab': 'This line is indented with a tab. Use spaces: YAML does not allow tabs for indentation.',
  'yaml.dubbel':
    '{genoemd, select, ja {`{sleutel}`} other {This setting}} appears twice in the same group. Remove one or merge them.',
  'yaml.groep_open':
    'A group between {open} and {dicht} is not closed: put a {dicht} at the end, on the same line as the {open}.',
  'yaml.lijst_open': 'A list between [ and ] is not closed: put a ] at the end, on the same line as the [.',
  'yaml.lijstitem_inspringing':
    "This list item is indented differently from the items above it. Indent every line starting with '- ' by the same amount.",
  'yaml.inspringing': 'This line is indented differently from the lines above it.',
  'yaml.inspringing_regel':
    'Settings in the same group are indented equally; a setting that belongs under another is indented further.',
  'yaml.dubbele_punt': 'The name of a setting is followed by a colon and a space, as in `naam: waarde`.',
  'yaml.lijstitem_zonder_streep':
    "This line is indented like an item of the list above, but does not start with '- '. Indent it as far as the settings above it, or start a new item with '- '.",
  'yaml.spatie_na_dubbele_punt': 'A colon is followed by a space: `naam: waarde`.',
  'yaml.komma':
    'The parts of a {open} … {dicht} or [ … ] are separated by commas, and a name and its value by a colon.',
  'yaml.commentaar':
    'A # straight after text: put a space before it if it is a comment, or put the whole value in quotes if the # is part of it.',
  'yaml.meerregelige_naam':
    'The colon after the name of a setting is missing here, or the line below is indented too far. A setting sits on one line: `naam: waarde`.',
  'yaml.geneste_groep':
    'There are two colons on one line (`a: b: c`), or the line below is indented too far. Put text that contains a colon in quotes.',
  'yaml.begin_teken': 'A value cannot start with {teken}. Put the value in quotes: "{teken}…".',
  'yaml.begin_speciaal':
    'This value starts with a character that has a meaning in YAML. Put the value in quotes.',
  'yaml.escape':
    "Between double quotes a \\ starts a special character, and this one does not exist. Use single quotes ('…') or write \\\\.",
  'yaml.komma_te_veel': 'There is one comma too many here, or nothing between two commas.',
  'yaml.teken_te_veel': 'The character {teken} does not belong here; is there one bracket too many?',
  'yaml.documenten':
    'The file holds more than one document (a line with only ---). Put everything in one document and remove the ---.',
  'yaml.alias': 'A * or & has a special meaning in YAML. Put text that starts with one in quotes.',
  'yaml.ankers': 'There are two & for one value here. Put text with an & in quotes.',
  'yaml.tags': 'There are two ! for one value here. Put text with a ! in quotes.',
  'yaml.volgorde': 'An & or ! is in the wrong place here. Put such text in quotes.',
  'yaml.tag':
    'A value starting with ! is a type marker in YAML, and this one does not exist. Put the value in quotes.',
  'yaml.naam_geen_tekst': 'The name of a setting must be plain text, not a list or a group.',
  'yaml.naam_te_lang':
    'This name is longer than 1024 characters: probably a colon or a line break is missing.',
  'yaml.blok_in_groep':
    'An indented block starts here inside {open} … {dicht} or [ … ]. Close with {dicht} or ] first, or write everything indented.',
  'yaml.te_veel_verwijzingen': 'The file refers to itself too often (* and &); write the values out.',
  'yaml.verwijzing_zonder_anker':
    '*{naam} refers to an &{naam} that is not there (yet). Put text that starts with * in quotes.',

  'onbekend.bedoeld':
    'Unknown setting `{sleutel}` {bovenaan, select, ja {at the top of the file} other {at {pad}}} — did you mean `{bedoeld}`?',
  'onbekend.ouder':
    'Unknown setting `{sleutel}` {bovenaan, select, ja {at the top of the file} other {at {pad}}} — does it belong under `{ouder}`? Then indent the line further.',
  'onbekend.mogelijk':
    'Unknown setting `{sleutel}` {bovenaan, select, ja {at the top of the file} other {at {pad}}}. Possible here: {sleutels}.',

  'waarde.slug':
    'Use only lower-case letters, digits and hyphens, such as citydeal-utrecht (at most 63 characters)',
  'waarde.slack_gebruiker':
    'A Slack user ID starts with U or W and has only capital letters and digits, such as U012AB3CD (in Slack: profile → ⋮ → Copy member ID)',
  'waarde.slack_kanaal':
    'A Slack channel ID starts with C or G and has only capital letters and digits, such as C0123ABCD (in Slack: click the channel name, the ID is at the bottom); a name such as #tafel does not work here',
  'waarde.slack_werkruimte':
    'A Slack workspace ID starts with T (or E for an organisation), such as T0123ABCD',
  'waarde.teams_gebruiker':
    'A Teams user is an ID from Microsoft Entra ID, such as 72f988bf-86f1-41af-91ab-2d7cd011db47',
  'waarde.teams_tenant':
    'A Teams tenant ID is an ID from Microsoft Entra ID, such as 72f988bf-86f1-41af-91ab-2d7cd011db47',
  'waarde.teams_kanaal':
    'A Teams channel ID looks like 19:abc123…@thread.tacv2 (in Teams: ⋯ next to the channel → Get link to channel; the ID comes after /channel/, with %3a for : and %40 for @)',

  'verwijzing.wat':
    '{wat, select, organisatie {Organisation} persoon {Person} slack {Slack ID} teams {Teams ID} knelpunt {Bottleneck} other {Table}}',
  'verwijzing.dubbel': '{wat} "{waarde}" is already at {pad}; each may appear only once',
  'verwijzing.niet_gevonden': '{wat} "{waarde}" is not listed under {onder}',
  'verwijzing.niet_gevonden_bedoeld':
    '{wat} "{waarde}" is not listed under {onder} — did you mean "{bedoeld}"?',
  'verwijzing.organisatie_al_aan_tafel':
    'Organisation "{organisatie}" already has a member at this table ({pad})',
  'verwijzing.voorzitters':
    'A table has exactly one chair (rol: voorzitter); this table has {aantal, plural, =0 {none} other {{n}}}',

  'onderwerp.bestand': 'The file',
  'onderwerp.bij': '`{sleutel}` at {pad}',
  'toon.lijst': 'a list',
  'toon.groep': 'a group of settings',
  'zin.vorm': 'The file is empty or is not shaped like a tables file; start from tafels.example.yml.',
  'zin.ontbreekt_bij': '`{sleutel}` is missing at {pad}',
  'zin.ontbreekt_in_bestand': '`{sleutel}` is missing from the file',
  'zin.item_ontbreekt': '{pad} is missing',
  'zin.er_staat': 'the file has {waarde}',
  'zin.punt_in_getal':
    'the file reads {bron} as {getal} (the dot is a decimal point); write {zonderPunt} without a dot',
  'tip.hekje': 'does the value start with #? Then put it in quotes ("#…"): without them, it is a comment',
  'tip.vul_in': 'fill in a value, or remove the line',
  'tip.ja_nee': 'write true (yes) or false (no), without quotes',
  'tip.bedrag': 'write an amount in whole euros, without a € sign, dot or comma, such as 5000',
  'tip.getal_zonder_aanhalingstekens': 'write the number without quotes',
  'tip.getal_zonder_eenheid': 'write only the number; the unit is already in the name',
  'tip.lijst': "write a list as [8, 2], or put each item on a line of its own starting with '- '",
  'tip.groep': 'put the parts indented on the lines below, as in tafels.example.yml',
  'tip.bedoeld': 'did you mean `{bedoeld}`?',

  'omgeving.postgres': '{naam} must start with postgresql://',
  'omgeving.log_format': '{naam} is json or pretty',
  'omgeving.poort': '{naam} must be a port number (0–65535)',
  'omgeving.token': '{naam} must be at least 16 characters long',
  'omgeving.seconden': '{naam} must be a whole number of seconds (0 or more)',
  'omgeving.onbezorgbaar': '{naam} must be a whole number of minutes (1–10080)',
  'omgeving.xoxb': '{naam} starts with xoxb-',
  'omgeving.xapp': '{naam} starts with xapp-',
  'omgeving.emulator': '{naam} is 1 (emulator mode on) or 0 (off)',
  'omgeving.adres': '{naam} must be an address, such as https://bot.gemeente.nl',
  'omgeving.https': '{naam} must start with https:// (http:// only for localhost)',
  'omgeving.zonder_vraagteken': '{naam} must not contain ? or #',
  'omgeving.parallel': '{naam} must be a whole number from 1 to 32',
  'omgeving.auditsleutel': '{naam} must be at least 32 characters',
  'omgeving.minuten': '{naam} must be a number from 1 to 1440',

  'platform.slack_zonder_token':
    '{token} is missing: {geheim} is set, but Slack also needs the bot token (xoxb-…); set both, or neither to leave Slack off.',
  'platform.slack_zonder_geheim':
    '{geheim} is missing: {token} is set, but without the signing secret the bot cannot check that requests come from Slack; set both, or neither.',
  'platform.slack_alleen_app':
    '{geheim} and {token} are missing: {app} (Socket Mode) is set, but Slack needs them too.',
  'platform.teams_emulator_en_id':
    '{emulator}=1 and {appId} exclude each other: remove {emulator} for Teams with JWT checks, or {appId} for the emulator.',
  'platform.teams_zonder_wachtwoord':
    '{wachtwoord} is missing: {appId} is set, but without the client secret of the app registration the bot cannot answer Teams.',
  'platform.teams_zonder_id':
    '{appId} is missing: {gezet} is set, but without an app ID the bot cannot check requests from Teams; set {appId} (the app ID of the bot registration).',

  'audit.sleutel_te_kort': 'The key file {bestand} must hold a key of at least 32 characters.',
  'audit.niet_leesbaar':
    'The key file {bestand} ({variabele}) cannot be read. Create it with a secret of at least 32 characters, or set {sleutel}.',
  'audit.naast_database':
    'The audit key lives next to the embedded database ({bestand}): whoever holds both can rewrite the audit trail without the anchors giving it away. Set {variabele} to a place outside this folder (or {sleutel}).',
  'audit.leesbaar_voor_anderen': 'The key file {bestand} can be read by others: set its permissions to 0600.',
} as const satisfies Vertaling<typeof nl>;
