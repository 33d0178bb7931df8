/** Escaping and slugs as the LGSCO site writes them. Shared by every part of the page renderer. */

/** HTML-escape text for element content and double-quoted attribute values (the apostrophe stays as it is). */
export function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** As escapeHtml, and the apostrophe as `&#39;`, as the site's templates write labels ("Children&#39;s care services"). */
export function escapeLabel(s) {
  return escapeHtml(s).replace(/'/g, '&#39;');
}

/** The site's slug rule: lower case, each run of non-alphanumerics → "-" ("Children's care services" → "children-s-care-services"). */
export function slugify(label) {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
