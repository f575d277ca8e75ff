import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts', 'content/**/*.test.ts'],
    environment: 'node',
    // A timeout here only guards against a hang, never judges speed: a shared
    // 2-core machine under load ran the 13 s MDX bundling test past 120 s.
    testTimeout: 600_000,
    // server-only throws outside a React server build; tests import *.server.ts directly.
    alias: { 'server-only': fileURLToPath(new URL('./lib/testing/server-only-stub.ts', import.meta.url)) },
  },
});
