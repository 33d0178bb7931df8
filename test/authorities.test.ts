import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORITIES_JSON, findProjectRoot, loadAuthorityIndex, lookupAuthority } from '../src/authorities/index.js';
import { matchAuthority, normaliseAuthorityName } from '../src/authorities/match.js';
import { HAS_SHARED, ROOT, SHARED, SHARED_SKIP_MESSAGE } from './helpers.js';

/** A council as titles name it; a town, parish or community council is not a local authority. */
const COUNCIL_NAME_RE = /\bCouncil\b|^(?:London|Royal) Borough of\b/i;
const LOCAL_COUNCIL_RE = /\b(?:Town|Parish|Community|Neighbourhood|Village)\s+Council\b/i;

/** Every organisation in the labelled fixtures (/work/shared/fixtures/labels), with its authority or null. */
const FIXTURE_ORGANISATIONS: [name: string, code: string | null, gss: string | null][] = [
  ['Avery Homes (Nelson) Limited', null, null],
  ['Birmingham City Council', 'BIR', 'E08000025'],
  ['Bluebird Care AKA BenJeMax Limited', null, null],
  ['Bournemouth, Christchurch and Poole Council', 'BPC', 'E06000058'],
  ['Buckinghamshire Council', 'BUC', 'E06000060'],
  ['Central Bedfordshire Council', 'CBF', 'E06000056'],
  ['Charnwood Borough Council', 'CHA', 'E07000130'],
  ['Cherry Acre Residential Home', null, null],
  ['Cheshire East Council', 'CHE', 'E06000049'],
  ['Cheshire West & Chester Council', 'CHW', 'E06000050'],
  ['Chiltern District Council', 'CHN', 'E07000005'],
  ['City Of Bradford Metropolitan District Council', 'BRD', 'E08000032'],
  ['City of Bradford Metropolitan District Council', 'BRD', 'E08000032'],
  ['Cornwall Council', 'CON', 'E06000052'],
  ['Croft Residential Limited', null, null],
  ['Cumbria County Council', 'CMA', 'E10000006'],
  ['Derby City Council', 'DER', 'E06000015'],
  ['Derbyshire County Council', 'DBY', 'E10000007'],
  ['Devon County Council', 'DEV', 'E10000008'],
  ['Essex County Council', 'ESS', 'E10000012'],
  ['Gedling Borough Council', 'GED', 'E07000173'],
  ['Gloucestershire County Council', 'GLS', 'E10000013'],
  ['Hampshire County Council', 'HAM', 'E10000014'],
  ['Hertfordshire County Council', 'HRT', 'E10000015'],
  ['Kent County Council', 'KEN', 'E10000016'],
  ['Kingston Upon Hull City Council', 'KHL', 'E06000010'],
  ['Lancashire County Council', 'LAN', 'E10000017'],
  ['Leeds City Council', 'LDS', 'E08000035'],
  ['Leicester City Council', 'LCE', 'E06000016'],
  ['Leicestershire County Council', 'LEC', 'E10000018'],
  ['Lincolnshire County Council', 'LIN', 'E10000019'],
  ['Liverpool City Council', 'LIV', 'E08000012'],
  ['London Borough of Camden', 'CMD', 'E09000007'],
  ['London Borough of Croydon', 'CRY', 'E09000008'],
  ['London Borough of Ealing', 'EAL', 'E09000009'],
  ['London Borough of Enfield', 'ENF', 'E09000010'],
  ['London Borough of Hackney', 'HCK', 'E09000012'],
  ['London Borough of Haringey', 'HRY', 'E09000014'],
  ['London Borough of Harrow', 'HRW', 'E09000015'],
  ['London Borough of Islington', 'ISL', 'E09000019'],
  ['London Borough of Richmond upon Thames', 'RIC', 'E09000027'],
  ['London Borough of Wandsworth', 'WND', 'E09000032'],
  ['Luton Borough Council', 'LUT', 'E06000032'],
  ['Manchester City Council', 'MAN', 'E08000003'],
  ['Medway Council', 'MDW', 'E06000035'],
  ['Nottingham City Council', 'NGM', 'E06000018'],
  ['OM Care Ltd', null, null],
  ['Oxfordshire County Council', 'OXF', 'E10000025'],
  ['Reading Borough Council', 'RDG', 'E06000038'],
  ['Salisbury NHS Foundation Trust', null, null],
  ['Salveo Care Ltd', null, null],
  ['Sandwell Metropolitan Borough Council', 'SAW', 'E08000028'],
  ['Sheffield City Council', 'SHF', 'E08000019'],
  ['Somerset Council', 'SMT', 'E06000066'],
  ['South Holland District Council', 'SHO', 'E07000140'],
  ['Southend-on-Sea City Council', 'SOS', 'E06000033'],
  ['Staffordshire County Council', 'STS', 'E10000028'],
  ['Stockport Metropolitan Borough Council', 'SKP', 'E08000007'],
  ['Stratford-on-Avon District Council', 'STR', 'E07000221'],
  ['Suffolk County Council', 'SFK', 'E10000029'],
  ['Surrey County Council', 'SRY', 'E10000030'],
  ['Surrey Heath Borough Council', 'SUR', 'E07000214'],
  ['Tewkesbury Borough Council', 'TEW', 'E07000083'],
  ['The Bishops Care Home Limited', null, null],
  ['The Franklyn Group Limited', null, null],
  ['Trafford Council', 'TRF', 'E08000009'],
  ['Transport for London', null, null],
  ['Warrington Council', 'WRT', 'E06000007'],
  ['West Berkshire Council', 'WBK', 'E06000037'],
  ['West Lindsey District Council', 'WLI', 'E07000142'],
  ['West Northamptonshire Council', 'WNT', 'E06000062'],
  ['West Oxfordshire District Council', 'WOX', 'E07000181'],
  ['West Suffolk Council', 'WSK', 'E07000245'],
  ['West Sussex County Council', 'WSX', 'E10000032'],
  ['Westminster City Council', 'WSM', 'E09000033'],
  ['Woking Borough Council', 'WOI', 'E07000217'],
];

