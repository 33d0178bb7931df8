import { describe, expect, it } from 'vitest';
import { compileNow } from '../../src/extract/compile-now.js';
import { PAYEE_RE } from '../../src/extract/payees.js';

const words = Array.from({ length: 80 }, (_, i) => `word${i}`);

describe('compileNow', () => {
  it('returns the same pattern, which matches as before, with a global pattern left at lastIndex 0', () => {
    const source = `\\b(?:${words.join('|')})\\b`;
    const re = new RegExp(source, 'g');
    expect(source.length).toBeGreaterThanOrEqual(400);
    expect(compileNow(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
    expect('pay word7 and word79 now'.match(re)).toEqual(['word7', 'word79']);
    expect(new RegExp(source, 'y').exec('word3')?.[0]).toBe(compileNow(new RegExp(source, 'y')).exec('word3')?.[0]);
  });

  it('passes a missing pattern through', () => {
    expect(compileNow(null)).toBeNull();
    expect(compileNow(undefined)).toBeUndefined();
  });

  it('leaves the rule patterns reading what they read: the payee after a pay verb', () => {
    expect(PAYEE_RE.exec('Mrs X £300 for her distress')?.[0]).toBe('Mrs X');
    expect(PAYEE_RE.exec('the care provider, Meadowbank Care Ltd, £2,100')?.[0]).toBe('the care provider, Meadowbank Care Ltd');
  });
});
