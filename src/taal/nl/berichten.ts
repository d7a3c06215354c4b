// The notifications every platform renders from the core's messages (src/domain/berichten.ts): Slack,
// Teams and the console say the same sentence with the same key, each with its own markup.
export default {
  // Who took a besluit, as the end of "Besloten door …".
  'genomen_door.tafel': 'de tafel',
  'genomen_door.voorzitter': 'de voorzitter',
  'genomen_door.bestuurder': 'de bestuurder',
  'genomen_door.vergadering': 'de vergadering',
  // The same, bare, in the console's "Genomen door: …".
  'besluiter.tafel': 'tafel',
  'besluiter.voorzitter': 'voorzitter',
  'besluiter.bestuurder': 'bestuurder',
  'besluiter.vergadering': 'vergadering',
  'bestuurder_keuze.goedkeuren': 'Goedkeuren',
  'bestuurder_keuze.afwijzen': 'Afwijzen',
  'bestuurder_keuze.informatie': 'Vraag om informatie',
  'knop.beantwoorden': 'Beantwoorden',
  'knop.aanvullen': 'Aanvullen',
  'knop.vastleggen': 'Vastleggen',
  reden: 'Reden',

  'knop.gedaan': 'Gedaan',
  // What kind of message could not be delivered.
  'soort.casus_geplaatst': 'nieuwe casus',
  'soort.casus_bijgewerkt': 'bijgewerkte casuskaart',
  'soort.casus_ontvangen': 'bevestiging van een ingediende casus',
  'soort.crisis_doorverwezen': 'crisisdoorverwijzing',
  'soort.herinnering': 'herinnering',
  'soort.escalatie': 'escalatie',
  'soort.escalatie_verlopen': 'verlopen escalatie',
  'soort.informatie_gevraagd': 'vraag om informatie',
  'soort.informatie_gegeven': 'antwoord op een vraag',
  'soort.op_agenda': 'casus op de agenda',
  'soort.besluit_gedeeld': 'besluit',
  'soort.toezegging_herinnering': 'herinnering aan een toezegging',
  'soort.toezegging_achterstallig': 'achterstallige toezegging',
  'soort.toezegging_gedaan': 'gedane toezegging',
  'soort.agenda': 'agenda',
  'soort.weekoverzicht': 'weekoverzicht',
  'soort.termijn_verlengd': 'verlengde termijn',
  'soort.casus_ingetrokken': 'ingetrokken casus',
  'soort.bezorging_mislukt': 'mislukte bezorging',
  'soort.inhoud_verwijderd': 'verwijderde inhoud',
  'soort.aanvulling_gevraagd': 'vraag om aanvulling',
  // `herinnering`: ja for the one reminder of a casus whose round waits for this (aanvulling.ts).
  'aanvulling.melding':
    '{herinnering, select, ja {Herinnering: vul {referentie} aan} other {Vul {referentie} aan}}',
  'aanvulling.vraag':
    '{herinnering, select, ja {Herinnering: de tafel beslist pas over <b>{referentie}</b> ({titel}) als u aanvult wat zij vraagt. Nog nodig: {wat}.} other {<b>{referentie}</b> ({titel}) staat op tafel. Nog nodig: {wat}. Vul het aan wanneer u het weet; het staat op de kaart als nog aan te vullen.}}',
  'aanvulling.kop':
    '{herinnering, select, ja {Herinnering: vul {referentie} aan} other {Vul {referentie} aan}}',
  'aanvulling.uitleg':
    '{herinnering, select, ja {De tafel beslist pas als u aanvult wat zij vraagt. Nog nodig: {wat}.} other {Nog nodig: {wat}. Vul in wat u nu weet.}}',
  'aanvulling.console':
    '{herinnering, select, ja {Herinnering: {referentie} ({titel}) wacht op uw aanvulling; nog nodig: {wat}.} other {{referentie} ({titel}): nog nodig: {wat}.}}',
  'soort.toestemming_herinnering': 'herinnering aan de toestemming',
  'soort.evaluatie_vraag': 'evaluatievraag',
  'soort.afwijking_gevraagd': 'vraag om toelichting',
  'soort.afwijking_toegelicht': 'toelichting van de voorzitter',
  'soort.rapportgrafiek_mislukt': 'grafiek bij het knelpuntenrapport',
  'soort.knelpuntenrapport': 'knelpuntenrapport',

  'casus.nieuw': 'Nieuwe casus voor de tafel',
  'casus.bijgewerkt': 'Casuskaart bijgewerkt',

  'ontvangen.kop': 'Uw casus is ingediend als {referentie}',
  'ontvangen.ingediend': 'Uw casus is ingediend als <b>{referentie}</b> bij <b>{tafel}</b>.',
  'ontvangen.termijn': 'De leden beslissen uiterlijk {deadline}.',
  'ontvangen.wacht': 'De tafel wil eerst {wat}: de besluitronde opent zodra u dat aanvult.',
  'ontvangen.besluit_hier': 'U krijgt het besluit met de reden hier.',

  'crisis.kop': 'Crisis: bel nu de crisisdienst',
  'crisis.waarschuwing': 'Dit is een crisis: bel nu de crisisdienst.',
  'crisis.uitleg':
    'Een crisis gaat niet via de tafel ({tafel}). Bel direct de crisisdienst. Vastgelegd als <b>{referentie}</b>, zodat bekend is dat u bent doorverwezen.',

  'herinnering.antwoord_nodig':
    '<b>Herinnering{laat, select, ja { (later verstuurd dan gepland)} other {}}:</b> uw antwoord op <b>{referentie}</b> is nodig vóór <b>{deadline}</b>.',

  'escalatie.kop_voorzitter': 'Uw besluit als voorzitter: {referentie}',
  'escalatie.kop_bestuurder': 'Goedkeuring nodig: {referentie}',
  'escalatie.melding_voorzitter': 'Uw besluit als voorzitter is nodig: {referentie}',
  'escalatie.aanhef_voorzitter': 'Voorzitter, uw besluit is nodig over <b>{referentie}</b>',
  'escalatie.aanhef_bestuurder': '{titel}, uw goedkeuring is nodig voor een uitzondering: {referentie}',
  'escalatie.uitzondering_op':
    '<b>{titel}</b>, uw goedkeuring is nodig voor een uitzondering op <b>{regel}</b> (trede {trede}).',
  'escalatie.waarom_bij_u': '<b>Waarom bij u:</b> {redenen}',
  'escalatie.graag_besluit': 'Graag uw besluit vóór {deadline}',
  'escalatie.antwoorden_tafel': 'Antwoorden van de tafel',
  'escalatie.eerdere_besluiten': 'Eerdere besluiten in deze escalatie',
  'escalatie.veld.reden': 'Reden van uw besluit',
  'escalatie.veld.reden_fout': 'Geef een reden: de tafel deelt het hoe en waarom',
  'escalatie.veld.hoe': 'Hoe (wat gebeurt er, als het anders is dan gevraagd)',
  'escalatie.veld.verwijzing_voorzitter': 'Verwijzing (verplicht bij afwijzen of doorverwijzen)',
  'escalatie.veld.reden_of_vraag': 'Reden van uw besluit, of uw vraag',
  'escalatie.veld.reden_of_vraag_fout': 'Geef een reden of stel uw vraag',
  'escalatie.veld.verwijzing_bestuurder': 'Verwijzing (verplicht bij afwijzen)',
  'antwoord.voorwaarden': '<i>Voorwaarden:</i> {voorwaarden}',

  'verlopen.kop': 'Geen besluit binnen de termijn over <b>{referentie}</b>',
  'verlopen.naar': 'De casus gaat naar {wie}.',

  'informatie.gevraagd': '<b>{naam}</b> vraagt om informatie over <b>{referentie}</b>',
  'informatie.termijn_stil': 'De termijn staat stil tot er een antwoord is.',
  'informatie.vraag': 'Vraag',
  'informatie.antwoord_op': 'Antwoord op uw vraag over <b>{referentie}</b>',
  'informatie.antwoord': 'Antwoord',

  'op_agenda.kop': '{referentie} staat op de agenda van de volgende vergadering',
  'op_agenda.reden.bestuurder': 'Geen besluit van de bestuurders binnen de termijn.',
  'op_agenda.reden.voorzitter': 'De voorzitter heeft niet binnen de termijn beslist.',
  'op_agenda.tekst': '<b>{referentie}</b> ({titel}) staat op de agenda van de volgende vergadering: {reden}',

  'besluit.tafel_akkoord':
    'De tafel ging akkoord ({steun} van {verwacht} leden{onthouding, plural, =0 {} one {, # onthouding} other {, # onthoudingen}}).',
  'besluit.toegekend_bedrag': 'Deels toegekend: {bedrag} van de gevraagde {gevraagd}.',
  'besluit.kop': 'Besluit {referentie}: {uitkomst}',
  'besluit.waarom': 'Waarom',
  'besluit.hoe': 'Hoe',
  'besluit.voorwaarden': 'Voorwaarden',
  'besluit.afgeweken_van': 'Afgeweken van',
  'besluit.verwezen_naar': 'Verwezen naar',
  'besluit.kosten':
    '<b>Kosten:</b> {maatwerk} maatwerk, tegenover naar schatting {nietsDoen} als er niets gebeurt',
  'besluit.toezeggingen_wie_wat': 'Toezeggingen (wie doet wat, per wanneer)',
  'besluit.besloten_door': 'Besloten door {wie}',
  'besluit.genomen_door': 'Genomen door {wie}, {moment}',
  'besluit.bij_tafel': 'Besluit {referentie} · {tafel}',
  'besluit.kosten_maatwerk': 'Kosten maatwerk',
  'besluit.als_niets_gebeurt': 'Als er niets gebeurt',
  'besluit.toezeggingen': 'Toezeggingen',
  'toezegging.regel': '<b>{organisatie}</b>: {taak}, uiterlijk {deadline}',
  'toezegging.herinnering': 'Herinnering toezegging bij {referentie}',

  'agenda.melding': 'Agenda {tafel}, vergadering {vergadering}',
  'agenda.kop': 'Agenda {tafel}',
  'agenda.vergadering': 'Vergadering {vergadering}',
  'agenda.besluit_in_vergadering': 'besluit in de vergadering',
  'agenda.termijn': 'termijn {deadline}',
  'agenda.was': 'was {deadline}',
  'agenda.open_casussen': 'Open en geëscaleerde casussen',
  'agenda.besluiten_sinds': 'Besluiten sinds de vorige vergadering',
  'agenda.achterstallige_toezeggingen': 'Achterstallige toezeggingen',

  'weekoverzicht.kop': 'Weekoverzicht {tafel}',
  'weekoverzicht.besluiten': 'Besluiten deze week',
  'weekoverzicht.geen_besluiten': 'Geen besluiten deze week.',

  'termijn.verlengd': 'De termijn van {referentie} is verlengd',
  'termijn.verlengd_tot': 'De termijn van <b>{referentie}</b> is verlengd tot <b>{deadline}</b>',
  'termijn.verlengd_tot_titel':
    'De termijn van <b>{referentie}</b> ({titel}) is verlengd tot <b>{deadline}</b>.',

  'ingetrokken.kop': '{referentie} is ingetrokken',
  'ingetrokken.met_titel': '<b>{referentie}</b> ({titel}) is ingetrokken',

  'grafiek_mislukt.kop': 'Het knelpuntenrapport ging zonder grafiek',
  'grafiek_mislukt.tekst':
    'Het knelpuntenrapport {metTafel, select, ja {van <b>{tafel}</b>} other {over alle tafels}} ({van} t/m {tot}) is zonder grafiek bezorgd aan {ontvanger}: {reden, select, geen_bestandsrecht {de app mag geen bestanden plaatsen (files:write)} onbereikbaar {het platform was na herhaalde pogingen niet bereikbaar} geen_publiek_adres {voor deze maatwerkbot is geen publiek adres ingesteld (MAATWERKBOT_PUBLIEKE_URL), zodat Teams de grafiek niet kan tonen} other {het platform weigerde de upload}}. De samenvatting is wel aangekomen. Vraag de beheerder de app te controleren; de grafiek is ook te maken met <code>maatwerkbot rapport --png</code>.',

  'bezorging.kop': 'Een bericht kon niet worden bezorgd',
  'bezorging.mislukt':
    'Een bericht ({soort}{metReferentie, select, ja { over <b>{referentie}</b>} other {}}) kon na herhaalde pogingen niet worden bezorgd aan {ontvanger}: <code>{fout}</code>. Controleer of de bot in dat kanaal zit of de persoon nog bestaat.',

  'toestemming.melding': 'Toestemming voor {referentie} is nog niet vastgelegd',
  'toestemming.herinnering':
    '<b>Herinnering:</b> leg voor <b>{referentie}</b> ({titel}) de toestemming van het huishouden vast, of de afweging als er geen toestemming is.',

  'verwijderd.melding': '{referentie}: inhoud verwijderd na de bewaartermijn',
  'verwijderd.tekst':
    '<b>{referentie}</b>: de inhoud van deze casus is verwijderd na de bewaartermijn. Het besluit met het hoe en waarom blijft vindbaar.',

  'evaluatie.vraag': 'Heeft het maatwerk voor {referentie} gewerkt?',
  'evaluatie.vraag_met_besluit':
    'Heeft het maatwerk voor <b>{referentie}</b> ({titel}, {uitkomst}) gewerkt? Uw antwoord helpt de tafel om gelijke gevallen gelijk te beslissen.',

  'afwijking.gevraagd': 'Waarin verschilt {referentie} van eerdere besluiten?',
  'afwijking.toegelicht': 'Toelichting van de voorzitter bij {referentie}',
  'rapport.kop': 'Knelpuntenrapport {tafel}',
  // The console demo's plain text rendering of a casus and its messages.
  'console.vergelijkbaar': 'Eerdere vergelijkbare besluiten',
  'console.status':
    'Status: {status}{opAgenda, select, ja { · op de agenda van de volgende vergadering} other {}} · Urgentie: {urgentie}',
  'console.knelpunt': 'Knelpunt: {naam}{metRegel, select, ja { ({regel})} other {}}',
  'console.leefgebieden': 'Leefgebieden: {leefgebieden}',
  'console.situatie': 'Situatie: {situatie}',
  'console.gevraagd': 'Gevraagd: {gevraagd}',
  'console.kosten': 'Kosten maatwerk {maatwerk} · als er niets gebeurt {nietsDoen} ({toelichting})',
  'console.betrokkenheid': 'Betrokkenheid huishouden: {betrokkenheid} · {toestemming}',
  'console.ronde_open': 'Besluitronde open tot {deadline}',
  'console.ronde_gesloten': 'Besluitronde gesloten',
  'console.geantwoord': 'Geantwoord: {wie}',
  'console.wacht_op': 'Wacht nog op: {wie}',
  'console.casus_kort': '{titel} · bedrag {bedrag} · regel: {regel}',
  'console.voorwaarden': 'voorwaarden: {voorwaarden}',
  'console.besluit_kop': 'Besluit {referentie} ({tafel}): {uitkomst}',
  'console.genomen_door': 'Genomen door: {wie}',
  'console.toezegging': 'Toezegging: {organisatie} {taak}, uiterlijk {deadline}',
  'console.geen': 'geen',
  'console.vervangt': 'vervangt een eerder bericht',
  'console.afwijking':
    'Voorzitter: het besluit over {referentie} ({uitkomst}) wijkt af van {inMeerderheid} van de {eerder} eerdere besluiten over {knelpunt}.',
  'console.afwijking_vraag':
    'Waarin verschilt deze casus? Uw toelichting wordt deel van de gedeelde motivering.',
  'console.afwijking_toegelicht': 'Waarom {referentie} anders is besloten ({naam}): {toelichting}',
  'console.rapport': 'Knelpuntenrapport {tafel} {van} t/m {tot}',
  'console.evaluatie': 'Heeft het maatwerk voor {referentie} ({titel}) gewerkt?',
  'console.ja': 'Ja',
  'console.nee': 'Nee',
  'console.met_toelichting': 'met een korte toelichting.',
  'console.kanaal': 'kanaal {kanaal}',
  'console.privebericht': '{naam} (privébericht)',
  'verwijderd.kort': 'Inhoud verwijderd na de bewaartermijn.',
  'verwijderd.vindbaar': 'Het besluit {referentie} blijft vindbaar, zonder de tekst van de casus.',
  // Teams: the submitter's confirmation and its withdraw form.
  'ontvangen.tafel_beslist': '{tafel} beslist uiterlijk {deadline}.',
  'intrekken.titel': 'Casus intrekken',
  'intrekken.reden': 'Reden van het intrekken',
  'intrekken.hint': 'De tafel krijgt bericht met de reden. Geen persoonsgegevens.',
  'intrekken.fout': 'Geef een reden',
  'intrekken.knop': 'Intrekken',
  'informatie.vraag_over': 'Vraag over {referentie}',
  'informatie.voor_besluit': '{naam} vraagt om informatie voordat er een besluit valt:',
  'informatie.uw_antwoord': 'Uw antwoord',
  'informatie.geef_antwoord': 'Geef een antwoord',
  'informatie.versturen': 'Antwoord versturen',
  'informatie.graag_besluit_kaart': 'Graag uw besluit vóór {deadline}, met de knoppen op de eerdere kaart.',
  'evaluatie.besluit': 'Besluit: {uitkomst}',
  'evaluatie.toelichting': 'Korte toelichting',
  'evaluatie.toelichting_fout': 'Geef een korte toelichting',
  'evaluatie.ja': 'Ja, het werkte',
  'evaluatie.nee': 'Nee',
  'toestemming.kop': 'Toestemming nog niet vastgelegd voor {referentie}',
  'toestemming.leg_vast':
    'Leg de toestemming van het huishouden vast, of de afweging als er geen toestemming is.',
  'toestemming.veld': 'Toestemming',
  'toestemming.kies': 'Kies een van beide',
  'toestemming.afweging': 'Afweging (als er geen toestemming is)',
  'toezegging.uiterlijk': 'Uiterlijk {deadline}.',
  'toezegging.achterstallig.eigenaar': 'Toezegging bij {referentie} is over de datum',
  'toezegging.achterstallig.voorzitter': 'Toezegging bij {referentie} is nog steeds niet gedaan',
  'toezegging.achterstallig.vraag':
    'Is het gedaan? Meld het met een paar woorden over wat er is gedaan; dan stopt de bot met herinneren.',
  'toezegging.achterstallig.voorzitter_uitleg':
    'De organisatie is er al aan herinnerd en heeft het nog niet als gedaan gemeld. U kunt het navragen of in de vergadering bespreken.',
  'toezegging.was_uiterlijk': 'Was uiterlijk {deadline}.',
  'toezegging.wat_gedaan': 'Wat is er gedaan?',
  'toezegging.wat_gedaan_fout': 'Beschrijf in een paar woorden wat er is gedaan',
  'toezegging.gedaan.kop': 'Toezegging bij {referentie} is gedaan',
  'toezegging.gedaan.door': 'Gemeld door {naam}.',
  'toezegging.gedaan.wat': 'Wat er is gedaan',
  'toezegging.gedaan.bevestigd':
    'De toezegging bij {referentie} staat als gedaan; de tafel leest het in de casus.',
  'toezegging.lijst.kop': 'Uw toezeggingen',
  'toezegging.lijst.geen': 'U en uw organisatie hebben geen open toezeggingen.',
  'toezegging.lijst.uiterlijk': 'uiterlijk {deadline}',
  'toezegging.lijst.te_laat': 'over de datum',
  'bezorging.kop_over':
    'Een bericht{metReferentie, select, ja { over {referentie}} other {}} kon niet worden bezorgd',
  'bezorging.welk_bericht': 'Bericht: {soort} · aan {ontvanger}',
  'bezorging.fout': 'Fout: {fout}',

  // Teams: help, the submit button and the welcome.
  'hulp.kop': 'Maatwerkbot',
  'hulp.inleiding':
    'Leg een anonieme casus voor aan de maatwerktafel, beslis binnen de termijn en deel het hoe en waarom.',
  'hulp.arg.referentie': 'referentie',
  'hulp.arg.woorden': 'woorden',
  'hulp.arg.tafel': 'tafel',
  'hulp.casus_uitleg': 'Een nieuwe casus indienen (formulier)',
  'hulp.casus_referentie_uitleg':
    'Een casus bekijken, in uw persoonlijke chat (als u aan de tafel zit, de indiener bent of erover beslist)',
  'hulp.open_uitleg': 'Wat op uw besluit wacht, en uw eigen casussen',
  'hulp.toezeggingen_uitleg': 'De open toezeggingen van u en uw organisatie, en ze als gedaan melden',
  'hulp.zoek_uitleg': 'Eerdere besluiten zoeken, met het hoe en waarom',
  'hulp.agenda_uitleg':
    'De agenda van de volgende vergadering (voor de leden; in het tafelkanaal zonder tafel)',
  'hulp.voorzitter_uitleg':
    'Voorzitter: termijn verlengen, intrekken, heropenen, op de agenda zetten en het vergaderbesluit vastleggen',
  'hulp.koppel_uitleg':
    'Dit kanaal aan een tafel koppelen (alleen de voorzitter); de bot controleert wie het kanaal kan lezen',
  'hulp.help_uitleg': 'Dit overzicht',
  'hulp.privacy':
    'Schrijf nooit namen, adressen, BSN of andere persoonsgegevens in een casus: de bot weigert ze.',
  'indienen.kop': 'Een casus voor de maatwerktafel',
  'indienen.uitleg':
    'Het formulier vraagt de situatie, het knelpunt, de gevraagde oplossing en de kosten. Anoniem: geen namen of andere persoonsgegevens.',
  'indienen.knop': 'Casus indienen',
  'welkom.kop': 'Welkom bij de Maatwerkbot',
  'welkom.kanaal':
    'Is dit het kanaal van een maatwerktafel? Laat de voorzitter dan "{opdracht}" sturen (met @Maatwerkbot ervoor); daarna komen nieuwe casussen en besluiten hier.',
  'welkom.persoonlijk':
    'Stuur "casus" om een casus in te dienen, "open" voor wat op u wacht, of "help" voor alle opdrachten.',
} as const;
