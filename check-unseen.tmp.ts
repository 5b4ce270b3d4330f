import { readFileSync } from 'node:fs';
import { explainPlan } from './src/planner/builtin/index.js';
const f = JSON.parse(readFileSync('/work/wt/scenes/src/planner/builtin/fixtures/unseen-requests.json', 'utf8'));
let generic = 0, drawable = 0, both = 0, multi = 0;
for (const r of f.requests) {
  if (r.drawable === false) continue;
  drawable++;
  const { choice } = explainPlan(r.text, 1) as any;
  const ids: string[] = choice.subjectIds ?? [choice.subjectId];
  if (choice.generic) generic++;
  const ok = r.expect.every((id: string) => ids.includes(id));
  if (r.expect.length > 1) { multi++; if (ok) both++; }
  console.log(choice.generic ? 'GENERIC' : ok ? 'ok     ' : 'partial', r.text, '→', ids.join(','), choice.setting ?? choice.background);
}
console.log({ drawable, generic, multi, both });
