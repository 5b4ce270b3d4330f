/**
 * The operator's own block/allow words (GATE_RULES_FILE). Read once at start-up; any
 * problem is a GateRulesError naming the file and line, so the service refuses to start
 * with one clear message instead of failing later.
 */
import { readFileSync } from 'node:fs';
import type { GateAllowList, GateCategory, GateLexicon } from './types.js';
import { GateRulesError } from './matcher.js';
import { normalizeText } from './normalize.js';

const CATEGORIES: readonly GateCategory[] = ['sexual', 'profanity', 'hate', 'gore', 'drugs'];
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_ENTRY_CHARS = 200;

export interface CustomRules {
  lexicons: GateLexicon[];
  allowLists: GateAllowList[];
  blockCount: number;
  allowCount: number;
}

interface Entry {
  kind: 'block' | 'allow';
  category: GateCategory;
  text: string;
  where: string;
}

/** Operator word → pattern: exact word (or phrase) by default, any ending with a trailing "*". */
function entryPattern(text: string, where: string): { lang: 'en' | 'ru'; pattern: string } {
  let t = text.trim();
  const prefix = t.endsWith('*');
  if (prefix) t = t.replace(/\*+$/, '').trim();
  if (!t) throw new GateRulesError(`${where}: empty word`);
  if (t.length > MAX_ENTRY_CHARS) throw new GateRulesError(`${where}: entry longer than ${MAX_ENTRY_CHARS} characters`);
  const f = normalizeText(t);
  const isRu = /[а-я]/.test(f.cyr) && /[а-яё]/i.test(t);
  const form = (isRu ? f.cyr : f.lat).split(' | ')[0];
  if (!/[0-9a-zа-я]/.test(form)) throw new GateRulesError(`${where}: ${JSON.stringify(text)} has no letters or digits`);
  const escaped = form.replace(/[<>()[\]{}|~.\\?*+$^-]/g, (c) => `\\${c}`);
  return { lang: isRu ? 'ru' : 'en', pattern: `<${escaped}${prefix ? '' : '>'}` };
}

function parseCategory(word: string | undefined, where: string): GateCategory {
  if (!word) return 'profanity';
  const c = word.toLowerCase() as GateCategory;
  if (!CATEGORIES.includes(c)) {
    throw new GateRulesError(`${where}: unknown category ${JSON.stringify(word)} (use one of ${CATEGORIES.join(', ')})`);
  }
  return c;
}

function parseText(content: string, file: string): Entry[] {
  const entries: Entry[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const m = /^(block|allow)(?:\s+([a-z]+))?\s*:\s*(.*)$/i.exec(trimmed);
    if (!m) {
      throw new GateRulesError(
        `${where}: expected "block: WORD", "block CATEGORY: WORD" or "allow: WORD", got ${JSON.stringify(trimmed.slice(0, 60))}`,
      );
    }
    const kind = m[1].toLowerCase() as 'block' | 'allow';
    if (kind === 'allow' && m[2]) throw new GateRulesError(`${where}: "allow" takes no category`);
    entries.push({ kind, category: parseCategory(m[2], where), text: m[3], where });
  });
  return entries;
}

function parseJson(content: string, file: string): Entry[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    throw new GateRulesError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new GateRulesError(`${file}: expected an object like {"block": [...], "allow": [...]}`);
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== 'block' && key !== 'allow') throw new GateRulesError(`${file}: unknown key ${JSON.stringify(key)}`);
  }
  const entries: Entry[] = [];
  const words = (value: unknown, where: string): string[] => {
    if (!Array.isArray(value) || value.some((w) => typeof w !== 'string')) {
      throw new GateRulesError(`${where}: expected an array of strings`);
    }
    return value as string[];
  };
  if (obj.block !== undefined) {
    if (Array.isArray(obj.block)) {
      words(obj.block, `${file}: "block"`).forEach((w, i) =>
        entries.push({ kind: 'block', category: 'profanity', text: w, where: `${file}: block[${i}]` }),
      );
    } else if (obj.block && typeof obj.block === 'object') {
      for (const [cat, list] of Object.entries(obj.block as Record<string, unknown>)) {
        const category = parseCategory(cat, `${file}: "block"`);
        words(list, `${file}: block.${cat}`).forEach((w, i) =>
          entries.push({ kind: 'block', category, text: w, where: `${file}: block.${cat}[${i}]` }),
        );
      }
    } else {
      throw new GateRulesError(`${file}: "block" must be an array or an object of category → array`);
    }
  }
  if (obj.allow !== undefined) {
    words(obj.allow, `${file}: "allow"`).forEach((w, i) =>
      entries.push({ kind: 'allow', category: 'profanity', text: w, where: `${file}: allow[${i}]` }),
    );
  }
  return entries;
}

/** Parse the operator file's content (text or JSON format). */
export function parseCustomRules(content: string, file = 'custom rules'): CustomRules {
  if (content.includes('\u0000')) throw new GateRulesError(`${file}: binary file, expected text or JSON`);
  const body = content.replace(/^\uFEFF/, '');
  const entries = body.trimStart().startsWith('{') ? parseJson(body, file) : parseText(body, file);
  const lexicons = new Map<string, GateLexicon>();
  const allowEn: string[] = [];
  const allowRu: string[] = [];
  let blockCount = 0;
  let allowCount = 0;
  for (const e of entries) {
    const { lang, pattern } = entryPattern(e.text, e.where);
    if (e.kind === 'allow') {
      (lang === 'en' ? allowEn : allowRu).push(pattern);
      allowCount++;
      continue;
    }
    const key = `${lang}/${e.category}`;
    let lex = lexicons.get(key);
    if (!lex) {
      lex = { name: 'custom', lang, category: e.category, block: [] };
      lexicons.set(key, lex);
    }
    lex.block.push(pattern);
    blockCount++;
  }
  const allowLists: GateAllowList[] = [];
  if (allowEn.length) allowLists.push({ lang: 'en', allow: allowEn });
  if (allowRu.length) allowLists.push({ lang: 'ru', allow: allowRu });
  return { lexicons: [...lexicons.values()], allowLists, blockCount, allowCount };
}

export function loadCustomRules(file: string): CustomRules {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new GateRulesError(`gate rules file ${file}: cannot read it (${code})`);
  }
  if (buf.length > MAX_FILE_BYTES) throw new GateRulesError(`gate rules file ${file}: larger than 2 MiB`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\ufffd')) throw new GateRulesError(`gate rules file ${file}: not valid UTF-8 text`);
  return parseCustomRules(text, file);
}
