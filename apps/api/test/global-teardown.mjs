import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  await globalThis.__SUUNTA_TEST_PG__?.stop();
  if (globalThis.__SUUNTA_TEST_PG_DIR__) rmSync(globalThis.__SUUNTA_TEST_PG_DIR__, { recursive: true, force: true });
}
