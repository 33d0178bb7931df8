/**
 * The fake site's decisions: synthetic ones (makeDecision, makeReport) parse to the facts they were made with, and the
 * bundled sample pages are served as the site would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseDecision } from '../../src/parse.js';
import { closeSites, get, listing, start } from './fake-site-client.js';
import { agreedPayment, makeDecision, makeReport, reportPayment, sampleDecisions } from './fake-site.js';

afterEach(closeSites);

describe('synthetic and sample decisions', () => {
  it('makeDecision is deterministic and its page parses to the same facts, with the agreed payment', async () => {
    const d = makeDecision(12, '2024-03-14');
    expect(makeDecision(12, '2024-03-14')).toEqual(d);
    expect(d.path).toBe(`/decisions/${d.path.split('/')[2]}/${d.path.split('/')[3]}/${d.caseRef.replace(/ /g, '-')}`);
    expect(d.chapters[0]).toContain(`£${agreedPayment(12)}`);
    const rec = await parseDecision(d.chapters[0]!);
    expect(rec).toMatchObject({
      caseRef: d.caseRef,
      url: `https://www.lgo.org.uk${d.path}`,
      outcome: 'upheld',
      decisionDate: '2024-03-14',
      subcategory: d.subcategoryLabel,
    });
    expect(rec.organisations.map((o) => o.name)).toEqual([d.organisation]);
    expect(rec.remedy.totalPence).toBe(agreedPayment(12) * 100);
    expect(agreedPayment(13)).not.toBe(agreedPayment(12));
  });

  it('makeDecision overrides are written into the page', async () => {
    const d = makeDecision(5, '2023-01-02', { outcome: 'Not upheld', organisation: 'Fabrica & Mockhove City Council', caseRef: '00 123 456' });
    expect(d.path).toMatch(/\/00-123-456$/);
    const rec = await parseDecision(d.chapters[0]!);
    expect(rec).toMatchObject({ caseRef: '00 123 456', outcome: 'not_upheld' });
    expect(rec.organisations[0]!.name).toBe('Fabrica & Mockhove City Council');
    expect(rec.remedy.totalPence).toBe(0);
    const closed = await parseDecision(makeDecision(6, '2023-01-02', { outcome: 'Closed after initial enquiries' }).chapters[0]!);
    expect(closed.outcome).toBe('closed_after_initial_enquiries');
  });

  it('makeReport chapters run the paragraph numbers on and parse as one report', async () => {
    const r = makeReport(4, '2025-08-26', 4);
    expect(r).toMatchObject({ type: 'Report', outcome: 'Upheld' });
    expect(r.chapters).toHaveLength(4);
    expect(r.chapters[0]).toContain('Overview:');
    expect(r.chapters[0]).toContain('within four weeks');
    expect(r.chapters[1]).toContain('<ol start="6">');
    expect(r.chapters[2]).toContain('<ol start="9">');
    expect(r.chapters[3]).toContain(`href="${r.path}?chapter=2"`);
    const rec = await parseDecision(r.chapters, { documentType: 'report' });
    expect(rec.caseRef).toBe(r.caseRef);
    expect(rec.remedy.totalPence).toBe(reportPayment(4) * 100);
  });

  it('sampleDecisions reads every sample page, and the site serves them', async () => {
    const samples = sampleDecisions();
    expect(samples).toHaveLength(42);
    const first = samples[0]!;
    expect(first).toMatchObject({
      path: '/decisions/adult-care-services/assessment-and-care-plan/00-011-482',
      caseRef: '00 011 482',
      organisation: 'Demoshire County Council',
      type: 'Statement',
      outcome: 'Upheld',
      subcategoryLabel: 'Assessment and care plan',
      date: '2024-03-14',
    });
    expect(first.summary).toMatch(/^Mrs Y complained/);
    expect(samples.find((s) => s.caseRef === '00 002 913')).toMatchObject({ organisation: '', type: 'Report' });
    expect(samples.find((s) => s.caseRef === '00 011 548')!.organisation).toBe('Demoford Borough Council');
    expect(new Set(samples.map((s) => s.outcome)).size).toBe(3);
    const site = await start({ decisions: samples });
    const all = await listing(site, 'fd=0001-01-01&td=2026-12-31&page=1');
    expect(all.count).toBe(42);
    expect(all.hrefs[0]).toBe([...samples].sort((a, b) => b.date.localeCompare(a.date))[0]!.path);
    expect(await (await get(site, first.path)).text()).toBe(first.chapters[0]);
  });
});
