export default async function globalTeardown() {
  await globalThis.__SUUNTA_TEST_PG__?.stop();
}
