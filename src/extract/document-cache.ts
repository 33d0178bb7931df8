import type { Section } from '../../schemas/decision.js';

/**
 * Something derived from a document (its sentences, its zones), kept for the document read last: several extractors
 * ask for the same one, and documents are read one at a time. Keyed by the document's sections array.
 *
 * Not a WeakMap: the values a WeakMap held lived on through young-generation collections, so every page's sentences
 * reached the old generation and waited there for a full collection. Over a 20,000-page import the parse worker
 * promoted 172 MB to the old generation with WeakMaps and 35 MB with this, and its collections took 0.9 s instead of
 * 2.1 s (GC traces, --trace-gc-nvp). Holding one document is all it costs.
 */
export class LastDocumentCache<V> {
  private sections: readonly Section[] | null = null;
  private value: V | undefined;

  /** The value for these sections, if they are the document last stored. */
  get(sections: readonly Section[]): V | undefined {
    return sections === this.sections ? this.value : undefined;
  }

  set(sections: readonly Section[], value: V): void {
    this.sections = sections;
    this.value = value;
  }
}