const codeOf = (name: string): string | null => lookupAuthority(name)?.code ?? null;

describe('normaliseAuthorityName', () => {
  it.each([
    ['Cheshire West & Chester Council', 'cheshire west and chester council'],
    ['  The  Royal Borough of  Greenwich ', 'royal borough of greenwich'],
    ['City Of Bradford Metropolitan District Council', 'city of bradford metropolitan district council'],
    ['St. Helens Council', 'st helens council'],
    ['Saint Helens Council', 'st helens council'],
    ["King's Lynn and West Norfolk", 'kings lynn and west norfolk'],
    ['Bournemouth, Christchurch and Poole Council', 'bournemouth christchurch and poole council'],
    ['Stratford-on-Avon District Council', 'stratford on avon district council'],
    ['Ynys Môn', 'ynys mon'],
    ['', ''],
  ])('%j → %j', (name, want) => {
    expect(normaliseAuthorityName(name)).toBe(want);
  });
});

describe('lookupAuthority: councils as LGSCO titles name them', () => {
  it.each([
    ['London Borough of Enfield', 'ENF'],
    ['Enfield Council', 'ENF'],
    ['Enfield London Borough Council', 'ENF'],
    ['Royal Borough of Greenwich', 'GRE'],
    ['The Royal Borough of Kensington and Chelsea', 'KEC'],
    ['Kingston upon Thames Royal Borough Council', 'KTT'],
    ['City of York Council', 'YOR'],
    ['Council of the City of Manchester', 'MAN'],
    ['Westminster City Council', 'WSM'],
    ['Leeds City Council', 'LDS'],
    ['Sandwell Metropolitan Borough Council', 'SAW'],
    ['Stockport Metropolitan Borough Council', 'SKP'],
    ['Luton Borough Council', 'LUT'],
    ['South Holland District Council', 'SHO'],
    ['Kent County Council', 'KEN'],
    ['Council of the Isles of Scilly', 'IOS'],
    ['City of Bradford Metropolitan District Council', 'BRD'],
    ['City Of Bradford Metropolitan District Council', 'BRD'],
    ['Kingston Upon Hull City Council', 'KHL'],
    ['Bournemouth, Christchurch and Poole Council', 'BPC'],
    ['Cheshire West & Chester Council', 'CHW'],
    ['Stratford-on-Avon District Council', 'STR'],
    ['Southend-on-Sea City Council', 'SOS'],
    ['Westmorland and Furness Council', 'WAF'],
    ['St. Helens Metropolitan Borough Council', 'SHN'],
    ['St Albans City and District Council', 'SAL'],
    ['Saint Helens Council', 'SHN'],
    ['Colchester City Council', 'COL'],
    ['Milton Keynes City Council', 'MIK'],
    ['Durham County Council', 'DUR'],
    ['Windsor and Maidenhead Borough Council', 'WNM'],
    ['Metropolitan Borough of Wirral', 'WRL'],
    ['Redcar & Cleveland Borough Council', 'RCC'],
    ["King's Lynn and West Norfolk Borough Council", 'KIN'],
    ['Trafford Council', 'TRF'],
    ['Somerset Council', 'SMT'],
    ['North Yorkshire Council', 'NYE'],
    ['Dorset Council', 'DST'],
    ['City of London Corporation', 'LND'],
    ['Chichester District Council', 'CHI'],
    // Former authorities keep their own record (with its end date), not their successor's.
    ['Cumbria County Council', 'CMA'],
    ['Chiltern District Council', 'CHN'],
    ['Aylesbury Vale District Council', 'AYL'],
    ['Somerset County Council', 'SOM'],
    ['North Yorkshire County Council', 'NYK'],
    ['Bournemouth Borough Council', 'BMH'],
    // Other nations are not LGSCO's, but are not rejected.
    ['Cardiff Council', 'CRF'],
    ['City of Edinburgh Council', 'EDH'],
  ])('%s → %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it('gives "London Borough of Enfield" and "Enfield Council" the same record with GSS and population', () => {
    const a = lookupAuthority('London Borough of Enfield');
    expect(a).toMatchObject({ code: 'ENF', gss: 'E09000010', nation: 'England', type: 'LBO', endDate: null });
    expect(a?.population).toBeGreaterThan(300_000);
    expect(lookupAuthority('Enfield Council')).toBe(a);
  });

  it('gives a former authority its end date and successors', () => {
    expect(lookupAuthority('Cumbria County Council')).toMatchObject({ endDate: '2023-04-01', replacedBy: ['CBD', 'WAF'] });
    expect(lookupAuthority('Chiltern District Council')).toMatchObject({ endDate: '2020-03-31', replacedBy: ['BUC'] });
  });

  it('matches Bournemouth, Christchurch and Poole to BCP, not to the former Bournemouth', () => {
    expect(lookupAuthority('Bournemouth, Christchurch and Poole Council')).toMatchObject({ code: 'BPC', gss: 'E06000058' });
  });
});

