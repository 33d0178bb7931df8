/**
 * The head of a text document (saved page text, a PDF letter's text): the title line, the header fields and the
 * final/draft marker, found by their labels wherever they stand. Real sources lay the same head out in many ways:
 *
 *   web page text        "Category : Adult care services > Charging"           label and value on one line
 *   scraper text         "Category :" / "Adult care services" / ">" / "Charging"   every element on its own line
 *   decision letter      "15 January 2016" / "Complaint reference:" / "14 019 995" / "Complaint against:" / "…"
 *
 * so a field is its label followed by a value on the same line (with or without " : ") or on the next non-blank line,
 * in any order. A value is taken only when it has the shape of that field (a reference, a date, an outcome…), so a
 * label-like word in a menu or a heading ("Decision" over a paragraph) is left alone.
 */
import {
  BARE_REF_TITLE_RE,
  FINAL_DECISION_RE,
  headingKey,
  isKnownHeading,
  OVERVIEW_RE,
  SUMMARY_INLINE_RE,
  TITLE_RE,
} from './patterns.js';

/** A head label, alone or followed by its value: "Decision date :", "Complaint reference: 14 019 995", "Category". */
const LABEL_RE =
  /^(category|decision date|date of decision|decision|outcome|complaint reference|our reference|reference|complaint against|complaint about|date)\s*(?::\s*(.*)|\s+(\S.*))?$/i;
/** A reference as printed or in an address: "14 019 995", "14-019-995", "00 011 207a". */
const REF_VALUE_RE = /^\(?\s*(\d{2})[ -]?(\d{3})[ -]?(\d{3})\s?([a-z]?)\s*\)?\.?$/i;
/** A line that is only a date, as a letter opens: "15 January 2016", "3rd March 2021", "March 3, 2021", "03/03/2021". */
const DATE_LINE_RE =
  /^(?:\d{1,2}(?:st|nd|rd|th)?[\s-]+[A-Za-z]{3,9}\.?[\s-]+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})$/;
/** The outcomes a Decision value can take (and old variants), so a bare "Decision" label takes only these. */
const OUTCOME_VALUE_RE = /^(?:upheld|not upheld|partly upheld|closed after initial enquiries|closed|not investigated|upheld:.*|not upheld:.*)\.?$/i;
/** "(22 001 239)" alone on a line: a title whose name stood on the line before (a heading split by its markup). */
const REF_ONLY_TITLE_RE = /^\(\s*\d{2}[ -]?\d{3}[ -]?\d{3}\s?[a-z]?\s*\)$/i;
/** A numbered paragraph ("1. The complainant…"): the body has begun. */
const NUMBERED_LINE_RE = /^\d{1,3}[.)]\s+\S/;
/** A category value split over lines: a ">" alone, a line starting with ">", or a value ending with ">". */
const CATEGORY_JOIN_RE = /^>|>$/;
/** Words a body's name may end with over a line break ("London Borough of" / "Southwark"). */
const OPEN_NAME_END_RE = /(?:\b(?:and|of|the|upon|on|for)|[,&])$/i;

/** How far the head reaches: a title, fields and markers sit within the first lines after the first of them. */
const HEAD_SPAN = 40;
/** A title further down than this is body text quoting one, not the page's title. */
const TITLE_SEARCH = 400;
/** Head fields may stand a few lines before the title (a scraper that puts the h1 after the field list). */
const BEFORE_TITLE = 12;
/** With no title, a head must begin within this many lines (a site's menus and banner before it), or there is none. */
const NO_TITLE_SEARCH = 300;

/** What a document's head says. Field keys: category, decision, decision date, complaint reference, complaint against, letter date. */
export interface Head {
  /** The title line ("Organisation (NN NNN NNN)" or a bare reference); null when there is none. */
  title: string | null;
  fields: Record<string, string>;
  /** The "The Ombudsman's final decision" / "draft decision" marker was seen; `stage` says which. */
  finalDecisionLine: boolean;
  stage: 'final' | 'draft';
  /** First line of the head; lines before it are preamble (cookie banners, menus, a page number). -1: no head. */
  start: number;
  /** Lines the head used up (labels, values, title, marker): the body reader skips them. */
  consumed: Set<number>;
}

/** Normalise a label to its field key: "Date of decision" → "decision date"; "Outcome" → "decision". */
function labelKey(label: string): string {
  const key = label.toLowerCase().replace(/\s+/g, ' ');
  if (key === 'date of decision' || key === 'date') return 'decision date';
  if (key === 'outcome') return 'decision';
  if (key === 'reference' || key === 'our reference') return 'complaint reference';
  if (key === 'complaint about') return 'complaint against';
  return key;
}

/** True when a line is where the decision body begins: the head cannot reach past it. */
function isBodyStart(line: string): boolean {
  if (SUMMARY_INLINE_RE.test(line) || NUMBERED_LINE_RE.test(line) || OVERVIEW_RE.test(line)) return true;
  if (line.length > 60 || LABEL_RE.test(line)) return false;
  const key = headingKey(line);
  return key !== 'decision' && key !== 'final decision' && isKnownHeading(line);
}

