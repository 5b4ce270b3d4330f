import { worstPlans } from './bench/raster.js';
import { parsePlan } from './src/dsl/index.js';
import { compilePlan } from './src/raster/index.js';
const name = process.argv[2];
const size = Number(process.argv[3] ?? 96);
const raw = worstPlans(size)[name];
const { plan } = parsePlan(raw);
const times: number[] = [];
for (let i = 0; i < 8; i++) {
  const t = performance.now(); const c = compilePlan(plan!); times.push(performance.now() - t);
}
console.log(name, size, times.map((t) => t.toFixed(1)).join(' '));
