import { expect, type Page } from '@playwright/test';

/** Page model of sync: the settings form, the header status, the conflict view, an issue's text. */
export class SyncPage {
  constructor(readonly page: Page) {}

  status() {
    return this.page.getByTestId('sync-status');
  }

  async openSettings(): Promise<void> {
    await this.page.goto('/#/settings');
    await expect(
      this.page.getByRole('heading', { name: /チームのサーバーと同期|Sync with your team server/ }),
    ).toBeVisible();
  }

  async configure(serverUrl: string, token: string, workspaceId: string): Promise<void> {
    await this.openSettings();
    await expect(this.page.getByTestId('sync-token-notice')).toBeVisible();
    await this.page.getByLabel('サーバーのURL').fill(serverUrl);
    await this.page.getByLabel('メンバートークン').fill(token);
    await this.page.getByLabel('ワークスペースID').fill(workspaceId);
    await this.page.getByRole('button', { name: '保存して同期' }).click();
    await this.expectUpToDate();
  }

  async expectUpToDate(): Promise<void> {
    await expect(this.page.getByTestId('sync-settings-status')).toHaveText(/最新です/);
  }

  /** Syncs from the settings page and waits until the pass is done. */
  async syncNow(): Promise<void> {
    await this.openSettings();
    const line = this.page.getByTestId('sync-settings-status');
    const before = (await line.getAttribute('data-synced-at')) ?? '';
    // A pass may already be running (triggered by a write or the network coming back): then the
    // click is skipped, and that pass's end is what we wait for. Either way a NEW "up to date".
    await this.page.getByRole('button', { name: '今すぐ同期' }).click();
    await expect(line).not.toHaveAttribute('data-synced-at', before);
    await expect(line).not.toHaveAttribute('data-synced-at', '');
    await this.expectUpToDate();
  }

  conflicts() {
    return this.page.getByTestId('conflict');
  }

  /** The original-text editor of an issue (a synced text field, `rawText`). */
  async openIssue(title: string): Promise<void> {
    await this.page.goto('/#/issues');
    await this.page.getByTestId('issue-list').getByText(title).click();
    await expect(this.rawText()).toBeVisible();
  }

  rawText() {
    return this.page.getByTestId('raw-input');
  }

  async setRawText(text: string): Promise<void> {
    await this.rawText().fill(text);
    await expect(this.page.locator('.workspace__header [role="status"]')).toHaveText(/保存しました|Saved/);
  }
}
