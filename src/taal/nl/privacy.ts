// What the privacy gate found in a text, per kind of finding, as the tail of "Deze tekst …".
export default {
  'vondst.bsn': 'lijkt op een BSN',
  'vondst.iban': 'lijkt op een IBAN-rekeningnummer',
  'vondst.telefoon': 'lijkt op een telefoonnummer',
  'vondst.email': 'lijkt op een e-mailadres',
  'vondst.postcode': 'lijkt op een postcode',
  'vondst.adres': 'lijkt op een adres',
  'vondst.geboortedatum': 'lijkt op een geboortedatum',
  'vondst.naam': 'lijkt op een naam van een persoon',
  'vondst.kenteken': 'lijkt op een kenteken',
  'vondst.clientnummer': 'lijkt op een cliënt- of dossiernummer',
  'vondst.onbekend': 'bevat persoonsgegevens',
} as const;
