import { expect, type Page } from '@playwright/test';

/** Page model of the workshops section: list, planner, run mode, capture, minutes, presenter. */
export class WorkshopPage {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.goto('/#/workshops');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(/ワークショップ|Workshops/);
  }

  /** Creates a workshop (from a template when named) and waits for its planner. Returns its id. */
  async create(title: string, template?: string): Promise<string> {
    await this.openList();
    await this.page.getByRole('textbox', { name: 'ワークショップ名' }).fill(title);
    if (template)
      await this.page.getByRole('combobox', { name: 'テンプレート' }).selectOption({ label: template });
    await this.page.getByRole('button', { name: 'ワークショップを追加' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(title);
    return decodeURIComponent(/#\/workshops\/([^/]+)/.exec(this.page.url())![1]!);
  }

  rows() {
    return this.page.getByTestId('agenda-row');
  }

  rowTitles() {
    return this.rows().getByRole('textbox', { name: '項目名' });
  }

  async addItem(title: string, minutes: number): Promise<void> {
    const count = await this.rows().count();
    const titleField = this.page.getByRole('textbox', { name: '新しい項目' });
    await titleField.fill(title);
    await this.page.getByRole('spinbutton', { name: '分', exact: true }).fill(String(minutes));
    await this.page.getByRole('button', { name: '項目を追加' }).click();
    await expect(this.rows()).toHaveCount(count + 1);
    await expect(titleField).toHaveValue('');
  }

  async setStart(localDateTime: string): Promise<void> {
    await this.page.getByLabel('開始日時').fill(localDateTime);
  }

  /** Switches view and waits until it is shown (its link marked current, rendered with the view). */
  async view(name: '計画' | '進行' | '議事録'): Promise<void> {
    const link = this.page.getByRole('navigation', { name: '表示の切り替え' }).getByRole('link', { name });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }

  timer() {
    return this.page.getByRole('timer');
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }
}
