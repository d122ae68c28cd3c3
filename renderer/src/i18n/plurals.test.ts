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

describe('counted nouns', () => {
  it('are singular for one in English', async () => {
    const t = await tIn('en');
    expect(t('issues.count', { count: 1 })).toBe('1 issue');
    expect(t('issues.count', { count: 2 })).toBe('2 issues');
    expect(t('sync.status.conflicts', { count: 1 })).toBe('1 unresolved conflict');
    expect(t('backup.created', { count: 1 })).toBe('Backup saved (1 row).');
    expect(t('backup.confirm.queued', { count: 1 })).toBe(
      '1 unsent change in the file will be sent as yours on the next sync.',
    );
    expect(t('workshops.library.count', { count: 1 })).toBe('1 method');
    expect(t('workshops.capture.count', { count: 1 })).toBe('(1 note)');
    expect(t('workshops.capture.dots', { count: 1 })).toBe('1 dot');
    expect(t('workshops.capture.left', { voter: 'Aki', count: 1 })).toBe('Aki has 1 dot left');
  });

  it('keep the one Japanese form', async () => {
    const t = await tIn('ja');
    expect(t('issues.count', { count: 1 })).toBe('1 件');
    expect(t('issues.count', { count: 3 })).toBe('3 件');
  });
});
