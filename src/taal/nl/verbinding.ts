// The transport layer: what the Slack and Teams adapters say about requests and deliveries, and the few
// sentences of their own a person reads (the Teams welcome, notification summaries, report titles).
// Refusals of HTTP requests and delivery failure reasons are read by the administrator and rendered in
// Dutch; they are here all the same, so the adapters hold no sentence of their own.
export default {
  // Refusals of a Slack request (HTTP 400/401/415), for the administrator.
  'slack.onleesbaar': 'Onleesbaar Slack-verzoek: {reden}',
  'slack.onbekend_commando': 'Onbekend commando {commando}.',
  'slack.onbekende_actie': 'Onbekende actie.',
  'slack.onbekend_formulier': 'Onbekend formulier.',
  'slack.onbekende_snelkoppeling': 'Onbekende snelkoppeling.',
  'slack.onbekende_soort': 'Dit soort Slack-verzoek ({soort}) verwerkt de bot niet.',
  'slack.type_ontbreekt': 'Onleesbaar Slack-verzoek: type ontbreekt.',
  'slack.payload_geen_json': 'Onleesbaar Slack-verzoek: payload is geen geldige JSON.',
  'slack.geen_json': 'Onleesbaar Slack-verzoek: geen geldige JSON.',
  'slack.geen_object': 'Onleesbaar Slack-verzoek: verwacht een JSON-object.',
  'slack.niet_ondertekend': 'Niet ondertekend: x-slack-signature en x-slack-request-timestamp ontbreken.',
  'slack.ongeldig_tijdstempel': 'Ongeldige x-slack-request-timestamp.',
  'slack.klokverschil':
    'Verzoek geweigerd: het tijdstempel wijkt meer dan {minuten} minuten af van de klok van de server (te oud of uit de toekomst).',
  'slack.handtekening': 'Handtekening klopt niet.',
  'slack.leeg': 'Leeg verzoek.',
  'slack.inhoudstype': 'Verkeerd inhoudstype: verwacht {formulier} of {json}.',
  'slack.niet_gevonden': 'niet gevonden',
  'slack.socket_mode':
    'Slack draait in Socket Mode (SLACK_APP_TOKEN); HTTP-verzoeken worden hier niet verwerkt.',
  ongeldig_teken: 'bevat een ongeldig teken',

  // Slack at start-up, for the administrator.
  'slack.start.token_geweigerd':
    'Slack weigert SLACK_BOT_TOKEN ({fout}): kopieer het bottoken (xoxb-…) opnieuw van "OAuth & Permissions" van de Slack-app, of installeer de app opnieuw in de werkruimte.',
  'slack.start.onbekende_fout': 'onbekende fout',
  'slack.start.onbereikbaar':
    'Slack is niet bereikbaar op {adres} ({oorzaak}): controleer de netwerkverbinding of SLACK_API_URL.',
  'slack.start.niet_gecontroleerd':
    'Slack kon niet worden gecontroleerd ({oorzaak}): controleer SLACK_BOT_TOKEN en SLACK_API_URL.',

  // Refusals of a Teams request (HTTP), for the administrator.
  'teams.emulator':
    'Teams draait hier in emulatormodus (zonder JWT-controle) en beantwoordt alleen verzoeken van deze machine.',
  'teams.geen_authorization':
    'Niet geauthenticeerd: de Authorization-header met een Bot Framework-token ontbreekt.',
  'teams.leeg': 'Leeg verzoek: verwacht een activiteit (JSON).',
  'teams.inhoudstype': 'Verkeerd inhoudstype: verwacht application/json.',
  'teams.geen_json': 'Geen geldige JSON.',
  'teams.geen_object': 'Geen activiteit: verwacht een JSON-object.',
  'teams.ongeldige_activiteit': 'Geen geldige activiteit: {reden}',
  'teams.sdk.400': 'Geen geldige activiteit.',
  'teams.sdk.401': 'Niet geauthenticeerd: het Bot Framework-token ontbreekt of is ongeldig.',
  'teams.sdk.405': 'Methode niet toegestaan: gebruik POST.',
  'teams.sdk.500': 'Interne fout bij het verwerken van de activiteit.',
  'teams.sdk.501': 'Dit soort verzoek (invoke) verwerkt de bot niet.',
  'teams.sdk.anders': 'Verzoek geweigerd.',

  // Why a delivery failed, recorded for the administrator.
  'bezorging.niet_voor_platform': 'niet voor {platform}',
  'bezorging.geen_antwoord_teams': 'geen antwoord van Teams ({oorzaak})',
  'bezorging.geen_beurt': 'geen beurt uitgevoerd',
  'bezorging.geen_bericht_id': 'Teams gaf geen bericht-id voor de nieuwe draad',
  'bezorging.geen_gesprek_id': 'Teams gaf geen gesprek-id',
  'bezorging.teams_niet_in_kanaal': 'de bot is nog niet in dit Teams-kanaal (of dit team) geïnstalleerd',
  'bezorging.teams_geen_installatie': 'nog geen Teams-installatie bekend om een chat mee te beginnen',
  'bezorging.teams_interne_fout': 'interne fout bij het bezorgen in Teams',

  // The knelpunten report as the bezorgers post it.
  'rapport.kop_tafel': 'Knelpuntenrapport {tafel}',
  'rapport.kop_alle': 'Knelpuntenrapport alle tafels',
  'rapport.bestand_tafel': 'Knelpuntenrapport {tafel} {maand}',
  'rapport.bestand_alle': 'Knelpuntenrapport alle tafels {maand}',
  'rapport.grafiek_beschrijving': 'Grafiek bij het knelpuntenrapport {maand}',
  'rapport.geen_bestandsrecht':
    'De grafiek kon niet worden meegestuurd: de Slack-app heeft geen toestemming om bestanden te plaatsen (files:write). Vraag de beheerder de app opnieuw te installeren.',
  'rapport.upload_mislukt':
    'De grafiek kon niet worden meegestuurd: {reden, select, onbereikbaar {Slack was na herhaalde pogingen niet bereikbaar} other {Slack weigerde de upload}}. De voorzitter is ingelicht; de cijfers staan hieronder.',
  'rapport.grafiek_zonder_adres':
    'De grafiek staat niet op deze kaart: voor deze maatwerkbot is geen publiek adres ingesteld (MAATWERKBOT_PUBLIEKE_URL). De cijfers staan hieronder.',

  // Teams: to the person acting.
  'teams.welkom.kop': 'Welkom bij de Maatwerkbot',
  'teams.welkom.kanaal':
    'Is dit het kanaal van een maatwerktafel? Laat de voorzitter dan "koppel {tafel}" sturen (met @Maatwerkbot ervoor); daarna komen nieuwe casussen en besluiten hier.',
  'teams.welkom.tafel': 'tafel',
  'teams.welkom.persoonlijk':
    'Stuur "casus" om een casus in te dienen, "open" voor wat op u wacht, of "help" voor alle opdrachten.',
  'teams.onbekende_gebruiker':
    'Ik kan u niet herkennen: uw Teams-account heeft geen Entra ID. Gebruik de bot met uw werkaccount.',
  'teams.onleesbaar': 'Onleesbaar verzoek.',
  'teams.mislukt': 'Er ging iets mis. Probeer het opnieuw.',
  'teams.mislukt_kort': 'Er ging iets mis',
  'teams.dialoog.casus_indienen': 'Casus indienen',

  // Teams: the short text of a notification, and the reminder's opening line.
  'teams.herinnering.aanhef':
    'Herinnering{laat, select, ja { (verlaat verstuurd)} other {}}: uw antwoord op {referentie} is nodig vóór {deadline}.',
  'teams.herinnering.de_deadline': 'de deadline',
  'teams.onbekend_bericht': 'Bericht van de maatwerkbot: {soort}',
  'samenvatting.casus_geplaatst': 'Nieuwe casus {referentie} voor {tafel}',
  'samenvatting.casus_bijgewerkt': 'Casus {referentie}: {status}',
  'samenvatting.herinnering': 'Herinnering: uw antwoord op {referentie} is nodig',
  'samenvatting.casus_ontvangen': 'Uw casus is ingediend als {referentie}',
  'samenvatting.crisis': 'Crisis: bel nu de crisisdienst',
  'samenvatting.escalatie_voorzitter': 'Uw besluit als voorzitter is nodig over {referentie}',
  'samenvatting.escalatie_bestuurder': 'Uw goedkeuring is nodig: {referentie}',
  'samenvatting.besluit': 'Besluit {referentie}: {uitkomst}',
  'samenvatting.agenda': 'Agenda {tafel}',
  'samenvatting.weekoverzicht': 'Besluiten van {tafel} deze week',
  'samenvatting.afwijking_gevraagd': 'Waarin verschilt {referentie} van eerdere besluiten?',
  'samenvatting.afwijking_toegelicht': 'Toelichting van de voorzitter bij {referentie}',
  'samenvatting.overig_referentie': 'Maatwerkbot: {referentie}',
  'samenvatting.overig': 'Bericht van de maatwerkbot',
} as const;
