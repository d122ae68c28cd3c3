import { expect, type Page } from '@playwright/test';

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

  tab(name: RegExp | string) {
    return this.page.getByRole('tab', { name });
  }

  field(label: RegExp | string) {
    return this.page.getByLabel(label, { exact: false });
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.locator('.workspace__header [role="status"]')).toHaveText(/保存しました|Saved/);
  }
}
