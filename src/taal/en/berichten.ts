import type nl from '../nl/berichten.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  'genomen_door.tafel': 'the table',
  'genomen_door.voorzitter': 'the chair',
  'genomen_door.bestuurder': 'the executive',
  'genomen_door.vergadering': 'the meeting',
  'besluiter.tafel': 'table',
  'besluiter.voorzitter': 'chair',
  'besluiter.bestuurder': 'executive',
  'besluiter.vergadering': 'meeting',
  'bestuurder_keuze.goedkeuren': 'Approve',
  'bestuurder_keuze.afwijzen': 'Reject',
  'bestuurder_keuze.informatie': 'Ask for information',
  'knop.beantwoorden': 'Answer',
  'knop.aanvullen': 'Add details',
  'knop.vastleggen': 'Record',
  reden: 'Reason',

  'knop.gedaan': 'Done',
  'soort.casus_geplaatst': 'new case',
  'soort.casus_bijgewerkt': 'updated case card',
  'soort.casus_ontvangen': 'confirmation of a submitted case',
  'soort.crisis_doorverwezen': 'crisis referral',
  'soort.herinnering': 'reminder',
  'soort.escalatie': 'escalation',
  'soort.escalatie_verlopen': 'expired escalation',
  'soort.informatie_gevraagd': 'request for information',
  'soort.informatie_gegeven': 'answer to a question',
  'soort.op_agenda': 'case on the agenda',
  'soort.besluit_gedeeld': 'decision',
  'soort.toezegging_herinnering': 'commitment reminder',
  'soort.toezegging_achterstallig': 'overdue commitment',
  'soort.toezegging_gedaan': 'commitment done',
  'soort.agenda': 'agenda',
  'soort.weekoverzicht': 'weekly overview',
  'soort.termijn_verlengd': 'extended deadline',
  'soort.casus_ingetrokken': 'withdrawn case',
  'soort.bezorging_mislukt': 'failed delivery',
  'soort.inhoud_verwijderd': 'removed content',
  'soort.aanvulling_gevraagd': 'request for details',
  // `herinnering`: ja for the one reminder of a casus whose round waits for this (aanvulling.ts).
  'aanvulling.melding':
    '{herinnering, select, ja {Reminder: add details to {referentie}} other {Add details to {referentie}}}',
  'aanvulling.vraag':
    '{herinnering, select, ja {Reminder: the table decides on <b>{referentie}</b> ({titel}) only once you add what it asks for. Still needed: {wat}.} other {<b>{referentie}</b> ({titel}) is before the table. Still needed: {wat}. Add it when you know; the card shows it as still to be added.}}',
  'aanvulling.kop':
    '{herinnering, select, ja {Reminder: add details to {referentie}} other {Add details to {referentie}}}',
  'aanvulling.uitleg':
    '{herinnering, select, ja {The table decides only once you add what it asks for. Still needed: {wat}.} other {Still needed: {wat}. Fill in what you know now.}}',
  'aanvulling.console':
    '{herinnering, select, ja {Reminder: {referentie} ({titel}) waits for your details; still needed: {wat}.} other {{referentie} ({titel}): still needed: {wat}.}}',
  'soort.toestemming_herinnering': 'consent reminder',
  'soort.evaluatie_vraag': 'evaluation question',
  'soort.afwijking_gevraagd': 'request for an explanation',
  'soort.afwijking_toegelicht': "chair's explanation",
  'soort.rapportgrafiek_mislukt': 'chart of the bottleneck report',
  'soort.knelpuntenrapport': 'bottleneck report',

  'casus.nieuw': 'New case for the table',
  'casus.bijgewerkt': 'Case card updated',

  'ontvangen.kop': 'Your case was submitted as {referentie}',
  'ontvangen.ingediend': 'Your case was submitted as <b>{referentie}</b> to <b>{tafel}</b>.',
  'ontvangen.termijn': 'The members will decide by {deadline}.',
  'ontvangen.wacht': 'The table first wants {wat}: the decision round opens once you add it.',
  'ontvangen.besluit_hier': 'You will receive the decision and its reasons here.',

  'crisis.kop': 'Crisis: call the crisis service now',
  'crisis.waarschuwing': 'This is a crisis: call the crisis service now.',
  'crisis.uitleg':
    'A crisis does not go through the table ({tafel}). Call the crisis service straight away. Recorded as <b>{referentie}</b>, so it is known that you were referred.',

  'herinnering.antwoord_nodig':
    '<b>Reminder{laat, select, ja { (sent later than planned)} other {}}:</b> your response to <b>{referentie}</b> is needed before <b>{deadline}</b>.',

  'escalatie.kop_voorzitter': 'Your decision as chair: {referentie}',
  'escalatie.kop_bestuurder': 'Approval needed: {referentie}',
  'escalatie.melding_voorzitter': 'Your decision as chair is needed: {referentie}',
  'escalatie.aanhef_voorzitter': 'Chair, your decision is needed on <b>{referentie}</b>',
  'escalatie.aanhef_bestuurder': '{titel}, your approval is needed for an exception: {referentie}',
  'escalatie.uitzondering_op':
    '<b>{titel}</b>, your approval is needed for an exception to <b>{regel}</b> (step {trede}).',
  'escalatie.waarom_bij_u': '<b>Why you:</b> {redenen}',
  'escalatie.graag_besluit': 'Please decide before {deadline}',
  'escalatie.antwoorden_tafel': 'Responses from the table',
  'escalatie.eerdere_besluiten': 'Earlier decisions in this escalation',
  'escalatie.veld.reden': 'Reason for your decision',
  'escalatie.veld.reden_fout': 'Give a reason: the table shares the how and why',
  'escalatie.veld.hoe': 'How (what happens, if different from what was asked)',
  'escalatie.veld.verwijzing_voorzitter': 'Referral (required when rejecting or referring)',
  'escalatie.veld.reden_of_vraag': 'Reason for your decision, or your question',
  'escalatie.veld.reden_of_vraag_fout': 'Give a reason or ask your question',
  'escalatie.veld.verwijzing_bestuurder': 'Referral (required when rejecting)',
  'antwoord.voorwaarden': '<i>Conditions:</i> {voorwaarden}',

  'verlopen.kop': 'No decision within the deadline on <b>{referentie}</b>',
  'verlopen.naar': 'The case goes to {wie}.',

  'informatie.gevraagd': '<b>{naam}</b> asks for information about <b>{referentie}</b>',
  'informatie.termijn_stil': 'The deadline is paused until there is an answer.',
  'informatie.vraag': 'Question',
  'informatie.antwoord_op': 'Answer to your question about <b>{referentie}</b>',
  'informatie.antwoord': 'Answer',

  'op_agenda.kop': '{referentie} is on the agenda of the next meeting',
  'op_agenda.reden.bestuurder': 'No decision from the executives within the time limit.',
  'op_agenda.reden.voorzitter': 'The chair did not decide within the time limit.',
  'op_agenda.tekst': '<b>{referentie}</b> ({titel}) is on the agenda of the next meeting: {reden}',

  'besluit.tafel_akkoord':
    'The table agreed ({steun} of {verwacht} members{onthouding, plural, =0 {} one {, # abstention} other {, # abstentions}}).',
  'besluit.toegekend_bedrag': 'Granted in part: {bedrag} of the {gevraagd} requested.',
  'besluit.kop': 'Decision {referentie}: {uitkomst}',
  'besluit.waarom': 'Why',
  'besluit.hoe': 'How',
  'besluit.voorwaarden': 'Conditions',
  'besluit.afgeweken_van': 'Departed from',
  'besluit.verwezen_naar': 'Referred to',
  'besluit.kosten':
    '<b>Costs:</b> {maatwerk} for the tailored solution, against an estimated {nietsDoen} if nothing happens',
  'besluit.toezeggingen_wie_wat': 'Commitments (who does what, by when)',
  'besluit.besloten_door': 'Decided by {wie}',
  'besluit.genomen_door': 'Taken by {wie}, {moment}',
  'besluit.bij_tafel': 'Decision {referentie} · {tafel}',
  'besluit.kosten_maatwerk': 'Cost of the tailored solution',
  'besluit.als_niets_gebeurt': 'If nothing happens',
  'besluit.toezeggingen': 'Commitments',
  'toezegging.regel': '<b>{organisatie}</b>: {taak}, by {deadline}',
  'toezegging.herinnering': 'Commitment reminder for {referentie}',

  'agenda.melding': 'Agenda {tafel}, meeting {vergadering}',
  'agenda.kop': 'Agenda {tafel}',
  'agenda.vergadering': 'Meeting {vergadering}',
  'agenda.besluit_in_vergadering': 'decision in the meeting',
  'agenda.termijn': 'deadline {deadline}',
  'agenda.was': 'was due {deadline}',
  'agenda.open_casussen': 'Open and escalated cases',
  'agenda.besluiten_sinds': 'Decisions since the last meeting',
  'agenda.achterstallige_toezeggingen': 'Overdue commitments',

  'weekoverzicht.kop': 'Weekly overview {tafel}',
  'weekoverzicht.besluiten': 'Decisions this week',
  'weekoverzicht.geen_besluiten': 'No decisions this week.',

  'termijn.verlengd': 'The deadline of {referentie} has been extended',
  'termijn.verlengd_tot': 'The deadline of <b>{referentie}</b> has been extended to <b>{deadline}</b>',
  'termijn.verlengd_tot_titel':
    'The deadline of <b>{referentie}</b> ({titel}) has been extended to <b>{deadline}</b>.',

  'ingetrokken.kop': '{referentie} has been withdrawn',
  'ingetrokken.met_titel': '<b>{referentie}</b> ({titel}) has been withdrawn',

  'grafiek_mislukt.kop': 'The bottleneck report went without its chart',
  'grafiek_mislukt.tekst':
    'The bottleneck report {metTafel, select, ja {of <b>{tafel}</b>} other {for all tables}} ({van} to {tot}) was delivered to {ontvanger} without its chart: {reden, select, geen_bestandsrecht {the app may not post files (files:write)} onbereikbaar {the platform could not be reached after repeated attempts} geen_publiek_adres {no public address has been set for this Maatwerkbot (MAATWERKBOT_PUBLIEKE_URL), so Teams cannot show the chart} other {the platform refused the upload}}. The summary did arrive. Please ask the administrator to check the app; the chart can also be made with <code>maatwerkbot rapport --png</code>.',

  'bezorging.kop': 'A message could not be delivered',
  'bezorging.mislukt':
    'A message ({soort}{metReferentie, select, ja { about <b>{referentie}</b>} other {}}) could not be delivered to {ontvanger} after repeated attempts: <code>{fout}</code>. Check that the bot is in that channel and that the person still exists.',

  'toestemming.melding': 'Consent for {referentie} has not been recorded yet',
  'toestemming.herinnering':
    "<b>Reminder:</b> record the household's consent for <b>{referentie}</b> ({titel}), or the weighing if there is no consent.",

  'verwijderd.melding': '{referentie}: content removed after the retention period',
  'verwijderd.tekst':
    '<b>{referentie}</b>: the content of this case was removed after the retention period. The decision with its how and why can still be found.',

  'evaluatie.vraag': 'Did the tailored solution for {referentie} work?',
  'evaluatie.vraag_met_besluit':
    'Did the tailored solution for <b>{referentie}</b> ({titel}, {uitkomst}) work? Your answer helps the table decide similar cases alike.',

  'afwijking.gevraagd': 'How does {referentie} differ from earlier decisions?',
  'afwijking.toegelicht': "The chair's explanation for {referentie}",
  'rapport.kop': 'Bottleneck report {tafel}',

  'console.vergelijkbaar': 'Similar earlier decisions',
  'console.status':
    'Status: {status}{opAgenda, select, ja { · on the agenda of the next meeting} other {}} · Urgency: {urgentie}',
  'console.knelpunt': 'Bottleneck: {naam}{metRegel, select, ja { ({regel})} other {}}',
  'console.leefgebieden': 'Life areas: {leefgebieden}',
  'console.situatie': 'Situation: {situatie}',
  'console.gevraagd': 'Requested: {gevraagd}',
  'console.kosten':
    'Cost of the tailored solution {maatwerk} · if nothing happens {nietsDoen} ({toelichting})',
  'console.betrokkenheid': 'Household involvement: {betrokkenheid} · {toestemming}',
  'console.ronde_open': 'Decision round open until {deadline}',
  'console.ronde_gesloten': 'Decision round closed',
  'console.geantwoord': 'Responded: {wie}',
  'console.wacht_op': 'Still waiting for: {wie}',
  'console.casus_kort': '{titel} · amount {bedrag} · rule: {regel}',
  'console.voorwaarden': 'conditions: {voorwaarden}',
  'console.besluit_kop': 'Decision {referentie} ({tafel}): {uitkomst}',
  'console.genomen_door': 'Taken by: {wie}',
  'console.toezegging': 'Commitment: {organisatie} {taak}, by {deadline}',
  'console.geen': 'none',
  'console.vervangt': 'replaces an earlier message',
  'console.afwijking':
    'Chair: the decision on {referentie} ({uitkomst}) departs from {inMeerderheid} of the {eerder} earlier decisions on {knelpunt}.',
  'console.afwijking_vraag':
    'How does this case differ? Your explanation becomes part of the shared reasoning.',
  'console.afwijking_toegelicht': 'Why {referentie} was decided differently ({naam}): {toelichting}',
  'console.rapport': 'Bottleneck report {tafel} {van} to {tot}',
  'console.evaluatie': 'Did the tailored solution for {referentie} ({titel}) work?',
  'console.ja': 'Yes',
  'console.nee': 'No',
  'console.met_toelichting': 'with a short explanation.',
  'console.kanaal': 'channel {kanaal}',
  'console.privebericht': '{naam} (direct message)',
  'verwijderd.kort': 'Content removed after the retention period.',
  'verwijderd.vindbaar': 'Decision {referentie} can still be found, without the text of the case.',

  'ontvangen.tafel_beslist': '{tafel} will decide by {deadline}.',
  'intrekken.titel': 'Withdraw case',
  'intrekken.reden': 'Reason for withdrawing',
  'intrekken.hint': 'The table is told the reason. No personal data.',
  'intrekken.fout': 'Give a reason',
  'intrekken.knop': 'Withdraw',
  'informatie.vraag_over': 'Question about {referentie}',
  'informatie.voor_besluit': '{naam} asks for information before a decision is taken:',
  'informatie.uw_antwoord': 'Your answer',
  'informatie.geef_antwoord': 'Give an answer',
  'informatie.versturen': 'Send answer',
  'informatie.graag_besluit_kaart': 'Please decide before {deadline}, with the buttons on the earlier card.',
  'evaluatie.besluit': 'Decision: {uitkomst}',
  'evaluatie.toelichting': 'Short explanation',
  'evaluatie.toelichting_fout': 'Give a short explanation',
  'evaluatie.ja': 'Yes, it worked',
  'evaluatie.nee': 'No',
  'toestemming.kop': 'Consent not yet recorded for {referentie}',
  'toestemming.leg_vast': "Record the household's consent, or the weighing if there is no consent.",
  'toestemming.veld': 'Consent',
  'toestemming.kies': 'Choose one of the two',
  'toestemming.afweging': 'Weighing (if there is no consent)',
  'toezegging.uiterlijk': 'By {deadline}.',
  'toezegging.achterstallig.eigenaar': 'The commitment for {referentie} is past its date',
  'toezegging.achterstallig.voorzitter': 'The commitment for {referentie} is still not done',
  'toezegging.achterstallig.vraag':
    'Is it done? Mark it with a few words about what was done, and the bot stops reminding.',
  'toezegging.achterstallig.voorzitter_uitleg':
    'The organisation has been reminded and has not marked it as done yet. You may ask them or raise it at the meeting.',
  'toezegging.was_uiterlijk': 'It was due by {deadline}.',
  'toezegging.wat_gedaan': 'What was done?',
  'toezegging.wat_gedaan_fout': 'Describe in a few words what was done',
  'toezegging.gedaan.kop': 'The commitment for {referentie} is done',
  'toezegging.gedaan.door': 'Marked by {naam}.',
  'toezegging.gedaan.wat': 'What was done',
  'toezegging.gedaan.bevestigd':
    'The commitment for {referentie} is marked as done; the table reads it in the case.',
  'toezegging.lijst.kop': 'Your commitments',
  'toezegging.lijst.geen': 'You and your organisation have no open commitments.',
  'toezegging.lijst.uiterlijk': 'by {deadline}',
  'toezegging.lijst.te_laat': 'overdue',
  'bezorging.kop_over':
    'A message{metReferentie, select, ja { about {referentie}} other {}} could not be delivered',
  'bezorging.welk_bericht': 'Message: {soort} · to {ontvanger}',
  'bezorging.fout': 'Error: {fout}',

  'hulp.kop': 'Maatwerkbot',
  'hulp.inleiding':
    'Put an anonymous case to the table, decide within the deadline and share the how and why.',
  'hulp.arg.referentie': 'reference',
  'hulp.arg.woorden': 'words',
  'hulp.arg.tafel': 'table',
  'hulp.casus_uitleg': 'Submit a new case (form)',
  'hulp.casus_referentie_uitleg':
    'View a case in your personal chat (if you sit at the table, submitted it or decide on it)',
  'hulp.open_uitleg': 'What is waiting for your decision, and your own cases',
  'hulp.toezeggingen_uitleg': 'The open commitments of you and your organisation, and marking them done',
  'hulp.zoek_uitleg': 'Search earlier decisions, with the how and why',
  'hulp.agenda_uitleg': "The next meeting's agenda (for members; in the table channel without a table)",
  'hulp.voorzitter_uitleg':
    "Chair: extend the deadline, withdraw, reopen, put on the agenda and record the meeting's decision",
  'hulp.koppel_uitleg': 'Link this channel to a table (chair only); the bot checks who can read the channel',
  'hulp.help_uitleg': 'This overview',
  'hulp.privacy':
    'Never write names, addresses, citizen service numbers or other personal data in a case: the bot refuses them.',
  'indienen.kop': 'A case for the table',
  'indienen.uitleg':
    'The form asks for the situation, the bottleneck, the requested solution and the costs. Anonymous: no names or other personal data.',
  'indienen.knop': 'Submit case',
  'welkom.kop': 'Welcome to Maatwerkbot',
  'welkom.kanaal':
    'Is this the channel of a table? Then ask the chair to send "{opdracht}" (with @Maatwerkbot in front); new cases and decisions will then appear here.',
  'welkom.persoonlijk':
    'Send "casus" to submit a case, "open" for what is waiting for you, or "help" for all commands.',
} as const satisfies Vertaling<typeof nl>;
