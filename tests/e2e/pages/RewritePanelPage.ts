import { expect, type Page } from '@playwright/test';

/** Page model of the 「企業向けに書き換え」 panel on the issue tab. */
export class RewritePanelPage {
  constructor(readonly page: Page) {}

  start() {
    return this.page.getByRole('button', { name: '企業向けに書き換え' });
  }

  changes() {
    return this.page.getByTestId('rewrite-changes').locator('li');
  }

  change(rule: string) {
    return this.page.getByTestId('rewrite-changes').locator(`li[data-rule="${rule}"]`);
  }

  result() {
    return this.page.getByTestId('rewrite-result');
  }

  saved() {
    return this.page.getByTestId('company-text');
  }

  async rewrite(): Promise<void> {
    await this.start().click();
    // The first rewrite waits for the dictionary to load in the worker.
    await expect(this.changes().first()).toBeVisible({ timeout: 30_000 });
  }
}
