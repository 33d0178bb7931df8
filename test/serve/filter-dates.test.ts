/**
 * One filter parser for totals and the explorer: a year or a month in the explorer's URL means what it means to
 * `lgsco totals --from/--to` (the first day as a start, the last day as an end).
 */
import { describe, expect, it } from 'vitest';
import { parseDateOption } from '../../src/cli/commands/totals.js';
import { BadRequest, parseFilters } from '../../src/serve/filters.js';

const filters = (query: string) => parseFilters(new URLSearchParams(query));

describe('explorer dates, as totals reads them', () => {
  it.each([
    ['2024', '2024'],
    ['2024-03', '2024-03'],
    ['2024-02', '2024-02'],
    ['2023-02', '2024-02'],
    ['2024-03-15', '2024-12'],
  ])('from=%s&to=%s', (from, to) => {
    const f = filters(`from=${from}&to=${to}`);
    expect(f.from).toBe(parseDateOption('--from', from, false));
    expect(f.to).toBe(parseDateOption('--to', to, true));
  });

  it('a year is its first and last day; a month its first and last (leap years too)', () => {
    expect(filters('from=2024&to=2024')).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(filters('from=2024-03&to=2024-03')).toMatchObject({ from: '2024-03-01', to: '2024-03-31' });
    expect(filters('to=2024-02').to).toBe('2024-02-29');
    expect(filters('to=2023-02').to).toBe('2023-02-28');
  });

  it.each(['2024-13', '24', '2024-02-30', 'March'])('"%s" is refused by both', (v) => {
    expect(() => filters(`from=${v}`)).toThrow(BadRequest);
    expect(() => parseDateOption('--from', v, false)).toThrow(/--from: expected a date/);
  });
});
