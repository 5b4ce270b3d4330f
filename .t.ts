import { createGatekeeper } from './src/gate/index.ts';
const g = createGatekeeper();
for (const t of process.argv.slice(2)) console.log(JSON.stringify(g.check(t)), t);
