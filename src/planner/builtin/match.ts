// Finds the subject, colour and background a message names.
//
// Text is lower-cased, ё folded to е, and split into words (letter/digit runs) and emoji.
// A Russian stem matches a word that is the stem plus one of the common noun/adjective
// endings below (котик|а, драконом → дракон|ом), so inflections work without a dictionary
// and without false prefixes (кот does not match "который": "орый" is no ending).
// Whole words match exactly or as a regular English plural (cats, foxes, bunnies).
// Subjects come out in message order (the first is the main one, up to MAX_THINGS), each with
// the word before it, which tells the layout how it joins in ("с мечом", "eating pizza").
// Names marked "~" only count when nothing else does.
import { PLANNED_MESSAGE_CHARS } from '../../core/index.js';
import { SUBJECTS } from './subjects/index.js';
import type { BackgroundId, Subject } from './subject.js';
import { BACKGROUND_WORDS, COLOR_WORDS, EMOJI_SUBJECTS, SLEEP_WORDS } from './vocabulary.js';

/** A picture holds the main subject and at most two more things: more would be unreadable at 96x96. */
export const MAX_THINGS = 3;

const ENDINGS = new Set([
  '',
  'а',
  'я',
  'у',
  'ю',
  'о',
  'е',
  'и',
  'ы',
  'ь',
  'й',
  'ом',
  'ем',
  'ой',
  'ей',
  'ою',
  'ею',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ью',
  'ья',
  'ьи',
  'ье',
  'ьё',
  'ии',
  'ия',
  'ию',
  'ие',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'их',
  'ых',
  'им',
  'ым',
  'ую',
  'юю',
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ьям',
  'ьях',
  'ьев',
  'ьями',
]);
// Diminutives (котик, ёлочка) are listed as stems of their own rather than guessed.
const MAX_ENDING = 4;

type Kind = 'subject' | 'color' | 'background' | 'sleep';

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
    const parts = foldText(weak ? raw.slice(1) : raw)
      .split(/[\s-]+/)
      .filter(Boolean);
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
for (const w of SLEEP_WORDS) register('sleep', 'sleep', w.stems, w.words);
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

export interface Mention {
  subject: Subject;
  /** The token just before the name ('' at the start): "и", "с", "в", "eating", … */
  connector: string;
}

export interface MessageMatch {
  subject?: Subject;
  /** Every subject named, in message order (the first one is drawn). */
  subjects: Subject[];
  /** The first MAX_THINGS subjects with the word before each (the ones drawn). */
  mentions: Mention[];
  color?: string;
  colorId?: string;
  /** The scene: a setting word, or "night" alone. */
  background?: BackgroundId;
  /** The scene named explicitly, night alone included (what `drawstream plan` reports). */
  setting?: BackgroundId;
  /** "ночью"/"at night" was said together with a setting: draw that setting by night. */
  night: boolean;
  sleeping: boolean;
}

const subjectById = new Map(SUBJECTS.map((s) => [s.id, s]));
const colorById = new Map(COLOR_WORDS.map((c) => [c.id, c.hex]));
/** Little words skipped when looking for the connector before a name ("with a hat", "на эту луну"). */
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'my',
  'his',
  'her',
  'some',
  'big',
  'little',
  'small',
  'cute',
  'маленьк',
  'эту',
  'этой',
  'свою',
  'своей',
]);

function connectorBefore(tokens: string[], i: number): string {
  let k = i - 1;
  while (k >= 0 && FILLERS.has(tokens[k])) k--;
  return k >= 0 ? tokens[k] : '';
}

export function matchMessage(message: string): MessageMatch {
  const tokens = tokenize(typeof message === 'string' ? message : '');
  const strong: Mention[] = [];
  const weak: Mention[] = [];
  let colorId: string | undefined;
  let background: BackgroundId | undefined;
  let night = false;
  let sleeping = false;
  for (let i = 0; i < tokens.length; i++) {
    const { entries } = entriesAt(tokens, i);
    // Phrases are matched from their first word, so a later word of one ("tree" in
    // "christmas tree") is read again on its own; the phrase came first and already won.
    for (const e of entries) {
      switch (e.kind) {
        case 'subject': {
          const subject = subjectById.get(e.id);
          if (!subject) break;
          const connector = connectorBefore(tokens, i);
          if (subject.asSetting?.after.includes(connector)) {
            background ??= subject.asSetting.setting;
            break;
          }
          const list = e.weak ? weak : strong;
          if (!list.some((m) => m.subject.id === e.id)) list.push({ subject, connector });
          break;
        }
        case 'color':
          colorId ??= e.id;
          break;
        case 'background':
          if (e.id === 'night') night = true;
          else background ??= e.id as BackgroundId;
          break;
        case 'sleep':
          sleeping = true;
          break;
        default: {
          const never: never = e.kind;
          throw new Error(`unknown entry kind ${String(never)}`);
        }
      }
    }
  }
  // Weak names ("merry christmas", "with love") only draw when nothing was named outright.
  const all = strong.length > 0 ? strong : weak;
  const mentions = all.slice(0, MAX_THINGS);
  return {
    subject: all[0]?.subject,
    subjects: all.map((m) => m.subject),
    mentions,
    colorId,
    color: colorId ? colorById.get(colorId) : undefined,
    background: background ?? (night ? 'night' : undefined),
    setting: background ?? (night ? 'night' : undefined),
    night: night && background !== undefined,
    sleeping,
  };
}
