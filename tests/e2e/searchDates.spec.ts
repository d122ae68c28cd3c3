/**
 * A day typed into the search box (12月3日, 12/3, 2026-12-03, 令和8年12月3日, 昨日) finds the records
 * of that local day, combined with the other words, shown as a chip that takes it out again; a
 * number that is not a day stays a word, and a quoted day is searched as text.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CouncilNotesPage } from './pages/CouncilNotesPage';
import { SearchPageModel } from './pages/SearchPage';

test('a date typed into 検索 finds that day’s records, as a removable chip, with the other words', async ({
  page,
}) => {
  // 08:30 in Japan is the UTC day before: the day must be the user's.
  await page.clock.install({ time: new Date('2026-12-03T08:30:00+09:00') });
  const app = new AppPage(page);
  const search = new SearchPageModel(page);
  const notes = new CouncilNotesPage(page);
  await app.open();
  await notes.create('12月定例会 本会議');
  await notes.addNotes(['交通計画の答弁（3日）', '予算の答弁（3日）']);
  await app.open();
  await app.addIssue('交通弱者の移動を支えたい');
  await page.clock.setSystemTime(new Date('2026-12-04T10:00:00+09:00'));
  await notes.create('建設委員会');
  await notes.addNotes(['交通計画の質問（4日）', '12月3日に説明会があった']);

  const results = search.results();
  const count = page.getByTestId('search-count');
  const chips = page.getByRole('list', { name: '日付として読んだ語' });
  const third = results.getByRole('link', { name: /交通計画の答弁（3日）/ });
  const fourth = results.getByRole('link', { name: /交通計画の質問（4日）/ });
  const issue = results.getByRole('link', { name: /交通弱者の移動を支えたい/ });

  await search.search('12月3日 交通');
  await expect(chips.getByRole('listitem')).toHaveText(['日付: 2026年12月3日(木)×']);
  await expect(third).toBeVisible();
  await expect(issue).toBeVisible();
  await expect(count).toHaveText('2 件');
  await expect(third.locator('mark')).toHaveText('交通');

  // Every way of writing that day reads the same; 昨日 is the 3rd on the 4th.
  for (const query of [
    '12/3 交通',
    '2026-12-03 交通',
    '令和8年12月3日 交通',
    '交通 昨日',
    '１２／３　交通',
  ]) {
    await search.searchbox().fill(query);
    await expect(chips.getByRole('listitem')).toHaveText(['日付: 2026年12月3日(木)×']);
    await expect(count).toHaveText('2 件');
    await expect(third).toBeVisible();
  }

  // A day alone lists that day's records: the meeting, its two notes and the issue, not the 4th's.
  await search.searchbox().fill('12月3日');
  await expect(results.getByRole('link', { name: /予算の答弁（3日）/ })).toBeVisible();
  await expect(third).toBeVisible();
  await expect(results.getByRole('link', { name: /12月定例会 本会議/ }).first()).toBeVisible();
  await expect(issue).toBeVisible();
  await expect(count).toHaveText('4 件');
  await expect(fourth).toHaveCount(0);
  await expect(results.getByRole('link', { name: /説明会/ })).toHaveCount(0);

  // A number that is not a day stays a word: no chip, searched as text.
  await search.searchbox().fill('2026 交通');
  await expect(chips).toHaveCount(0);
  await expect(results.getByText('見つかりませんでした。')).toBeVisible();

  // In quotes the day is the text itself: the note that mentions 12月3日 (taken on the 4th).
  await search.searchbox().fill('「12月3日」');
  await expect(chips).toHaveCount(0);
  await expect(results.getByRole('link', { name: /説明会/ })).toBeVisible();
  await expect(count).toHaveText('1 件');

  // The chip's × takes the day out of the box: both days' 交通 notes, the focus back in the box.
  await search.searchbox().fill('12月3日 交通');
  await expect(count).toHaveText('2 件');
  await page.getByRole('button', { name: '日付「12月3日」を外す' }).click();
  await expect(search.searchbox()).toHaveValue('交通');
  await expect(search.searchbox()).toBeFocused();
  await expect(chips).toHaveCount(0);
  await expect(fourth).toBeVisible();
  await expect(third).toBeVisible();

  // The date filter and a typed day must both hold: the 4th's filter and the 3rd typed find nothing.
  await search.searchbox().fill('12月3日 交通');
  await page.getByText('絞り込み', { exact: true }).click();
  await page.getByLabel('期間（から）').fill('2026-12-04');
  await expect(results.getByText('見つかりませんでした。')).toBeVisible();
  await search.searchbox().fill('12月4日 交通');
  await expect(fourth).toBeVisible();
  await expect(count).toHaveText('1 件');
});
