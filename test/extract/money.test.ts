import { describe, expect, it } from 'vitest';
import { findMoney, numberToPence, parseMoney, wordsToNumber } from '../../src/extract/money.js';

describe('parseMoney', () => {
  it.each([
    ['£1,250.50', 125050],
    ['£1300', 130000],
    ['£ 250', 25000],
    ['£2k', 200000],
    ['£2.5k', 250000],
    ['£1.2 million', 120000000],
    ['£50.00', 5000],
    ['£18.01', 1801],
    ['£1828.57', 182857],
    ['£4,364.44', 436444],
    ['£0.50', 50],
    ['£12.5', 1250],
    ['GBP 300', 30000],
    ['two hundred pounds', 20000],
    ['two hundred and fifty pounds', 25000],
    ['a thousand pounds', 100000],
    ['five thousand five hundred pounds', 550000],
    ['900 pounds', 90000],
    ['250.50 pounds', 25050],
    ['£200.000', null],
    ['£1,25', null],
    ['no money here', null],
  ])('%j → %j pence', (raw, pence) => {
    expect(parseMoney(raw)).toBe(pence);
  });
});

describe('findMoney', () => {
  const amounts = (text: string) => findMoney(text).map((m) => [m.raw, m.pence, m.per, m.range]);

  it('finds each amount of a breakdown apart (never merges "£1300 (£600 …")', () => {
    expect(amounts('a symbolic payment of £1300 (£600 for the delay, £400 for the lack of communication and £300 for the poor complaint handling).')).toEqual([
      ['£1300', 130000, null, false],
      ['£600', 60000, null, false],
      ['£400', 40000, null, false],
      ['£300', 30000, null, false],
    ]);
  });

  it.each([
    ['She offered £300.', [['£300', 30000, null, false]]],
    ['pay £1,000, and apologise', [['£1,000', 100000, null, false]]],
    ['a payment of £50 per month to recognise the frustration', [['£50', 5000, 'month', false]]],
    ['£350 a month', [['£350', 35000, 'month', false]]],
    ['£10 an hour for 465 hours', [['£10', 1000, 'hour', false]]],
    ['CTS of £18.01 a week', [['£18.01', 1801, 'week', false]]],
    ['£150 a month from March 2023', [['£150', 15000, 'month', false]]],
    ['£1,200 per annum', [['£1,200', 120000, 'year', false]]],
    ['between £100 and £300', [['£100', 10000, null, true], ['£300', 30000, null, true]]],
    ['£200-£500', [['£200', 20000, null, true], ['£500', 50000, null, true]]],
    ['£200 to £500', [['£200', 20000, null, true], ['£500', 50000, null, true]]],
    ['increase its offer from £250 to £500', [['£250', 25000, null, false], ['£500', 50000, null, false]]],
    ['pay £250 and £100', [['£250', 25000, null, false], ['£100', 10000, null, false]]],
    ['a 10% fee increase', []],
    ['she paid over 900 pounds for visits', [['900 pounds', 90000, null, false]]],
    ['offered the land for £200.000 without restriction', [['£200.000', null, null, false]]],
  ])('%j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  // The same amount in every way a decision writes it: figures with and without commas or pence, digits with
  // "pounds", words with "and", hyphens, a comma after the thousands, an article in front.
  it.each([
    ['pay Mrs X £1,000', 100000, '£1,000'],
    ['pay Mrs X £1000', 100000, '£1000'],
    ['pay Mrs X £1,000.00', 100000, '£1,000.00'],
    ['pay Mrs X 1,000 pounds', 100000, '1,000 pounds'],
    ['pay Mrs X 1000 pounds', 100000, '1000 pounds'],
    ['pay Mrs X one thousand pounds', 100000, 'one thousand pounds'],
    ['pay Mrs X a thousand pounds', 100000, 'a thousand pounds'],
    ['make a one thousand pound payment', 100000, 'one thousand pound'],
    ['make a one-thousand-pound payment', 100000, 'one-thousand-pound'],
    ['In total he has paid two hundred and forty pounds.', 24000, 'two hundred and forty pounds'],
    ['In total he has paid £240.', 24000, '£240'],
    ['make a one hundred and fifty pounds payment', 15000, 'one hundred and fifty pounds'],
    ['make a one hundred and fifty-pound payment', 15000, 'one hundred and fifty-pound'],
    ['make a hundred and fifty pounds payment', 15000, 'a hundred and fifty pounds'],
    ['make a £150 payment', 15000, '£150'],
    ['make a two hundred pound payment', 20000, 'two hundred pound'],
    ['pay a fifty pound fee', 5000, 'fifty pound'],
    ['pay her one thousand, two hundred and forty pounds', 124000, 'one thousand, two hundred and forty pounds'],
    ['pay her one thousand two hundred and forty pounds', 124000, 'one thousand two hundred and forty pounds'],
    ['pay her £1,240', 124000, '£1,240'],
    ['pay her twelve hundred pounds', 120000, 'twelve hundred pounds'],
    ['pay her one thousand and forty pounds', 104000, 'one thousand and forty pounds'],
    ['pay her one million pounds', 100000000, 'one million pounds'],
    ['pay her ninety-nine pounds and fifty pence', 9950, 'ninety-nine pounds and fifty pence'],
    ['pay her 99 pounds and 50 pence', 9950, '99 pounds and 50 pence'],
  ])('%j → %j pence from %j', (text, pence, raw) => {
    expect(findMoney(text).map((m) => [m.raw, m.pence])).toEqual([[raw, pence]]);
  });

  it.each([
    'it cost her several hundred pounds',
    'it cost her a few hundred pounds',
    'it cost her hundreds of pounds',
    'thousands of pounds were spent',
    'one and a half thousand pounds',
  ])('%j holds no figure (a vague or unreadable sum is not read as one)', (text) => {
    expect(findMoney(text)).toEqual([]);
  });

  it('an "and" between two amounts belongs to neither', () => {
    expect(findMoney('pay her £100 and two hundred pounds').map((m) => m.raw)).toEqual(['£100', 'two hundred pounds']);
  });

  it('gives positions that slice back to the mention', () => {
    const text = 'Pay Mr X £1,000 and Mrs X £500.';
    for (const m of findMoney(text)) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });
});

describe('number helpers', () => {
  it.each([
    ['two hundred and fifty', 250],
    ['one thousand two hundred', 1200],
    ['twenty-five', 25],
    ['a hundred', 100],
    ['one thousand, two hundred and forty', 1240],
    ['two hundred thousand', 200000],
    ['one million two hundred thousand', 1200000],
    ['a one hundred and fifty', null],
    ['lots', null],
  ])('wordsToNumber(%j) = %j', (w, n) => {
    expect(wordsToNumber(w)).toBe(n);
  });

  it.each([
    ['1,250.50', undefined, 125050],
    ['2', 'k', 200000],
    ['1.5', 'million', 150000000],
    ['12,34', undefined, null],
  ])('numberToPence(%j, %j) = %j', (f, s, p) => {
    expect(numberToPence(f, s)).toBe(p);
  });
});
