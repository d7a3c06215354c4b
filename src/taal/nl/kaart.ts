// The casus card in the table's channel (Slack and Teams alike), the chair's controls, and what a person
// reads after clicking one of the card's buttons.
export default {
  // The status line and the facts of a casus.
  'status.op_agenda': '{status} · op de agenda van de volgende vergadering',
  'aanvulling.vastgelegd':
    'Aangevuld. {open, plural, =0 {Er ontbreekt niets meer.} one {Er ontbreekt nog één gegeven.} other {Er ontbreken nog # gegevens.}}',
  'aanvulling.open': 'nog aan te vullen',
  'aanvulling.ontbreekt': 'Nog aan te vullen door de indiener: {wat}.',
  'aanvulling.wat':
    '{wat, select, kosten {de kosten} betrokkenheid {de betrokkenheid van het huishouden} toestemming {de toestemming} other {een gegeven}}',
  'aanvulling.ronde_wacht': 'De besluitronde opent zodra de indiener aanvult: {wat}.',
  'veld.tafel': 'Tafel',
  'veld.status': 'Status',
  'veld.urgentie': 'Urgentie',
  'veld.knelpunt': 'Knelpunt',
  'veld.leefgebieden': 'Leefgebieden',
  'veld.kosten_maatwerk': 'Kosten maatwerk',
  'veld.kosten_niets_doen': 'Als er niets gebeurt',
  'veld.kosten_niets_doen_toelichting': 'Kosten als er niets gebeurt',
  'veld.betrokkenheid': 'Betrokkenheid',
  'veld.betrokkenheid_huishouden': 'Betrokkenheid van het huishouden',
  'veld.toestemming': 'Toestemming',
  'veld.situatie': 'Situatie',
  'veld.gevraagde_oplossing': 'Gevraagde oplossing',
  'veld.voorwaarden': 'Voorwaarden',
  'knelpunt.niet_opgegeven': 'Niet opgegeven',

  // The decision round on the card.
  'ronde.open': '<b>Besluitronde open tot {deadline}</b>',
  'ronde.gesloten': '<b>Besluitronde gesloten</b>',
  'ronde.antwoord_zonder_keuze': 'geantwoord',
  'ronde.geantwoord_telling': '<b>Geantwoord ({aantal} van {totaal}):</b> {leden}',
  'ronde.geantwoord': 'Geantwoord: {leden}',
  'ronde.nog_niemand': 'nog niemand',
  'ronde.wacht_op': '<b>Wacht nog op:</b> {leden}',
  'ronde.inhoud_verborgen': 'De inhoud van de antwoorden blijft verborgen tot de ronde sluit.',
  'ronde.wie_antwoordt':
    'Alleen beslissingsbevoegde leden antwoorden; u kunt uw antwoord wijzigen tot de ronde sluit.',

  // A member's own answer on the card (Teams).
  'antwoord.kop': 'Uw antwoord',
  'antwoord.reden': 'Reden (de tafel deelt het hoe en waarom)',
  'antwoord.voorwaarden': 'Voorwaarden (bij akkoord met voorwaarden)',
  'antwoord.toezegging_taak': 'Toezegging van uw organisatie (optioneel): wat doet u?',
  'antwoord.toezegging_datum': 'Toezegging uiterlijk op',
  'antwoord.vastgelegd': 'Uw antwoord is vastgelegd: {keuze}.',
  'antwoord.vastgelegd_gesloten': 'Uw antwoord is vastgelegd: {keuze}. Daarmee is de besluitronde gesloten.',
  'fout.geef_reden': 'Geef een reden',

  // A line for one person on the card.
  'persoonlijk.voorzitter':
    'U beslist als voorzitter over deze casus; uw besluitkaart staat in uw chat met de bot.',
  'persoonlijk.bestuurder': 'Uw goedkeuring is nodig; de kaart daarvoor staat in uw chat met de bot.',
  'persoonlijk.indiener': 'U heeft deze casus ingediend.',

  'antwoord.eigen': '<b>Uw antwoord: {keuze}</b>',
  'antwoord.eigen_reden': 'Uw reden',
  'antwoord.wijzig': 'Uw antwoord wijzigen (kan tot de ronde sluit)',
  'antwoord.meer_velden': 'Voorwaarden of toezegging toevoegen',
  'situatie.meer': 'Toon de hele casus',
  'situatie.minder': 'Minder tonen',
  'besluit.uitkomst': '<b>Besluit: {uitkomst}</b>',
  'besluit.waarom': 'Waarom',
  'besluit.in_draad': 'Het hele besluit, met het hoe, staat in de draad en het leerkanaal.',
  'basis.uitleg': 'Leden zien hier hun eigen antwoordformulier. Ziet u het niet, kies dan Vernieuwen.',
  'persoonlijk.voorzitter_acties':
    'U bent voorzitter van deze tafel: verlengen, intrekken, heropenen en agenderen staan onder Voorzittersacties.',

  'knop.vernieuwen': 'Vernieuwen',
  'knop.voorzittersacties': 'Voorzittersacties',
  'knop.naar_casuskaart': 'Naar de casuskaart',

  // The chair's controls (Slack modals, the Teams chair's card).
  'voorzitter.kop': 'Voorzitter · {referentie} · {tafel}',
  'voorzitter.afgerond': 'Deze casus is afgerond: er zijn geen voorzittersacties meer.',
  'voorzitter.uitleg': 'Elke actie vraagt een reden; de tafel krijgt bericht.',
  'beheer.titel.verlengen': 'Termijn verlengen',
  'beheer.titel.intrekken': 'Casus intrekken',
  'beheer.titel.heropenen': 'Ronde heropenen',
  'beheer.titel.op_agenda': 'Op de agenda',
  'beheer.titel.vergaderbesluit': 'Besluit vergadering',
  'beheer.menu.vergaderbesluit': 'Besluit vergadering vastleggen',
  'beheer.menu.uitleg':
    'Voorzitter: termijn verlengen, intrekken, heropenen, agenda en vergaderbesluit via ⋯',
  'beheer.knop.verlengen': 'Verlengen',
  'beheer.knop.intrekken': 'Intrekken',
  'beheer.knop.heropenen': 'Heropenen',
  'beheer.knop.op_agenda': 'Op de agenda zetten',
  'beheer.knop.vastleggen': 'Vastleggen',
  'beheer.geen_persoonsgegevens': 'Wordt met de tafel gedeeld. Geen persoonsgegevens.',
  'beheer.huidige_deadline': 'Huidige deadline: {deadline}. Herinneringen worden opnieuw gepland.',
  'beheer.geen_open_ronde': 'Er is nu geen open besluitronde ({status}).',
  'beheer.nieuwe_deadline': 'Nieuwe deadline (datum)',
  'beheer.tijd': 'Tijd',
  'beheer.tijd_hint': 'Nederlandse tijd.',
  'beheer.tijd_met_zone': 'Tijd (Nederlandse tijd)',
  'beheer.kies_datum': 'Kies een datum',
  'beheer.kies_tijd': 'Kies een tijd',
  'beheer.reden.verlengen': 'Reden van de verlenging',
  'beheer.reden.intrekken': 'Reden van het intrekken',
  'beheer.reden.heropenen': 'Reden van het heropenen',
  'beheer.uitleg.intrekken': 'De besluitronde sluit; de tafel en de indiener krijgen bericht met de reden.',
  'beheer.uitleg.heropenen':
    'Er begint een nieuwe besluitronde met een nieuwe termijn; een open escalatie vervalt.',
  'beheer.uitleg.op_agenda':
    'Zet <b>{referentie}</b> op de agenda van de volgende vergadering? Het besluit van de vergadering legt u daarna vast met <i>{actie}</i>.',
  'beheer.uitleg.vergaderbesluit':
    'Voor een casus op de agenda: het besluit wordt met het hoe en waarom gedeeld.',
  'beheer.vergaderbesluit.uitkomst': 'Besluit van de vergadering',
  'beheer.vergaderbesluit.kies': 'Kies een besluit',
  'beheer.vergaderbesluit.waarom': 'Waarom (de afweging van de vergadering)',
  'beheer.vergaderbesluit.hoe': 'Hoe (uitvoering)',
  'beheer.vergaderbesluit.hoe_hint': 'Leeg bij toekennen: de gevraagde oplossing.',
  'beheer.vergaderbesluit.verwijzing': 'Verwezen naar',
  'beheer.vergaderbesluit.verwijzing_hint':
    'Nodig bij afwijzen of doorverwijzen: waar kan het huishouden terecht?',

  // Refusals after a click.
  'weigering.geen_tafel':
    'Er is nog geen maatwerktafel ingesteld voor deze werkruimte. Vraag de beheerder het tafelbestand te importeren.',
  'weigering.intrekken': 'Alleen de voorzitter van {tafel} of de indiener kan {referentie} intrekken.',
  'weigering.beheer': 'Alleen de voorzitter van {tafel} kan dit doen voor {referentie}.',
  'weigering.kaart_ongeldig': 'Deze kaart is niet (meer) geldig.',
  'weigering.onbekende_actie': 'Deze kaartactie ken ik niet.',
  'weigering.onbekend_antwoord': 'Onbekend antwoord.',

  // Confirmations after a decision on a personal card (Teams).
  afgehandeld: 'Afgehandeld',
  'besloten.voorzitter': 'U besloot: {uitkomst}.',
  'besloten.uitkomst.toekennen': 'toekennen',
  'besloten.uitkomst.deels_toekennen': 'deels toekennen',
  'besloten.uitkomst.afwijzen': 'afwijzen',
  'besloten.uitkomst.doorverwijzen': 'doorverwijzen',
  'besloten.naar_bestuurder': 'De uitzondering gaat nu ter goedkeuring naar de bestuurder.',
  'besloten.gedeeld': 'De tafel, het leerkanaal en de indiener krijgen het besluit met uw onderbouwing.',
  'besloten.goedgekeurd': 'U keurde de uitzondering goed.',
  'besloten.afgewezen': 'U wees de uitzondering af.',
  'vraag.gesteld': 'Uw vraag is gesteld.',
  'vraag.gesteld_uitleg':
    'De indiener en de voorzitter krijgen hem. Uw termijn staat stil tot het antwoord er is; daarna beslist u met deze kaart of met de knoppen bij het antwoord.',
  'vraag.beantwoord': 'Uw antwoord is doorgestuurd naar de bestuurder.',
  'evaluatie.vastgelegd': 'Dank u: uw evaluatie is vastgelegd.',
  'afwijking.vastgelegd': 'Dank u: uw toelichting is vastgelegd.',
  'afwijking.gedeeld': 'De tafel en het leerkanaal krijgen haar bij het besluit.',
  'toestemming.vastgelegd': 'Vastgelegd: {toestemming}.',
  'toestemming.op_kaart': 'De casuskaart van de tafel toont het nu.',
} as const;
