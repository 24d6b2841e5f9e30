export default async function globalTeardown(): Promise<void> {
  await globalThis.__tthcDashboard?.stop();
  globalThis.__tthcDashboard = undefined;
}
