import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './tests/support/chromium';

// Overridable so two checkouts (or a benchmark and the tests) can run side by side.
const PORT = Number(process.env.KYOSO_E2E_PORT ?? 4173);

/** E2E runs the built renderer in web mode, in Debian's Chromium (no browser downloads here). */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry: a test that fails and then passes is reported as "flaky" in the summary (and each
  // one is a bug to find), but a busy 2-core CI machine's timing alone does not refuse the run.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
