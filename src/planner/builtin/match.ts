// Finds the subject, colour and background a message names.
//
// Text is lower-cased, ё folded to е, and split into words (letter/digit runs) and emoji.
// A Russian stem matches a word that is the stem plus one of the common noun/adjective
// endings below (котик|а, драконом → дракон|ом), so inflections work without a dictionary
// and without false prefixes (кот does not match "который": "орый" is no ending).
// Whole words match exactly or as a regular English plural (cats, foxes, bunnies).
// The earliest word in the message wins; names marked "~" only count when nothing else does.
import { PLANNED_MESSAGE_CHARS } from '../../core/index.js';
import { SUBJECTS } from './subjects/index.js';
import type { BackgroundId, Subject } from './subject.js';
import { BACKGROUND_WORDS, COLOR_WORDS, EMOJI_SUBJECTS } from './vocabulary.js';


const ENDINGS = new Set([
  '', 'а', 'я', 'у', 'ю', 'о', 'е', 'и', 'ы', 'ь', 'й',
  'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ью', 'ья', 'ьи', 'ье', 'ьё',
  'ии', 'ия', 'ию', 'ие', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'их', 'ых', 'им', 'ым', 'ую', 'юю',
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ьям', 'ьях', 'ьев', 'ьями',
]);
// Diminutives (котик, ёлочка) are listed as stems of their own rather than guessed.
const MAX_ENDING = 4;

type Kind = 'subject' | 'color' | 'background';

interface Entry {
  kind: Kind;
  id: string;
  weak: boolean;
}

interface Phrase {
  rest: string[];
  entry: Entry;
}

const stemIndex = new Map<string, Entry[]>();
const wordIndex = new Map<string, Entry[]>();
const phraseIndex = new Map<string, Phrase[]>();

export function foldText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

function add<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function englishForms(word: string): string[] {
  const forms = [word];
  if (!/^[a-z]+$/.test(word)) return forms;
  forms.push(`${word}s`, `${word}es`);
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`);
  if (word.endsWith('f')) forms.push(`${word.slice(0, -1)}ves`);
  if (word.endsWith('fe')) forms.push(`${word.slice(0, -2)}ves`);
  return forms;
}

function register(kind: Kind, id: string, stems: readonly string[], words: readonly string[]): void {
  for (const raw of stems) {
    const weak = raw.startsWith('~');
    add(stemIndex, foldText(weak ? raw.slice(1) : raw), { kind, id, weak });
  }
  for (const raw of words) {
    const weak = raw.startsWith('~');
    const parts = foldText(weak ? raw.slice(1) : raw).split(/[\s-]+/).filter(Boolean);
    const entry: Entry = { kind, id, weak };
    if (parts.length === 1) {
      for (const form of englishForms(parts[0])) add(wordIndex, form, entry);
      continue;
    }
    // Multi-word names: the last word may be plural ("ice creams").
    const last = parts[parts.length - 1];
    for (const form of englishForms(last)) {
      const rest = [...parts.slice(1, -1), form];
      const list = phraseIndex.get(parts[0]) ?? [];
      list.push({ rest, entry });
      phraseIndex.set(parts[0], list);
    }
  }
}

for (const s of SUBJECTS) register('subject', s.id, s.stems, s.words);
for (const c of COLOR_WORDS) register('color', c.id, c.stems, c.words);
for (const b of BACKGROUND_WORDS) register('background', b.id, b.stems, b.words);
for (const [emoji, id] of Object.entries(EMOJI_SUBJECTS)) add(wordIndex, emoji, { kind: 'subject', id, weak: false });

const TOKEN = /<3|[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu;

export function tokenize(message: string): string[] {
  const text = foldText(message.slice(0, PLANNED_MESSAGE_CHARS));
  return text.match(TOKEN) ?? [];
}

/** Everything a single token (and the tokens after it, for phrases) names. */
function entriesAt(tokens: string[], i: number): { entries: Entry[]; length: number } {
  const token = tokens[i];
  const found: Entry[] = [];
  let length = 1;
  for (const phrase of phraseIndex.get(token) ?? []) {
    if (phrase.rest.every((w, k) => tokens[i + 1 + k] === w)) {
      found.push(phrase.entry);
      length = Math.max(length, 1 + phrase.rest.length);
    }
  }
  found.push(...(wordIndex.get(token) ?? []));
  for (let cut = token.length; cut >= Math.max(2, token.length - MAX_ENDING); cut--) {
    if (!ENDINGS.has(token.slice(cut))) continue;
    found.push(...(stemIndex.get(token.slice(0, cut)) ?? []));
  }
  return { entries: found, length };
}

export interface MessageMatch {
  subject?: Subject;
  /** Every subject named, in message order (the first one is drawn). */
  subjects: Subject[];
  color?: string;
  colorId?: string;
  background?: BackgroundId;
}

const subjectById = new Map(SUBJECTS.map((s) => [s.id, s]));
const colorById = new Map(COLOR_WORDS.map((c) => [c.id, c.hex]));

export function matchMessage(message: string): MessageMatch {
  const tokens = tokenize(typeof message === 'string' ? message : '');
  const strong: string[] = [];
  const weak: string[] = [];
  let colorId: string | undefined;
  let background: BackgroundId | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const { entries } = entriesAt(tokens, i);
    // Phrases are matched from their first word, so a later word of one ("tree" in
    // "christmas tree") is read again on its own; the phrase came first and already won.
    for (const e of entries) {
      if (e.kind === 'subject') {
        const list = e.weak ? weak : strong;
        if (!list.includes(e.id)) list.push(e.id);
      } else if (e.kind === 'color') {
        colorId ??= e.id;
      } else {
        background ??= e.id as BackgroundId;
      }
    }
  }
  const ids = [...strong, ...weak.filter((id) => !strong.includes(id))];
  const subjects = ids.map((id) => subjectById.get(id)).filter((s): s is Subject => s !== undefined);
  return {
    subject: subjects[0],
    subjects,
    colorId,
    color: colorId ? colorById.get(colorId) : undefined,
    background,
  };
}
