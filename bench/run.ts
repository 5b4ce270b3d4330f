// `npm run bench`: runs every part's benchmark in turn and prints its numbers.
// Benchmarks are measurements, not timed tests: they never fail the build.
const PARTS = [
  'raster',
  'gate',
  'store',
  'donations',
  'planner',
  'gallery',
  'overlay',
  'restart',
  'handover',
  'streaming',
  'burst',
  'screening',
];

for (const part of PARTS) {
  const file = new URL(`./${part}.ts`, import.meta.url);
  console.log(`\n=== ${part} ===`);
  try {
    const module = (await import(file.href)) as { run?: () => Promise<void> };
    if (typeof module.run !== 'function') {
      console.log(`(bench/${part}.ts has no run())`);
      continue;
    }
    await module.run();
  } catch (error) {
    console.log(`(bench/${part}.ts failed: ${error instanceof Error ? error.message : String(error)})`);
  }
}