/** Whether `value` has the shape of the field `key`; `bare`: the label had no colon, so be strict. */
function fits(key: string, value: string, bare: boolean): boolean {
  if (value === '' || value.length > 200 || LABEL_RE.test(value) || FINAL_DECISION_RE.test(value)) return false;
  switch (key) {
    case 'complaint reference':
      return REF_VALUE_RE.test(value);
    case 'decision date':
      return DATE_LINE_RE.test(value.replace(/\.$/, ''));
    case 'decision':
      return bare ? OUTCOME_VALUE_RE.test(value) : value.length <= 80;
    case 'category':
      return value.length <= 120 && !/[.;:]$/.test(value);
    case 'complaint against':
      return !/[.;:]$/.test(value) && !isBodyStart(value);
    default:
      return false;
  }
}

/** True when a line is a title line: "Organisation (NN NNN NNN)" or a bare reference. */
export function isTitleText(text: string): boolean {
  return text.length < 400 && (TITLE_RE.test(text) || BARE_REF_TITLE_RE.test(text));
}

/**
 * Read the head of a document from `lines` (trimmed, blank lines allowed) starting at `from`. Source precedence is
 * left to the extractors: this only reports what each label says.
 */
export function readHead(lines: readonly string[], from = 0): Head {
  const head: Head = { title: null, fields: {}, finalDecisionLine: false, stage: 'final', start: -1, consumed: new Set() };
  const next = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    return j;
  };

  // The title, if any, anchors the head: anything well before it is preamble.
  let titleAt = -1;
  for (let i = from, seen = 0; i < lines.length && seen < TITLE_SEARCH; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    seen++;
    if (isTitleText(line)) {
      titleAt = i;
      break;
    }
    const j = next(i);
    if (j < lines.length && REF_ONLY_TITLE_RE.test(lines[j]!.trim()) && line.length < 200 && !/[.:;]$/.test(line)) {
      titleAt = i;
      break;
    }
  }
  let scanFrom = from;
  if (titleAt >= 0) {
    // Fields may stand just before the title: start the scan a few non-blank lines above it.
    let back = titleAt;
    for (let k = 0; k < BEFORE_TITLE && back > from; ) {
      back--;
      if (lines[back]!.trim() !== '') k++;
    }
    scanFrom = back;
  }

  let span = 0;
  let before = 0;
  const take = (i: number): void => {
    head.consumed.add(i);
    if (head.start < 0 || i < head.start) head.start = i;
  };
  for (let i = scanFrom; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (head.start >= 0 && ++span > HEAD_SPAN) break;
    if (head.start < 0 && titleAt < 0 && ++before > NO_TITLE_SEARCH) break;
    if (i === titleAt) {
      const j = next(i);
      if (!isTitleText(line) && j < lines.length) {
        head.title = `${line} ${lines[j]!.trim()}`; // "Name" / "(22 001 239)"
        take(i);
        take(j);
        i = j;
      } else {
        head.title = line;
        take(i);
      }
      continue;
    }
    const marker = FINAL_DECISION_RE.exec(line);
    if (marker) {
      head.finalDecisionLine = true;
      if (marker[1]!.toLowerCase() === 'draft') head.stage = 'draft';
      take(i);
      continue;
    }
    // Before the title, only an unmistakable head line counts; after it (or with no title), the body ends the head.
    const afterTitle = titleAt < 0 || i > titleAt;
    if (afterTitle && isBodyStart(line)) break;
    const label = LABEL_RE.exec(line);
    if (label) {
      const key = labelKey(label[1]!);
      const colon = label[2] !== undefined;
      const inline = (label[2] ?? label[3] ?? '').trim();
      let value = inline;
      let end = i;
      if (value === '') {
        const j = next(i);
        if (j >= lines.length) continue;
        value = lines[j]!.trim();
        end = j;
      } else if (!colon && !fits(key, value, true)) {
        continue; // "Decision makers must…": a sentence, not a field
      }
      if (key === 'category') {
        // "Adult care services" / ">" / "Charging": join the pieces of a value split over lines.
        for (let guard = 0; guard < 4; guard++) {
          const j = next(end);
          if (j >= lines.length) break;
          const piece = lines[j]!.trim();
          if (!(CATEGORY_JOIN_RE.test(value) || CATEGORY_JOIN_RE.test(piece)) || LABEL_RE.test(piece)) break;
          value = `${value} ${piece}`;
          end = j;
        }
        value = value.replace(/\s*>\s*/g, ' > ').replace(/\s+/g, ' ').trim();
      }
      if (key === 'complaint against') {
        // A long name wrapped in a letter: "London Borough of" / "Southwark".
        const j = next(end);
        if (OPEN_NAME_END_RE.test(value) && j < lines.length && lines[j]!.trim().length < 80 && !LABEL_RE.test(lines[j]!.trim())) {
          value = `${value} ${lines[j]!.trim()}`;
          end = j;
        }
      }
      if (!fits(key, value, !colon)) continue;
      head.fields[key] ??= value; // a repeated header (report chapters) is used up but the first value stands
      for (let k = i; k <= end; k++) if (lines[k]!.trim() !== '') take(k);
      i = end;
      continue;
    }
    if (DATE_LINE_RE.test(line) && !('letter date' in head.fields)) {
      head.fields['letter date'] = line;
      take(i);
    }
  }
  return head;
}