describe('lookupAuthority: the fixture organisations', () => {
  it.each(FIXTURE_ORGANISATIONS)('%s → %s %s', (name, code, gss) => {
    const a = lookupAuthority(name);
    expect(a && { code: a.code, gss: a.gss }).toEqual(code === null ? null : { code, gss });
  });
});

describe('lookupAuthority: not a local authority → null', () => {
  it.each([
    'Bluebird Care AKA BenJeMax Limited',
    'Croft Residential Limited',
    'Avery Homes (Nelson) Limited',
    'OM Care Ltd',
    'The Bishops Care Home Limited',
    'Salisbury NHS Foundation Trust',
    'Leeds Teaching Hospitals NHS Trust',
    'Kent Community Health NHS Foundation Trust',
    'JCOSS',
    'Transport for London',
    'Kent Police',
    'Hampshire Fire and Rescue Authority',
    'Essex County Fire and Rescue Service',
    'Woking Town Council',
    'Ryde Parish Council',
    'Chichester City Council',
    'Lichfield City Council',
    'Durham City Council',
    'City of Durham',
    'Ely City Council',
    'Birmingham City Council Children\'s Trust',
    'Greater London Council',
    'Greater Manchester Council',
    'Kent County Council and Medway Council',
    'Kent Ltd',
    'Council',
    '',
  ])('%j → null', (name) => {
    expect(lookupAuthority(name)).toBeNull();
  });

  it('never takes a combined authority for its city: only its own record, by its own name', () => {
    expect(lookupAuthority('Liverpool City Region Combined Authority')).toMatchObject({ code: 'LCR', type: 'COMB' });
    expect(codeOf('Liverpool City Region Council')).toBeNull();
    expect(codeOf('Liverpool City Council')).toBe('LIV');
  });
});

