/**
 * Phone numbers. Candidates start with 0, +, 00 or '(0'; digits may be separated the sloppy ways people
 * type them ('06 - 12 34 56 78', '06.1234.5678', '(030) 234 56 78', '+31 (0)6-12345678'). A candidate is
 * cut at a group boundary and validated with libphonenumber-js (full metadata).
 *
 * Dutch 06 numbers count when they have the right length even if the range is not issued: a typo in a
 * mobile number still points at a person.
 *
 * Service numbers are not a resident's number and are left alone: 0800 (toll free), 0900 (premium),
 * 14 0xx (municipalities), 088 (company numbers) and shared-cost numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type Finding, maakFinding } from '../typen.ts';

const NIET_PERSOONLIJK = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);
const SCHEIDING =
  /^(?:[ \u00a0]?[-./][ \u00a0]?|[ \u00a0]?\(0\)[ \u00a0]?|\)[ \u00a0]?|[ \u00a0]?\(|[ \u00a0]{1,2})/;

interface Groep {
  /** Index in the text just after this group. */
  eind: number;
  /** Digits so far, '+' kept for international numbers. */
  cijfers: string;
}

/** Reads digit groups from `start`; returns the group ends. */
function leesGroepen(text: string, start: number): Groep[] {
  const groepen: Groep[] = [];
  let i = start;
  let cijfers = '';
  if (text[i] === '(') i++;
  if (text[i] === '+') {
    cijfers = '+';
    i++;
  }
  while (i < text.length) {
    const m = /^\d+/.exec(text.slice(i, i + 20));
    if (!m) break;
    cijfers += m[0];
    i += m[0].length;
    if (text[i] === ')') i++;
    groepen.push({ eind: i, cijfers });
    if (cijfers.replace('+', '').length >= 15) break;
    const sep = SCHEIDING.exec(text.slice(i, i + 6));
    if (!sep || !/\d/.test(text[i + sep[0].length] ?? '')) break;
    // '(0)' after a country code is the trunk prefix and is skipped with the separator
    i += sep[0].length;
  }
  return groepen;
}

function normaliseer(cijfers: string): string {
  if (cijfers.startsWith('00')) return `+${cijfers.slice(2)}`;
  return cijfers;
}

export function detecteerTelefoon(text: string): Finding[] {
  const uit: Finding[] = [];
  const BEGIN = /\+|0|\((?=[0+])/g;
  let i = 0;
  while (i < text.length) {
    BEGIN.lastIndex = i;
    const m = BEGIN.exec(text);
    if (!m) break;
    i = m.index;
    const ervoor = text[i - 1] ?? '';
    if (/[\p{L}\p{N}+.,/€-]/u.test(ervoor)) {
      i++;
      continue;
    }
    const groepen = leesGroepen(text, i);
    let gevonden: Groep | undefined;
    for (let g = groepen.length - 1; g >= 0 && !gevonden; g--) {
      const groep = groepen[g];
      if (!groep) continue;
      const nummer = normaliseer(groep.cijfers);
      const aantal = nummer.replace('+', '').length;
      if (aantal < 9 || aantal > 15) continue;
      if (!nummer.startsWith('+') && (aantal !== 10 || !/^0[1-9]/.test(nummer))) continue;
      if (nummer.startsWith('+') && !/^\+[1-9]/.test(nummer)) continue;
      const na = text[groep.eind] ?? '';
      if (/[\p{L}\p{N}]/u.test(na)) continue;
      const telefoon = parsePhoneNumberFromString(nummer, 'NL');
      if (!telefoon) continue;
      // A Dutch 06 number in a range that is not (yet) issued is still typed as someone's mobile number.
      const mobielNl =
        telefoon.country === 'NL' && telefoon.nationalNumber.startsWith('6') && telefoon.isPossible();
      if (!telefoon.isValid() && !mobielNl) continue;
      const soort = telefoon.getType();
      if (soort && NIET_PERSOONLIJK.has(soort)) {
        gevonden = { eind: -1, cijfers: '' };
        break;
      }
      gevonden = groep;
    }
    if (gevonden && gevonden.eind > 0) {
      uit.push(maakFinding('telefoon', text, i, gevonden.eind));
      i = gevonden.eind;
    } else if (gevonden) {
      i = (groepen[groepen.length - 1]?.eind ?? i + 1) || i + 1;
    } else i++;
  }
  return uit;
}
