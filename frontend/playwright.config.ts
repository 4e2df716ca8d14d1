import { defineConfig } from '@playwright/test'

// The harness starts the Pingxuan server (back end + built SPA) and tells the tests where it is.
const baseURL = process.env.PINGXUAN_BASE_URL
if (!baseURL) {
  throw new Error(
    'PINGXUAN_BASE_URL is not set. Start the Pingxuan server first, then run for example:\n' +
      '  PINGXUAN_BASE_URL=http://localhost:8080 npm run test:e2e',
  )
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Playwright's own browser download cannot work here: use the system Chromium.
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
