// The command line `maatwerkbot`: commander's own words, the commands' help texts, their output and
// their refusals, and the one-line start-up failures.
export default {
  // Commander's help.
  'hulp.gebruik': 'Gebruik:',
  'hulp.opties': 'Opties:',
  'hulp.opdrachten': 'Opdrachten:',
  'hulp.argumenten': 'Argumenten:',
  'hulp.algemene_opties': 'Algemene opties:',
  'hulp.plaats_opties': '[opties]',
  'hulp.plaats_opdracht': '[opdracht]',
  'hulp.optie_hulp': 'toon de hulp bij deze opdracht',
  'hulp.opdracht_hulp': 'toon de hulp bij een opdracht',
  'hulp.standaard': 'standaard',

  // Commander's refusals.
  'fout.onbekende_optie': 'fout: onbekende optie {optie}',
  'fout.onbekende_opdracht': 'fout: onbekende opdracht {opdracht}',
  'fout.argument_ontbreekt': 'fout: het argument {argument} ontbreekt',
  'fout.optie_zonder_waarde': 'fout: geef een waarde bij de optie {optie}',
  'fout.verplichte_optie': 'fout: de optie {optie} is verplicht',
  'fout.te_veel_argumenten':
    'fout: te veel argumenten voor {opdracht}: {verwacht, plural, =0 {er hoort geen argument bij} one {er hoort # argument bij} other {er horen # argumenten bij}}, u gaf er {gekregen}.',
  'fout.ongeldige_waarde': 'fout: de waarde {waarde} bij {optie} is ongeldig. {reden}',
  'fout.suggestie': '(Bedoelde u {namen}?)',
  'fout.algemeen': 'fout: {melding}',

  // Names of arguments and option values in the help.
  'naam.bestand': 'bestand',
  'naam.naam': 'naam',
  'naam.datum': 'datum',
  'naam.opties': 'opties',

  // The commands and their options, as the help lists them.
  'opdracht.programma':
    'Maatwerkbot: casussen naar de maatwerktafel, besluiten binnen de termijn, het hoe en waarom gedeeld.',
  'opdracht.start': 'Start de server (HTTP, Slack- en Teams-aansluitingen, planner).',
  'opdracht.demo': 'Speel een volledig scenario af op een nieuwe ingebouwde database.',
  'opdracht.anonimiseer': 'Zoek persoonsgegevens in tekst op stdin (--json of --jsonl voor batches).',
  'opdracht.anonimiseer.json': 'lees alle tekst, print {vorm}',
  'opdracht.anonimiseer.jsonl': 'lees regels {invoer}, print per regel {uitvoer}',
  'opdracht.anonimiseer.tafels':
    'het tafelbestand (zoals bij tafels importeer): hetzelfde antwoord als de bot, met de namen van de personen en de woorden van de gemeente',
  'opdracht.anonimiseer.naam': 'nog een naam om te herkennen (mag vaker)',
  'opdracht.tafels': 'Tafels, leden, mandaten en beleid beheren.',
  'opdracht.tafels.importeer': 'Importeer (of werk bij) tafels uit een YAML-bestand. Alles of niets.',
  'opdracht.tafels.importeer.bestand': 'YAML-bestand, zie tafels.example.yml',
  'opdracht.audit': 'Het auditspoor.',
  'opdracht.audit.verifieer':
    'Controleer de hashketen van het auditspoor en meld de eerste gebroken schakel.',
  'opdracht.audit.exporteer':
    'Exporteer het auditspoor (actor, actie, casus, tijd, positie en hash; geen vrije tekst).',
  'opdracht.audit.exporteer.van': 'vanaf deze dag (Europe/Amsterdam), bijvoorbeeld 2026-01-01',
  'opdracht.audit.exporteer.tot': 'tot en met deze dag',
  'opdracht.audit.exporteer.formaat': 'csv of jsonl',
  'opdracht.privacy': 'Privacy: overzicht voor de functionaris gegevensbescherming.',
  'opdracht.privacy.overzicht':
    'Per gemeente: gegevens, bewaartermijn, wachten op toestemming, wissingen, auditketen.',
  'opdracht.rapport':
    'Knelpuntenrapport per periode: samenvatting, --csv [bestand] of --png bestand (zie --help).',
  'opdracht.backup':
    'Maak een consistente backup van de database, ook terwijl de server draait (zie README, "In productie").',
  'opdracht.backup.bestand': 'bijvoorbeeld maatwerkbot-2026-12-05.jsonl.gz',
  'opdracht.herstel':
    'Zet een backup terug in een lege datamap (MAATWERKBOT_DATA_DIR) of, met DATABASE_URL, in een lege PostgreSQL-database.',
  'opdracht.herstel.bestand': 'een backup van `maatwerkbot backup`',
  'opdracht.verhuis':
    'Kopieer de ingebouwde database (MAATWERKBOT_DATA_DIR) met alles erin naar een lege PostgreSQL-database.',
  'opdracht.verhuis.naar': 'een lege PostgreSQL-database, postgresql://gebruiker@server:5432/maatwerkbot',

  // Refusals and output of the data commands.
  ongeldige_instelling: 'Ongeldige instelling:',
  'audit.datum_ongeldig': 'Gebruik een datum als 2026-01-31',
  'audit.formaat_ongeldig': 'Kies --formaat csv of jsonl',
  'audit.van_na_tot': '--van moet voor --tot liggen',

  // Output of the data and management commands.
  geen_gemeenten: 'Nog geen gemeenten in de database.',
  niet_leesbaar: 'Kan {bestand} niet lezen.',
  'tafels.geimporteerd':
    'Geïmporteerd voor {gemeente}: {tafels} tafel(s), {leden} leden, {organisaties} organisaties, {personen} personen, {bestuurders} bestuurders, {knelpunten} knelpunten{gedeactiveerd}{rondes}.',
  'tafels.gedeactiveerd': '; {aantal} lid/leden gedeactiveerd',
  'tafels.rondes_geopend':
    '; {aantal, plural, one {# besluitronde} other {# besluitrondes}} geopend (de tafel eist niet meer wat ontbrak)',
  'audit.wacht': '; {aantal} nog niet geketend',
  'audit.anker': '; klopt met {aantal} anker(s), laatste: {naam}',
  'audit.onverbroken': '{gemeente}: keten onverbroken ({aantal} gebeurtenissen{wacht}{anker}).',
  'audit.verbroken':
    '{gemeente}: keten VERBROKEN bij positie {positie}: {reden} ({aantal} gebeurtenissen{wacht}).',
  'audit.geen_sleutel':
    'Geen auditsleutel gevonden (MAATWERKBOT_AUDIT_SLEUTEL of MAATWERKBOT_AUDIT_SLEUTELBESTAND): ankers niet gecontroleerd.',
  'audit.geen_ankerbestand': 'Nog geen ankerbestand op {bestand}: ankers niet gecontroleerd.',
  'audit.ankerbestand': 'Ankerbestand: {melding}.',
  'privacy.gemeente': 'Gemeente {gemeente}',
  'privacy.gegevens': 'Gegevens in de maatwerkbot:',
  'privacy.bewaartermijn':
    'Bewaartermijn vrije tekst: {maanden} maanden na het besluit (daarna gewist; besluit blijft)',
  'privacy.wachten': 'Casussen die wachten op toestemming of een vastgelegde afweging: {aantal}',
  'privacy.wissingen': 'Wissingen na bewaartermijn uitgevoerd: {gewist}; gepland binnen 30 dagen: {gepland}',
  'privacy.auditketen':
    'Auditketen: {geldig, select, ja {onverbroken} other {VERBROKEN}} ({aantal} gebeurtenissen)',
  'privacy.niet_bezorgd':
    'Berichten niet bezorgd: {onbezorgbaar} onbezorgbaar (geen adres of geen platform dat ze bezorgt), {mislukt} mislukt na herhaald proberen',
  'backup.geschreven':
    'Backup geschreven naar {bestand}: {tabellen} tabellen, {rijen} rijen, migratie {migratie} ({grootte}).',
  'herstel.map_niet_leeg':
    'De datamap {map} is niet leeg. Herstel alleen in een lege of nog niet bestaande map: zet MAATWERKBOT_DATA_DIR op een nieuwe map, of verplaats de oude eerst.',
  'herstel.hersteld':
    'Hersteld uit {bestand} in {database}: {tabellen} tabellen, {rijen} rijen (gemaakt op migratie {migratie}; de nieuwere migraties van deze versie zijn daarna toegepast).',
  'verhuis.url':
    '--naar moet een PostgreSQL-adres met database zijn, zoals postgresql://maatwerkbot@db:5432/maatwerkbot',
  'verhuis.database_url':
    'verhuis leest de ingebouwde database uit MAATWERKBOT_DATA_DIR; laat DATABASE_URL leeg voor deze opdracht en zet hem pas daarna.',
  'verhuis.geen_database': 'Er is geen ingebouwde database in {map} (MAATWERKBOT_DATA_DIR).',
  'verhuis.verhuisd':
    'Verhuisd naar {database}: {tabellen} tabellen, {rijen} rijen; elke tabel telt evenveel rijen als in de ingebouwde database.',
  'verhuis.keten_klopt_niet':
    'De auditketen klopt niet op de nieuwe database; de ingebouwde database blijft in gebruik.',
  'verhuis.klaar':
    'Zet nu DATABASE_URL op deze database en start de server. De ingebouwde database in {map} blijft staan, maar start niet meer (verwijder {bestand} om hem toch te gebruiken).',
  'doorgeven.geen_toegang':
    'De database in {map} is in gebruik door de server (pid {pid}), maar {bestand} is voor deze gebruiker niet leesbaar. Voer de opdracht uit als de gebruiker van de server, bijvoorbeeld met `sudo maatwerkbot-beheer …` (zie deploy/README.md).',
  'doorgeven.onverwacht': 'Onverwacht antwoord van het beheerpunt van de server.',
  'doorgeven.weggevallen':
    'De verbinding met de server viel weg voordat de opdracht klaar was; kijk in het log van de server of hij is uitgevoerd.',
  'beheerpunt.interne_fout': 'Interne fout in de server: {melding}',

  // `maatwerkbot demo`: the narrator, and the story the people in it type.
  'demo.geimporteerd': 'Tafels geïmporteerd: {tafels} tafel, {leden} leden, {bestuurders} bestuurders',
  'demo.fatima_probeert': 'Consulent Fatima probeert eerst een casus met een telefoonnummer in de situatie',
  'demo.geweigerd': 'Geweigerd bij veld "{veld}": {bericht}\nSuggestie: {suggestie}',
  'demo.opnieuw': 'Fatima haalt het nummer weg en dient opnieuw in',
  'demo.leden_antwoorden': 'De leden antwoorden; GGZ gaat niet akkoord',
  'demo.herinnering':
    'Een dag later: Kees van schuldhulp heeft nog niet geantwoord en krijgt een herinnering',
  'demo.kees_antwoordt':
    'Kees antwoordt alsnog: iedereen heeft geantwoord, GGZ ging niet akkoord, dus de ronde gaat naar de voorzitter',
  'demo.voorzitter_beslist': 'De voorzitter beslist (doorslaggevende stem)',
  'demo.tweede_casus': 'Tweede casus: een bijzondere bijstand boven het mandaat van één lid',
  'demo.spoed':
    'Spoed: na 4 werkuren is de termijn om; de ronde sluit vanzelf en de directeur krijgt het verzoek',
  'demo.directeur': 'De directeur keurt de uitzondering goed',
  'demo.keten': '{gemeente} {aantal} gebeurtenissen, {geldig, select, ja {onverbroken} other {VERBROKEN}}',
  'demo.auditketen': 'Auditketen: {ketens}',
  'demo.casus1.titel': 'Kostendelersnorm bij inwonende zoon met beperking',
  'demo.casus1.situatie':
    'Moeder (52) woont met haar meerderjarige zoon met een verstandelijke beperking. Door de kostendelersnorm daalt haar uitkering met ruim 300 euro per maand; er is een huurachterstand.',
  'demo.casus1.telefoon': 'Bel haar op {nummer}.',
  'demo.casus1.oplossing':
    'De kostendelersnorm een jaar buiten toepassing laten; intussen zoekt het buurtteam een woonvorm voor de zoon.',
  'demo.casus1.kosten_niets_doen':
    'Uithuiszetting, tijdelijke opvang voor moeder en een crisisplaatsing voor de zoon.',
  'demo.casus1.reden_ahmed': 'Binnen ons mandaat; de kosten van niets doen zijn vele malen hoger.',
  'demo.casus1.reden_sanne': 'Wij voorkomen liever een ontruiming.',
  'demo.casus1.voorwaarden_sanne': 'Betalingsregeling voor de huurachterstand binnen een maand.',
  'demo.casus1.toezegging_sanne': 'zet de ontruimingsprocedure stil en biedt een betalingsregeling aan',
  'demo.casus1.reden_peter':
    'Eerst een indicatie voor begeleid wonen aanvragen; die route is nog niet geprobeerd.',
  'demo.casus1.reden_lotte': 'Het gezin werkt goed mee.',
  'demo.casus1.reden_kees': 'Voorkomt nieuwe schulden.',
  'demo.casus1.besluit':
    'De kosten van niets doen (uithuiszetting, opvang) zijn veel hoger; de indicatie voor begeleid wonen loopt parallel via het buurtteam.',
  'demo.casus2.titel': 'Leges ID-kaart en terugvordering blokkeren bijstand',
  'demo.casus2.situatie':
    'Jonge vrouw zonder geldig identiteitsbewijs kan de leges niet betalen en krijgt zonder ID geen uitkering. Er loopt een terugvordering uit een eerdere periode.',
  'demo.casus2.oplossing':
    'Leges kwijtschelden en de terugvordering zes maanden opschorten zodat de uitkering kan starten.',
  'demo.casus2.kosten_niets_doen': 'Dakloosheid, nachtopvang en oplopende schulden bij de zorgverzekeraar.',
  'demo.casus2.betrokkenheid': 'Komt afspraken meestal na, soms met hulp van het buurtteam.',
  'demo.casus2.afweging':
    'Geen toestemming gevraagd: geen contactgegevens, wel in belang van de inwoner om dakloosheid te voorkomen.',
  'demo.casus2.reden_ahmed': 'Opschorten van een terugvordering valt buiten mijn mandaat.',
  'demo.casus2.reden_sanne': 'Voorkomt dakloosheid.',
  'demo.casus2.reden_lotte': 'Wij begeleiden haar naar het loket.',
  'demo.casus2.besluit':
    'Eenmalige uitzondering: de maatschappelijke kosten van niets doen zijn hoger. Leges kwijtgescholden, terugvordering zes maanden opgeschort.',

  'backup.onleesbaar':
    'Dit is geen maatwerkbot-backup of hij is beschadigd ({wat, select, kop {kopregel} tabel {tabelregel} other {afsluitende regel}} onleesbaar).',
  'backup.klopt_niet':
    'Dit is geen maatwerkbot-backup of hij is beschadigd ({wat, select, kop {kopregel} tabel {tabelregel} other {afsluitende regel}} klopt niet).',
  'backup.formaat':
    'Deze backup heeft formaat {formaat}; deze versie leest formaat {eigen}. Gebruik de maatwerkbot-versie waarmee hij is gemaakt ({versie}).',
  'backup.nieuwer':
    'Deze backup komt van een nieuwere of andere maatwerkbot ({versie}, migratie {migratie}). Herstel hem met die versie, of werk deze eerst bij.',
  'backup.migratie_verschilt': 'Migratie {migratie} in de backup verschilt van die in deze versie.',
  'backup.doel_niet_leeg':
    'De doeldatabase ({database}) is niet leeg: tabel {tabel} bevat rijen. Herstel alleen in een lege database.',
  'backup.doel_nieuwer':
    'De doeldatabase ({database}) heeft migratie {migratie}, die de backup niet heeft. Herstel in een nieuwe, lege database.',
  'backup.leeg': 'Het bestand is leeg: dit is geen maatwerkbot-backup.',
  'backup.past_niet': 'De backup past niet in de doeldatabase ({melding}). Er is niets hersteld.',
  'backup.na_einde': 'Na de afsluitende regel staat nog iets: de backup is beschadigd.',
  'backup.rij_zonder_tabel': 'Een rij zonder tabel: de backup is beschadigd.',
  'backup.tabel_onbekend': 'Tabel {tabel} uit de backup bestaat niet in de doeldatabase.',
  'backup.kolom_onbekend': 'Kolom {kolom} uit de backup bestaat niet in de doeldatabase.',
  'backup.onvolledig': 'De backup is onvolledig: de afsluitende regel ontbreekt. Er is niets hersteld.',
  'backup.aantal_klopt_niet':
    'Tabel {tabel}: de backup noemt {verwacht} rijen, er zijn er {geladen} geladen. Er is niets hersteld.',
  'backup.beschadigd':
    '{bestand} is geen maatwerkbot-backup of is beschadigd ({melding}). Er is niets hersteld.',

  // `maatwerkbot anonimiseer`.
  'anonimiseer.gebruik':
    'Gebruik: maatwerkbot anonimiseer [--json | --jsonl] [--tafels tafels.yml] [--naam "Voornaam Achternaam"]...\n' +
    '  zonder vlag  leest tekst van stdin en schrijft de geanonimiseerde tekst\n' +
    '  --json       schrijft {vorm}\n' +
    '  --jsonl      leest per regel {invoer} en schrijft per regel {uitvoer}\n' +
    '  --tafels     het tafelbestand dat u met `tafels importeer` inlaadt: dan weet de controle wat de bot\n' +
    '               weet en geeft ze hetzelfde antwoord. De namen van de personen worden herkend; de naam\n' +
    '               van de gemeente en die van organisaties, knelpunten en tafels zijn nooit een naam.\n' +
    '  --naam       nog een naam om te herkennen (mag vaker), zoals een indiener die niet in het\n' +
    '               tafelbestand staat\n',
  'anonimiseer.niet_allebei': 'Kies --json of --jsonl, niet allebei.',
  'anonimiseer.naam_ontbreekt': '--naam verwacht een naam.',
  'anonimiseer.tafels_ontbreekt': '--tafels verwacht een bestand.',
  'anonimiseer.tafels_eenmaal': 'Geef --tafels één keer.',
  'anonimiseer.onbekende_optie': 'Onbekende optie: {optie}',
  'anonimiseer.regel': 'regel {nummer}: {fout}',
  'anonimiseer.geen_json': 'geen geldige JSON',
  'anonimiseer.id_en_text': 'velden "id" en "text" ontbreken of zijn ongeldig',
  'anonimiseer.text': 'veld "text" ontbreekt of is geen tekst',
  'anonimiseer.id': 'veld "id" ontbreekt of is geen tekst of getal',
  'anonimiseer.geen_object': 'regel is geen object met "id" en "text"',

  // `maatwerkbot rapport`.
  'rapport.gebruik':
    'Gebruik: maatwerkbot rapport --van JJJJ-MM-DD --tot JJJJ-MM-DD [--tafel slug] [--gemeente slug] [--csv [bestand]] [--png bestand]\n' +
    '  --van, --tot  de periode (beide dagen tellen mee); casussen tellen in de periode waarin ze zijn ingediend\n' +
    '  --tafel       één tafel; zonder deze optie alle tafels van de gemeente\n' +
    '  --gemeente    alleen nodig als de database meer dan één gemeente bevat\n' +
    "  --csv         CSV met ';' en decimale komma (voor Excel); zonder bestandsnaam naar het scherm\n" +
    '  --png         de grafiek als PNG-bestand\n',
  'rapport.dag_ontbreekt': 'Geef --{optie} op als JJJJ-MM-DD',
  'rapport.dag_ongeldig': '--{optie} moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-01-31',
  'rapport.png_zonder_naam': 'Geef bij --png een bestandsnaam op',
  'rapport.tot_voor_van': '--tot ligt voor --van',
  'rapport.onverwacht_argument': 'Onverwacht argument "{argument}".',
  'rapport.onbekende_optie': 'Onbekende optie --{optie}.',
  'rapport.dubbele_optie': '--{optie} staat er twee keer.',
  'rapport.waarde_ontbreekt': 'Geef een waarde bij --{optie}.',
  'rapport.gemeente_onbekend': 'Gemeente "{gemeente}" bestaat niet in deze database.',
  'rapport.geen_gemeente': 'Er is nog geen gemeente; importeer eerst een tafelbestand.',
  'rapport.meer_gemeenten': 'De database bevat meer dan één gemeente: kies er een met --gemeente.',
  'rapport.tafel_onbekend': 'Tafel "{tafel}" bestaat niet bij {gemeente}.',
  'rapport.niet_geschreven': 'Kan {bestand} niet schrijven.',
  'rapport.csv_geschreven': 'CSV geschreven naar {bestand} ({knelpunten} knelpunten, {casussen} casussen).',
  'rapport.grafiek_geschreven': 'Grafiek geschreven naar {bestand}.',

  // `maatwerkbot start`.
  'start.ongeldige_instelling': 'Ongeldige instelling: {wat}',
  'start.onverwacht':
    'Starten mislukt door een onverwachte fout ({soort}{bericht}); zet LOG_LEVEL=debug voor details.',
  'start.onbekend': 'onbekend',
  'start.veroorzaakt_door': 'Veroorzaakt door: ',
  // Why the server cannot start, one line each with what to do.
  'opstart.migraties': 'De migraties konden niet worden toegepast: {fout}',
  'opstart.database_ontbreekt':
    'Database "{naam}" bestaat niet op {host}:{poort}: maak hem aan met `createdb -h {host} -p {poort} -U {gebruiker} {naam}` (of in psql: CREATE DATABASE "{naam}";) en start opnieuw; de bot maakt de tabellen zelf.',
  'opstart.login_geweigerd':
    'PostgreSQL op {host}:{poort} weigert gebruiker "{gebruiker}": controleer gebruiker en wachtwoord in DATABASE_URL (en {hba} op de server).',
  'opstart.onbereikbaar':
    'PostgreSQL op {host}:{poort} is niet bereikbaar ({foutcode}): start de databaseserver of controleer host en poort in DATABASE_URL.',
  'opstart.poort_in_gebruik':
    "Poort {poort} op {host} is al in gebruik: stop het andere proces (zie: ss -ltnp 'sport = :{poort}') of kies een andere poort met PORT=….",
  'opstart.poort_geen_toestemming':
    'Geen toestemming om poort {poort} te openen: kies een poort vanaf 1024 met PORT=…; laat de reverse proxy poort 80/443 bedienen.',
  'opstart.host_onbekend':
    'HOST={host} is geen adres van deze machine: kies 127.0.0.1 (achter een reverse proxy op deze machine) of 0.0.0.0 (alle adressen).',
  'opstart.poort_mislukt':
    'Poort {poort} op {host} kan niet worden geopend ({foutcode}); controleer PORT en HOST.',
} as const;
