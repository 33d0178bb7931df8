import type { DecisionDocument } from '../read/document.js';
import { CATEGORY_LABELS, slugify, slugToLabel } from './category-labels.js';
import { slugsFromUrl } from './url.js';

export interface CategoryResult {
  category: string | null;
  subcategory: string | null;
  categorySlug: string | null;
  subcategorySlug: string | null;
}

/** "Children's care services > Other" → its two labels; a value with no ">" is a category alone. */
export function splitCategoryValue(value: string): { category: string; subcategory: string | null } | null {
  // The site's labels have straight apostrophes ("Children's care services"); copies may curl them.
  const v = value.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  if (!v) return null;
  const at = v.indexOf('>');
  if (at < 0) return { category: v, subcategory: null };
  const category = v.slice(0, at).trim();
  const subcategory = v.slice(at + 1).replace(/^>\s*/, '').trim();
  return category ? { category, subcategory: subcategory || null } : null;
}

/** Labels for a pair of slugs: the known table first, else a readable label built from the slug. */
export function labelsFromSlugs(categorySlug: string, subcategorySlug: string | null): { category: string; subcategory: string | null } {
  return {
    category: CATEGORY_LABELS[categorySlug] ?? slugToLabel(categorySlug),
    subcategory: subcategorySlug === null ? null : (CATEGORY_LABELS[`${categorySlug}/${subcategorySlug}`] ?? slugToLabel(subcategorySlug)),
  };
}

/**
 * Category and subcategory. Source precedence: the page's "Category :" header value, then the Category links'
 * addresses, then the decision address slugs (mapped through the label table).
 */
export function extractCategory(doc: DecisionDocument, canonicalUrl: string | null): CategoryResult {
  const fromUrl = slugsFromUrl(canonicalUrl) ?? slugsFromUrl(doc.url);
  const header = doc.fields.category ? splitCategoryValue(doc.fields.category) : null;
  if (header) {
    // Slugs: the address when it agrees with the labels (keeps "Other" apart across categories), else the slug rule.
    const categorySlug = fromUrl && labelsFromSlugs(fromUrl.category, null).category === header.category ? fromUrl.category : slugify(header.category);
    const sameCategory = fromUrl !== null && categorySlug === fromUrl.category;
    if (header.subcategory === null && sameCategory) {
      // A copy that lost the "> Subcategory" half of the value (the ">" drawn by a style sheet): the address has it.
      return { category: header.category, subcategory: labelsFromSlugs(fromUrl.category, fromUrl.subcategory).subcategory, categorySlug, subcategorySlug: fromUrl.subcategory };
    }
    const subcategorySlug = header.subcategory === null ? null : sameCategory ? fromUrl.subcategory : slugify(header.subcategory);
    return { category: header.category, subcategory: header.subcategory, categorySlug, subcategorySlug };
  }
  const linkSlugs = doc.categoryLinks.map((href) => /\/decisions\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\/?(?:[?#].*)?$/i.exec(href)).filter(Boolean);
  const deepest = linkSlugs.find((m) => m![2]);
  const slugs = deepest ? { category: deepest[1]!.toLowerCase(), subcategory: deepest[2]!.toLowerCase() } : fromUrl;
  if (!slugs) return { category: null, subcategory: null, categorySlug: null, subcategorySlug: null };
  const labels = labelsFromSlugs(slugs.category, slugs.subcategory);
  return { ...labels, categorySlug: slugs.category, subcategorySlug: slugs.subcategory };
}
