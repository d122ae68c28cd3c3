import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { BRIEF_TITLE, seedLongBrief } from '../../fixtures/export/longBrief';

/** Page model of the settings page's export and backup sections. */
export class ExportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/settings');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.backupSection()).toBeVisible();
  }

  /** Opens the page on a database holding the 10-page fixture brief, chosen in the brief section. */
  async openWithLongBrief(): Promise<void> {
    await this.open();
    await seedLongBrief(this.page);
    await this.page.reload();
    await expect(this.briefSection().getByRole('combobox')).toContainText(BRIEF_TITLE);
  }

  briefSection() {
    return this.page.getByTestId('brief-export-section');
  }

  backupSection() {
    return this.page.getByTestId('backup-section');
  }

  /** Clicks an export button and returns the file it downloads, as text. */
  async download(testId: string): Promise<{ name: string; text: string; download: Download }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(testId).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), download };
  }

  async createBackup(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.backupSection()
        .getByRole('button', { name: /バックアップを作成|Create backup/ })
        .click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  async restore(name: string, content: string | Buffer): Promise<void> {
    await this.backupSection()
      .getByLabel(/バックアップファイルを選択|Choose a backup file/)
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    // A valid file is summarised and waits for a yes; a refused one says why.
    const confirm = this.backupSection().getByRole('button', { name: /^(復元する|Restore)$/ });
    const refused = this.backupSection().getByRole('alert');
    await expect(confirm.or(refused)).toBeVisible();
    if (await confirm.isVisible()) await confirm.click();
  }
}
