// What an administrator reads about the settings: the tables file (its YAML, its keys, its values and
// references) and the environment the server starts with. Values in backticks are names as typed in the
// file; braces and other YAML characters a sentence talks about are filled in, never written here.
export default {
  // Where a finding is: its line and column in the file.
  plek: 'regel {regel}, kolom {kolom}',
  'plek.bestand': '(bestand)',

  // The refusal of a whole file.
  'fout.yaml': 'Het bestand is geen geldige YAML; er is niets geïmporteerd.',
  'fout.inhoud': 'Het tafelbestand klopt niet; er is niets geïmporteerd.',
  'fout.aantal': '{aantal, plural, one {1 fout} other {{n} fouten}}:',
  'fout.eerst_yaml':
    'Los eerst {aantal, plural, one {deze fout} other {deze fouten}} op; daarna wordt de inhoud van het bestand gecontroleerd.',

  // YAML syntax errors.
  'yaml.algemeen': 'Het bestand is hier geen geldige YAML: de indeling klopt niet.',
  'yaml.hekje_in_waarde':
    'Staat er een # in een waarde? Zet die waarde dan tussen aanhalingstekens ("#…"): zonder is de rest van de regel commentaar.',
  'yaml.inspringing_vergeleken':
    'Regel {regel} springt {hier} {aantal, plural, one {spatie} other {spaties}} in, regel {vorige} erboven {daar}.',
  'yaml.aanhalingsteken':
    'Het aanhalingsteken {teken} dat hier begint, wordt niet gesloten. Zet aan het eind van de tekst ook een {teken}.',
  'yaml.tab':
    'Deze regel springt in met een tab. Gebruik spaties: YAML staat geen tabs toe om in te springen.',
  'yaml.dubbel':
    '{genoemd, select, ja {`{sleutel}`} other {Deze instelling}} staat twee keer in dezelfde groep. Haal er één weg of voeg ze samen.',
  'yaml.groep_open':
    'Een groep tussen {open} en {dicht} wordt niet gesloten: zet een {dicht} aan het eind, op dezelfde regel als de {open}.',
  'yaml.lijst_open':
    'Een lijst tussen [ en ] wordt niet gesloten: zet een ] aan het eind, op dezelfde regel als de [.',
  'yaml.lijstitem_inspringing':
    "Dit item van de lijst springt anders in dan de items erboven. Laat elke regel met '- ' even ver inspringen.",
  'yaml.inspringing': 'Deze regel springt anders in dan de regels erboven.',
  'yaml.inspringing_regel':
    'Instellingen in dezelfde groep springen even ver in; een instelling die ergens onder hoort, springt verder in.',
  'yaml.dubbele_punt':
    'Na de naam van een instelling hoort een dubbele punt en een spatie, zoals `naam: waarde`.',
  'yaml.lijstitem_zonder_streep':
    "Deze regel springt in als een item van de lijst erboven, maar begint niet met '- '. Laat hem even ver inspringen als de instellingen erboven, of begin een nieuw item met '- '.",
  'yaml.spatie_na_dubbele_punt': 'Na de dubbele punt hoort een spatie: `naam: waarde`.',
  'yaml.komma':
    'Tussen de onderdelen van een {open} … {dicht} of [ … ] hoort een komma, en tussen een naam en zijn waarde een dubbele punt.',
  'yaml.commentaar':
    'Een # direct na tekst: zet er een spatie voor als het commentaar is, of zet de hele waarde tussen aanhalingstekens als de # erbij hoort.',
  'yaml.meerregelige_naam':
    'Hier ontbreekt de dubbele punt na de naam van een instelling, of de regel eronder springt te ver in. Een instelling staat op één regel: `naam: waarde`.',
  'yaml.geneste_groep':
    'Er staan twee dubbele punten op één regel (`a: b: c`), of de regel eronder springt te ver in. Zet tekst met een dubbele punt erin tussen aanhalingstekens.',
  'yaml.begin_teken':
    'Een waarde mag niet beginnen met {teken}. Zet de waarde tussen aanhalingstekens: "{teken}…".',
  'yaml.begin_speciaal':
    'Deze waarde begint met een teken dat in YAML iets betekent. Zet de waarde tussen aanhalingstekens.',
  'yaml.escape':
    "Tussen dubbele aanhalingstekens begint een \\ een speciaal teken, en dit bestaat niet. Gebruik enkele aanhalingstekens ('…') of schrijf \\\\.",
  'yaml.komma_te_veel': "Hier staat een komma te veel, of niets tussen twee komma's.",
  'yaml.teken_te_veel': 'Het teken {teken} hoort hier niet; staat er een haakje te veel?',
  'yaml.documenten':
    'Het bestand bevat meer dan één document (een regel met alleen ---). Zet alles in één document en haal de --- weg.',
  'yaml.alias':
    'Een * of & heeft in YAML een speciale betekenis. Zet tekst die ermee begint tussen aanhalingstekens.',
  'yaml.ankers': 'Hier staan twee keer & voor één waarde. Zet tekst met een & tussen aanhalingstekens.',
  'yaml.tags': 'Hier staan twee keer ! voor één waarde. Zet tekst met een ! tussen aanhalingstekens.',
  'yaml.volgorde': 'Een & of ! staat hier op de verkeerde plek. Zet zulke tekst tussen aanhalingstekens.',
  'yaml.tag':
    'Een waarde die met ! begint, is in YAML een soortaanduiding die hier niet bestaat. Zet de waarde tussen aanhalingstekens.',
  'yaml.naam_geen_tekst': 'De naam van een instelling moet gewone tekst zijn, geen lijst of groep.',
  'yaml.naam_te_lang':
    'Deze naam is langer dan 1024 tekens: waarschijnlijk ontbreekt een dubbele punt of een regelovergang.',
  'yaml.blok_in_groep':
    'Binnen {open} … {dicht} of [ … ] begint hier een ingesprongen blok. Sluit eerst met {dicht} of ], of schrijf alles ingesprongen.',
  'yaml.te_veel_verwijzingen': 'Het bestand verwijst te vaak naar zichzelf (* en &); schrijf de waarden uit.',
  'yaml.verwijzing_zonder_anker':
    '*{naam} verwijst naar een &{naam} die er (nog) niet is. Zet tekst die met * begint tussen aanhalingstekens.',

  // Keys the file does not know.
  'onbekend.bedoeld':
    'Onbekende instelling `{sleutel}` {bovenaan, select, ja {bovenaan het bestand} other {bij {pad}}} — bedoelde u `{bedoeld}`?',
  'onbekend.ouder':
    'Onbekende instelling `{sleutel}` {bovenaan, select, ja {bovenaan het bestand} other {bij {pad}}} — hoort die onder `{ouder}`? Spring de regel dan verder in.',
  'onbekend.mogelijk':
    'Onbekende instelling `{sleutel}` {bovenaan, select, ja {bovenaan het bestand} other {bij {pad}}}. Hier kunnen: {sleutels}.',

  // Values of the tables file that have a form of their own.
  'waarde.slug':
    'Gebruik alleen kleine letters, cijfers en streepjes, zoals citydeal-utrecht (hooguit 63 tekens)',
  'waarde.slack_gebruiker':
    'Een Slack-gebruikers-id begint met U of W en heeft alleen hoofdletters en cijfers, zoals U012AB3CD (in Slack: profiel → ⋮ → lid-ID kopiëren)',
  'waarde.slack_kanaal':
    'Een Slack-kanaal-id begint met C of G en heeft alleen hoofdletters en cijfers, zoals C0123ABCD (in Slack: klik op de kanaalnaam, het id staat onderaan); een naam als #tafel werkt hier niet',
  'waarde.slack_werkruimte':
    'Een Slack-werkruimte-id begint met T (of E voor een organisatie), zoals T0123ABCD',
  'waarde.teams_gebruiker':
    'Een Teams-gebruiker is een id uit Microsoft Entra ID, zoals 72f988bf-86f1-41af-91ab-2d7cd011db47',
  'waarde.teams_tenant':
    'Een Teams-tenant-id is een id uit Microsoft Entra ID, zoals 72f988bf-86f1-41af-91ab-2d7cd011db47',
  'waarde.teams_kanaal':
    'Een Teams-kanaal-id ziet eruit als 19:abc123…@thread.tacv2 (in Teams: ⋯ bij het kanaal → Koppeling naar kanaal ophalen; het id staat na /channel/, met %3a als : en %40 als @)',

  // References between the parts of the file.
  'verwijzing.wat':
    '{wat, select, organisatie {Organisatie} persoon {Persoon} slack {Slack-id} teams {Teams-id} knelpunt {Knelpunt} other {Tafel}}',
  'verwijzing.dubbel': '{wat} "{waarde}" staat al bij {pad}; elk mag maar één keer voorkomen',
  'verwijzing.niet_gevonden': '{wat} "{waarde}" staat niet onder {onder}',
  'verwijzing.niet_gevonden_bedoeld': '{wat} "{waarde}" staat niet onder {onder} — bedoelde u "{bedoeld}"?',
  'verwijzing.organisatie_al_aan_tafel':
    'Organisatie "{organisatie}" heeft al een lid aan deze tafel ({pad})',
  'verwijzing.voorzitters':
    'Een tafel heeft precies één voorzitter (rol: voorzitter); deze tafel heeft er {aantal, plural, =0 {geen} other {{n}}}',

  // A finding about one value: its subject, what is wrong, what is there and a tip.
  'onderwerp.bestand': 'Het bestand',
  'onderwerp.bij': '`{sleutel}` bij {pad}',
  'toon.lijst': 'een lijst',
  'toon.groep': 'een groep instellingen',
  'zin.vorm': 'Het bestand is leeg of heeft niet de vorm van een tafelbestand; begin met tafels.example.yml.',
  'zin.ontbreekt_bij': '`{sleutel}` ontbreekt bij {pad}',
  'zin.ontbreekt_in_bestand': '`{sleutel}` ontbreekt in het bestand',
  'zin.item_ontbreekt': '{pad} ontbreekt',
  'zin.er_staat': 'er staat {waarde}',
  'zin.punt_in_getal':
    '{bron} leest het bestand als {getal} (de punt is een decimaalteken); schrijf {zonderPunt} zonder punt',
  'tip.hekje':
    'begint de waarde met #? Zet haar dan tussen aanhalingstekens ("#…"): zonder is het commentaar',
  'tip.vul_in': 'vul een waarde in, of haal de regel weg',
  'tip.ja_nee': 'schrijf true (ja) of false (nee), zonder aanhalingstekens',
  'tip.bedrag': "schrijf een bedrag in hele euro's, zonder €-teken, punt of komma, zoals 5000",
  'tip.getal_zonder_aanhalingstekens': 'schrijf het getal zonder aanhalingstekens',
  'tip.getal_zonder_eenheid': 'schrijf alleen het getal; de eenheid staat al in de naam',
  'tip.lijst': "schrijf een lijst als [8, 2], of zet elk item op een eigen regel die begint met '- '",
  'tip.groep': 'zet de onderdelen ingesprongen op de regels eronder, zoals in tafels.example.yml',
  'tip.bedoeld': 'bedoelde u `{bedoeld}`?',

  // The environment the server starts with; {naam} is the variable as it is set.
  'omgeving.postgres': '{naam} moet beginnen met postgresql://',
  'omgeving.log_format': '{naam} is json of pretty',
  'omgeving.poort': '{naam} moet een poortnummer zijn (0–65535)',
  'omgeving.token': '{naam} moet minstens 16 tekens lang zijn',
  'omgeving.seconden': '{naam} moet een geheel aantal seconden zijn (0 of meer)',
  'omgeving.onbezorgbaar': '{naam} moet een geheel aantal minuten zijn (1–10080)',
  'omgeving.xoxb': '{naam} begint met xoxb-',
  'omgeving.xapp': '{naam} begint met xapp-',
  'omgeving.emulator': '{naam} is 1 (emulatormodus aan) of 0 (uit)',
  'omgeving.adres': '{naam} moet een adres zijn, zoals https://bot.gemeente.nl',
  'omgeving.https': '{naam} moet met https:// beginnen (http:// alleen voor localhost)',
  'omgeving.zonder_vraagteken': '{naam} mag geen ? of # bevatten',
  'omgeving.parallel': '{naam} moet een geheel getal van 1 tot en met 32 zijn',
  'omgeving.auditsleutel': '{naam} moet minstens 32 tekens zijn',
  'omgeving.minuten': '{naam} moet een getal van 1 tot en met 1440 zijn',

  // Platform settings that do not belong together; the variables are filled in as they are named.
  'platform.slack_zonder_token':
    '{token} ontbreekt: {geheim} is gezet, maar Slack heeft ook het bottoken (xoxb-…) nodig; zet beide, of geen van beide om Slack uit te laten.',
  'platform.slack_zonder_geheim':
    '{geheim} ontbreekt: {token} is gezet, maar zonder signing secret kan de bot niet controleren dat verzoeken van Slack komen; zet beide, of geen van beide.',
  'platform.slack_alleen_app':
    '{geheim} en {token} ontbreken: {app} (Socket Mode) is gezet, maar Slack heeft ze ook nodig.',
  'platform.teams_emulator_en_id':
    '{emulator}=1 en {appId} sluiten elkaar uit: haal {emulator} weg voor Teams met JWT-controle, of {appId} voor de emulator.',
  'platform.teams_zonder_wachtwoord':
    '{wachtwoord} ontbreekt: {appId} is gezet, maar zonder het clientgeheim van de app-registratie kan de bot Teams niet antwoorden.',
  'platform.teams_zonder_id':
    '{appId} ontbreekt: {gezet} is gezet, maar zonder app-id kan de bot verzoeken van Teams niet controleren; zet {appId} (de app-id van de botregistratie).',

  // The key that signs the audit chain's checkpoints.
  'audit.sleutel_te_kort': 'Het sleutelbestand {bestand} moet een sleutel van minstens 32 tekens bevatten.',
  'audit.niet_leesbaar':
    'Het sleutelbestand {bestand} ({variabele}) is niet leesbaar. Maak het aan met een geheim van minstens 32 tekens, of zet {sleutel}.',
  'audit.naast_database':
    'De auditsleutel staat naast de ingebouwde database ({bestand}): wie beide in handen heeft, kan het auditspoor herschrijven zonder dat de ankers het verraden. Zet {variabele} op een plek buiten deze map (of {sleutel}). The audit key lives next to the embedded database; keep it elsewhere.',
  'audit.leesbaar_voor_anderen':
    'Het sleutelbestand {bestand} is leesbaar voor anderen: zet de rechten op 0600.',
} as const;
