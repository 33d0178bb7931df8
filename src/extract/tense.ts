import { createRequire } from 'node:module';

type Nlp = (text: string) => { verbs(): { json(opts?: object, n?: number): { verb?: { grammar?: { tense?: string; form?: string } } }[] } };
let nlp: Nlp | null = null;

/**
 * Whether the sentence's first verb (up to `until`) is in a past form: "refunded", "has sent", "had offered".
 * Uses compromise, loaded on first use (~0.2 s): it runs only on the few sentences whose status no cue decides.
 */
export function pastTenseBefore(sentence: string, until: number): boolean {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  const clause = sentence.slice(0, until);
  // Only the first verb is described: describing every verb conjugates each, several times the cost of the tagging.
  const first = nlp(clause).verbs().json(undefined, 0)[0];
  const grammar = first?.verb?.grammar;
  return grammar?.tense === 'PastTense' && grammar.form !== 'imperative';
}
