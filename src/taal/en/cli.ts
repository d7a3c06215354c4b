import type nl from '../nl/cli.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  'hulp.gebruik': 'Usage:',
  'hulp.opties': 'Options:',
  'hulp.opdrachten': 'Commands:',
  'hulp.argumenten': 'Arguments:',
  'hulp.algemene_opties': 'Global options:',
  'hulp.plaats_opties': '[options]',
  'hulp.plaats_opdracht': '[command]',
  'hulp.optie_hulp': 'display help for command',
  'hulp.opdracht_hulp': 'display help for command',
  'hulp.standaard': 'default',

  'fout.onbekende_optie': 'error: unknown option {optie}',
  'fout.onbekende_opdracht': 'error: unknown command {opdracht}',
  'fout.argument_ontbreekt': 'error: missing required argument {argument}',
  'fout.optie_zonder_waarde': 'error: option {optie} needs a value',
  'fout.verplichte_optie': 'error: required option {optie} not specified',
  'fout.te_veel_argumenten':
    'error: too many arguments for {opdracht}: {verwacht, plural, =0 {it takes no arguments} one {it takes # argument} other {it takes # arguments}}, you gave {gekregen}.',
  'fout.ongeldige_waarde': 'error: the value {waarde} for {optie} is invalid. {reden}',
  'fout.suggestie': '(Did you mean {namen}?)',
  'fout.algemeen': 'error: {melding}',

  'naam.bestand': 'file',
  'naam.naam': 'name',
  'naam.datum': 'date',
  'naam.opties': 'options',

  'opdracht.programma':
    'Maatwerkbot: cases to the table, decisions within the time limit, the how and why shared.',
  'opdracht.start': 'Start the server (HTTP, Slack and Teams connections, scheduler).',
  'opdracht.demo': 'Play a complete scenario on a new embedded database.',
  'opdracht.anonimiseer': 'Find personal data in text on stdin (--json or --jsonl for batches).',
  'opdracht.anonimiseer.json': 'read all text, print {vorm}',
  'opdracht.anonimiseer.jsonl': 'read lines {invoer}, print {uitvoer} per line',
  'opdracht.anonimiseer.tafels':
    'the tables file (as for tafels importeer): the same answer as the bot, with the names of its people and the words of the municipality',
  'opdracht.anonimiseer.naam': 'one more name to recognise (may be repeated)',
  'opdracht.tafels': 'Manage tables, members, mandates and policy.',
  'opdracht.tafels.importeer': 'Import (or update) tables from a YAML file. All or nothing.',
  'opdracht.tafels.importeer.bestand': 'YAML file, see tafels.example.yml',
  'opdracht.audit': 'The audit trail.',
  'opdracht.audit.verifieer': 'Check the hash chain of the audit trail and report the first broken link.',
  'opdracht.audit.exporteer':
    'Export the audit trail (actor, action, case, time, position and hash; no free text).',
  'opdracht.audit.exporteer.van': 'from this day (Europe/Amsterdam), for example 2026-01-01',
  'opdracht.audit.exporteer.tot': 'up to and including this day',
  'opdracht.audit.exporteer.formaat': 'csv or jsonl',
  'opdracht.privacy': 'Privacy: overview for the data protection officer.',
  'opdracht.privacy.overzicht':
    'Per municipality: data, retention period, waiting for consent, erasures, audit chain.',
  'opdracht.rapport': 'Bottleneck report per period: summary, --csv [file] or --png file (see --help).',
  'opdracht.backup':
    'Make a consistent backup of the database, also while the server runs (see README, "In productie").',
  'opdracht.backup.bestand': 'for example maatwerkbot-2026-12-05.jsonl.gz',
  'opdracht.herstel':
    'Restore a backup into an empty data directory (MAATWERKBOT_DATA_DIR) or, with DATABASE_URL, into an empty PostgreSQL database.',
  'opdracht.herstel.bestand': 'a backup made by `maatwerkbot backup`',
  'opdracht.verhuis':
    'Copy the embedded database (MAATWERKBOT_DATA_DIR) with everything in it to an empty PostgreSQL database.',
  'opdracht.verhuis.naar': 'an empty PostgreSQL database, postgresql://user@server:5432/maatwerkbot',

  ongeldige_instelling: 'Invalid setting:',
  'audit.datum_ongeldig': 'Use a date such as 2026-01-31',
  'audit.formaat_ongeldig': 'Choose --formaat csv or jsonl',
  'audit.van_na_tot': '--van must be before --tot',

  geen_gemeenten: 'No municipalities in the database yet.',
  niet_leesbaar: 'Cannot read {bestand}.',
  'tafels.geimporteerd':
    'Imported for {gemeente}: {tafels} table(s), {leden} members, {organisaties} organisations, {personen} people, {bestuurders} executives, {knelpunten} bottlenecks{gedeactiveerd}{rondes}.',
  'tafels.gedeactiveerd': '; {aantal} member(s) deactivated',
  'tafels.rondes_geopend':
    '; {aantal, plural, one {# decision round} other {# decision rounds}} opened (the table no longer requires what was missing)',
  'audit.wacht': '; {aantal} not chained yet',
  'audit.anker': '; matches {aantal} anchor(s), latest: {naam}',
  'audit.onverbroken': '{gemeente}: chain intact ({aantal} events{wacht}{anker}).',
  'audit.verbroken': '{gemeente}: chain BROKEN at position {positie}: {reden} ({aantal} events{wacht}).',
  'audit.geen_sleutel':
    'No audit key found (MAATWERKBOT_AUDIT_SLEUTEL or MAATWERKBOT_AUDIT_SLEUTELBESTAND): anchors not checked.',
  'audit.geen_ankerbestand': 'No anchor file at {bestand} yet: anchors not checked.',
  'audit.ankerbestand': 'Anchor file: {melding}.',
  'privacy.gemeente': 'Municipality {gemeente}',
  'privacy.gegevens': 'Data in Maatwerkbot:',
  'privacy.bewaartermijn':
    'Retention period of free text: {maanden} months after the decision (then erased; the decision stays)',
  'privacy.wachten': 'Cases waiting for consent or a recorded consideration: {aantal}',
  'privacy.wissingen':
    'Erasures after the retention period carried out: {gewist}; planned within 30 days: {gepland}',
  'privacy.auditketen': 'Audit chain: {geldig, select, ja {intact} other {BROKEN}} ({aantal} events)',
  'privacy.niet_bezorgd':
    'Messages not delivered: {onbezorgbaar} undeliverable (no address or no platform that delivers them), {mislukt} failed after repeated attempts',
  'backup.geschreven':
    'Backup written to {bestand}: {tabellen} tables, {rijen} rows, migration {migratie} ({grootte}).',
  'herstel.map_niet_leeg':
    'The data directory {map} is not empty. Restore only into an empty or not yet existing directory: set MAATWERKBOT_DATA_DIR to a new directory, or move the old one first.',
  'herstel.hersteld':
    'Restored from {bestand} into {database}: {tabellen} tables, {rijen} rows (made at migration {migratie}; the newer migrations of this version were applied afterwards).',
  'verhuis.url':
    '--naar must be a PostgreSQL address with a database, such as postgresql://maatwerkbot@db:5432/maatwerkbot',
  'verhuis.database_url':
    'verhuis reads the embedded database from MAATWERKBOT_DATA_DIR; leave DATABASE_URL empty for this command and set it only afterwards.',
  'verhuis.geen_database': 'There is no embedded database in {map} (MAATWERKBOT_DATA_DIR).',
  'verhuis.verhuisd':
    'Moved to {database}: {tabellen} tables, {rijen} rows; every table has as many rows as in the embedded database.',
  'verhuis.keten_klopt_niet':
    'The audit chain does not match on the new database; the embedded database stays in use.',
  'verhuis.klaar':
    'Now set DATABASE_URL to this database and start the server. The embedded database in {map} stays, but no longer starts (remove {bestand} to use it anyway).',
  'doorgeven.geen_toegang':
    'The database in {map} is in use by the server (pid {pid}), but {bestand} cannot be read by this user. Run the command as the server’s user, for example with `sudo maatwerkbot-beheer …` (see deploy/README.md).',
  'doorgeven.onverwacht': 'Unexpected answer from the server’s management endpoint.',
  'doorgeven.weggevallen':
    'The connection to the server dropped before the command finished; check the server’s log to see whether it was carried out.',
  'beheerpunt.interne_fout': 'Internal error in the server: {melding}',

  'demo.geimporteerd': 'Tables imported: {tafels} table, {leden} members, {bestuurders} executives',
  'demo.fatima_probeert': 'Caseworker Fatima first tries a case with a phone number in the situation',
  'demo.geweigerd': 'Refused at field "{veld}": {bericht}\nSuggestion: {suggestie}',
  'demo.opnieuw': 'Fatima removes the number and submits again',
  'demo.leden_antwoorden': 'The members respond; mental health care does not agree',
  'demo.herinnering': 'A day later: Kees from debt support has not responded yet and gets a reminder',
  'demo.kees_antwoordt':
    'Kees responds after all: everyone has responded, mental health care did not agree, so the round goes to the chair',
  'demo.voorzitter_beslist': 'The chair decides (casting vote)',
  'demo.tweede_casus': 'Second case: special assistance beyond the mandate of one member',
  'demo.spoed':
    'Urgent: after 4 working hours the time limit has passed; the round closes by itself and the director gets the request',
  'demo.directeur': 'The director approves the exception',
  'demo.keten': '{gemeente} {aantal} events, {geldig, select, ja {intact} other {BROKEN}}',
  'demo.auditketen': 'Audit chain: {ketens}',
  'demo.casus1.titel': 'Cost-sharing rule with a live-in son with a disability',
  'demo.casus1.situatie':
    'A mother (52) lives with her adult son who has an intellectual disability. Because of the cost-sharing rule her benefit drops by over 300 euros a month; there are rent arrears.',
  'demo.casus1.telefoon': 'Call her on {nummer}.',
  'demo.casus1.oplossing':
    'Set the cost-sharing rule aside for a year; meanwhile the neighbourhood team looks for housing for the son.',
  'demo.casus1.kosten_niets_doen':
    'Eviction, temporary shelter for the mother and a crisis placement for the son.',
  'demo.casus1.reden_ahmed': 'Within our mandate; the cost of doing nothing is many times higher.',
  'demo.casus1.reden_sanne': 'We would rather prevent an eviction.',
  'demo.casus1.voorwaarden_sanne': 'A payment plan for the rent arrears within a month.',
  'demo.casus1.toezegging_sanne': 'halts the eviction procedure and offers a payment plan',
  'demo.casus1.reden_peter': 'First apply for supported living; that route has not been tried yet.',
  'demo.casus1.reden_lotte': 'The family cooperates well.',
  'demo.casus1.reden_kees': 'Prevents new debts.',
  'demo.casus1.besluit':
    'The cost of doing nothing (eviction, shelter) is much higher; the application for supported living runs in parallel through the neighbourhood team.',
  'demo.casus2.titel': 'ID card fees and a recovery claim block social assistance',
  'demo.casus2.situatie':
    'A young woman without a valid identity document cannot pay the fees and gets no benefit without ID. A recovery claim from an earlier period is running.',
  'demo.casus2.oplossing':
    'Waive the fees and suspend the recovery claim for six months so the benefit can start.',
  'demo.casus2.kosten_niets_doen': 'Homelessness, night shelter and growing debts with the health insurer.',
  'demo.casus2.betrokkenheid': 'Mostly keeps appointments, sometimes with help from the neighbourhood team.',
  'demo.casus2.afweging':
    'No consent asked: no contact details, but in the interest of the resident to prevent homelessness.',
  'demo.casus2.reden_ahmed': 'Suspending a recovery claim is beyond my mandate.',
  'demo.casus2.reden_sanne': 'Prevents homelessness.',
  'demo.casus2.reden_lotte': 'We will accompany her to the counter.',
  'demo.casus2.besluit':
    'One-off exception: the social cost of doing nothing is higher. Fees waived, recovery claim suspended for six months.',

  'backup.onleesbaar':
    'This is not a Maatwerkbot backup or it is damaged ({wat, select, kop {header line} tabel {table line} other {closing line}} unreadable).',
  'backup.klopt_niet':
    'This is not a Maatwerkbot backup or it is damaged ({wat, select, kop {header line} tabel {table line} other {closing line}} does not match).',
  'backup.formaat':
    'This backup has format {formaat}; this version reads format {eigen}. Use the Maatwerkbot version it was made with ({versie}).',
  'backup.nieuwer':
    'This backup comes from a newer or different Maatwerkbot ({versie}, migration {migratie}). Restore it with that version, or update this one first.',
  'backup.migratie_verschilt': 'Migration {migratie} in the backup differs from the one in this version.',
  'backup.doel_niet_leeg':
    'The target database ({database}) is not empty: table {tabel} holds rows. Restore only into an empty database.',
  'backup.doel_nieuwer':
    'The target database ({database}) has migration {migratie}, which the backup does not have. Restore into a new, empty database.',
  'backup.leeg': 'The file is empty: this is not a Maatwerkbot backup.',
  'backup.past_niet': 'The backup does not fit the target database ({melding}). Nothing was restored.',
  'backup.na_einde': 'Something follows the closing line: the backup is damaged.',
  'backup.rij_zonder_tabel': 'A row without a table: the backup is damaged.',
  'backup.tabel_onbekend': 'Table {tabel} from the backup does not exist in the target database.',
  'backup.kolom_onbekend': 'Column {kolom} from the backup does not exist in the target database.',
  'backup.onvolledig': 'The backup is incomplete: the closing line is missing. Nothing was restored.',
  'backup.aantal_klopt_niet':
    'Table {tabel}: the backup lists {verwacht} rows, {geladen} were loaded. Nothing was restored.',
  'backup.beschadigd':
    '{bestand} is not a Maatwerkbot backup or is damaged ({melding}). Nothing was restored.',

  'anonimiseer.gebruik':
    'Usage: maatwerkbot anonimiseer [--json | --jsonl] [--tafels tafels.yml] [--naam "First Last"]...\n' +
    '  no flag      reads text from stdin and writes the anonymised text\n' +
    '  --json       writes {vorm}\n' +
    '  --jsonl      reads {invoer} per line and writes {uitvoer} per line\n' +
    '  --tafels     the tables file you load with `tafels importeer`: the check then knows what the bot\n' +
    '               knows and gives the same answer. The names of its people are recognised; the name of\n' +
    '               the municipality and those of organisations, knelpunten and tables are never a name.\n' +
    '  --naam       one more name to recognise (may be repeated), such as a submitter who is not in the\n' +
    '               tables file\n',
  'anonimiseer.niet_allebei': 'Choose --json or --jsonl, not both.',
  'anonimiseer.naam_ontbreekt': '--naam needs a name.',
  'anonimiseer.tafels_ontbreekt': '--tafels needs a file.',
  'anonimiseer.tafels_eenmaal': 'Give --tafels once.',
  'anonimiseer.onbekende_optie': 'Unknown option: {optie}',
  'anonimiseer.regel': 'line {nummer}: {fout}',
  'anonimiseer.geen_json': 'not valid JSON',
  'anonimiseer.id_en_text': 'fields "id" and "text" are missing or invalid',
  'anonimiseer.text': 'field "text" is missing or not text',
  'anonimiseer.id': 'field "id" is missing or not text or a number',
  'anonimiseer.geen_object': 'line is not an object with "id" and "text"',

  'rapport.gebruik':
    'Usage: maatwerkbot rapport --van YYYY-MM-DD --tot YYYY-MM-DD [--tafel slug] [--gemeente slug] [--csv [file]] [--png file]\n' +
    '  --van, --tot  the period (both days included); cases count in the period they were submitted in\n' +
    '  --tafel       one table; without this option all tables of the municipality\n' +
    '  --gemeente    needed only when the database holds more than one municipality\n' +
    "  --csv         CSV with ';' and decimal comma (for Excel); without a file name to the screen\n" +
    '  --png         the chart as a PNG file\n',
  'rapport.dag_ontbreekt': 'Give --{optie} as YYYY-MM-DD',
  'rapport.dag_ongeldig': '--{optie} must be a date as YYYY-MM-DD, for example 2026-01-31',
  'rapport.png_zonder_naam': 'Give a file name with --png',
  'rapport.tot_voor_van': '--tot is before --van',
  'rapport.onverwacht_argument': 'Unexpected argument "{argument}".',
  'rapport.onbekende_optie': 'Unknown option --{optie}.',
  'rapport.dubbele_optie': '--{optie} is given twice.',
  'rapport.waarde_ontbreekt': 'Give a value with --{optie}.',
  'rapport.gemeente_onbekend': 'Municipality "{gemeente}" does not exist in this database.',
  'rapport.geen_gemeente': 'There is no municipality yet; import a tables file first.',
  'rapport.meer_gemeenten': 'The database holds more than one municipality: choose one with --gemeente.',
  'rapport.tafel_onbekend': 'Table "{tafel}" does not exist at {gemeente}.',
  'rapport.niet_geschreven': 'Cannot write {bestand}.',
  'rapport.csv_geschreven': 'CSV written to {bestand} ({knelpunten} bottlenecks, {casussen} cases).',
  'rapport.grafiek_geschreven': 'Chart written to {bestand}.',

  'start.ongeldige_instelling': 'Invalid setting: {wat}',
  'start.onverwacht':
    'Start-up failed on an unexpected error ({soort}{bericht}); set LOG_LEVEL=debug for details.',
  'start.onbekend': 'unknown',
  'start.veroorzaakt_door': 'Caused by: ',
  'opstart.migraties': 'The migrations could not be applied: {fout}',
  'opstart.database_ontbreekt':
    'Database "{naam}" does not exist on {host}:{poort}: create it with `createdb -h {host} -p {poort} -U {gebruiker} {naam}` (or in psql: CREATE DATABASE "{naam}";) and start again; the bot creates the tables itself.',
  'opstart.login_geweigerd':
    'PostgreSQL on {host}:{poort} refuses user "{gebruiker}": check the user and password in DATABASE_URL (and {hba} on the server).',
  'opstart.onbereikbaar':
    'PostgreSQL on {host}:{poort} cannot be reached ({foutcode}): start the database server or check the host and port in DATABASE_URL.',
  'opstart.poort_in_gebruik':
    "Port {poort} on {host} is already in use: stop the other process (see: ss -ltnp 'sport = :{poort}') or choose another port with PORT=….",
  'opstart.poort_geen_toestemming':
    'No permission to open port {poort}: choose a port from 1024 upwards with PORT=…; let the reverse proxy serve ports 80/443.',
  'opstart.host_onbekend':
    'HOST={host} is not an address of this machine: choose 127.0.0.1 (behind a reverse proxy on this machine) or 0.0.0.0 (all addresses).',
  'opstart.poort_mislukt': 'Port {poort} on {host} cannot be opened ({foutcode}); check PORT and HOST.',
} as const satisfies Vertaling<typeof nl>;
