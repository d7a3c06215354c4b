/** E-mail addresses. */
import { type Finding, maakFinding } from '../typen.ts';

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

export function detecteerEmail(text: string): Finding[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) =>
    maakFinding('email', text, m.index ?? 0, (m.index ?? 0) + m[0].length),
  );
}
