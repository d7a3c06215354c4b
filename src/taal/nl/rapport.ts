// The knelpunten report: its CSV columns, the summary in a message, and its chart.
export default {
  totaal: 'Totaal',
  eigen_omschrijving: 'Eigen omschrijving (niet in de lijst)',

  // CSV columns.
  'kolom.knelpunt': 'Knelpunt',
  'kolom.code': 'Code',
  'kolom.casussen': 'Casussen',
  'kolom.toegekend': 'Toegekend',
  'kolom.deels_toegekend': 'Deels toegekend',
  'kolom.afgewezen': 'Afgewezen',
  'kolom.doorverwezen': 'Doorverwezen',
  'kolom.open': 'Nog open',
  'kolom.ingetrokken': 'Ingetrokken',
  'kolom.kosten_maatwerk': 'Kosten maatwerk (EUR, {uitkomsten}, bij deels toegekend het toegekende bedrag)',
  'kolom.kosten_niets_doen': 'Kosten niets doen, geschat (EUR, {uitkomsten})',
  'kolom.doorlooptijd': 'Mediane doorlooptijd (werkuren)',
  'kolom.open_toezeggingen': 'Open toezeggingen',
  'kolom.verlopen': 'Waarvan verlopen',
  'kolom.gewerkt': 'Gewerkt',
  'kolom.niet_gewerkt': 'Niet gewerkt',
  'kolom.nog_niet': 'Nog niet geëvalueerd',

  // The summary in a message.
  'samenvatting.alle_tafels': 'alle tafels van {tenant}',
  'samenvatting.kop': 'Knelpuntenrapport {waar}, {van} t/m {tot}',
  'samenvatting.leeg': '{kop}: geen casussen in deze periode.',
  'samenvatting.toegekend': '{n} toegekend',
  'samenvatting.deels_toegekend': '{n} deels toegekend',
  'samenvatting.afgewezen': '{n} afgewezen',
  'samenvatting.doorverwezen': '{n} doorverwezen',
  'samenvatting.open': '{n} nog open',
  'samenvatting.ingetrokken': '{n} ingetrokken',
  'samenvatting.casussen': '{kop}: {n} {aantal, plural, one {casus} other {casussen}} ({uitkomsten}).',
  'samenvatting.kosten':
    'Kosten maatwerk {maatwerk} tegenover {nietsDoen} geschatte kosten als er niets was gebeurd, over {aantal, plural, =0 {geen casussen} one {de {n} casus} other {de {n} casussen}} met uitkomst {uitkomsten} (bij deels toegekend telt het toegekende bedrag).',
  'samenvatting.doorlooptijd':
    'Van indienen tot besluit: mediaan {uren} werkuren ({dagen} {aantal, plural, =1 {werkdag} other {werkdagen}}).',
  'samenvatting.toezeggingen': 'Open toezeggingen: {open}, waarvan {verlopen} over de datum.',
  'samenvatting.evaluaties': 'Evaluaties: {gewerkt} keer gewerkt, {nietGewerkt} keer niet.',
  'samenvatting.meest': 'Meest voorkomende knelpunten:',
  'samenvatting.knelpunt': '- {naam}: {n} ({toegekend} (deels) toegekend)',

  // The chart.
  'grafiek.titel': 'Knelpunten — {waar}',
  'grafiek.ondertitel': '{van} t/m {tot} · {aantal, plural, other {{n} casussen}}',
  'grafiek.as.casussen': 'casussen',
  'grafiek.as.euro': 'euro, alleen casussen met uitkomst {uitkomsten}',
  'grafiek.leeg': 'Geen casussen in deze periode: er is niets te tonen.',
  'grafiek.open': 'Open',
  'grafiek.kosten_maatwerk': 'Kosten maatwerk',
  'grafiek.kosten_niets_doen': 'Kosten niets doen (geschat)',
  'grafiek.beschrijving':
    'Staafdiagram knelpuntenrapport {waar}, {van} t/m {tot}: links per knelpunt het aantal casussen naar uitkomst, rechts de kosten van maatwerk tegenover de geschatte kosten als er niets was gebeurd. De cijfers staan ook in de samenvatting.',
} as const;
