/**
 * Precision/recall against the gold corpus. Pure functions, shared by bench/privacy/run.ts and the tests.
 *
 * Matching rule: a finding counts as a true positive when its type equals the type of an annotation and its
 * span overlaps that annotation by at least half of the annotation's length (so 'mevrouw Jansen' found as
 * 'Jansen' matches, and a name found as only 'Joke' out of 'Joke van Dam' does not). A finding that matches
 * no annotation is a false positive; an annotation that no finding matches is a false negative. Several
 * findings may match one annotation (each is a true positive); the annotation is then recalled once.
 */
import type { Finding, PiiType } from '../../src/privacy/index.ts';
import { PII_TYPES } from '../../src/privacy/index.ts';

export interface Annotatie {
  start: number;
  end: number;
  type: PiiType;
}

export interface Snippet {
  id: string;
  text: string;
  annotations: Annotatie[];
}

export interface Telling {
  tp: number;
  fp: number;
  fn: number;
  /** Findings of this type that were right; 1 when there were no findings. */
  precisie: number;
  /** Annotations of this type that were found; 1 when there were no annotations. */
  recall: number;
}

export interface Fout {
  id: string;
  soort: 'fp' | 'fn';
  type: PiiType;
  start: number;
  end: number;
  tekst: string;
}

export interface Meting {
  perType: Record<PiiType, Telling>;
  totaal: Telling;
  fouten: Fout[];
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function isTreffer(f: Finding, a: Annotatie): boolean {
  return f.type === a.type && overlap(f, a) * 2 >= a.end - a.start;
}

function telling(tp: number, fp: number, fn: number, gevonden: number): Telling {
  return {
    tp,
    fp,
    fn,
    precisie: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: gevonden + fn === 0 ? 1 : gevonden / (gevonden + fn),
  };
}

/** `findings[i]` are the findings for `snippets[i]`. */
export function meet(snippets: readonly Snippet[], findings: readonly (readonly Finding[])[]): Meting {
  const ruw = Object.fromEntries(PII_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, gevonden: 0 }])) as Record<
    PiiType,
    { tp: number; fp: number; fn: number; gevonden: number }
  >;
  const fouten: Fout[] = [];
  snippets.forEach((s, i) => {
    const fs = findings[i] ?? [];
    for (const f of fs) {
      if (s.annotations.some((a) => isTreffer(f, a))) ruw[f.type].tp++;
      else {
        ruw[f.type].fp++;
        fouten.push({ id: s.id, soort: 'fp', type: f.type, start: f.start, end: f.end, tekst: f.text });
      }
    }
    for (const a of s.annotations) {
      if (fs.some((f) => isTreffer(f, a))) ruw[a.type].gevonden++;
      else {
        ruw[a.type].fn++;
        fouten.push({
          id: s.id,
          soort: 'fn',
          type: a.type,
          start: a.start,
          end: a.end,
          tekst: s.text.slice(a.start, a.end),
        });
      }
    }
  });
  const perType = Object.fromEntries(
    PII_TYPES.map((t) => [t, telling(ruw[t].tp, ruw[t].fp, ruw[t].fn, ruw[t].gevonden)]),
  ) as Record<PiiType, Telling>;
  const som = Object.values(ruw).reduce(
    (acc, r) => ({
      tp: acc.tp + r.tp,
      fp: acc.fp + r.fp,
      fn: acc.fn + r.fn,
      gevonden: acc.gevonden + r.gevonden,
    }),
    { tp: 0, fp: 0, fn: 0, gevonden: 0 },
  );
  return { perType, totaal: telling(som.tp, som.fp, som.fn, som.gevonden), fouten };
}

/** Parses corpus.jsonl text. */
export function leesCorpus(jsonl: string): Snippet[] {
  return jsonl
    .split('\n')
    .filter((r) => r.trim())
    .map((r) => JSON.parse(r) as Snippet);
}
