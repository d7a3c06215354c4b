// Amounts are whole euro cents everywhere; these are the only conversions to and from text.

/** Parses '1.234,56', '€ 1234', '1234.5', '250' into cents; null when it is not an amount. */
export function parseBedrag(invoer: string): number | null {
  let s = invoer
    .trim()
    .replace(/^€\s*/, '')
    .replace(/\s*(euro|eur)$/i, '')
    .replace(/\s/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const laatsteKomma = s.lastIndexOf(',');
  const laatstePunt = s.lastIndexOf('.');
  // The last separator followed by one or two digits is the decimal separator; others group thousands.
  const dec = Math.max(laatsteKomma, laatstePunt);
  if (dec >= 0 && s.length - dec - 1 <= 2 && s.length - dec - 1 > 0) {
    s = `${s.slice(0, dec).replace(/[.,]/g, '')}.${s.slice(dec + 1)}`;
  } else {
    s = s.replace(/[.,]/g, '');
  }
  const waarde = Number(s);
  if (!Number.isFinite(waarde)) return null;
  return Math.round(waarde * 100);
}

export function formatteerBedrag(cent: number, taal: 'nl' | 'en' = 'nl'): string {
  return new Intl.NumberFormat(taal === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cent % 100 === 0 ? 0 : 2,
  }).format(cent / 100);
}
