import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { backupSavedText } from './backupSummary';

async function tIn(lng: 'ja' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { ja: { translation: ja }, en: { translation: en } },
    fallbackLng: 'ja',
  });
  return i18n.t;
}

describe('backupSavedText', () => {
  const counts = { issues: 12, notes: 40, workshops: 1, votes: 0, ideas: 1 };

  it('says what was saved in records, not rows, in English with singulars', async () => {
    expect(backupSavedText(await tIn('en'), counts)).toBe(
      'Backup saved: 12 issues, 1 workshop, 1 sticky note, 40 council notes.',
    );
  });

  it('and in Japanese', async () => {
    expect(backupSavedText(await tIn('ja'), counts)).toBe(
      'バックアップを保存しました（課題 12 件、ワークショップ 1 件、アイデアの付箋 1 枚、議会メモ 40 件）。',
    );
  });

  it('says so when there is no record yet', async () => {
    expect(backupSavedText(await tIn('en'), {})).toBe('Backup saved (no records yet: settings only).');
    expect(backupSavedText(await tIn('ja'), { issues: 0 })).toBe(
      'バックアップを保存しました（記録はまだなく、設定だけを保存しました）。',
    );
  });
});
