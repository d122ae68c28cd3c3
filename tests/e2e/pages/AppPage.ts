import { expect, type Page } from '@playwright/test';
import { IssueWorkspacePage } from './IssueWorkspacePage';

/** Page model of the app shell and the issue list. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = '#/issues'): Promise<void> {
    await this.page.goto(`/${hash}`);
    await expect(this.page.getByRole('navigation', { name: /メインメニュー|Main menu/ })).toBeVisible();
  }

  nav(section: 'issues' | 'workshops' | 'council' | 'search' | 'settings') {
    return this.page.getByTestId(`nav-${section}`);
  }

  async switchLanguage(name: '日本語' | 'English'): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name }).click();
  }

  async addIssue(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /課題のタイトル|Issue title/ }).fill(title);
    await this.page.getByRole('button', { name: /課題を追加|Add issue/ }).click();
    await expect(this.issueList().getByText(title)).toBeVisible();
  }

  issueList() {
    return this.page.getByTestId('issue-list');
  }

  /** Opens the app, adds an issue titled `title` and opens its workspace. */
  async openNewIssue(title: string): Promise<IssueWorkspacePage> {
    await this.open();
    await this.addIssue(title);
    await this.issueList()
      .getByRole('link', { name: new RegExp(title) })
      .click();
    const ws = new IssueWorkspacePage(this.page);
    await expect(ws.rawInput()).toBeVisible();
    return ws;
  }
}