describe('the built index (data/authorities/authorities.json)', () => {
  const index = loadAuthorityIndex();

  it('is loaded once and cached', () => {
    expect(loadAuthorityIndex()).toBe(index);
    expect(index.authorities.length).toBeGreaterThan(400);
  });

  it('has every name already normalised, pointing at an authority it holds', () => {
    const codes = new Set(index.authorities.map((a) => a.code));
    const bad = Object.entries(index.names).filter(([name, code]) => normaliseAuthorityName(name) !== name || !codes.has(code));
    expect(bad).toEqual([]);
  });

  it('finds the project root from the source and from the built module', () => {
    expect(findProjectRoot(join(ROOT, 'src', 'authorities'))).toBe(findProjectRoot(ROOT));
    expect(findProjectRoot(join(ROOT, 'dist', 'src', 'authorities'))).toBe(findProjectRoot(ROOT));
    expect(readFileSync(join(findProjectRoot(ROOT), AUTHORITIES_JSON), 'utf8').length).toBeGreaterThan(0);
  });

  it('matches against a hand-made index too (matchAuthority is pure)', () => {
    const a = { ...index.authorities.find((x) => x.code === 'KEN')! };
    expect(matchAuthority('Kent County Council', { authorities: [a], names: { kent: 'KEN' } })).toBe(a);
  });
});

describe.skipIf(!HAS_SHARED)(`fixture organisations${HAS_SHARED ? '' : ` (${SHARED_SKIP_MESSAGE})`}`, () => {
  const dir = join(SHARED, 'fixtures', 'labels');
  const organisations: string[] = HAS_SHARED
    ? [
        ...new Set(
          readdirSync(dir)
            .filter((f) => f.endsWith('.json'))
            .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { organisation: string | null }).organisation)
            .filter((o): o is string => typeof o === 'string' && o !== ''),
        ),
      ].sort()
    : [];
  const isCouncil = (o: string): boolean => COUNCIL_NAME_RE.test(o) && !LOCAL_COUNCIL_RE.test(o);
  const councils = organisations.filter(isCouncil);
  const others = organisations.filter((o) => !isCouncil(o));

  const expected = new Map(FIXTURE_ORGANISATIONS.map(([name, code]) => [name, code]));

  it.each(councils)('%s is an English authority', (name) => {
    const a = lookupAuthority(name);
    expect(a).toMatchObject({ nation: 'England' });
    if (expected.has(name)) expect(a?.code).toBe(expected.get(name));
  });

  it.each(others)('%s is not an authority', (name) => {
    expect(lookupAuthority(name)).toBeNull();
  });

  it('matches every council named in the fixtures', () => {
    const unmatched = councils.filter((o) => lookupAuthority(o) === null);
    const matched = councils.length - unmatched.length;
    console.log(
      `fixture organisations: ${organisations.length} distinct; councils matched ${matched}/${councils.length}` +
        ` (${((matched / Math.max(councils.length, 1)) * 100).toFixed(1)}%); non-councils null ${others.filter((o) => lookupAuthority(o) === null).length}/${others.length}` +
        (unmatched.length ? `; unmatched: ${unmatched.join(', ')}` : ''),
    );
    expect(unmatched).toEqual([]);
  });
});
