import { normalizeText } from './src/gate/normalize.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(normalizeText(t)));
