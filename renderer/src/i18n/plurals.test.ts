/** English counts agree with their noun ("1 issue", "2 issues"); Japanese has one form. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';

async function tIn(lng: 'ja' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { ja: { translation: ja }, en: { translation: en } },
    fallbackLng: 'ja',
  });
  return i18n.t.bind(i18n) as (key: string, options: Record<string, unknown>) => string;
}

/** Every string leaf as [dotted key, text]. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

/** Words ending in s that are no plural nouns: «{{term}} needs», «the {{body}} provides». */
const NOT_PLURAL = new Set('is has was does needs provides as its this yes us less across'.split(' '));

/**
 * The plural nouns a number parameter counts: up to three words after `{{param}}`, within its
 * clause («{{count}} unresolved conflicts», «{{total}} records»). A 【…】 mark and a parenthesis
 * without a parameter are skipped (「{{count}} 【要記入】 (to be filled in) marks remain」).
 */
function countedNouns(text: string): { param: string; noun: string }[] {
  const plain = text.replace(/【[^】]*】/g, ' ').replace(/\([^(){}]*\)/g, ' ');
  const out: { param: string; noun: string }[] = [];
  for (const m of plain.matchAll(/\{\{(\w+)\}\}([^.,;:()!?{]*)/g)) {
    // Only words right after the number: 「“{{fields}}” conflicts with」 counts nothing.
    const words = /^\s+[a-z]/.test(m[2] ?? '') ? (m[2] ?? '').trim().split(/\s+/).slice(0, 3) : [];
    const noun = words.find((w) => /^[a-z-]+s$/.test(w) && !NOT_PLURAL.has(w));
    if (noun) out.push({ param: m[1]!, noun });
  }
  return out;
}

/**
 * Numbers before a plural noun that are never 1, so need no singular: a fixed maximum
 * (thousands of characters, a term's 40), the analysed length of a truncated text, and the
 * length of a paste refused for being over such a maximum.
 */
const NEVER_ONE = new Set([
  'briefs.truncated:chars',
  'briefs.tooLong:max',
  'briefs.addTerm.problems.tooLong:max',
  'common.tooLongInsert:max',
  'common.tooLongInsert:inserted',
  'council.plainLong:max',
]);

describe('counted nouns', () => {
  const english = leaves(en);
  const keys = new Set(english.map(([k]) => k));

  it('finds the nouns a number counts', () => {
    expect(countedNouns('{{count}} unresolved conflicts')).toEqual([{ param: 'count', noun: 'conflicts' }]);
    expect(countedNouns('{{voter}} has {{count}} dots left')).toEqual([{ param: 'count', noun: 'dots' }]);
    expect(countedNouns('{{count}} 【要記入】 (to be filled in) marks remain')).toEqual([
      { param: 'count', noun: 'marks' },
    ]);
    expect(countedNouns('Conflicts ({{count}})')).toEqual([]);
    expect(countedNouns('{{origin}} is reached')).toEqual([]);
  });

  it('count with i18next’s count, so the noun can agree', () => {
    const wrong = english.flatMap(([key, text]) =>
      countedNouns(text)
        .filter(({ param }) => param !== 'count' && !NEVER_ONE.has(`${key}:${param}`))
        .map(({ param, noun }) => `${key}: {{${param}}} ${noun}`),
    );
    expect(wrong).toEqual([]);
  });

  it('have a singular wherever English counts a plural noun', () => {
    const missing = english
      .filter(([key, text]) => !key.endsWith('_one') && countedNouns(text).some((c) => c.param === 'count'))
      .map(([key]) => key)
      .filter((key) => !keys.has(`${key}_one`));
    expect(missing).toEqual([]);
  });

  it('never write a plural as “(s)”', () => {
    expect(english.filter(([, text]) => /\w\(s\)/.test(text)).map(([k]) => k)).toEqual([]);
  });

  it('are singular for one in English', async () => {
    const t = await tIn('en');
    expect(t('issues.count', { count: 1 })).toBe('1 issue');
    expect(t('issues.count', { count: 2 })).toBe('2 issues');
    expect(t('sync.status.conflicts', { count: 1 })).toBe('1 unresolved conflict');
    expect(t('backup.confirm.queued', { count: 1 })).toBe(
      '1 unsent change in the file will be sent as yours on the next sync.',
    );
    expect(t('workshops.library.count', { count: 1 })).toBe('1 method');
    expect(t('sync.log.restamped', { count: 1, time: '9:00' })).toMatch(/^Re-dated 1 unsent change recorded/);
    expect(t('workshops.capture.count', { count: 1 })).toBe('(1 note)');
    expect(t('workshops.capture.dots', { count: 1 })).toBe('1 dot');
    expect(t('workshops.capture.left', { voter: 'Aki', count: 1 })).toBe('Aki has 1 dot left');
    expect(t('rewrite.unsplit', { count: 1 })).toMatch(/^This sentence had/);
    expect(t('search.indexBuilding', { done: 0, count: 1 })).toContain('(0 / 1 record)');
    expect(
      t('briefs.pdfPaste.found', { count: 3, pages: t('briefs.pdfPaste.pages', { count: 1 }) }),
    ).toContain('3 line breaks fall mid-sentence and 1 line is only a page number');
  });

  it('keep the one Japanese form', async () => {
    const t = await tIn('ja');
    expect(t('issues.count', { count: 1 })).toBe('1 件');
    expect(t('issues.count', { count: 3 })).toBe('3 件');
  });
});
