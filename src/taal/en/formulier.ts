import type nl from '../nl/formulier.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  kies: 'Choose…',
  annuleren: 'Cancel',
  sluiten: 'Close',
  versturen: 'Send',
  vastleggen: 'Record',
  besluiten: 'Decide',
  vragen: 'Ask',
  ja: 'Yes',
  nee: 'No',
  optioneel: '{veld} (optional)',
  geen_persoonsgegevens: 'No personal data.',
  niet_mogelijk: 'Not possible',
  dialoog_titel: 'Maatwerkbot',
  'intake.dialoog_titel': 'Submit a case',

  'intake.titel': 'New case',
  'intake.indienen': 'Submit',
  'intake.anoniem':
    'Anonymous: do not write names, addresses, dates of birth, citizen service numbers (BSN), phone numbers or other personal data. The bot checks every field before anything is stored.',
  'intake.tafel': 'Table',
  'intake.tafel.kies': 'Choose a table',
  'intake.urgentie': 'Urgency',
  'intake.urgentie.kies': 'Choose the urgency',
  'intake.korte_titel': 'Short title',
  'intake.korte_titel.voorbeeld': 'E.g. cost-sharing rule with a son living at home',
  'intake.korte_titel.leeg': 'Enter a short title',
  'intake.situatie': 'Situation',
  'intake.knelpunt': 'Bottleneck (the rule that gets in the way)',
  'intake.knelpunt.kies': 'Pick from the list',
  'intake.knelpunt_vrij': 'Or describe the bottleneck yourself',
  'intake.leefgebieden': 'Life areas',
  'intake.leefgebieden.kies': 'Pick one or more',
  'intake.oplossing': 'Requested solution',
  'intake.kosten_maatwerk': 'Cost of the tailored solution (euro)',
  'intake.kosten_maatwerk.voorbeeld': 'E.g. 2,400',
  'intake.kosten_niets_doen': 'Estimated cost of doing nothing (euro)',
  'intake.kosten_niets_doen.voorbeeld': 'E.g. 18,000',
  'intake.kosten_toelichting': 'Explanation of the cost of doing nothing',
  'intake.kosten_toelichting.voorbeeld': 'E.g. eviction and shelter',
  'intake.betrokkenheid': 'Engagement of the household',
  'intake.betrokkenheid_toelichting': 'Explanation of the engagement',
  'intake.toestemming': "Resident's consent",
  'intake.afweging': 'Reasoning without consent',
  'intake.afweging.hint': 'Needed when there is no consent.',
  'intake.eigen_referentie': 'Your own file reference',
  'intake.eigen_referentie.hint': 'Only your organisation can link it to a person.',
  'intake.crisis.titel': 'Record a crisis',
  'intake.crisis.uitleg':
    '<b>Call the crisis service now.</b> A crisis does not go through the table. The bot only records that you were referred; give a short title without personal data.',
  'intake.crisis.vooraf':
    'A crisis? Call the crisis service straight away. A crisis does not go through the table; the bot only records the referral.',
  'intake.concept':
    'You are continuing your draft of {moment}. Only you can see it; it is kept for {dagen, plural, one {# day} other {# days}}.',
  'intake.meer_velden': 'More fields',
  'intake.later_aanvullen':
    "Costs, the household's engagement and consent can follow: I will ask for them once it is submitted.",
  'intake.fouten': 'Please check your input: nothing has been stored.',
  'intake.fouten_concept':
    'Please check your input: the casus has not been submitted yet. I keep what you typed as a draft only you can see, without what looks like personal data.',
  'intake.gevonden': 'Found: {soorten}',
  'intake.voorstel': 'Suggestion without personal data (check it and copy it):',
  'intake.voorstel_kort': 'Suggestion without personal data: "{suggestie}"',
  'intake.geen_tafel': 'No table has been set up for your organisation yet. Please ask your administrator.',
  'intake.onbekend_formulier': 'I do not know this form.',
  'intake.onbekende_opdracht': 'I do not know this command.',

  'ingediend.titel': 'Case submitted',
  'ingediend.als': 'Your case has been submitted as <b>{referentie}</b>.',
  'ingediend.als_bij': 'Your case has been submitted as <b>{referentie}</b> to <b>{tafel}</b>.',
  'ingediend.deadline': 'The members decide by {moment} at the latest.',
  'ingediend.besluit_privebericht':
    'You will receive the decision and its reason in a direct message from the Maatwerkbot.',
  'ingediend.besluit_chat': 'You will receive the decision in your chat with the bot.',
  'crisis.vastgelegd':
    '<b>Call the crisis service now.</b> A crisis does not go through the table. Recorded as <b>{referentie}</b>, so it is known that you were referred.',
  'crisis.doorverwezen':
    'This is a crisis: call the crisis service now. A crisis does not go through the table. The referral has been recorded as {referentie}.',

  'antwoord.ronde_open_tot': 'Decision round open until {moment}',
  'antwoord.huidig': 'Your current response: {keuze}. This replaces it.',
  'antwoord.reden': 'Reason',
  'antwoord.reden.hint': 'The table shares the how and why. No personal data.',
  'antwoord.voorwaarden': 'Conditions',
  'antwoord.toezegging': "Your organisation's commitment",
  'antwoord.toezegging.hint': 'Who does what; choose the date below.',
  'antwoord.toezegging_deadline': 'Commitment due by',
  'antwoord.opgeslagen.titel': 'Response saved',
  'antwoord.opgeslagen':
    'Your response to <b>{referentie}</b> {gewijzigd, select, ja {has been changed to} other {has been saved:}} <b>{keuze}</b>.',
  'antwoord.ronde_gesloten': 'This closes the decision round; the table will receive the outcome.',
  'antwoord.wijzigen_tot': 'You can change it until the round closes ({moment}).',
  'antwoord.wijzigen': 'You can change it until the round closes.',

  'besluit.reden': 'Reason for your decision',
  'besluit.reden.hint': 'Shared with the table. No personal data.',
  'besluit.hoe': 'How (implementation)',
  'besluit.hoe.hint': 'Empty: the requested solution.',
  'besluit.toegekend_bedrag': 'Amount granted (euros)',
  'besluit.toegekend_bedrag.hint':
    'Required when granting in part: how much of the {gevraagd} requested you grant.',
  'besluit.verwijzing': 'Referred to',
  'besluit.verwijzing.hint': 'Where can the household turn to?',
  'besluit.bestuurder': '{besluit, select, goedkeuren {Approve} other {Reject}}',
  'besluit.naar_bestuurder':
    'Your decision on {referentie} has been recorded; it now goes to the executive for approval.',
  'besluit.gedeeld_tafel': 'Your decision on {referentie} has been recorded and is shared with the table.',
  'besluit.gedeeld_indiener':
    'Your decision on {referentie} has been recorded and is shared with the table and the submitter.',

  'informatie.vraag.titel': 'Ask for information',
  'informatie.vraag.uitleg':
    'The submitter and the chair receive your question; your deadline is paused until the answer.',
  'informatie.vraag': 'Your question',
  'informatie.vraag.verstuurd':
    'Your question has been sent to the submitter and the chair. Your deadline is paused until the answer arrives.',
  'informatie.antwoord.titel': 'Give information',
  'informatie.antwoord': 'Your answer',

  'aanvullen.titel': 'Add details',
  'toestemming.titel': 'Consent',
  'toestemming.afweging.hint': 'Needed when there is no consent. No personal data.',
  'evaluatie.titel': 'Did it work?',
  'evaluatie.vraag': 'Did the tailored solution work?',
  'evaluatie.toelichting': 'Short explanation',
  'toezegging.titel': 'Commitment done',
  'toezegging.uitleg': 'Say what was done. The table reads it in the case; the bot stops reminding.',
  'afwijking.titel': 'How does it differ?',
  'afwijking.uitleg':
    'This decision differs from most earlier decisions on the same bottleneck. Your explanation is kept with the decision and shared with the table and the learning channel.',
  'afwijking.vraag': 'How does this case differ?',
  'afwijking.opgeslagen':
    'Your explanation for {referentie} has been saved and shared with the table and the learning channel.',

  'beheer.kies_tijd': 'Choose a time',
  'beheer.kies_datum': 'Choose a date',
  'beheer.verlengd.titel': 'Deadline extended',
  'beheer.verlengd':
    'The deadline of {referentie} has been extended to {moment}. The table is informed, with your reason; reminders follow the new deadline.',
  'beheer.ingetrokken.titel': 'Case withdrawn',
  'beheer.ingetrokken':
    '{referentie} has been withdrawn. The decision round is closed and the table is informed, with your reason.',
  'beheer.heropend.titel': 'Round reopened',
  'beheer.heropend': 'A new decision round is running for {referentie}; the members respond by {moment}.',
  'beheer.op_agenda.titel': 'On the agenda',
  'beheer.op_agenda':
    '{referentie} is on the agenda of the next meeting. Afterwards, record the decision of the meeting through ⋯ in App Home (under As chair).',
  'beheer.vergaderbesluit.titel': 'Decision recorded',
  'beheer.vergaderbesluit':
    'The decision of the meeting on {referentie} has been recorded and is shared with the table, the learning channel and the submitter.',

  'verwerken.titel': 'Please wait',
  'verwerken.tekst': 'Your input is being processed. This window will show the outcome shortly.',
  'opgeslagen.titel': 'Saved',
  'opgeslagen.tekst': 'Your input has been saved.',
  'niet_opgeslagen.titel': 'Not saved',
  'niet_opgeslagen.tekst': 'Something went wrong while saving. Please try again shortly.',
  onleesbaar_formulier: 'I could not read this form. Please open it again.',
  onleesbaar_verzoek: 'I could not read this request.',

  'weigering.ronde_gesloten':
    'The decision round of {referentie} is closed ({status}); responding is no longer possible.',
  'weigering.geen_lid': 'Only members of {tafel} with decision authority can respond to {referentie}.',
  'weigering.niet_bij_voorzitter': '{referentie} is not with the chair at the moment ({status}).',
  'weigering.geen_voorzitter': 'Only the chair of {tafel} decides on {referentie}.',
  'weigering.niet_bij_bestuurder': '{referentie} is not with an executive at the moment ({status}).',
  'weigering.andere_bestuurder': 'This request about {referentie} is with another executive.',
} as const satisfies Vertaling<typeof nl>;
