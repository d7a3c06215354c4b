import type nl from '../nl/fouten.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  'invoer.aanvullen_afgerond': 'This case is closed; nothing can be added any more.',
  'invoer.controleer': 'Please check what you entered.',
  'invoer.controleer_antwoord': 'Please check your response.',
  'invoer.controleer_vraag': 'Please check your question.',
  'invoer.controleer_besluit': 'Please check the decision.',
  'invoer.controleer_toelichting': 'Please check the explanation.',
  'invoer.controleer_zoekopdracht': 'Please check your search.',
  'invoer.controleer_periode': 'Please check the period of the report.',
  'invoer.geef_reden': 'Please give a reason.',
  'invoer.tafel_bestaat_niet_meer': 'This table does not exist (any more).',
  'invoer.deadline_later': 'The new deadline must be later than the current one.',
  'invoer.verwijzing_nodig': 'Please say where the household is referred to.',
  'invoer.kies_rapporttafel': 'You sit at more than one table: choose the table for the report.',

  'veld.ongeldig_teken':
    'Contains an invalid character (a control character such as NUL); please remove it and send again.',
  'veld.kies_tafel': 'Choose a table',
  'veld.kies_bestaande_tafel': 'Choose an existing table',
  'veld.kies_eigen_tafel': 'Choose a table you sit at',
  'veld.knelpunt_niet_in_lijst': 'This bottleneck is not in the list; choose one or describe it yourself',
  'veld.knelpunt_onbekend': 'This bottleneck is not in the list',
  'veld.deadline_na_huidige': 'Choose a moment after the current deadline',
  'veld.verwijzing_nodig': 'Please say where the household is referred to',
  'veld.vul_in':
    'Please fill in {wat, select, titel {a short title} situatie {the situation} knelpunt {the bottleneck} oplossing {the requested solution} kostentoelichting {a short explanation of the cost of doing nothing} betrokkenheid {the explanation of the involvement} afweging {the weighing without consent} other {this field}}',
  'veld.minstens_tekens':
    'Please write at least {min} characters for {wat, select, titel {the short title} situatie {the situation} knelpunt {the bottleneck} oplossing {the requested solution} kostentoelichting {the explanation of the cost of doing nothing} betrokkenheid {the explanation of the involvement} afweging {the weighing without consent} other {this field}}',
  'veld.hooguit_tekens':
    '{wat, select, titel {The short title} situatie {The situation} knelpunt {The bottleneck} oplossing {The requested solution} kostentoelichting {The explanation of the cost of doing nothing} betrokkenheid {The explanation of the involvement} afweging {The weighing without consent} other {This field}} may be at most {max} characters',
  'veld.bedrag':
    'Please fill in {wat, select, kosten {the cost of the tailored solution} nietsdoen {the estimated cost of doing nothing} other {the amount}} in euros',
  'veld.bedrag_vorm':
    'Please fill in {wat, select, kosten {the cost of the tailored solution} nietsdoen {the estimated cost of doing nothing} other {the amount}} as an amount in euros, for example 1,250 or 1250.50',
  'veld.leefgebied_onbekend': 'Unknown life area',
  'veld.leefgebied_kiezen': 'Choose at least one life area',
  'veld.urgentie': 'Choose normal, urgent or crisis',
  'veld.betrokkenheid': 'Choose how involved the household is',
  'veld.toestemming': 'Choose whether consent has been recorded',
  'veld.toestemming_vastleggen': 'Choose consent recorded or weighing recorded',
  'veld.eigen_referentie': 'Your own reference may be at most 60 characters',
  'veld.knelpunt_kiezen': 'Choose a bottleneck from the list or describe it yourself',
  'veld.aanvulling_leeg': 'Fill in what is still missing: the costs, the engagement or consent',
  'veld.afweging': 'Please describe the weighing if there is no consent',
  'veld.reactie': 'Choose agree, agree with conditions, disagree, beyond my mandate or abstain',
  'veld.reden': 'Please give a reason',
  'veld.reden_besluit': 'Please give a reason for your decision',
  'veld.reden_hoe_waarom': 'Please give a reason: the table shares the how and why',
  'veld.reden_te_lang': 'The reason may be at most 2000 characters',
  'veld.voorwaarden': 'Please name the conditions when you agree with conditions',
  'veld.toezegging_taak': 'Please describe what your organisation will do',
  'veld.toezegging_datum': 'Please give a date for the commitment',
  'veld.bestuurdersbesluit': 'Choose approve or reject',
  'veld.uitkomst': 'Choose an outcome',
  'veld.gewerkt': 'Please say whether the tailored solution worked',
  'veld.korte_toelichting': 'Please give a short explanation',
  'veld.vraag': 'Please ask a question of at least 5 characters',
  'veld.antwoord': 'Please give an answer',

  'toegang.onbekend_persoon': 'You are not known at this table (yet). Please ask the chair to add you.',
  'toegang.onbekend_persoon_kort': 'You are not known at this table (yet).',
  'toegang.werkruimte_niet_gekoppeld': 'This workspace is not linked to a municipality in Maatwerkbot.',
  'toegang.casus':
    'You have no access to {referentie}: only the table, the submitter and whoever must decide on it can see a case.',
  'toegang.agenda': 'Only members of {tafel} can see the agenda.',
  'toegang.niet_aan_tafel': 'You do not sit at {tafel}; the decisions of that table are not for you.',
  'toegang.geen_tafel':
    'You do not sit at any table: earlier decisions are for the members of a table and their executives.',
  'toegang.geen_tafel_rapport':
    'You do not sit at any table; the report is for members, chairs and executives.',
  'bevoegd.aanvullen': 'Only the submitter adds to the case.',
  'bevoegd.toestemming': 'Only the submitter or the chair can record consent.',
  'bevoegd.verschil_van_mening': 'Only the chair of {tafel} decides when members disagree.',
  'bevoegd.andere_bestuurder': 'This request about {referentie} is with another executive.',
  'bevoegd.evaluatie': 'Only the submitter answers the evaluation question.',
  'bevoegd.kanaal_koppelen': 'Only the chair of {tafel} can link a channel.',
  'bevoegd.informatievraag': 'Only the submitter or the chair can answer this question.',
  'bevoegd.voorzitter': 'Only the chair of {tafel} can do this.',
  'bevoegd.intrekken': 'Only the chair or the submitter can withdraw a case.',
  'bevoegd.antwoorden': 'Only members of {tafel} with a mandate to decide can respond to this case.',
  'bevoegd.afwijking_toelichten': 'Only the chair of {tafel} can explain why this decision differs.',

  'onbekend.tafel': 'This table does not exist.',
  'onbekend.tafel_naam': 'Table "{tafel}" does not exist.',
  'onbekend.casus': 'Case {casus} does not exist.',
  'onbekend.referentie_dubbel': 'Reference {casus} matches more than one case.',
  'onbekend.besluit': 'This decision does not exist.',
  'onbekend.informatievraag': 'This request for information does not exist.',
  'onbekend.gemeente': 'This municipality does not exist.',

  'configuratie.geen_vergaderschema': '{tafel} has no meeting schedule.',
  'configuratie.geen_voorzitter': 'Table {tafel} has no chair.',
  'configuratie.geen_beslissers': 'Table {tafel} has no members with a mandate to decide.',

  'stand.al_beslist': '{referentie} has already been decided.',
  'stand.al_beslist_escalatie': '{referentie} has already been decided; there is nothing left to approve.',
  'stand.afgerond': '{referentie} has already been completed.',
  'stand.niet_in_deze_fase': 'That is not possible with {referentie} now.',
  'stand.niet_bij_niveau':
    '{referentie} is not with the {niveau, select, voorzitter {chair} other {executive}} now.',
  'stand.ronde_gesloten': 'The decision round of {referentie} is closed.',
  'stand.ronde_gesloten_antwoord':
    'The decision round of {referentie} is closed; your response was not counted.',
  'stand.geen_gesloten_ronde': '{referentie} has no closed round without a decision.',
  'stand.niet_op_agenda': '{referentie} is not on the agenda of the meeting.',
  'stand.al_beantwoord': 'This question has already been answered.',

  'privacy.niets_opgeslagen': 'The text contains personal data; nothing has been saved.',
  'privacy.veld':
    'This text {soorten}. Please make the case anonymous: remove personal data before you send it.',
} as const satisfies Vertaling<typeof nl>;
