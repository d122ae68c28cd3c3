/**
 * Web mode's member token (SECURITY.md): bound to the origin it was entered for, and sent over
 * plain http:// to another machine only after the user accepts a warning. No real server: requests
 * are answered by the test, which records what headers they carried.
 */
import { expect, test, type Page } from '@playwright/test';
import { SyncPage } from './pages/SyncPage';

const WORKSPACE = '0190a000-0000-7000-8000-000000000001';
const TOKEN = 'e2e-member-token-0123456789';
const LAN_SERVER = 'http://10.255.0.1:8787';

/** Answers every request to `origin` with 401 (CORS allowed) and records the Authorization headers. */
async function fakeServer(page: Page, origin: string): Promise<(string | null)[]> {
  const seen: (string | null)[] = [];
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
  };
  await page.route(`${origin}/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    seen.push((await request.allHeaders())['authorization'] ?? null);
    return route.fulfill({
      status: 401,
      headers: cors,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unauthorized', message: 'unknown token' } }),
    });
  });
  return seen;
}

async function fillForm(sync: SyncPage, serverUrl: string, token: string): Promise<void> {
  await sync.openSettings();
  await sync.page.getByLabel('サーバーのURL').fill(serverUrl);
  await sync.page.getByLabel('メンバートークン').fill(token);
  await sync.page.getByLabel('ワークスペースID').fill(WORKSPACE);
  await sync.page.getByRole('button', { name: '保存して同期' }).click();
}

test('plain http to another machine: the token is kept back unless the user accepts the warning', async ({
  page,
}) => {
  const sync = new SyncPage(page);
  const seen = await fakeServer(page, LAN_SERVER);
  const warnings: string[] = [];

  page.once('dialog', (dialog) => {
    warnings.push(dialog.message());
    void dialog.dismiss();
  });
  await fillForm(sync, LAN_SERVER, TOKEN);
  await expect(page.getByRole('alert')).toHaveText(
    /暗号化されていない接続のため、トークンを保存しませんでした/,
  );
  expect(warnings[0]).toContain(`${LAN_SERVER} とは暗号化されていない http:// で通信します`);
  expect(seen).toEqual([]);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('メンバートークン').fill(TOKEN);
  await page.getByRole('button', { name: '保存して同期' }).click();
  await expect(page.getByTestId('sync-settings-status')).toHaveText(/このトークンを受け付けません/);
  expect(seen.length).toBeGreaterThan(0);
  expect(new Set(seen)).toEqual(new Set([`Bearer ${TOKEN}`]));
});

test('the token is bound to its server: another origin needs its own token and never gets this one', async ({
  page,
}) => {
  const sync = new SyncPage(page);
  const first = await fakeServer(page, 'http://127.0.0.1:9');
  const other = await fakeServer(page, 'http://localhost:9');
  // Loopback: no warning, the token is saved and used.
  page.on('dialog', () => {
    throw new Error('no warning expected for this machine');
  });
  await fillForm(sync, 'http://127.0.0.1:9', TOKEN);
  await expect(page.getByTestId('sync-settings-status')).toHaveText(/このトークンを受け付けません/);
  expect(first).toContain(`Bearer ${TOKEN}`);

  // The same server under another name is another origin: the saved token does not follow the URL.
  await sync.openSettings();
  await page.getByLabel('サーバーのURL').fill('http://localhost:9');
  await page.getByRole('button', { name: '保存して同期' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /保存済みのトークンは別のサーバー（http:\/\/127\.0\.0\.1:9）用です/,
  );
  expect(other).toEqual([]);
});

test('保存して同期 by keyboard keeps the focus on the button while and after it tries the server', async ({
  page,
}) => {
  const sync = new SyncPage(page);
  await fakeServer(page, 'http://127.0.0.1:9');
  await sync.openSettings();
  await page.getByLabel('サーバーのURL').fill('http://127.0.0.1:9');
  await page.getByLabel('メンバートークン').fill(TOKEN);
  await page.getByLabel('ワークスペースID').fill(WORKSPACE);
  const save = page.getByRole('button', { name: '保存して同期' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sync-settings-status')).toHaveText(/このトークンを受け付けません/);
  await expect(save).toBeFocused();
});
