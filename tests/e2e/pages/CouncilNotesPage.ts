import { expect, type CDPSession, type Page } from '@playwright/test';

/** Page model of the council note screen (議会メモ). */
export class CouncilNotesPage {
  private cdp: CDPSession | null = null;

  constructor(readonly page: Page) {}

  /** Creates a session from the list and lands on its note screen. */
  async create(title: string): Promise<string> {
    await this.page.goto('/#/council');
    await this.page.getByRole('textbox', { name: /会議名|Meeting name/ }).fill(title);
    await this.page.getByRole('button', { name: /会議を追加|Add meeting/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return decodeURIComponent(new URL(this.page.url()).hash.split('/')[2] ?? '');
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/#/council/${encodeURIComponent(id)}`);
    await expect(this.memo()).toBeVisible();
  }

  composer() {
    return this.page.locator('.note-composer');
  }

  speaker() {
    return this.composer().getByRole('combobox', { name: /発言者|Speaker/ });
  }

  memo() {
    return this.composer().getByRole('textbox', { name: /^(メモ|Note)$/ });
  }

  status() {
    return this.composer().getByTestId('note-save-status');
  }

  entries() {
    return this.page.getByTestId('note-entry');
  }

  headings() {
    return this.page.getByTestId('note-heading');
  }

  async setAgenda(lines: string[]): Promise<void> {
    await this.page.getByRole('textbox', { name: /議題（1行に1つ）|Agenda items/ }).fill(lines.join('\n'));
    await expect(this.page.getByRole('navigation', { name: /議題|Agenda/ }).getByRole('button')).toHaveCount(
      lines.length,
    );
  }

  /** Records one note per body, typed into 「メモ」 and closed with Enter; waits until all are listed. */
  async addNotes(bodies: readonly string[]): Promise<void> {
    const before = await this.entries().count();
    for (const body of bodies) {
      await this.memo().click();
      await this.page.keyboard.type(body);
      await this.page.keyboard.press('Enter');
    }
    await expect(this.entries()).toHaveCount(before + bodies.length);
  }

  /** Picks a speaker by keyboard: Alt+S, type, Enter (the note box then has the focus). */
  async pickSpeaker(typed: string): Promise<void> {
    await this.page.keyboard.press('Alt+KeyS');
    await expect(this.speaker()).toBeFocused();
    await this.page.keyboard.type(typed);
    await this.page.keyboard.press('Enter');
    await expect(this.memo()).toBeFocused();
  }

  /**
   * Types through a simulated IME: the reading is composed (composition events, `isComposing`
   * input events, as Chromium's own IME path produces them), then the conversion is committed.
   */
  async typeWithIme(reading: string, converted: string): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    for (let i = 1; i <= reading.length; i++) {
      const text = reading.slice(0, i);
      await this.cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    await this.cdp.send('Input.insertText', { text: converted });
  }

  /** Starts a composition and leaves it open (the candidate window is up). */
  async composeWithoutCommitting(reading: string): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    await this.cdp.send('Input.imeSetComposition', {
      text: reading,
      selectionStart: reading.length,
      selectionEnd: reading.length,
    });
  }

  /** Commits an open composition as `converted`. */
  async commitComposition(converted: string): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    await this.cdp.send('Input.insertText', { text: converted });
  }

  async waitSaved(): Promise<void> {
    await expect(this.status()).toHaveText(/保存しました|Saved/);
  }
}
