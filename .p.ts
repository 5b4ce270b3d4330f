import { compilePattern, firstChars } from './src/gate/pattern.ts';
const [p, t] = process.argv.slice(2);
const src = compilePattern(p); console.log(src, firstChars(p)); console.log(new RegExp(src).exec(t));
