import { describe, expect, it } from 'vitest';
import { conflictsHref, href, noteHref, parseRoute, sectionOf } from './router';

describe('hash routes', () => {
  it('round-trips every section and record id, including Japanese-safe encoding', () => {
    expect(parseRoute(href('issues', 'a/b'))).toEqual({ page: 'issue', id: 'a/b' });
    expect(parseRoute('#/council/x')).toEqual({ page: 'councilSession', id: 'x' });
    expect(parseRoute(noteHref('s/1', 'n 2'))).toEqual({ page: 'councilSession', id: 's/1', note: 'n 2' });
    expect(parseRoute('#/present/w1')).toEqual({ page: 'present', id: 'w1' });
    expect(sectionOf(parseRoute('#/present/w1'))).toBe('workshops');
    expect(parseRoute(href('glossary'))).toEqual({ page: 'glossary' });
    expect(sectionOf(parseRoute('#/glossary'))).toBe('issues');
    expect(parseRoute(conflictsHref())).toEqual({ page: 'settings', at: 'conflicts' });
    expect(sectionOf(parseRoute(conflictsHref()))).toBe('settings');
    expect(parseRoute('#/settings/other')).toEqual({ page: 'settings' });
  });

  it('gives a workshop its plan, run or minutes view (plan when absent or unknown)', () => {
    expect(parseRoute('#/workshops/w1')).toEqual({ page: 'workshop', id: 'w1', view: 'plan' });
    expect(parseRoute('#/workshops/w1/run')).toEqual({ page: 'workshop', id: 'w1', view: 'run' });
    expect(parseRoute('#/workshops/w1/minutes')).toEqual({ page: 'workshop', id: 'w1', view: 'minutes' });
    expect(parseRoute('#/workshops/w1/other')).toEqual({ page: 'workshop', id: 'w1', view: 'plan' });
  });

  it('falls back to the issues list for unknown or empty hashes', () => {
    expect(parseRoute('')).toEqual({ page: 'issues' });
    expect(parseRoute('#/nope')).toEqual({ page: 'issues' });
  });
});
