import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './tests/e2e/support/chromium.ts';

/** The Lighthouse gate, which must have the machine to itself to measure performance fairly. */
const LIGHTHOUSE = '**/lighthouse.spec.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env.E2E_BASE_URL,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: LIGHTHOUSE },
    // Runs after every other test (`--no-deps` runs it alone).
    { name: 'lighthouse', testMatch: LIGHTHOUSE, dependencies: ['site'] },
  ],
});
