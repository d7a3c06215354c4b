import type nl from '../nl/verbinding.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  'slack.onleesbaar': 'Unreadable Slack request: {reden}',
  'slack.onbekend_commando': 'Unknown command {commando}.',
  'slack.onbekende_actie': 'Unknown action.',
  'slack.onbekend_formulier': 'Unknown form.',
  'slack.onbekende_snelkoppeling': 'Unknown shortcut.',
  'slack.onbekende_soort': 'The bot does not handle this kind of Slack request ({soort}).',
  'slack.type_ontbreekt': 'Unreadable Slack request: the type is missing.',
  'slack.payload_geen_json': 'Unreadable Slack request: the payload is not valid JSON.',
  'slack.geen_json': 'Unreadable Slack request: not valid JSON.',
  'slack.geen_object': 'Unreadable Slack request: expected a JSON object.',
  'slack.niet_ondertekend': 'Not signed: x-slack-signature and x-slack-request-timestamp are missing.',
  'slack.ongeldig_tijdstempel': 'Invalid x-slack-request-timestamp.',
  'slack.klokverschil':
    "Request refused: the timestamp is more than {minuten} minutes off the server's clock (too old or in the future).",
  'slack.handtekening': 'The signature does not match.',
  'slack.leeg': 'Empty request.',
  'slack.inhoudstype': 'Wrong content type: expected {formulier} or {json}.',
  'slack.niet_gevonden': 'not found',
  'slack.socket_mode': 'Slack runs in Socket Mode (SLACK_APP_TOKEN); HTTP requests are not handled here.',
  ongeldig_teken: 'contains an invalid character',

  'slack.start.token_geweigerd':
    'Slack refuses SLACK_BOT_TOKEN ({fout}): copy the bot token (xoxb-…) again from "OAuth & Permissions" of the Slack app, or reinstall the app in the workspace.',
  'slack.start.onbekende_fout': 'unknown error',
  'slack.start.onbereikbaar':
    'Slack cannot be reached at {adres} ({oorzaak}): check the network connection or SLACK_API_URL.',
  'slack.start.niet_gecontroleerd':
    'Slack could not be checked ({oorzaak}): check SLACK_BOT_TOKEN and SLACK_API_URL.',

  'teams.emulator':
    'Teams runs in emulator mode here (without JWT checks) and only answers requests from this machine.',
  'teams.geen_authorization':
    'Not authenticated: the Authorization header with a Bot Framework token is missing.',
  'teams.leeg': 'Empty request: expected an activity (JSON).',
  'teams.inhoudstype': 'Wrong content type: expected application/json.',
  'teams.geen_json': 'Not valid JSON.',
  'teams.geen_object': 'No activity: expected a JSON object.',
  'teams.ongeldige_activiteit': 'Not a valid activity: {reden}',
  'teams.sdk.400': 'Not a valid activity.',
  'teams.sdk.401': 'Not authenticated: the Bot Framework token is missing or invalid.',
  'teams.sdk.405': 'Method not allowed: use POST.',
  'teams.sdk.500': 'Internal error while handling the activity.',
  'teams.sdk.501': 'The bot does not handle this kind of request (invoke).',
  'teams.sdk.anders': 'Request refused.',

  'bezorging.niet_voor_platform': 'not for {platform}',
  'bezorging.geen_antwoord_teams': 'no answer from Teams ({oorzaak})',
  'bezorging.geen_beurt': 'no turn was run',
  'bezorging.geen_bericht_id': 'Teams gave no message id for the new thread',
  'bezorging.geen_gesprek_id': 'Teams gave no conversation id',
  'bezorging.teams_niet_in_kanaal': 'the bot is not yet installed in this Teams channel (or this team)',
  'bezorging.teams_geen_installatie': 'no Teams installation known yet to start a chat with',
  'bezorging.teams_interne_fout': 'internal error while delivering in Teams',

  'rapport.kop_tafel': 'Bottleneck report for {tafel}',
  'rapport.kop_alle': 'Bottleneck report for all tables',
  'rapport.bestand_tafel': 'Bottleneck report for {tafel}, {maand}',
  'rapport.bestand_alle': 'Bottleneck report for all tables, {maand}',
  'rapport.grafiek_beschrijving': 'Chart of the bottleneck report for {maand}',
  'rapport.geen_bestandsrecht':
    'The chart could not be attached: the Slack app has no permission to post files (files:write). Please ask the administrator to reinstall the app.',
  'rapport.upload_mislukt':
    'The chart could not be attached: {reden, select, onbereikbaar {Slack could not be reached after repeated attempts} other {Slack refused the upload}}. The chair has been told; the figures are below.',
  'rapport.grafiek_zonder_adres':
    'The chart is not on this card: no public address has been set for this Maatwerkbot (MAATWERKBOT_PUBLIEKE_URL). The figures are below.',

  'teams.welkom.kop': 'Welcome to Maatwerkbot',
  'teams.welkom.kanaal':
    'Is this the channel of a table? Then ask the chair to send "koppel {tafel}" (with @Maatwerkbot in front); new cases and decisions will then appear here.',
  'teams.welkom.tafel': 'table',
  'teams.welkom.persoonlijk':
    'Send "casus" to submit a case, "open" for what is waiting for you, or "help" for all commands.',
  'teams.onbekende_gebruiker':
    'I cannot recognise you: your Teams account has no Entra ID. Please use the bot with your work account.',
  'teams.onleesbaar': 'Unreadable request.',
  'teams.mislukt': 'Something went wrong. Please try again.',
  'teams.mislukt_kort': 'Something went wrong',
  'teams.dialoog.casus_indienen': 'Submit a case',

  'teams.herinnering.aanhef':
    'Reminder{laat, select, ja { (sent late)} other {}}: your response on {referentie} is needed before {deadline}.',
  'teams.herinnering.de_deadline': 'the deadline',
  'teams.onbekend_bericht': 'Message from Maatwerkbot: {soort}',
  'samenvatting.casus_geplaatst': 'New case {referentie} for {tafel}',
  'samenvatting.casus_bijgewerkt': 'Case {referentie}: {status}',
  'samenvatting.herinnering': 'Reminder: your response on {referentie} is needed',
  'samenvatting.casus_ontvangen': 'Your case has been submitted as {referentie}',
  'samenvatting.crisis': 'Crisis: call the crisis service now',
  'samenvatting.escalatie_voorzitter': 'Your decision as chair is needed on {referentie}',
  'samenvatting.escalatie_bestuurder': 'Your approval is needed: {referentie}',
  'samenvatting.besluit': 'Decision {referentie}: {uitkomst}',
  'samenvatting.agenda': 'Agenda {tafel}',
  'samenvatting.weekoverzicht': 'Decisions of {tafel} this week',
  'samenvatting.afwijking_gevraagd': 'How does {referentie} differ from earlier decisions?',
  'samenvatting.afwijking_toegelicht': "The chair's explanation of {referentie}",
  'samenvatting.overig_referentie': 'Maatwerkbot: {referentie}',
  'samenvatting.overig': 'Message from Maatwerkbot',
} as const satisfies Vertaling<typeof nl>;
