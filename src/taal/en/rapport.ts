import type nl from '../nl/rapport.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  totaal: 'Total',
  eigen_omschrijving: 'Own description (not in the list)',

  'kolom.knelpunt': 'Bottleneck',
  'kolom.code': 'Code',
  'kolom.casussen': 'Cases',
  'kolom.toegekend': 'Granted',
  'kolom.deels_toegekend': 'Partly granted',
  'kolom.afgewezen': 'Refused',
  'kolom.doorverwezen': 'Referred',
  'kolom.open': 'Still open',
  'kolom.ingetrokken': 'Withdrawn',
  'kolom.kosten_maatwerk':
    'Cost of tailored solutions (EUR, {uitkomsten}, partly granted at the amount granted)',
  'kolom.kosten_niets_doen': 'Cost of doing nothing, estimated (EUR, {uitkomsten})',
  'kolom.doorlooptijd': 'Median lead time (working hours)',
  'kolom.open_toezeggingen': 'Open commitments',
  'kolom.verlopen': 'Of which overdue',
  'kolom.gewerkt': 'Worked',
  'kolom.niet_gewerkt': 'Did not work',
  'kolom.nog_niet': 'Not yet evaluated',

  'samenvatting.alle_tafels': 'all tables of {tenant}',
  'samenvatting.kop': 'Bottleneck report {waar}, {van} to {tot}',
  'samenvatting.leeg': '{kop}: no cases in this period.',
  'samenvatting.toegekend': '{n} granted',
  'samenvatting.deels_toegekend': '{n} partly granted',
  'samenvatting.afgewezen': '{n} refused',
  'samenvatting.doorverwezen': '{n} referred',
  'samenvatting.open': '{n} still open',
  'samenvatting.ingetrokken': '{n} withdrawn',
  'samenvatting.casussen': '{kop}: {n} {aantal, plural, one {case} other {cases}} ({uitkomsten}).',
  'samenvatting.kosten':
    'Cost of tailored solutions {maatwerk} against an estimated {nietsDoen} had nothing been done, over {aantal, plural, =0 {no cases} one {the {n} case} other {the {n} cases}} with outcome {uitkomsten} (partly granted: the amount granted counts).',
  'samenvatting.doorlooptijd':
    'From submission to decision: median {uren} working hours ({dagen} {aantal, plural, =1 {working day} other {working days}}).',
  'samenvatting.toezeggingen': 'Open commitments: {open}, of which {verlopen} overdue.',
  'samenvatting.evaluaties': 'Evaluations: {gewerkt} worked, {nietGewerkt} did not.',
  'samenvatting.meest': 'Most frequent bottlenecks:',
  'samenvatting.knelpunt': '- {naam}: {n} ({toegekend} (partly) granted)',

  'grafiek.titel': 'Bottlenecks — {waar}',
  'grafiek.ondertitel': '{van} to {tot} · {aantal, plural, one {{n} case} other {{n} cases}}',
  'grafiek.as.casussen': 'cases',
  'grafiek.as.euro': 'euros, only cases with outcome {uitkomsten}',
  'grafiek.leeg': 'No cases in this period: there is nothing to show.',
  'grafiek.open': 'Open',
  'grafiek.kosten_maatwerk': 'Cost of tailored solutions',
  'grafiek.kosten_niets_doen': 'Cost of doing nothing (estimated)',
  'grafiek.beschrijving':
    'Bar chart of the bottleneck report {waar}, {van} to {tot}: on the left, the number of cases per bottleneck by outcome; on the right, the cost of tailored solutions against the estimated cost had nothing been done. The figures are also in the summary.',
} as const satisfies Vertaling<typeof nl>;
