import type nl from '../nl/privacy.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  'vondst.bsn': 'looks like a citizen service number (BSN)',
  'vondst.iban': 'looks like an IBAN bank account number',
  'vondst.telefoon': 'looks like a phone number',
  'vondst.email': 'looks like an e-mail address',
  'vondst.postcode': 'looks like a postcode',
  'vondst.adres': 'looks like an address',
  'vondst.geboortedatum': 'looks like a date of birth',
  'vondst.naam': "looks like a person's name",
  'vondst.kenteken': 'looks like a licence plate',
  'vondst.clientnummer': 'looks like a client or case number',
  'vondst.onbekend': 'contains personal data',
} as const satisfies Vertaling<typeof nl>;
