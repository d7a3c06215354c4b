// What a person reaches through commands and the app's own pages: the check of a bound channel, the
// chair's menu, search and similar earlier besluiten, App Home, help, and the text commands of Teams.
// `platform` is `slack` or `teams` where the two say the same thing in their own terms.
export default {
  // The check of a channel after `koppel`. Counts, never names.
  'kanaal.binnen.tafel':
    '{platform, select, slack {Gecontroleerd: dit kanaal is besloten, niet gedeeld met een andere organisatie, en er zitten alleen leden van de tafel in.} other {Gecontroleerd: dit is een privékanaal, niet gedeeld, en er zitten alleen leden van de tafel in.}}',
  'kanaal.binnen.leer':
    '{platform, select, slack {Gecontroleerd: dit leerkanaal is niet gedeeld met een andere organisatie en er zitten geen gasten of accounts van een andere organisatie in.} other {Gecontroleerd: dit leerkanaal is niet gedeeld en er zitten geen gasten of deelnemers van een andere organisatie in.}}',
  'kanaal.breder.tafel':
    '<b>Let op: dit kanaal is breder dan {tafel}.</b> Wie het kanaal kan lezen, leest elke casus die hier verschijnt:',
  'kanaal.breder.leer':
    '<b>Let op: dit leerkanaal reikt buiten uw organisatie.</b> De besluiten met hun hoe en waarom zijn dan ook daar te lezen:',
  'kanaal.reden.openbaar':
    '{platform, select, slack {het is een openbaar kanaal: iedereen in de werkruimte kan het vinden, lid worden en meelezen} other {Het is een standaardkanaal: iedereen in het team leest mee, ook wie later aan het team wordt toegevoegd.}}',
  'kanaal.reden.gedeeld':
    '{platform, select, slack {het is gedeeld met een andere werkruimte of organisatie (Slack Connect of gedeeld binnen de organisatie)} other {Het is een gedeeld kanaal: er kunnen mensen uit andere teams of organisaties in zitten.}}',
  'kanaal.reden.niet_leden':
    '{aantal, plural, one {# deelnemer zit} other {# deelnemers zitten}} niet aan de tafel{platform, select, slack {} other {.}}',
  'kanaal.reden.gasten':
    '{platform, select, slack {{aantal, plural, one {er zit # gastaccount} other {er zitten # gastaccounts}} in} other {{aantal, plural, one {Er zit # gast} other {Er zitten # gasten}} in.}}',
  'kanaal.reden.andere_organisatie':
    '{platform, select, slack {{aantal, plural, one {# account is} other {# accounts zijn}} van een andere organisatie} other {{aantal, plural, one {# deelnemer is} other {# deelnemers zijn}} van een andere organisatie (tenant).}}',
  'kanaal.wie':
    'Wie dat zijn, ziet u bij de leden van het kanaal ({platform, select, slack {klik op de kanaalnaam} other {"Kanaal beheren"}}).',
  'kanaal.beter.tafel':
    'De koppeling geldt wel. Beter is een {platform, select, slack {besloten kanaal} other {privékanaal}} met alleen de leden van de tafel: {platform, select, slack {typ} other {stuur}} daar {opdracht}.',
  'kanaal.beter.leer':
    'De koppeling geldt wel. Beter is een kanaal binnen uw eigen organisatie: {platform, select, slack {typ} other {stuur}} daar {opdracht}.',
  'kanaal.onzeker.tafel':
    '<b>Ik kon niet controleren of dit kanaal breder is dan de tafel.</b> Ga er niet van uit dat het goed is: kijk zelf of {platform, select, slack {het kanaal besloten is en of er alleen leden van de tafel in zitten} other {het een privékanaal is met alleen de leden van de tafel}}.',
  'kanaal.onzeker.leer':
    '<b>Ik kon niet controleren of dit leerkanaal buiten uw organisatie reikt.</b> Ga er niet van uit dat het goed is: kijk zelf of het niet gedeeld is en of er geen gasten in zitten.',
  'kanaal.niet_gecontroleerd': 'Niet gecontroleerd: {onderdelen}.',
  'kanaal.onderdeel.openbaar':
    '{platform, select, slack {of het kanaal openbaar is} other {of het een standaard- of privékanaal is}}',
  'kanaal.onderdeel.gedeeld':
    '{platform, select, slack {of het gedeeld is met een andere organisatie} other {of het een gedeeld kanaal is}}',
  'kanaal.onderdeel.aanwezigen': 'wie erin zit',
  'kanaal.onderdeel.gasten': 'of er gasten in zitten',
  'kanaal.onderdeel.organisatie': 'van welke organisatie de deelnemers zijn',
  'kanaal.leesfout.geen_rechten':
    '{platform, select, slack {De app mist een recht om dit kanaal te bekijken (channels:read, groups:read): vraag de beheerder de app opnieuw te installeren vanuit het manifest.} other {De bot mag de leden van dit kanaal niet opvragen. Vraag de beheerder de app opnieuw toe te voegen aan het team.}}',
  'kanaal.leesfout.niet_in_kanaal':
    '{platform, select, slack {De maatwerkbot zit nog niet in dit kanaal. Nodig hem uit (<code>/invite @Maatwerkbot</code>) en typ {opdracht} opnieuw, dan controleer ik het.} other {De bot is (nog) niet aan dit team of kanaal toegevoegd. Voeg de app toe en stuur {opdracht} opnieuw, dan controleer ik het.}}',
  'kanaal.leesfout.storing':
    '{platform, select, slack {Slack} other {Teams}} gaf geen bruikbaar antwoord. Probeer het later opnieuw.',
  'kanaal.mislukt':
    'Ik kon niet controleren wie dit kanaal kan lezen. Ga er niet van uit dat het goed is: kijk zelf of {platform, select, slack {het kanaal besloten is} other {het een privékanaal is}} en wie erin zit.',

  // `koppel`: the binding itself.
  'koppel.gekoppeld.tafel':
    '{platform, select, slack {Dit kanaal is nu het tafelkanaal van {tafel}: nieuwe casussen verschijnen hier. Nodig de maatwerkbot uit in het kanaal (/invite).} other {Dit kanaal is nu het kanaal van {tafel}: nieuwe casussen, de besluitrondes en de besluiten verschijnen hier.}}',
  'koppel.gekoppeld.leer':
    '{platform, select, slack {Dit kanaal is nu het leerkanaal van {tafel}: besluiten met hun hoe en waarom verschijnen hier.} other {Dit kanaal is nu het leerkanaal van {tafel}: elk besluit met het hoe en waarom verschijnt hier.}}',
  'koppel.gebruik': 'Gebruik: {opdracht} in het kanaal dat u wilt koppelen.',
  'koppel.in_kanaal': 'Gebruik {opdracht} in het kanaal van de tafel, met @Maatwerkbot ervoor.',
  'koppel.noem_tafel': 'Noem de tafel: {opdracht}, of {leer} voor het leerkanaal.',

  // The precedent register: similar earlier besluiten, a different besluit, the report, search.
  'register.vergelijkbaar': '<b>Vergelijkbare eerdere besluiten</b>',
  'register.afwijking.kop': 'Waarin verschilt {referentie}?',
  'register.afwijking.uitleg':
    'Het besluit over <b>{referentie}</b> ({titel}, {tafel}) luidt <b>{uitkomst}</b>. Dat gaat in tegen {meerderheid} van de {eerder} eerdere besluiten over <b>{knelpunt}</b>.',
  'register.afwijking.uitleg_kort':
    'Het besluit ({uitkomst}) gaat in tegen {meerderheid} van de {eerder} eerdere besluiten van {tafel} over dit knelpunt:',
  'register.afwijking.eerdere_tafel': '<b>Eerdere besluiten van de tafel</b>',
  'register.afwijking.eerdere': 'Eerdere besluiten',
  'register.afwijking.vraag':
    'Voorzitter, waarin verschilt deze casus? Uw toelichting wordt bij het besluit bewaard en gedeeld met de tafel en het leerkanaal.',
  'register.afwijking.knop': 'Toelichten',
  'register.afwijking.veld': 'Waarin verschilt deze casus?',
  'register.afwijking.hint':
    'Uw toelichting wordt gedeeld met de tafel en het leerkanaal. Geen persoonsgegevens.',
  'register.afwijking.leeg': 'Leg uit waarom deze casus anders is',
  'register.afwijking.versturen': 'Toelichting versturen',
  'register.toegelicht.kop': 'Toelichting bij {referentie} ({uitkomst})',
  'register.toegelicht':
    '<b>{naam}</b> (voorzitter) licht toe waarom <b>{referentie}</b> ({titel}, {uitkomst}) anders is besloten dan eerdere besluiten van {tafel}.',
  'register.toegelicht_kort':
    '{naam} (voorzitter) licht toe waarom deze casus anders is besloten dan eerdere besluiten van {tafel}:',
  'register.toegelicht.verschil': 'Waarin deze casus verschilt',
  'register.rapport.kop': 'Knelpuntenrapport {tafel}',
  'register.rapport.alle_tafels': 'alle tafels',
  'register.rapport.samenvatting': 'Samenvatting',
  'register.rapport.periode': '{van} tot en met {tot}',
  'register.rapport.grafiek_tot': 'Grafiek te zien tot {datum}.',
  'register.rapport.grafiek_openen': 'Grafiek openen',
  'register.zoek.kop': '<b>Eerdere besluiten voor "{woorden}"</b>',
  'register.zoek.kop_kort': 'Eerdere besluiten voor uw zoekopdracht',
  'register.zoek.geen': 'Geen besluiten gevonden.',
  'register.zoek.gevonden': '{aantal} eerdere besluiten gevonden',
  'register.zoek.gebruik': 'Gebruik: {opdracht}, bijvoorbeeld {voorbeeld}.',
  'register.zoek.noem_woorden': 'Noem de woorden: {voorbeeld}.',

  // What waits for a person: Slack's App Home and the `open` command in Teams.
  'home.intro': 'Leg een anonieme casus voor aan de maatwerktafel met <b>/casus</b>, of hier:',
  'home.nieuw': 'Nieuwe casus',
  'home.wacht': 'Wacht op u',
  'home.wacht.niets': 'Er wacht nu geen besluit op u.',
  'home.wacht.niets_teams': 'Niets: er wacht geen casus op uw besluit.',
  'home.meer': '… en {aantal} meer.',
  'home.soort.antwoord': 'uw antwoord',
  'home.soort.voorzitter': 'uw besluit als voorzitter',
  'home.soort.bestuurder': 'uw goedkeuring als bestuurder',
  'home.open.voor': '{soort} vóór {moment}',
  'home.open.regel': '{referentie} · {tafel}: {soort}, vóór {moment}',
  'home.beslis': 'Beslis…',
  'home.casussen': 'Mijn casussen',
  'home.casussen_teams': 'Uw casussen',
  'home.casussen.geen': 'U heeft nog geen casus ingediend.',
  'home.casussen.geen_teams': 'U heeft nog geen casus ingediend. Stuur "casus" om er een in te dienen.',
  'home.voorzitter': 'Als voorzitter',
  'home.voorzitter.uitleg':
    'Verlengen, intrekken, heropenen, agenderen en het besluit van de vergadering: kies ⋯ bij de casus. Alleen u ziet dit menu.',
  'home.besluiten': 'Recente besluiten van mijn tafels',
  'home.besluiten.geen': 'Nog geen besluiten.',
  'home.toezeggingen': 'Mijn toezeggingen',
  'home.voet': 'De agenda van de volgende vergadering: {agenda}. Eerdere besluiten zoeken: {zoek}.',

  // The words between angle brackets in a command's usage: `/casus zoek <woorden>`.
  'woord.tafel': 'tafel',
  'woord.woorden': 'woorden',
  'woord.referentie': 'referentie',
  'woord.zoekvoorbeeld': 'kostendelersnorm huur',
  product: 'Maatwerkbot',

  // Help for `/casus help`.
  'hulp.kop': '<b>Maatwerkbot</b> – anonieme casussen naar de maatwerktafel',
  'hulp.nieuw': '{opdracht} – nieuwe casus indienen (ook via het menu ⚡ of "Meer acties" bij een bericht)',
  'hulp.zoek': '{opdracht} – eerdere besluiten zoeken, met het hoe en waarom (alleen voor u zichtbaar)',
  'hulp.agenda':
    '{opdracht} – agenda van de volgende vergadering (leden van de tafel; in het tafelkanaal zonder tafel)',
  'hulp.bekijk':
    '{opdracht} – een casus bekijken (als u aan de tafel zit, de indiener bent of erover beslist; alleen voor u zichtbaar)',
  'hulp.koppel':
    '{opdracht} – voorzitter: koppel dit kanaal aan uw tafel (of als leerkanaal); de bot controleert wie het kanaal kan lezen',
  'hulp.hulp': '{opdracht} – deze uitleg',
  'hulp.voorzitter':
    'Voorzitter: termijn verlengen, intrekken, heropenen, op de agenda zetten en het besluit van de vergadering vastleggen via ⋯ in App Home (onder Als voorzitter), bij {opdracht} of in uw privébericht.',
  'hulp.home': 'Uw openstaande besluiten staan op het tabblad <b>Home</b> van de maatwerkbot.',
  'hulp.onbekend': 'Onbekende opdracht {opdracht}.',
  'hulp.onbekend_teams': 'Die opdracht ken ik niet.',

  // `agenda`.
  'agenda.welke_tafel':
    'Van welke tafel? {platform, select, slack {Gebruik} other {Stuur}} {opdracht}{metVoorbeelden, select, ja {, bijvoorbeeld {voorbeelden}} other {}}, of {platform, select, slack {typ} other {stuur}} {kort} in het kanaal van de tafel.',
  'agenda.bezig': 'Even geduld: ik haal het op.',
  'agenda.mislukt': 'Er ging iets mis bij het ophalen. Probeer het zo opnieuw.',

  // Teams: in a channel everyone reads the answer.
  'opdracht.alleen_persoonlijk':
    '{wat, select, agenda {De agenda van een andere tafel} other {Zoeken in eerdere besluiten}} kan in uw persoonlijke chat met de bot, of in het kanaal van de tafel: in dit kanaal leest iedereen het antwoord mee.',
  'opdracht.voorzitter.persoonlijk':
    'Stuur {opdracht} in uw persoonlijke chat met de bot: daar staat de voorzitterskaart alleen voor u. In het kanaal kunt u ook "Voorzittersacties" op de casuskaart kiezen.',
  'opdracht.voorzitter.noem_casus': 'Noem de casus: {voorbeeld}.',
  'opdracht.bekijk.persoonlijk':
    'Stuur {opdracht} in uw persoonlijke chat met de bot: daar ziet alleen u de casus.',
  'opdracht.toezeggingen.persoonlijk':
    'Stuur {opdracht} in uw persoonlijke chat met de bot: daar ziet alleen u uw toezeggingen.',
  'opdracht.zoek.kort': 'Eerdere besluiten',

  // The chair's controls in Teams: what was done.
  'voorzitter.alleen': 'Alleen de voorzitter van {tafel} heeft voorzittersacties voor {referentie}.',
  'voorzitter.kaart_ongeldig': 'Deze kaart is niet (meer) geldig.',
  'voorzitter.actie_onbekend': 'Deze kaartactie ken ik niet.',
  'voorzitter.kies_datum_tijd': 'Kies een datum en een tijd.',
  'voorzitter.kies_datum_tijd.veld': 'Kies een datum en een tijd',
  'voorzitter.verlengd':
    'De termijn van {referentie} is verlengd tot {moment}. De tafel krijgt bericht, met uw reden.',
  'voorzitter.ingetrokken':
    '{referentie} is ingetrokken. De besluitronde is gesloten en de tafel krijgt bericht, met de reden.',
  'voorzitter.heropend':
    'Er loopt een nieuwe besluitronde voor {referentie}; de leden antwoorden uiterlijk {moment}.',
  'voorzitter.op_agenda':
    '{referentie} staat op de agenda van de volgende vergadering. Leg daarna hier het besluit van de vergadering vast.',
  'voorzitter.vergaderbesluit':
    'Het besluit van de vergadering over {referentie} is vastgelegd en wordt gedeeld met de tafel, het leerkanaal en de indiener.',
  'voorzitter.kaart_kort': 'Voorzittersacties',
} as const;
