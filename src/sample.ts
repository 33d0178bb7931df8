/**
 * lgsco's bundled demo sample (data/sample): how its files say they belong to it, the invented bodies it names, and
 * what every output made from a database holding it says. Pure: the store records and counts (src/store/sample.ts).
 *
 * Every sample file carries a marker the importer reads from its bytes (the readers ignore it, so records are the
 * same): `<meta name="lgsco:sample" content="invented">` in an HTML page's head, or a line `lgsco:sample real …`
 * after the `URL:` line of page text. `invented`: a decision written for the demo, naming invented bodies, with a
 * reference in the reserved form "00 NNN NNN"; `real`: a real LGSCO decision copied into the sample unchanged.
 */

/** What a sample file is: an invented decision, or a real one copied into the sample. */
export type SampleKind = 'invented' | 'real';

/** How far into a file the marker is looked for: it is in an HTML page's head or on a text file's second line. */
const MARKER_WINDOW = 32768;
const HTML_MARKER_RE = /<meta\s+name=["']lgsco:sample["']\s+content=["'](invented|real)["']/i;
const TEXT_MARKER_RE = /^[ \t]*lgsco:sample[ \t]+(invented|real)\b/m;

/** The sample marker of a file (its raw bytes), or null when it carries none. */
export function readSampleMarker(data: Uint8Array): SampleKind | null {
  const bytes = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, MARKER_WINDOW));
  // Nearly every file: a search of the bytes, without decoding them.
  if (bytes.indexOf('lgsco:sample') === -1) return null;
  const text = bytes.toString('latin1');
  const m = HTML_MARKER_RE.exec(text) ?? TEXT_MARKER_RE.exec(text);
  return m ? (m[1]!.toLowerCase() as SampleKind) : null;
}

/**
 * The invented bodies of the sample and their invented populations (mid-2020 style estimates, made up), so the demo's
 * per-head view has something to show. No real body is among them (test/sample.test.ts checks none is in the local
 * authority lookup), and no real council is ever given a population from here: only these exact names are.
 */
export const SAMPLE_BODIES: readonly { name: string; type: string; population: number }[] = [
  { name: 'Demoshire County Council', type: 'county council', population: 742_000 },
  { name: 'Demoford Borough Council', type: 'district council in Demoshire', population: 126_000 },
  { name: 'Sample Vale District Council', type: 'district council in Demoshire', population: 98_000 },
  { name: 'Samplebury City Council', type: 'unitary authority', population: 264_000 },
  { name: 'London Borough of Exampleham', type: 'London borough', population: 311_000 },
  { name: 'Exampleby Metropolitan Borough Council', type: 'metropolitan borough', population: 208_000 },
];

const SAMPLE_POPULATION = new Map(SAMPLE_BODIES.map((b) => [b.name, b.population]));

/** The invented population of one of the sample's invented bodies (by its exact name), else null. */
export function samplePopulation(name: string): number | null {
  return SAMPLE_POPULATION.get(name) ?? null;
}

/** How much of a database's decisions come from the sample (final decisions, as totals count them). */
export interface SampleStatus {
  /** Final decisions stored. */
  decisions: number;
  /** Of them, read from an invented sample file. */
  invented: number;
  /** Of them, read from a real decision copied into the sample. */
  real: number;
}

const n = (count: number): string => count.toLocaleString('en-GB');

/**
 * The one line every output of a database holding sample decisions carries (null when it holds none): a database
 * built from the sample alone, or one that mixes the sample with other decisions. `short` is for a chart's width.
 */
export function sampleNotice(status: SampleStatus | null, options: { short?: boolean } = {}): string | null {
  if (!status) return null;
  const sample = status.invented + status.real;
  if (sample === 0) return null;
  const all = sample >= status.decisions;
  if (options.short) {
    if (all && status.invented === 0) return "Decisions copied from lgsco's bundled demo sample.";
    if (all) {
      const which = status.invented < status.decisions ? `${n(status.invented)} of ${n(status.decisions)} decisions` : status.decisions === 1 ? 'the decision is' : `all ${n(status.decisions)} decisions`;
      return `DEMO DATA: ${which} invented (lgsco's bundled sample). Not for publication.`;
    }
    if (status.invented === 0) return `Includes ${n(sample)} real ${sample === 1 ? 'decision' : 'decisions'} copied from lgsco's bundled demo sample.`;
    return `DEMO DATA MIXED IN: ${n(sample)} of ${n(status.decisions)} decisions from lgsco's bundled sample (${n(status.invented)} invented).`;
  }
  if (all) {
    if (status.invented === 0) {
      return `Sample: this database was built from lgsco's bundled demo sample (data/sample); ${status.decisions === 1 ? 'its decision is a real one' : `its ${n(status.decisions)} decisions are real ones`} copied into it.`;
    }
    const real = status.real ? `; ${n(status.real)} ${status.real === 1 ? 'is a real decision' : 'are real decisions'} copied into it` : '';
    const invented =
      status.invented === status.decisions
        ? status.decisions === 1 ? 'its decision is invented' : `its ${n(status.decisions)} decisions are invented`
        : `${n(status.invented)} of its ${n(status.decisions)} decisions are invented`;
    return `DEMO DATA: this database was built from lgsco's bundled sample (data/sample): ${invented} (invented councils and populations, references 00 NNN NNN)${real}. Not for publication.`;
  }
  const come = sample === 1 ? 'comes' : 'come';
  if (status.invented === 0) {
    return `Sample: ${n(sample)} of this database's ${n(status.decisions)} decisions ${come} from lgsco's bundled demo sample (data/sample): ${sample === 1 ? 'a real decision' : 'real decisions'} copied into it.`;
  }
  const invented = `, ${sample === 1 ? 'an invented one' : status.invented === sample ? 'all invented' : `${n(status.invented)} of them invented`} (invented councils, references 00 NNN NNN),`;
  return `DEMO DATA MIXED IN: ${n(sample)} of this database's ${n(status.decisions)} decisions ${come} from lgsco's bundled sample (data/sample)${invented} and ${sample === 1 ? 'is' : 'are'} counted in its figures; import your files into a new database to leave ${sample === 1 ? 'it' : 'them'} out.`;
}

/** The label of a decision read from a sample file: "INVENTED" or "Sample" (a real decision copied into it). */
export const SAMPLE_LABEL: Record<SampleKind, string> = { invented: 'INVENTED', real: 'Sample' };

/** What one stored decision is, when it was read from a sample file, for `lgsco show` and the explorer (after its label). */
export function sampleDecisionNote(kind: SampleKind | null): string | null {
  if (kind === 'invented') return "a decision written for lgsco's bundled demo sample (data/sample): the bodies it names, its reference and every event and payment in it are invented.";
  if (kind === 'real') return "a real LGSCO decision, copied unchanged into lgsco's bundled demo sample (data/sample).";
  return null;
}
