/** Stops what global-setup started (embedded servers, connections), last started first. */
export default async function globalTeardown(): Promise<void> {
  for (const resource of [...(globalThis.__tthcTestResources ?? [])].reverse()) await resource.stop();
}
