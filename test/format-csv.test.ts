/** The one CSV writer (src/format/csv.ts): RFC 4180 quoting, OWASP's formula rule, exact pounds, the BOM. */
import { describe, expect, it } from 'vitest';
import { BOM, CsvDecimal, csvDocument, csvField, csvTable, poundsOf, withPoundsColumns } from '../src/format/csv.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['- apologise to Mr X', "'- apologise to Mr X"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ["'=1", "''=1"],
    ["'quoted'", "'quoted'"],
    ['', ''],
    ['£1,250', '"£1,250"'],
  ])('text %j → %j', (value, out) => {
    expect(csvField(value)).toBe(out);
  });

  it.each([
    [-5, '-5'],
    [-1.5, '-1.5'],
    [0, '0'],
    [12n, '12'],
    [-12n, '-12'],
  ])('number %s is written as it is: %s', (value, out) => {
    expect(csvField(value)).toBe(out);
  });

  it('an exact decimal is a number (never neutralised); null and undefined are empty; objects are JSON', () => {
    expect(csvField(new CsvDecimal('-5.00'))).toBe('-5.00');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvField(true)).toBe('true');
  });
});

describe('poundsOf: whole pence as exact pounds', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [1250, '12.50'],
    [123456, '1234.56'],
    [-5, '-0.05'],
    [-500, '-5.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
    [10n ** 20n + 1n, '1000000000000000000.01'],
  ])('%s pence → %s', (pence, pounds) => {
    expect(poundsOf(pence)?.text).toBe(pounds);
  });

  it.each([null, undefined, '', 'abc', Number.NaN])('%j → no value (an empty cell)', (v) => {
    expect(poundsOf(v)).toBeNull();
  });
});

describe('csvTable', () => {
  it('puts X_pounds after each X_pence column, fills it from the pence, and marks a BOM only when asked', () => {
    expect(withPoundsColumns(['case_ref', 'amount_pence', 'per_100k_pence', 'pence'])).toEqual(['case_ref', 'amount_pence', 'amount_pounds', 'per_100k_pence', 'per_100k_pounds', 'pence']);
    const table = csvTable(['payee', 'amount_pence']);
    expect(table.columns).toEqual(['payee', 'amount_pence', 'amount_pounds']);
    expect(table.header()).toBe('payee,amount_pence,amount_pounds\n');
    expect(table.line({ payee: '-Mr X', amount_pence: -500 })).toBe("'-Mr X,-500,-5.00\n");
    expect(table.line({ payee: null, amount_pence: null })).toBe(',,\n');
    expect(csvTable(['x'], { bom: true }).header()).toBe(`${BOM}x\n`);
    expect(csvDocument(['amount_pence'], [{ amount_pence: 1 }], { pounds: false })).toBe('amount_pence\n1\n');
  });
});
