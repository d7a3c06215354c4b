// The refusals of the core: what a person reads when a service says no, and the message at each field
// of a form that was not filled in well.
export default {
  // The whole input, when one or more fields are wrong.
  'invoer.aanvullen_afgerond': 'Deze casus is afgerond; aanvullen kan niet meer.',
  'invoer.controleer': 'Controleer de invoer.',
  'invoer.controleer_antwoord': 'Controleer uw antwoord.',
  'invoer.controleer_vraag': 'Controleer uw vraag.',
  'invoer.controleer_besluit': 'Controleer het besluit.',
  'invoer.controleer_toelichting': 'Controleer de toelichting.',
  'invoer.controleer_zoekopdracht': 'Controleer de zoekopdracht.',
  'invoer.controleer_periode': 'Controleer de periode van het rapport.',
  'invoer.geef_reden': 'Geef een reden.',
  'invoer.tafel_bestaat_niet_meer': 'Deze tafel bestaat niet (meer).',
  'invoer.deadline_later': 'De nieuwe deadline moet later zijn dan de huidige.',
  'invoer.verwijzing_nodig': 'Geef aan waar het huishouden naartoe wordt verwezen.',
  'invoer.kies_rapporttafel': 'U zit aan meer dan één tafel: kies de tafel voor het rapport.',

  // One field.
  'veld.ongeldig_teken':
    'Bevat een ongeldig teken (een stuurteken zoals NUL); haal het weg en verstuur opnieuw.',
  'veld.kies_tafel': 'Kies een tafel',
  'veld.kies_bestaande_tafel': 'Kies een bestaande tafel',
  'veld.kies_eigen_tafel': 'Kies een tafel waar u aan zit',
  'veld.knelpunt_niet_in_lijst': 'Dit knelpunt staat niet in de lijst; kies er een of beschrijf het zelf',
  'veld.knelpunt_onbekend': 'Dit knelpunt staat niet in de lijst',
  'veld.deadline_na_huidige': 'Kies een moment na de huidige deadline',
  'veld.verwijzing_nodig': 'Geef aan waar het huishouden naartoe wordt verwezen',
  'veld.vul_in':
    'Vul {wat, select, titel {een korte titel} situatie {de situatie} knelpunt {het knelpunt} oplossing {de gevraagde oplossing} kostentoelichting {een korte toelichting op de kosten als er niets gebeurt} betrokkenheid {de toelichting op de betrokkenheid} afweging {de afweging zonder toestemming} other {dit veld}} in',
  'veld.minstens_tekens':
    'Schrijf bij {wat, select, titel {een korte titel} situatie {de situatie} knelpunt {het knelpunt} oplossing {de gevraagde oplossing} kostentoelichting {een korte toelichting op de kosten als er niets gebeurt} betrokkenheid {de toelichting op de betrokkenheid} afweging {de afweging zonder toestemming} other {dit veld}} minstens {min} tekens',
  'veld.te_lang_nu': 'Te lang: hooguit {max} {aantal, plural, one {teken} other {tekens}} (nu {nu})',
  'veld.datum': 'Gebruik een datum als JJJJ-MM-DD',
  'veld.einde_voor_begin': 'De einddatum ligt voor de begindatum',
  'veld.zoekwoorden_te_lang': 'Gebruik hooguit {max} tekens',
  'veld.uitkomst_onbekend': 'Onbekende uitkomst',
  'veld.hooguit_resultaten': 'Hooguit {max} resultaten',
  'veld.afwijking_waarom': 'Leg uit waarom deze casus anders is',
  'veld.afwijking_kort': 'Leg in een paar woorden uit waarom deze casus anders is',
  'veld.toelichting_te_lang': 'De toelichting mag hooguit {max} tekens zijn',
  'veld.telefoon': 'Een telefoonnummer: cijfers, spaties of streepjes, bijvoorbeeld 030 123 45 67.',
  'beleid.tijd': 'Gebruik een tijd als 09:00',
  'beleid.termijn': 'Schrijf een termijn als {werkdagen}, {werkuren} of {vergadering}',
  'beleid.quorum':
    'Schrijf het quorum als een percentage van 1% tot en met 100% (zoals 60%) of als een aantal leden (zoals 3)',
  'beleid.vereist_voor_ronde': 'Kies uit {keuzes}',
  'beleid.werkdag_einde': 'De werkdag moet eindigen na het begin',
  'veld.hooguit_tekens':
    '{wat, select, titel {Een korte titel} situatie {De situatie} knelpunt {Het knelpunt} oplossing {De gevraagde oplossing} kostentoelichting {Een korte toelichting op de kosten als er niets gebeurt} betrokkenheid {De toelichting op de betrokkenheid} afweging {De afweging zonder toestemming} other {Dit veld}} mag hooguit {max} tekens zijn',
  'veld.bedrag':
    'Vul {wat, select, kosten {de kosten van het maatwerk} nietsdoen {de geschatte kosten als er niets gebeurt} other {het bedrag}} in euro in',
  'veld.bedrag_vorm':
    'Vul {wat, select, kosten {de kosten van het maatwerk} nietsdoen {de geschatte kosten als er niets gebeurt} other {het bedrag}} in als bedrag in euro, bijvoorbeeld 1.250 of 1250,50',
  'veld.toegekend_bedrag_nodig': 'Vul bij deels toekennen het toegekende bedrag in euro in',
  'veld.toegekend_bedrag_vorm':
    'Vul het toegekende bedrag in als bedrag in euro, bijvoorbeeld 1.250 of 1250,50',
  'veld.toegekend_bedrag_positief': 'Het toegekende bedrag moet meer dan € 0 zijn',
  'veld.toegekend_bedrag_te_hoog':
    'Het toegekende bedrag mag hooguit het gevraagde bedrag zijn ({max, number, ::currency/EUR})',
  'veld.leefgebied_onbekend': 'Onbekend leefgebied',
  'veld.leefgebied_kiezen': 'Kies minstens één leefgebied',
  'veld.urgentie': 'Kies normaal, spoed of crisis',
  'veld.betrokkenheid': 'Kies hoe betrokken het huishouden is',
  'veld.toestemming': 'Kies of er toestemming is vastgelegd',
  'veld.toestemming_vastleggen': 'Kies toestemming vastgelegd of afweging vastgelegd',
  'veld.eigen_referentie': 'Uw eigen referentie mag hooguit 60 tekens zijn',
  'veld.knelpunt_kiezen': 'Kies een knelpunt uit de lijst of beschrijf het zelf',
  'veld.aanvulling_leeg': 'Vul in wat nog ontbreekt: de kosten, de betrokkenheid of de toestemming',
  'veld.afweging': 'Beschrijf de afweging als er geen toestemming is',
  'veld.keuze': 'Kies akkoord, akkoord met voorwaarden, niet akkoord, buiten mandaat of onthouding',
  'veld.reden': 'Geef een reden',
  'veld.reden_besluit': 'Geef een reden voor uw besluit',
  'veld.reden_hoe_waarom': 'Geef een reden: de tafel deelt het hoe en waarom',
  'veld.reden_te_lang': 'De reden mag hooguit 2000 tekens zijn',
  'veld.voorwaarden': 'Noem de voorwaarden bij akkoord met voorwaarden',
  'veld.toezegging_taak': 'Beschrijf wat uw organisatie doet',
  'veld.toezegging_datum': 'Geef een datum voor de toezegging',
  'veld.toezegging_gedaan': 'Beschrijf in een paar woorden wat er is gedaan',
  'veld.bestuurdersbesluit': 'Kies goedkeuren of afwijzen',
  'veld.uitkomst': 'Kies een uitkomst',
  'veld.gewerkt': 'Geef aan of het maatwerk heeft gewerkt',
  'veld.korte_toelichting': 'Geef een korte toelichting',
  'veld.vraag': 'Stel een vraag van minstens 5 tekens',
  'veld.antwoord': 'Geef een antwoord',

  // Who may not.
  'toegang.onbekend_persoon':
    'U bent (nog) niet bekend bij deze maatwerktafel. Vraag de voorzitter u toe te voegen.',
  'toegang.onbekend_persoon_kort': 'U bent (nog) niet bekend bij deze maatwerktafel.',
  'toegang.werkruimte_niet_gekoppeld':
    'Deze werkruimte is niet gekoppeld aan een gemeente in de maatwerkbot.',
  'toegang.casus':
    'U heeft geen toegang tot {referentie}: alleen de tafel, de indiener en wie erover moet beslissen zien een casus.',
  'toegang.agenda': 'Alleen leden van {tafel} zien de agenda.',
  'toegang.niet_aan_tafel': 'U zit niet aan {tafel}; de besluiten van die tafel zijn niet voor u.',
  'toegang.geen_tafel':
    'U zit aan geen maatwerktafel: eerdere besluiten zijn er voor de leden van een tafel en hun bestuurders.',
  'toegang.geen_tafel_rapport':
    'U zit aan geen tafel; het rapport is voor leden, voorzitters en bestuurders.',
  'bevoegd.aanvullen': 'Alleen de indiener vult de casus aan.',
  'bevoegd.toestemming': 'Alleen de indiener of de voorzitter legt de toestemming vast.',
  'bevoegd.verschil_van_mening': 'Alleen de voorzitter van {tafel} beslist bij verschil van mening.',
  'bevoegd.andere_bestuurder': 'Dit verzoek over {referentie} ligt bij een andere bestuurder.',
  'bevoegd.evaluatie': 'Alleen de indiener beantwoordt de evaluatievraag.',
  'bevoegd.toezegging':
    'Alleen wie de toezegging deed of een lid van {organisatie} aan de tafel meldt haar als gedaan.',
  'bevoegd.kanaal_koppelen': 'Alleen de voorzitter van {tafel} kan een kanaal koppelen.',
  'bevoegd.informatievraag': 'Alleen de indiener of de voorzitter kan deze vraag beantwoorden.',
  'bevoegd.voorzitter': 'Alleen de voorzitter van {tafel} kan dit doen.',
  'bevoegd.intrekken': 'Alleen de voorzitter of de indiener kan een casus intrekken.',
  'bevoegd.antwoorden': 'Alleen beslissingsbevoegde leden van {tafel} kunnen op deze casus antwoorden.',
  'bevoegd.afwijking_toelichten':
    'Alleen de voorzitter van {tafel} kan toelichten waarom dit besluit afwijkt.',

  // What does not exist.
  'onbekend.tafel': 'Deze tafel bestaat niet.',
  'onbekend.tafel_naam': 'Tafel "{tafel}" bestaat niet.',
  'onbekend.casus': 'Casus {casus} bestaat niet.',
  'onbekend.referentie_dubbel': 'Referentie {casus} is niet eenduidig.',
  'onbekend.besluit': 'Dit besluit bestaat niet.',
  'onbekend.toezegging': 'Deze toezegging bestaat niet.',
  'onbekend.informatievraag': 'Deze informatievraag bestaat niet.',
  'onbekend.gemeente': 'Deze gemeente bestaat niet.',

  // The settings of a table lack something.
  'configuratie.geen_vergaderschema': '{tafel} heeft geen vergaderschema.',
  'configuratie.geen_voorzitter': 'Tafel {tafel} heeft geen voorzitter.',
  'configuratie.geen_beslissers': 'Tafel {tafel} heeft geen beslissingsbevoegde leden.',

  // Not now: where the casus or round stands.
  'stand.al_beslist': 'Over {referentie} is al beslist.',
  'stand.al_beslist_escalatie': 'Over {referentie} is al beslist; er is niets meer goed te keuren.',
  'stand.afgerond': '{referentie} is al afgerond.',
  'stand.toezegging_gedaan': 'Deze toezegging bij {referentie} is al als gedaan gemeld.',
  'stand.niet_in_deze_fase': 'Dat kan nu niet met {referentie}.',
  'stand.niet_bij_niveau':
    '{referentie} ligt nu niet bij de {niveau, select, voorzitter {voorzitter} other {bestuurder}}.',
  'stand.ronde_gesloten': 'De besluitronde van {referentie} is gesloten.',
  'stand.ronde_gesloten_antwoord':
    'De besluitronde van {referentie} is gesloten; uw antwoord is niet meer meegeteld.',
  'stand.wacht_op_aanvulling':
    'De besluitronde van {referentie} is nog niet geopend: de casus wacht op aanvulling door de indiener. Alleen intrekken kan nu.',
  'stand.wacht_op_aanvulling_antwoord':
    'De besluitronde van {referentie} is nog niet geopend: de casus wacht op aanvulling door de indiener. U kunt antwoorden zodra de ronde opent.',
  'stand.geen_gesloten_ronde': '{referentie} heeft geen gesloten ronde zonder besluit.',
  'stand.niet_op_agenda': '{referentie} staat niet op de agenda van de vergadering.',
  'stand.al_beantwoord': 'Deze vraag is al beantwoord.',

  // The privacy gate refused the text.
  'privacy.niets_opgeslagen': 'De tekst bevat persoonsgegevens; er is niets opgeslagen.',
  'privacy.veld':
    'Deze tekst {soorten}. Maak de casus anoniem: haal persoonsgegevens weg voordat u verstuurt.',

  // What is wrong with a value, as the tail of a sentence whose subject is the field or the setting.
  'probleem.ontbreekt': 'ontbreekt',
  'probleem.leeg': 'is leeg',
  'probleem.tekst': 'moet een tekst zijn',
  'probleem.getal': 'moet een getal zijn',
  'probleem.heel_getal': 'moet een heel getal zijn',
  'probleem.ja_nee': 'moet ja of nee zijn (true/false)',
  'probleem.lijst': 'moet een lijst zijn',
  'probleem.groep': 'moet een groep instellingen zijn',
  'probleem.datum': 'moet een datum zijn',
  'probleem.hoort_niet': 'hoort hier niet',
  'probleem.soort': 'is niet het goede soort waarde',
  'probleem.tekst_niet_leeg': 'mag niet leeg zijn',
  'probleem.tekst_minstens':
    'moet {precies, select, ja {precies} other {minstens}} {n} {aantal, plural, one {teken} other {tekens}} lang zijn',
  'probleem.lijst_niet_leeg': 'mag geen lege lijst zijn',
  'probleem.lijst_minstens':
    'moet {precies, select, ja {precies} other {minstens}} {n} {aantal, plural, one {item} other {items}} bevatten',
  'probleem.datum_vroeger': 'mag niet vroeger zijn dan {n}',
  'probleem.groter': 'moet groter zijn dan {n}',
  'probleem.minstens': 'moet minstens {n} zijn',
  'probleem.tekst_hooguit': 'mag hooguit {n} {aantal, plural, one {teken} other {tekens}} lang zijn',
  'probleem.lijst_hooguit': 'mag hooguit {n} {aantal, plural, one {item} other {items}} bevatten',
  'probleem.datum_later': 'mag niet later zijn dan {n}',
  'probleem.kleiner': 'moet kleiner zijn dan {n}',
  'probleem.hooguit': 'mag hooguit {n} zijn',
  'probleem.begint_met': 'moet beginnen met "{tekst}"',
  'probleem.eindigt_op': 'moet eindigen op "{tekst}"',
  'probleem.bevat': 'moet "{tekst}" bevatten',
  'probleem.vorm.datum': 'moet een datum zijn als 2026-01-31 (jaar-maand-dag)',
  'probleem.vorm.datumtijd': 'moet een datum met tijd zijn als 2026-01-31T09:00:00Z',
  'probleem.vorm.tijd': 'moet een tijd zijn als 09:00',
  'probleem.vorm.email': 'moet een e-mailadres zijn',
  'probleem.vorm.url': 'moet een webadres zijn, beginnend met https://',
  'probleem.vorm.id': 'moet een id zijn als 123e4567-e89b-42d3-a456-426614174000',
  'probleem.vorm': 'heeft niet de goede vorm',
  'probleem.veelvoud': 'moet een veelvoud van {n} zijn',
  'probleem.onbekende_instellingen':
    '{aantal, plural, one {bevat een onbekende instelling: {namen}} other {bevat onbekende instellingen: {namen}}}',
  'probleem.waarde': '{aantal, plural, one {moet {namen} zijn} other {moet een van deze zijn: {namen}}}',
  'probleem.vormen': 'past bij geen van de vormen die hier kunnen',
  'probleem.naam': 'bevat een naam die hier niet kan',
  'probleem.element': 'bevat een waarde die hier niet kan',
  'probleem.anders': 'klopt niet',
} as const;
