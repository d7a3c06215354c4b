// Dutch base forms the `dutch` snowball stemmer misses, added beside each word in the indexed text and
// in the query, so both sides meet on the base form. Snowball already conflates woningen/woning,
// schulden/schuld, problemen/probleem and ouders/ouder; it leaves these apart (measured on PostgreSQL 15
// and PGlite): doubled consonants (gezinnen → gezinn), -eren plurals (kinderen → kinder), z/v plurals
// (huizen, brieven), -s after a vowel (boetes, kwesties), -ën (ideeën) and diminutives (kindje, huisjes).
// Extra forms only widen what matches; a wrong extra form (lezen → les) costs a little precision, never recall.

/** Irregular -eren plurals and vowel-changing plurals; `samenstelling` also matches at the end of a compound. */
const ONREGELMATIG: readonly { meervoud: string; enkelvoud: string; samenstelling: boolean }[] = [
  { meervoud: 'kinderen', enkelvoud: 'kind', samenstelling: true },
  { meervoud: 'lammeren', enkelvoud: 'lam', samenstelling: true },
  { meervoud: 'eieren', enkelvoud: 'ei', samenstelling: true },
  { meervoud: 'bladeren', enkelvoud: 'blad', samenstelling: true },
  { meervoud: 'kalveren', enkelvoud: 'kalf', samenstelling: true },
  { meervoud: 'liederen', enkelvoud: 'lied', samenstelling: true },
  { meervoud: 'volkeren', enkelvoud: 'volk', samenstelling: true },
  { meervoud: 'goederen', enkelvoud: 'goed', samenstelling: true },
  { meervoud: 'raderen', enkelvoud: 'rad', samenstelling: true },
  { meervoud: 'beenderen', enkelvoud: 'been', samenstelling: true },
  { meervoud: 'runderen', enkelvoud: 'rund', samenstelling: true },
  { meervoud: 'gemoederen', enkelvoud: 'gemoed', samenstelling: false },
  // Short ones only as whole words: "geleden" is not a plural of "lid", "besteden" not of "stad".
  { meervoud: 'leden', enkelvoud: 'lid', samenstelling: false },
  { meervoud: 'steden', enkelvoud: 'stad', samenstelling: false },
  { meervoud: 'schepen', enkelvoud: 'schip', samenstelling: false },
  { meervoud: 'smeden', enkelvoud: 'smid', samenstelling: false },
];

const KLINKERS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isKlinker = (c: string | undefined) => c !== undefined && KLINKERS.has(c);
const isMedeklinker = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c) && !isKlinker(c);

/** The shortest stem a rule may leave: shorter remnants are mostly other words (je → "", des → "de"). */
const MIN_STAM = 2;

function ontdubbelMedeklinker(stam: string): string | null {
  const a = stam.at(-1);
  const b = stam.at(-2);
  return a !== undefined && a === b && isMedeklinker(a) ? stam.slice(0, -1) : null;
}

function ontdubbelKlinker(stam: string): string | null {
  const a = stam.at(-1);
  return a !== undefined && isKlinker(a) && stam.at(-2) === a ? stam.slice(0, -1) : null;
}

function verkleinwoord(w: string): string[] {
  const uit: string[] = [];
  const m = /^(.+?)(etje|tje|pje|je)s?$/u.exec(w);
  if (!m) return uit;
  const [, stam, achtervoegsel] = m as unknown as [string, string, string];
  if (achtervoegsel === 'etje') {
    // balletje → bal, mannetje → man, ringetje → ring; pakketje is pakket + je, so keep that reading too
    uit.push(ontdubbelMedeklinker(stam) ?? stam, `${stam}et`);
  } else if (achtervoegsel === 'pje') {
    // boompje → boom; otherwise "pje" is p + je (kapje → kap)
    uit.push(stam.endsWith('m') ? stam : `${stam}p`);
  } else if (achtervoegsel === 'tje') {
    // autootje → auto, vrouwtje → vrouw; "straatje" is straat + je, so keep that reading too
    uit.push(ontdubbelKlinker(stam) ?? stam, `${stam}t`);
  } else {
    uit.push(stam);
  }
  return uit.filter((s) => s.length > MIN_STAM);
}

function meervoudEn(w: string): string[] {
  if (w.endsWith('ën')) return w.length - 2 >= MIN_STAM ? [w.slice(0, -2)] : [];
  if (!w.endsWith('en')) return [];
  const stam = w.slice(0, -2);
  if (stam.length <= MIN_STAM) return [];
  const enkel = ontdubbelMedeklinker(stam);
  if (enkel) return [enkel];
  const voor = stam.at(-2);
  // huizen → huis, brieven → brief, wolven → wolf; only after a vowel or l/r, as in the Dutch spelling rule
  if (stam.endsWith('z') && (isKlinker(voor) || voor === 'l' || voor === 'r'))
    return [`${stam.slice(0, -1)}s`];
  if (stam.endsWith('v') && (isKlinker(voor) || voor === 'l' || voor === 'r'))
    return [`${stam.slice(0, -1)}f`];
  return [];
}

function meervoudS(w: string): string[] {
  // boetes → boete, kwesties → kwestie, autos → auto; snowball keeps the s after a vowel.
  // Not after a diphthong or long vowel (huis, reis, baas), and not in short words (bus, mes).
  if (w.length < 5 || !w.endsWith('s')) return [];
  const a = w.at(-2);
  const b = w.at(-3);
  if (isKlinker(a) && (!isKlinker(b) || (b === 'i' && a === 'e'))) return [w.slice(0, -1)];
  return [];
}

function onregelmatig(w: string): string[] {
  for (const o of ONREGELMATIG) {
    if (w === o.meervoud) return [o.enkelvoud];
    if (o.samenstelling && w.endsWith(o.meervoud) && w.length > o.meervoud.length + 1)
      return [w.slice(0, -o.meervoud.length) + o.enkelvoud];
  }
  return [];
}

/** Base forms of one word that the dutch stemmer would not reach; the word itself is not included. */
export function basisvormen(woord: string): string[] {
  const w = woord.toLowerCase();
  if (w.length < 4 || /\d/u.test(w)) return [];
  const kandidaten = [...onregelmatig(w), ...verkleinwoord(w), ...meervoudEn(w), ...meervoudS(w)];
  return [...new Set(kandidaten)].filter((k) => k !== w && k.length >= MIN_STAM);
}

/** Words as PostgreSQL's default parser would mostly see them: runs of letters and digits, lower case. */
export function woorden(tekst: string): string[] {
  return (tekst
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

/**
 * The text to index: every word followed by its extra base forms, so they sit next to the original
 * (proximity ranking stays meaningful). Only letters, digits and spaces remain.
 */
export function verrijk(tekst: string): string {
  const uit: string[] = [];
  for (const w of woorden(tekst)) uit.push(w, ...basisvormen(w));
  return uit.join(' ');
}
