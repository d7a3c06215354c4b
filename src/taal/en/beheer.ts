import type nl from '../nl/beheer.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  'kanaal.binnen.tafel':
    '{platform, select, slack {Checked: this channel is private, not shared with another organisation, and only members of the table are in it.} other {Checked: this is a private channel, not shared, and only members of the table are in it.}}',
  'kanaal.binnen.leer':
    '{platform, select, slack {Checked: this learning channel is not shared with another organisation and has no guests or accounts from another organisation in it.} other {Checked: this learning channel is not shared and has no guests or participants from another organisation in it.}}',
  'kanaal.breder.tafel':
    '<b>Please note: this channel reaches wider than {tafel}.</b> Anyone who can read the channel reads every case that appears here:',
  'kanaal.breder.leer':
    '<b>Please note: this learning channel reaches outside your organisation.</b> The decisions, with their how and why, can be read there too:',
  'kanaal.reden.openbaar':
    '{platform, select, slack {it is a public channel: anyone in the workspace can find it, join and read along} other {It is a standard channel: everyone in the team reads along, including anyone added to the team later.}}',
  'kanaal.reden.gedeeld':
    '{platform, select, slack {it is shared with another workspace or organisation (Slack Connect or shared within the organisation)} other {It is a shared channel: people from other teams or organisations may be in it.}}',
  'kanaal.reden.niet_leden':
    '{aantal, plural, one {# participant is} other {# participants are}} not at the table{platform, select, slack {} other {.}}',
  'kanaal.reden.gasten':
    '{platform, select, slack {{aantal, plural, one {there is # guest account} other {there are # guest accounts}} in it} other {{aantal, plural, one {There is # guest} other {There are # guests}} in it.}}',
  'kanaal.reden.andere_organisatie':
    '{platform, select, slack {{aantal, plural, one {# account is} other {# accounts are}} from another organisation} other {{aantal, plural, one {# participant is} other {# participants are}} from another organisation (tenant).}}',
  'kanaal.wie':
    'You can see who they are among the members of the channel ({platform, select, slack {click the channel name} other {"Manage channel"}}).',
  'kanaal.beter.tafel':
    'The link stands. Better is a private channel with only the members of the table: {platform, select, slack {type} other {send}} {opdracht} there.',
  'kanaal.beter.leer':
    'The link stands. Better is a channel within your own organisation: {platform, select, slack {type} other {send}} {opdracht} there.',
  'kanaal.onzeker.tafel':
    '<b>I could not check whether this channel reaches wider than the table.</b> Do not assume it is fine: check yourself that {platform, select, slack {the channel is private and only members of the table are in it} other {it is a private channel with only the members of the table}}.',
  'kanaal.onzeker.leer':
    '<b>I could not check whether this learning channel reaches outside your organisation.</b> Do not assume it is fine: check yourself that it is not shared and has no guests in it.',
  'kanaal.niet_gecontroleerd': 'Not checked: {onderdelen}.',
  'kanaal.onderdeel.openbaar':
    '{platform, select, slack {whether the channel is public} other {whether it is a standard or private channel}}',
  'kanaal.onderdeel.gedeeld':
    '{platform, select, slack {whether it is shared with another organisation} other {whether it is a shared channel}}',
  'kanaal.onderdeel.aanwezigen': 'who is in it',
  'kanaal.onderdeel.gasten': 'whether there are guests in it',
  'kanaal.onderdeel.organisatie': 'which organisation the participants belong to',
  'kanaal.leesfout.geen_rechten':
    '{platform, select, slack {The app lacks a permission to view this channel (channels:read, groups:read): ask the administrator to reinstall the app from the manifest.} other {The bot may not look up the members of this channel. Ask the administrator to add the app to the team again.}}',
  'kanaal.leesfout.niet_in_kanaal':
    '{platform, select, slack {Maatwerkbot is not in this channel yet. Invite it (<code>/invite @Maatwerkbot</code>) and type {opdracht} again, and I will check it.} other {The bot has not been added to this team or channel yet. Add the app and send {opdracht} again, and I will check it.}}',
  'kanaal.leesfout.storing':
    '{platform, select, slack {Slack} other {Teams}} gave no usable answer. Please try again later.',
  'kanaal.mislukt':
    'I could not check who can read this channel. Do not assume it is fine: check yourself that {platform, select, slack {the channel is private} other {it is a private channel}} and who is in it.',

  'koppel.gekoppeld.tafel':
    '{platform, select, slack {This channel is now the table channel of {tafel}: new cases appear here. Invite Maatwerkbot to the channel (/invite).} other {This channel is now the channel of {tafel}: new cases, the decision rounds and the decisions appear here.}}',
  'koppel.gekoppeld.leer':
    '{platform, select, slack {This channel is now the learning channel of {tafel}: decisions with their how and why appear here.} other {This channel is now the learning channel of {tafel}: every decision with its how and why appears here.}}',
  'koppel.gebruik': 'Usage: {opdracht} in the channel you want to link.',
  'koppel.in_kanaal': 'Use {opdracht} in the channel of the table, with @Maatwerkbot in front of it.',
  'koppel.noem_tafel': 'Name the table: {opdracht}, or {leer} for the learning channel.',

  'register.vergelijkbaar': '<b>Similar earlier decisions</b>',
  'register.afwijking.kop': 'How does {referentie} differ?',
  'register.afwijking.uitleg':
    'The decision on <b>{referentie}</b> ({titel}, {tafel}) is <b>{uitkomst}</b>. That goes against {meerderheid} of the {eerder} earlier decisions on <b>{knelpunt}</b>.',
  'register.afwijking.uitleg_kort':
    'The decision ({uitkomst}) goes against {meerderheid} of the {eerder} earlier decisions of {tafel} on this bottleneck:',
  'register.afwijking.eerdere_tafel': '<b>Earlier decisions of the table</b>',
  'register.afwijking.eerdere': 'Earlier decisions',
  'register.afwijking.vraag':
    'Chair, how does this case differ? Your explanation is kept with the decision and shared with the table and the learning channel.',
  'register.afwijking.knop': 'Explain',
  'register.afwijking.veld': 'How does this case differ?',
  'register.afwijking.hint':
    'Your explanation is shared with the table and the learning channel. No personal data.',
  'register.afwijking.leeg': 'Explain why this case is different',
  'register.afwijking.versturen': 'Send explanation',
  'register.toegelicht.kop': 'Explanation for {referentie} ({uitkomst})',
  'register.toegelicht':
    '<b>{naam}</b> (chair) explains why <b>{referentie}</b> ({titel}, {uitkomst}) was decided differently from earlier decisions of {tafel}.',
  'register.toegelicht_kort':
    '{naam} (chair) explains why this case was decided differently from earlier decisions of {tafel}:',
  'register.toegelicht.verschil': 'How this case differs',
  'register.rapport.kop': 'Bottleneck report {tafel}',
  'register.rapport.alle_tafels': 'all tables',
  'register.rapport.samenvatting': 'Summary',
  'register.rapport.periode': '{van} to {tot} inclusive',
  'register.rapport.grafiek_tot': 'Chart available until {datum}.',
  'register.rapport.grafiek_openen': 'Open chart',
  'register.zoek.kop': '<b>Earlier decisions for "{woorden}"</b>',
  'register.zoek.kop_kort': 'Earlier decisions for your search',
  'register.zoek.geen': 'No decisions found.',
  'register.zoek.gevonden': '{aantal} earlier decisions found',
  'register.zoek.gebruik': 'Usage: {opdracht}, for example {voorbeeld}.',
  'register.zoek.noem_woorden': 'Name the words: {voorbeeld}.',

  'home.intro': 'Put an anonymous case to the table with <b>/casus</b>, or here:',
  'home.nieuw': 'New case',
  'home.wacht': 'Waiting for you',
  'home.wacht.niets': 'No decision is waiting for you now.',
  'home.wacht.niets_teams': 'Nothing: no case is waiting for your decision.',
  'home.meer': '… and {aantal} more.',
  'home.soort.antwoord': 'your response',
  'home.soort.voorzitter': 'your decision as chair',
  'home.soort.bestuurder': 'your approval as executive',
  'home.open.voor': '{soort} before {moment}',
  'home.open.regel': '{referentie} · {tafel}: {soort}, before {moment}',
  'home.beslis': 'Decide…',
  'home.casussen': 'My cases',
  'home.casussen_teams': 'Your cases',
  'home.casussen.geen': 'You have not submitted a case yet.',
  'home.casussen.geen_teams': 'You have not submitted a case yet. Send "casus" to submit one.',
  'home.voorzitter': 'As chair',
  'home.voorzitter.uitleg':
    'Extend, withdraw, reopen, put on the agenda and record the meeting decision: choose ⋯ next to the case. Only you see this menu.',
  'home.besluiten': 'Recent decisions of my tables',
  'home.besluiten.geen': 'No decisions yet.',
  'home.toezeggingen': 'My commitments',
  'home.voet': 'The agenda of the next meeting: {agenda}. Search earlier decisions: {zoek}.',

  'woord.tafel': 'table',
  'woord.woorden': 'words',
  'woord.referentie': 'reference',
  'woord.zoekvoorbeeld': 'cost-sharing norm rent',
  product: 'Maatwerkbot',

  'hulp.kop': '<b>Maatwerkbot</b> – anonymous cases to the table',
  'hulp.nieuw': '{opdracht} – submit a new case (also via the ⚡ menu or "More actions" on a message)',
  'hulp.zoek': '{opdracht} – search earlier decisions, with their how and why (visible only to you)',
  'hulp.agenda':
    '{opdracht} – agenda of the next meeting (members of the table; without a table in the table channel)',
  'hulp.bekijk':
    '{opdracht} – view a case (if you sit at the table, submitted it or decide on it; visible only to you)',
  'hulp.koppel':
    '{opdracht} – chair: link this channel to your table (or as learning channel); the bot checks who can read the channel',
  'hulp.hulp': '{opdracht} – this explanation',
  'hulp.voorzitter':
    'Chair: extend the deadline, withdraw, reopen, put on the agenda and record the meeting decision via ⋯ in App Home (under As chair), with {opdracht} or in your direct message.',
  'hulp.home': 'Your open decisions are on the <b>Home</b> tab of Maatwerkbot.',
  'hulp.onbekend': 'Unknown command {opdracht}.',
  'hulp.onbekend_teams': 'I do not know that command.',

  'agenda.welke_tafel':
    'Which table? {platform, select, slack {Use} other {Send}} {opdracht}{metVoorbeelden, select, ja {, for example {voorbeelden}} other {}}, or {platform, select, slack {type} other {send}} {kort} in the channel of the table.',
  'agenda.bezig': 'One moment: I am fetching it.',
  'agenda.mislukt': 'Something went wrong while fetching. Please try again shortly.',

  'opdracht.alleen_persoonlijk':
    '{wat, select, agenda {The agenda of another table} other {Searching earlier decisions}} is possible in your personal chat with the bot, or in the channel of the table: in this channel everyone reads the answer.',
  'opdracht.voorzitter.persoonlijk':
    'Send {opdracht} in your personal chat with the bot: there the chair card is for you alone. In the channel you can also choose "Chair actions" on the case card.',
  'opdracht.voorzitter.noem_casus': 'Name the case: {voorbeeld}.',
  'opdracht.bekijk.persoonlijk':
    'Send {opdracht} in your personal chat with the bot: only you see the case there.',
  'opdracht.toezeggingen.persoonlijk':
    'Send {opdracht} in your personal chat with the bot: only you see your commitments there.',
  'opdracht.zoek.kort': 'Earlier decisions',

  'voorzitter.alleen': 'Only the chair of {tafel} has chair actions for {referentie}.',
  'voorzitter.kaart_ongeldig': 'This card is no longer valid.',
  'voorzitter.actie_onbekend': 'I do not know this card action.',
  'voorzitter.kies_datum_tijd': 'Choose a date and a time.',
  'voorzitter.kies_datum_tijd.veld': 'Choose a date and a time',
  'voorzitter.verlengd':
    'The deadline of {referentie} has been extended to {moment}. The table will be told, with your reason.',
  'voorzitter.ingetrokken':
    '{referentie} has been withdrawn. The decision round is closed and the table will be told, with the reason.',
  'voorzitter.heropend':
    'A new decision round is running for {referentie}; members respond by {moment} at the latest.',
  'voorzitter.op_agenda':
    '{referentie} is on the agenda of the next meeting. Afterwards, record the decision of the meeting here.',
  'voorzitter.vergaderbesluit':
    'The decision of the meeting on {referentie} has been recorded and is shared with the table, the learning channel and the submitter.',
  'voorzitter.kaart_kort': 'Chair actions',
} as const satisfies Vertaling<typeof nl>;
