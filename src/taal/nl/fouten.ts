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
  'veld.hooguit_tekens':
    '{wat, select, titel {Een korte titel} situatie {De situatie} knelpunt {Het knelpunt} oplossing {De gevraagde oplossing} kostentoelichting {Een korte toelichting op de kosten als er niets gebeurt} betrokkenheid {De toelichting op de betrokkenheid} afweging {De afweging zonder toestemming} other {Dit veld}} mag hooguit {max} tekens zijn',
  'veld.bedrag':
    'Vul {wat, select, kosten {de kosten van het maatwerk} nietsdoen {de geschatte kosten als er niets gebeurt} other {het bedrag}} in euro in',
  'veld.bedrag_vorm':
    'Vul {wat, select, kosten {de kosten van het maatwerk} nietsdoen {de geschatte kosten als er niets gebeurt} other {het bedrag}} in als bedrag in euro, bijvoorbeeld 1.250 of 1250,50',
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
  'veld.reactie': 'Kies akkoord, akkoord met voorwaarden, niet akkoord, buiten mandaat of onthouding',
  'veld.reden': 'Geef een reden',
  'veld.reden_besluit': 'Geef een reden voor uw besluit',
  'veld.reden_hoe_waarom': 'Geef een reden: de tafel deelt het hoe en waarom',
  'veld.reden_te_lang': 'De reden mag hooguit 2000 tekens zijn',
  'veld.voorwaarden': 'Noem de voorwaarden bij akkoord met voorwaarden',
  'veld.toezegging_taak': 'Beschrijf wat uw organisatie doet',
  'veld.toezegging_datum': 'Geef een datum voor de toezegging',
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
  'stand.niet_in_deze_fase': 'Dat kan nu niet met {referentie}.',
  'stand.niet_bij_niveau':
    '{referentie} ligt nu niet bij de {niveau, select, voorzitter {voorzitter} other {bestuurder}}.',
  'stand.ronde_gesloten': 'De besluitronde van {referentie} is gesloten.',
  'stand.ronde_gesloten_antwoord':
    'De besluitronde van {referentie} is gesloten; uw antwoord is niet meer meegeteld.',
  'stand.geen_gesloten_ronde': '{referentie} heeft geen gesloten ronde zonder besluit.',
  'stand.niet_op_agenda': '{referentie} staat niet op de agenda van de vergadering.',
  'stand.al_beantwoord': 'Deze vraag is al beantwoord.',

  // The privacy gate refused the text.
  'privacy.niets_opgeslagen': 'De tekst bevat persoonsgegevens; er is niets opgeslagen.',
  'privacy.veld':
    'Deze tekst {soorten}. Maak de casus anoniem: haal persoonsgegevens weg voordat u verstuurt.',
} as const;
