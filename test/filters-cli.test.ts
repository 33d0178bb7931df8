/**
 * Filters and orders that mean what they say (issue 15, points 6 and 8), through the built CLI on invented decisions
 * (filters-db.ts): --council names one body whole (a part of a name used to add up every body containing it); a name
 * of several bodies exits 2 listing them, of none exits 1 with the closest names; a backwards date range exits 2;
 * nothing found exits 1; years in date order; --sort; per-head figures only from --min-decisions decisions, the rest
 * apart; `show` with a reference over three arguments. `npm test` builds dist/ first.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFiltersDb, EBC, ECC, NBC } from './filters-db.js';
import { cli } from './run-cli.js';

type Row = { key: string; decisions: number; totalPence: number; recommendedPence: number; population?: number | null; perHundredThousandPence?: number | null; belowMinDecisions?: boolean };

let db: string;
const totals = (...args: string[]): Row[] => {
  const r = cli(['totals', '--db', db, '--format', 'json', ...args]);
  if (r.code !== 0) throw new Error(`totals ${args.join(' ')}: exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Row[];
};
const keys = (...args: string[]): string[] => totals(...args).map((r) => r.key);

beforeAll(() => {
  db = buildFiltersDb();
}, 60_000);

describe('--council selects one body by a whole name', () => {
  it('a body by its name, case aside, and only that body, in every grouping', () => {
    expect(totals('--council', EBC)).toEqual([expect.objectContaining({ key: EBC, decisions: 6, totalPence: 120000 })]);
    expect(totals('--council', EBC.toUpperCase())).toEqual(totals('--council', EBC));
    const byYear = totals('--by', 'year', '--council', NBC);
    expect(byYear.reduce((s, r) => s + r.totalPence, 0)).toBe(90000);
    expect(byYear.reduce((s, r) => s + r.decisions, 0)).toBe(5);
  });

  it('a part of a name adds up nothing: exit 1, one line, the bodies it might mean', () => {
    for (const part of ['Borough', 'Exampleton', 'Council']) {
      const r = cli(['totals', '--db', db, '--council', part]);
      expect(r.code, part).toBe(1);
      expect(r.stdout, part).toBe('');
      expect(r.stderr.trim().split('\n'), part).toHaveLength(1);
      expect(r.stderr, part).toMatch(new RegExp(`^Error: --council: no council or organisation is named "${part}"`));
    }
    const borough = cli(['totals', '--db', db, '--council', 'Borough']).stderr;
    // The bodies the database names come first.
    expect(borough).toMatch(new RegExp(`did you mean "(${EBC}|${NBC})", "(${EBC}|${NBC})"`));
    expect(cli(['totals', '--db', db, '--council', 'Exampleton']).stderr).toMatch(new RegExp(`did you mean "(${EBC}|${ECC})", "(${EBC}|${ECC})"`));
  });

  it('a misspelt name: exit 1 with the closest name first', () => {
    const r = cli(['totals', '--db', db, '--council', 'Exampletn Borough Council', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`did you mean "${EBC}"`));
  });

  it('a name of several councils: exit 2 listing them (a former and a current authority share "Somerset")', () => {
    const r = cli(['totals', '--db', db, '--council', 'somerset', '--by', 'year']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('Error: --council: "somerset" is the name of 2 bodies: "Somerset Council", "Somerset County Council"; give one of these names');
    // Each of the names it lists is one council: nothing found here, but no usage error.
    const county = cli(['totals', '--db', db, '--council', 'Somerset County Council']);
    expect(county.code).toBe(1);
    expect(county.stderr.trim()).toBe('no decisions match these filters');
  });

  it('a council of the lookup by any of its names (here no decisions: nothing found, exit 1)', () => {
    for (const name of ['Kent', 'Kent County Council', 'kent county council']) {
      const r = cli(['totals', '--db', db, '--council', name]);
      expect(r.code, name).toBe(1);
      expect(r.stderr.trim(), name).toBe('no decisions match these filters');
    }
  });
});

describe('dates and nothing found', () => {
  it.each([
    [['--from', '2025', '--to', '2024'], 'Error: --from 2025-01-01 is after --to 2024-12-31: no decision can be in that range'],
    [['--from', '2025-06-01', '--to', '2025-05-31'], 'Error: --from 2025-06-01 is after --to 2025-05-31: no decision can be in that range'],
    [['--from', '2025-03', '--to', '2025-02', '--format', 'csv'], 'Error: --from 2025-03-01 is after --to 2025-02-28: no decision can be in that range'],
  ])('a backwards range is a usage error naming both flags: %j', (args, message) => {
    const r = cli(['totals', '--db', db, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(message);
  });

  it('a range of one day is fine', () => {
    expect(totals('--from', '2025-04-04', '--to', '2025-04-04')).toEqual([expect.objectContaining({ key: ECC, decisions: 1 })]);
  });

  it.each(['table', 'csv', 'json'])('totals that find nothing exit 1 with one line on stderr (--format %s)', (format) => {
    const r = cli(['totals', '--db', db, '--category', 'Planning', '--format', format]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('no decisions match these filters');
    if (format === 'json') expect(JSON.parse(r.stdout)).toEqual([]);
    if (format === 'csv') expect(r.stdout.trim().split('\n')).toHaveLength(1); // the header only
    if (format === 'table') expect(r.stdout).toBe('');
  });

  it.each(['text', 'csv', 'json'])('search that finds nothing exits 1 with one line on stderr (--format %s)', (format) => {
    const r = cli(['search', 'xylophone', '--db', db, '--format', format]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('no decisions match "xylophone"');
    const found = cli(['search', 'delayed', '--db', db, '--format', format]);
    expect(found.code).toBe(0);
    expect(found.stderr).toBe('');
  });
});

describe('orders', () => {
  it('by year: years in date order, "(no date)" last, in the table, CSV and JSON', () => {
    expect(keys('--by', 'year')).toEqual(['2023', '2024', '2025', '(no date)']);
    const csv = cli(['totals', '--db', db, '--by', 'year', '--format', 'csv']).stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0]);
    expect(csv).toEqual(['2023', '2024', '2025', '(no date)']);
    const table = cli(['totals', '--db', db, '--by', 'year']).stdout.split('\n').map((l) => l.split(/\s{2,}/)[0]);
    expect(table.filter((k) => /^\d{4}$|^\(no date\)$/.test(k!))).toEqual(['2023', '2024', '2025', '(no date)']);
  });

  it('--sort key|total|recommended|decisions', () => {
    expect(keys('--by', 'year', '--sort', 'total')).toEqual(['2025', '2024', '2023', '(no date)']);
    expect(keys()).toEqual([ECC, EBC, NBC]); // by money, the default by council
    expect(keys('--sort', 'key')).toEqual([EBC, ECC, NBC]);
    expect(keys('--sort', 'decisions')).toEqual([EBC, NBC, ECC]);
    expect(keys('--sort', 'recommended')).toEqual([ECC, EBC, NBC]);
    expect(keys('--by', 'outcome', '--sort', 'key')).toEqual(['closed_after_initial_enquiries', 'not_upheld', 'upheld']);
    // --limit takes the first rows of the order asked for.
    expect(keys('--by', 'year', '--limit', '2')).toEqual(['2023', '2024']);
  });

  it('--sort and --min-decisions usage errors exit 2', () => {
    for (const args of [['--sort', 'money'], ['--sort', 'per-capita'], ['--min-decisions', '3'], ['--per-capita', '--min-decisions', '0']]) {
      const r = cli(['totals', '--db', db, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(cli(['totals', '--db', db, '--sort', 'per-capita']).stderr).toMatch(/--sort per-capita needs --per-capita/);
  });

  it('per head: sorted per head; councils with fewer than 5 decisions get no figure and come after, marked', () => {
    const rows = totals('--per-capita');
    expect(rows.map((r) => [r.key, r.perHundredThousandPence, r.belowMinDecisions])).toEqual([
      [NBC, 180000, false],
      [EBC, 60000, false],
      [ECC, null, true],
    ]);
    expect(rows[2]!.population).toBe(1_000_000);
    // Sorted by total, the ranked councils still come before the rest.
    expect(keys('--per-capita', '--sort', 'total')).toEqual([EBC, NBC, ECC]);
    // --min-decisions 2 ranks the county: £5,000 over 1,000,000 residents is £500 per 100,000.
    expect(totals('--per-capita', '--min-decisions', '2').map((r) => [r.key, r.perHundredThousandPence])).toEqual([
      [NBC, 180000],
      [EBC, 60000],
      [ECC, 50000],
    ]);
    const csv = cli(['totals', '--db', db, '--per-capita', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]!.split(',').slice(-4)).toEqual(['population', 'per_100k_pence', 'per_100k_pounds', 'below_min_decisions']);
    expect(csv.slice(1).map((l) => l.split(',').slice(-3).join(','))).toEqual(['180000,1800.00,false', '60000,600.00,false', ',,true']);
  });

  it('per head table: the rest below a rule, marked, with a note; the chart leaves them out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-chart-'));
    const chart = join(dir, 'per-head.svg');
    const r = cli(['totals', '--db', db, '--per-capita', '--chart', chart]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const at = (name: string): number => lines.findIndex((l) => l.startsWith(name));
    expect(at(NBC)).toBeLessThan(at(EBC));
    expect(lines[at(EBC) + 1]).toMatch(/^-+ {2}-+/); // the rule between the ranked councils and the rest
    expect(lines[at(ECC)]).toMatch(/£5,000\s+£5,000\s+—\s+< 5 decisions$/);
    expect(lines.at(-1)).toBe('PER 100K only for councils with 5 or more decisions (--min-decisions): the rows below the line have fewer ("< 5 decisions") or no population (—), and are not ranked.');
    const svg = readFileSync(chart, 'utf8');
    expect(svg).toContain(`${NBC}: £1,800`);
    expect(svg).toContain(`${EBC}: £600`);
    expect(svg).not.toContain(ECC);
    expect(svg.indexOf(NBC)).toBeLessThan(svg.indexOf(EBC));
  });

  it('the chart follows the table order: years in date order', () => {
    const chart = join(mkdtempSync(join(tmpdir(), 'lgsco-chart-')), 'years.svg');
    expect(cli(['totals', '--db', db, '--by', 'year', '--chart', chart]).code).toBe(0);
    const svg = readFileSync(chart, 'utf8');
    const order = ['2023', '2024', '2025'].map((y) => svg.indexOf(`<title>${y}:`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('--help documents --sort, its default per grouping, --min-decisions and whole names', () => {
    const help = cli(['totals', '--help']).stdout;
    expect(help).toMatch(/--sort <order>/);
    expect(help).toMatch(/--min-decisions <n>/);
    expect(help).toMatch(/years in date order/);
    expect(help).toMatch(/"Borough" matches nothing/);
    expect(cli(['search', '--help']).stdout).toMatch(/Exit status 1 when nothing matches/);
  });
});

describe('show', () => {
  it('a reference over three arguments is the reference', () => {
    const split = cli(['show', '99', '701', '003', '--db', db]);
    expect(split.code).toBe(0);
    expect(split.stdout).toBe(cli(['show', '99 701 003', '--db', db]).stdout);
    expect(split.stdout).toContain('Reference      99 701 003');
    expect(JSON.parse(cli(['show', '99', '701', '003', '--json', '--db', db]).stdout).caseRef).toBe('99 701 003');
    const missing = cli(['show', '99', '701', '999', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: no decision "99 701 999"/);
  });
});
