/**
 * cleanPdfText on strings: page furniture removed, words hyphenated at a line end rejoined, paragraph numbers that
 * stand in a column of their own put back at the start of their paragraphs. Generated and real PDF letters are in
 * pdf-letters.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cleanPdfText } from '../../src/read/pdf-text.js';

const P = '-- 1 of 1 --';
const page = (n: number, of: number): string => `\n-- ${n} of ${of} --\n\n`;

describe('cleanPdfText on strings', () => {
  it.each([
    ['pdf-parse separators go', `a line\n${page(1, 2)}another line${page(2, 2)}`, 'a line\nanother line'],
    ['form feeds split pages as pdftotext gives them', 'Final decision\nfirst page\n\fFinal decision 2\nsecond page\n\f', 'Final decision\nfirst page\nsecond page'],
    ['a blank first page keeps the printed numbers right', `${page(1, 3)}1\n3 March 2025${page(2, 3)}Final decision 2\nbody${page(3, 3)}`, '3 March 2025\nbody'],
    ['"Final decision N" at the bottom edge', `one.${page(1, 2)}two.\nFinal decision 2${page(2, 2)}`, 'one.\ntwo.'],
    ['the draft footer', `one.${page(1, 2)}Draft decision for your comments 2\ntwo.${page(2, 2)}`, 'one.\ntwo.'],
    ['"Final decision" without a number is a heading and stays', `text.${page(1, 2)}Final decision 2\nFinal decision\n13. There was fault.${page(2, 2)}`, 'text.\nFinal decision\n13. There was fault.'],
    ['"Final decision N" that is not the page number stays', `Final decision 7\ntext.${page(1, 1)}`, 'Final decision 7\ntext.'],
    ['"Page N of M" anywhere at an edge', `Page 1 of 2\nfirst.${page(1, 2)}second.\nPage 2 of 2${page(2, 2)}`, 'first.\nsecond.'],
    ['"N of M" and "- N -" page numbers', `first.\n1 of 2${page(1, 2)}- 2 -\nsecond.${page(2, 2)}`, 'first.\nsecond.'],
    ['bare page numbers at the edges', `1\nfirst.${page(1, 2)}second.\n2${page(2, 2)}`, 'first.\nsecond.'],
    ['a bare number that is not the page number stays', `first.${page(1, 2)}second.\n250${page(2, 2)}`, 'first.\nsecond.\n250'],
    ['body lines that start with a number stay', `1\n15 January 2016\n2013 which he said.${page(1, 2)}Final decision 2\n26A(1))\n8 November.${page(2, 2)}`, '15 January 2016\n2013 which he said.\n26A(1))\n8 November.'],
    ['a running header without a number, on most pages', `OFFICIAL\none.${page(1, 3)}OFFICIAL\ntwo.${page(2, 3)}OFFICIAL\nthree.${page(3, 3)}`, 'one.\ntwo.\nthree.'],
    ['a running header with a tab from pdf-parse', `one.${page(1, 3)}Final decision\t2\ntwo.${page(2, 3)}Final decision\t3\nthree.${page(3, 3)}`, 'one.\ntwo.\nthree.'],
    ['a line repeated at edges that ends a sentence is body text', `the Council.\none.${page(1, 2)}the Council.\ntwo.${page(2, 2)}`, 'the Council.\none.\nthe Council.\ntwo.'],
    ['a paragraph split by a page break reads on with no gap', `5. Section 52(4) says the acquiring authority take possession${page(1, 2)}Final decision 2\nof the land to which the compensation relates.${page(2, 2)}`, '5. Section 52(4) says the acquiring authority take possession\nof the land to which the compensation relates.'],
    [
      'pdftotext splits the footer in two at the foot; a "Final decision" heading opening a page stays',
      `one.\n\n1\n\ftwo.\n\nFinal decision\n\n2\n\fFinal decision\n13. There was fault.\n\nFinal decision\n\n3\n\f`,
      'one.\ntwo.\nFinal decision\n13. There was fault.',
    ],
    ['CRLF', `first line\r\nsecond line\r\n${P}\r\n`, 'first line\nsecond line'],
    ['lines are not reflowed', 'a short line\nand another\n\nafter a gap', 'a short line\nand another\n\nafter a gap'],
  ])('%s', (_name, raw, want) => {
    expect(cleanPdfText(raw)).toBe(want);
  });
});

describe('rejoining words hyphenated at a line end', () => {
  it.each([
    ['a word broken by the line end', 'payment of compen-\nsation relates to the land.', 'payment of compensation\nrelates to the land.'],
    ['the fragment alone on the next line', 'payment of compen-\nsation\nrelates.', 'payment of compensation\nrelates.'],
    ['punctuation stays with the fragment', 'the compen-\nsation, she said.', 'the compensation,\nshe said.'],
    ['a soft hyphen always goes', 'the compen\u00AD\nsation paid', 'the compensation\npaid'],
    ['"self-" + "funding": a compound prefix keeps its hyphen', 'charged as a self-\nfunding resident', 'charged as a self-funding\nresident'],
    ['"long-" + "term"', 'a long-\nterm vacancy', 'a long-term\nvacancy'],
    ['"co-" + "ordinated"', 'a co-\nordinated approach', 'a co-ordinated\napproach'],
    ['"non-" + "residential"', 'for non-\nresidential care', 'for non-residential\ncare'],
    ['a known second part: "council-" + "run"', 'a council-\nrun home', 'a council-run\nhome'],
    ['an already hyphenated word: "day-to-" + "day"', 'her day-to-\nday care', 'her day-to-day\ncare'],
    ['a capital after the hyphen: "mid-" + "January"', 'until mid-\nJanuary 2024', 'until mid-January\n2024'],
    ['a year range', 'in 2015-\n16 the Council', 'in 2015-16\nthe Council'],
    ['the document spells it hyphenated elsewhere', 'the re-assessment was late. A re-\nassessment followed.', 'the re-assessment was late. A re-assessment\nfollowed.'],
    ['the document spells it whole elsewhere', 'no coordination. Poor co-\nordination followed.', 'no coordination. Poor coordination\nfollowed.'],
    ['a dash at a line end is not a hyphen', 'the Council –\nand its agent', 'the Council –\nand its agent'],
    ['a hyphen after a space is not a hyphen', 'the Council -\nand its agent', 'the Council -\nand its agent'],
    ['a blank line between stops the join', 'the end of a para-\n\ngraph', 'the end of a para-\n\ngraph'],
  ])('%s', (_name, raw, want) => {
    expect(cleanPdfText(raw)).toBe(want);
  });
});

describe('paragraph numbers standing in a column of their own', () => {
  it.each([
    ['pdf-parse joins a number and its text on one baseline with a space: kept', '1. Ms B complains.\n2. The Council says.', '1. Ms B complains.\n2. The Council says.'],
    ['a number alone on its line, the text on the next', 'The complaint\n1.\nMs B complains about the delay.\nWhat I found\n2.\nThe Council says it was busy.', 'The complaint\n1. Ms B complains about the delay.\nWhat I found\n2. The Council says it was busy.'],
    ['a bare number alone on its line, in sequence', 'The complaint\n1. Ms B complains.\n2\nThe Council says it was busy.', 'The complaint\n1. Ms B complains.\n2. The Council says it was busy.'],
    ['a tab between number and text', '11. The Council agreed.\n12.\tIt will pay Ms B £300.', '11. The Council agreed.\n12. It will pay Ms B £300.'],
    ['the number drawn after its text', '11. The Council agreed.\nIt will pay Ms B £300.\t12.', '11. The Council agreed.\n12. It will pay Ms B £300.'],
    ['a number set tight against its text', '11. The Council agreed.\n12.It will pay Ms B £300.', '11. The Council agreed.\n12. It will pay Ms B £300.'],
    [
      "a page's numbers in a run before its text",
      'were late.\n6.\n7.\nThe Council accepted the delay was fault and it has\napologised.\nThe Council will pay Ms B £300.',
      'were late.\n6. The Council accepted the delay was fault and it has\napologised.\n7. The Council will pay Ms B £300.',
    ],
    [
      "a page's numbers in a run after its text, the page starting mid-paragraph",
      'the Council said\nthat it would decide in May.\nThe Council accepted the delay was fault and it has\napologised.\nWhat I found\nThe Council will pay Ms B £300.\n6.\n7.',
      'the Council said\nthat it would decide in May.\n6. The Council accepted the delay was fault and it has\napologised.\nWhat I found\n7. The Council will pay Ms B £300.',
    ],
    [
      'a numbered run skips the quotation after "says:"',
      'The Council says:\n“We will audit every site.”\nThe audit has begun.\n15.\n16.',
      '15. The Council says:\n“We will audit every site.”\n16. The audit has begun.',
    ],
    [
      'pdftotext: a number alone with blank lines around it',
      'The complaint\n1.\n\nMs B complains the Council took eleven months to assess her care needs.\n\nWhat I found\n2.\n\nThe Council says it was busy.',
      'The complaint\n1. Ms B complains the Council took eleven months to assess her care needs.\n\nWhat I found\n2. The Council says it was busy.',
    ],
    [
      "pdftotext: a column's numbers in a run before their paragraphs, a heading among them",
      'What I found\n\n4.\n\n5.\n\nCare Act 2014\nSection 18 of the Care Act 2014 says that the Council must meet needs for care\nand support in some cases.\nSection 18(3) says the duty applies whatever the person’s means are.\n6.\n\nThe Council agreed.',
      'What I found\n\nCare Act 2014\n4. Section 18 of the Care Act 2014 says that the Council must meet needs for care\nand support in some cases.\n5. Section 18(3) says the duty applies whatever the person’s means are.\n6. The Council agreed.',
    ],
    ['numbers without full stops: "12 The…" in sequence', 'The complaint\n1 Ms B complains.\n2 The Council says it was busy.', 'The complaint\n1. Ms B complains.\n2. The Council says it was busy.'],
    ['a date line is not a number column', '1 March 2016\nComplaint reference:', '1 March 2016\nComplaint reference:'],
    ['a line that starts with a number inside a numbered letter stays', '3. The Council wrote on\n4 November. It said no.\n4. Mr A replied.', '3. The Council wrote on\n4 November. It said no.\n4. Mr A replied.'],
    ['a year alone on a line is not a paragraph number', '3. The Council wrote in\n2013\nto say no.', '3. The Council wrote in\n2013\nto say no.'],
  ])('%s', (_name, raw, want) => {
    expect(cleanPdfText(raw)).toBe(want);
  });
});
