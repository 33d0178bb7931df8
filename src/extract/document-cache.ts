import type { Section } from '../../schemas/decision.js';

/**
 * Something derived from a document (its sentences, its zones), kept for the document read last: several extractors
 * ask for the same one, and documents are read one at a time. Keyed by the document's sections array.
 *
 * Not a WeakMap: values a WeakMap holds survive young-generation collections (the map is only cleared by a full
 * collection), so every page's sentences would be promoted to the old generation and wait there. Holding the last
 * document only lets them die young. (Measured in bench/RESULTS.md, issue 16.)
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
