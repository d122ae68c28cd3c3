import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Page model of one issue's workspace: original text, fields, brief, preview, readiness. */
export class IssueWorkspacePage {
  constructor(readonly page: Page) {}

  rawInput() {
    return this.page.getByTestId('raw-input');
  }

  rawFindings() {
    return this.page.getByTestId('raw-findings');
  }

  briefInput() {
    return this.page.getByTestId('brief-input');
  }

  briefFindings() {
    return this.page.getByTestId('brief-findings');
  }

  findingsOf(list: ReturnType<IssueWorkspacePage['rawFindings']>, rule: string) {
    return list.locator(`li[data-rule="${rule}"]`);
  }

  async score(): Promise<number> {
    const text = await this.page.getByTestId('readiness-score').innerText();
    return Number(text.split('/')[0]!.trim());
  }

  /** 「読み手」: who the issue's brief is for. */
  reader() {
    return this.page.getByRole('combobox', { name: '読み手' });
  }

  tab(name: RegExp | string) {
    return this.page.getByRole('tab', { name });
  }

  field(label: RegExp | string) {
    return this.page.getByLabel(label, { exact: false });
  }

  /**
   * Clicks 「PDF」 in the company preview's 書き出し menu, as a user does. In web mode the app then
   * downloads the print document (HTML with its fonts inlined); returns its name and content.
   */
  async exportPdfFromPreview(): Promise<{ name: string; html: string }> {
    const menu = this.page.getByRole('group', { name: '書き出し' });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      menu.getByRole('button', { name: 'PDF', exact: true }).click(),
    ]);
    await expect(this.page.getByText(/印刷用ファイル/)).toBeVisible();
    return { name: download.suggestedFilename(), html: await readFile(await download.path(), 'utf8') };
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.locator('.workspace__header [role="status"]')).toHaveText(/保存しました|Saved/);
  }
}
