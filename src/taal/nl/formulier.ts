// The forms a person fills in (Slack modals, the Teams intake dialog) and what they say on submit. The
// intake asks the same questions on both platforms, so each question has one key used by both.
export default {
  // Shared words of every form.
  kies: 'Kies…',
  annuleren: 'Annuleren',
  sluiten: 'Sluiten',
  versturen: 'Versturen',
  vastleggen: 'Vastleggen',
  besluiten: 'Besluiten',
  vragen: 'Vragen',
  ja: 'Ja',
  nee: 'Nee',
  optioneel: '{veld} (optioneel)',
  geen_persoonsgegevens: 'Geen persoonsgegevens.',
  niet_mogelijk: 'Niet mogelijk',
  dialoog_titel: 'Maatwerkbot',
  'intake.dialoog_titel': 'Casus indienen',

  // The intake: one question, one key, on Slack and on Teams.
  'intake.titel': 'Nieuwe casus',
  'intake.indienen': 'Indienen',
  'intake.anoniem':
    'Anoniem: schrijf geen namen, adressen, geboortedata, BSN, telefoonnummers of andere persoonsgegevens. De bot controleert elk veld voordat er iets wordt bewaard.',
  'intake.tafel': 'Tafel',
  'intake.tafel.kies': 'Kies een tafel',
  'intake.urgentie': 'Urgentie',
  'intake.urgentie.kies': 'Kies urgentie',
  'intake.korte_titel': 'Korte titel',
  'intake.korte_titel.voorbeeld': 'Bijv. Kostendelersnorm bij inwonende zoon',
  'intake.korte_titel.leeg': 'Vul een korte titel in',
  'intake.situatie': 'Situatie',
  'intake.knelpunt': 'Knelpunt (regel die knelt)',
  'intake.knelpunt.kies': 'Kies uit de lijst',
  'intake.knelpunt_vrij': 'Of beschrijf het knelpunt zelf',
  'intake.leefgebieden': 'Leefgebieden',
  'intake.leefgebieden.kies': 'Kies één of meer',
  'intake.oplossing': 'Gevraagde oplossing',
  'intake.kosten_maatwerk': 'Kosten van het maatwerk (euro)',
  'intake.kosten_maatwerk.voorbeeld': 'Bijv. 2.400',
  'intake.kosten_niets_doen': 'Geschatte kosten als er niets gebeurt (euro)',
  'intake.kosten_niets_doen.voorbeeld': 'Bijv. 18.000',
  'intake.kosten_toelichting': 'Toelichting op de kosten als er niets gebeurt',
  'intake.kosten_toelichting.voorbeeld': 'Bijv. uithuiszetting en opvang',
  'intake.betrokkenheid': 'Betrokkenheid van het huishouden',
  'intake.betrokkenheid_toelichting': 'Toelichting op de betrokkenheid',
  'intake.toestemming': 'Toestemming van de inwoner',
  'intake.afweging': 'Afweging zonder toestemming',
  'intake.afweging.hint': 'Nodig als er geen toestemming is.',
  'intake.eigen_referentie': 'Uw eigen dossierreferentie',
  'intake.eigen_referentie.hint': 'Alleen uw organisatie kan deze aan een persoon koppelen.',
  'intake.crisis.titel': 'Crisis vastleggen',
  'intake.crisis.uitleg':
    '<b>Bel nu de crisisdienst.</b> Een crisis gaat niet via de tafel. De bot legt alleen vast dat u bent doorverwezen; geef een korte titel zonder persoonsgegevens.',
  'intake.crisis.vooraf':
    'Crisis? Bel direct de crisisdienst. Een crisis gaat niet via de tafel; de bot legt alleen de doorverwijzing vast.',
  'intake.concept':
    'Je gaat verder met je concept van {moment}. Alleen jij ziet het; het blijft {dagen, plural, one {# dag} other {# dagen}} bewaard.',
  'intake.meer_velden': 'Meer velden',
  'intake.later_aanvullen':
    'Kosten, betrokkenheid van het huishouden en toestemming mogen later: na het indienen vraag ik erom.',
  'intake.fouten': 'Controleer de invoer: niets is bewaard.',
  'intake.fouten_concept':
    'Controleer de invoer: de casus is nog niet ingediend. Wat je typte, bewaar ik als concept dat alleen jij ziet, zonder wat op een persoonsgegeven lijkt.',
  'intake.gevonden': 'Gevonden: {soorten}',
  'intake.voorstel': 'Voorstel zonder persoonsgegevens (controleer het en neem het over):',
  'intake.voorstel_kort': 'Voorstel zonder persoonsgegevens: "{suggestie}"',
  'intake.geen_tafel':
    'Voor uw organisatie is (nog) geen maatwerktafel ingesteld. Vraag de beheerder om hulp.',
  'intake.onbekend_formulier': 'Dit formulier ken ik niet.',
  'intake.onbekende_opdracht': 'Deze opdracht ken ik niet.',

  // After the intake.
  'ingediend.titel': 'Casus ingediend',
  'ingediend.als': 'Uw casus is ingediend als <b>{referentie}</b>.',
  'ingediend.als_bij': 'Uw casus is ingediend als <b>{referentie}</b> bij <b>{tafel}</b>.',
  'ingediend.deadline': 'De leden beslissen uiterlijk {moment}.',
  'ingediend.besluit_privebericht':
    'U krijgt het besluit met de reden in een privébericht van de maatwerkbot.',
  'ingediend.besluit_chat': 'U krijgt het besluit in uw chat met de bot.',
  'crisis.vastgelegd':
    '<b>Bel nu de crisisdienst.</b> Een crisis gaat niet via de tafel. Vastgelegd als <b>{referentie}</b>, zodat bekend is dat u bent doorverwezen.',
  'crisis.doorverwezen':
    'Dit is een crisis: bel nu de crisisdienst. Een crisis gaat niet via de tafel. De doorverwijzing is vastgelegd als {referentie}.',

  // A member's answer.
  'antwoord.ronde_open_tot': 'Besluitronde open tot {moment}',
  'antwoord.huidig': 'Uw huidige antwoord: {keuze}. Dit vervangt het.',
  'antwoord.reden': 'Reden',
  'antwoord.reden.hint': 'De tafel deelt het hoe en waarom. Geen persoonsgegevens.',
  'antwoord.voorwaarden': 'Voorwaarden',
  'antwoord.toezegging': 'Toezegging van uw organisatie',
  'antwoord.toezegging.hint': 'Wie doet wat; kies hieronder per wanneer.',
  'antwoord.toezegging_deadline': 'Toezegging uiterlijk',
  'antwoord.opgeslagen.titel': 'Antwoord opgeslagen',
  'antwoord.opgeslagen':
    'Uw antwoord op <b>{referentie}</b> is {gewijzigd, select, ja {gewijzigd in} other {opgeslagen:}} <b>{keuze}</b>.',
  'antwoord.ronde_gesloten': 'De besluitronde is daarmee gesloten; de tafel krijgt de uitkomst.',
  'antwoord.wijzigen_tot': 'U kunt het wijzigen tot de ronde sluit ({moment}).',
  'antwoord.wijzigen': 'U kunt het wijzigen tot de ronde sluit.',

  // The chair's and the bestuurder's decision.
  'besluit.reden': 'Reden van uw besluit',
  'besluit.reden.hint': 'Wordt met de tafel gedeeld. Geen persoonsgegevens.',
  'besluit.hoe': 'Hoe (uitvoering)',
  'besluit.hoe.hint': 'Leeg: de gevraagde oplossing.',
  'besluit.toegekend_bedrag': 'Toegekend bedrag (euro)',
  'besluit.toegekend_bedrag.hint':
    'Verplicht bij deels toekennen: hoeveel van de gevraagde {gevraagd} u toekent.',
  'besluit.verwijzing': 'Verwezen naar',
  'besluit.verwijzing.hint': 'Waar kan het huishouden terecht?',
  'besluit.bestuurder': '{besluit, select, goedkeuren {Goedkeuren} other {Afwijzen}}',
  'besluit.naar_bestuurder':
    'Uw besluit over {referentie} is vastgelegd; het gaat nu ter goedkeuring naar de bestuurder.',
  'besluit.gedeeld_tafel': 'Uw besluit over {referentie} is vastgelegd en wordt gedeeld met de tafel.',
  'besluit.gedeeld_indiener':
    'Uw besluit over {referentie} is vastgelegd en wordt gedeeld met de tafel en de indiener.',

  // Asking and giving information.
  'informatie.vraag.titel': 'Vraag om informatie',
  'informatie.vraag.uitleg':
    'De indiener en de voorzitter krijgen uw vraag; uw termijn staat stil tot het antwoord.',
  'informatie.vraag': 'Uw vraag',
  'informatie.vraag.verstuurd':
    'Uw vraag is verstuurd naar de indiener en de voorzitter. Uw termijn staat stil tot het antwoord er is.',
  'informatie.antwoord.titel': 'Informatie geven',
  'informatie.antwoord': 'Uw antwoord',

  // Consent, evaluation, a decision that differs.
  'aanvullen.titel': 'Casus aanvullen',
  'toestemming.titel': 'Toestemming',
  'toestemming.afweging.hint': 'Nodig als er geen toestemming is. Geen persoonsgegevens.',
  'evaluatie.titel': 'Heeft het gewerkt?',
  'evaluatie.vraag': 'Heeft het maatwerk gewerkt?',
  'evaluatie.toelichting': 'Korte toelichting',
  'toezegging.titel': 'Toezegging gedaan',
  'toezegging.uitleg': 'Meld wat er is gedaan. De tafel leest het in de casus; de bot stopt met herinneren.',
  'afwijking.titel': 'Waarin verschilt het?',
  'afwijking.uitleg':
    'Dit besluit wijkt af van de meeste eerdere besluiten over hetzelfde knelpunt. Uw toelichting wordt bij het besluit bewaard en gedeeld met de tafel en het leerkanaal.',
  'afwijking.vraag': 'Waarin verschilt deze casus?',
  'afwijking.opgeslagen':
    'Uw toelichting bij {referentie} is opgeslagen en gedeeld met de tafel en het leerkanaal.',

  // The chair's controls.
  'beheer.kies_tijd': 'Kies een tijd',
  'beheer.kies_datum': 'Kies een datum',
  'beheer.verlengd.titel': 'Termijn verlengd',
  'beheer.verlengd':
    'De termijn van {referentie} is verlengd tot {moment}. De tafel krijgt bericht, met uw reden; herinneringen gaan uit van de nieuwe deadline.',
  'beheer.ingetrokken.titel': 'Casus ingetrokken',
  'beheer.ingetrokken':
    '{referentie} is ingetrokken. De besluitronde is gesloten en de tafel krijgt bericht, met uw reden.',
  'beheer.heropend.titel': 'Ronde heropend',
  'beheer.heropend':
    'Er loopt een nieuwe besluitronde voor {referentie}; de leden antwoorden uiterlijk {moment}.',
  'beheer.op_agenda.titel': 'Op de agenda',
  'beheer.op_agenda':
    '{referentie} staat op de agenda van de volgende vergadering. Leg daarna het besluit van de vergadering vast via ⋯ in App Home (onder Als voorzitter).',
  'beheer.vergaderbesluit.titel': 'Besluit vastgelegd',
  'beheer.vergaderbesluit':
    'Het besluit van de vergadering over {referentie} is vastgelegd en wordt gedeeld met de tafel, het leerkanaal en de indiener.',

  // Submitting: being processed, stored, not stored.
  'verwerken.titel': 'Even geduld',
  'verwerken.tekst': 'Uw invoer wordt verwerkt. Dit venster toont zo de uitkomst.',
  'opgeslagen.titel': 'Opgeslagen',
  'opgeslagen.tekst': 'Uw invoer is opgeslagen.',
  'niet_opgeslagen.titel': 'Niet opgeslagen',
  'niet_opgeslagen.tekst': 'Er ging iets mis bij het opslaan. Probeer het zo opnieuw.',
  onleesbaar_formulier: 'Dit formulier kon ik niet lezen. Open het opnieuw.',
  onleesbaar_verzoek: 'Dit verzoek kon ik niet lezen.',

  // Why a person may not act.
  'weigering.ronde_gesloten':
    'De besluitronde van {referentie} is gesloten ({status}); antwoorden kan niet meer.',
  'weigering.geen_lid': 'Alleen beslissingsbevoegde leden van {tafel} kunnen op {referentie} antwoorden.',
  'weigering.niet_bij_voorzitter': '{referentie} ligt nu niet bij de voorzitter ({status}).',
  'weigering.geen_voorzitter': 'Alleen de voorzitter van {tafel} beslist over {referentie}.',
  'weigering.niet_bij_bestuurder': '{referentie} ligt nu niet bij een bestuurder ({status}).',
  'weigering.andere_bestuurder': 'Dit verzoek over {referentie} ligt bij een andere bestuurder.',
} as const;
