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
    await this.page.keyboard.press('Control+k');
    await expect(this.palette()).toBeVisible();
    await expect(this.palette().getByRole('combobox')).toBeFocused();
  }
}
