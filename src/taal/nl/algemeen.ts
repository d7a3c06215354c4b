// Small pieces many messages share: a list that was cut short, a message that was shortened.
export default {
  en_meer: 'en {aantal} meer',
  en_nog: '… en nog {aantal}',
  ingekort: '<i>… ingekort; de rest staat in de maatwerkbot.</i>',
  geen: 'Geen.',
  later_verstuurd: 'later verstuurd dan gepland',
  uiterlijk: 'uiterlijk {deadline}',
  alle_tafels: 'alle tafels',
  vul_in: 'Vul {veld} in',
  kies: 'Kies {veld}',
  'crisis.nummers':
    'Bij acuut gevaar: bel {alarm}. Bij gedachten aan zelfdoding: 113 Zelfmoordpreventie, bel {kort} of gratis {gratis}.{dienst, select, ja { De crisisdienst van de gemeente: {naam}, {telefoon}.} other {}}',
} as const;
