import { expect, type Page } from '@playwright/test';

/** Page model of the 検索 page and the command palette. */
export class SearchPageModel {
  constructor(readonly page: Page) {}

  searchbox() {
    return this.page.getByRole('searchbox', { name: /^(検索|Search)$/ });
  }

  results() {
    return this.page.getByRole('region', { name: /検索結果|Search results/ });
  }

  async search(query: string): Promise<void> {
    await this.page.goto('/#/search');
    await this.searchbox().fill(query);
  }

  palette() {
    return this.page.getByRole('dialog', { name: /コマンドパレット|Command palette/ });
  }

  async openPalette(): Promise<void> {
    // Pressed again if the first press came before the app's shortcut listener was attached (a page
    // just opened on a loaded machine): the palette never opened once in a full search.spec run.
    await expect(async () => {
      if (!(await this.palette().isVisible())) await this.page.keyboard.press('Control+k');
      await expect(this.palette()).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await expect(this.palette().getByRole('combobox')).toBeFocused();
  }
}
