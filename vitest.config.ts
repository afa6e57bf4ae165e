import { defineConfig } from 'vitest/config';

// Kept apart from the React Router Vite config on purpose (see STACK.md): the web build's
// plugins must not run inside the test runner.
const shared = {
  include: [] as string[],
  exclude: ['**/node_modules/**', '**/build/**', 'e2e/**', 'bench/**'],
};

export default defineConfig({
  test: {
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'apps/*/app/**/*.test.ts', 'apps/*/app/**/*.test.tsx', 'apps/*/src/**/*.test.ts', 'apps/web/server/**/*.test.ts'],
          exclude: [...shared.exclude, '**/*.integration.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          ...shared,
          name: 'integration',
          include: ['packages/*/src/**/*.integration.test.ts', 'apps/*/app/**/*.integration.test.ts', 'apps/*/src/**/*.integration.test.ts', 'apps/web/server/**/*.integration.test.ts'],
          environment: 'node',
          globalSetup: ['./packages/db/src/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
