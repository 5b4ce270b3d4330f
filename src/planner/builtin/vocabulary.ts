// Colour and background words. Same conventions as subjects: `stems` take Russian endings,
// `words` are whole words (English plurals accepted).
import type { BackgroundId } from './subject.js';

export interface ColorWord {
  id: string;
  hex: string;
  stems: string[];
  words: string[];
}

export const COLOR_WORDS: readonly ColorWord[] = [
  {
    id: 'red',
    hex: '#e0333a',
    stems: ['красн', 'красненьк', 'алый', 'алая', 'алое', 'алого', 'багров'],
    words: ['red', 'crimson', 'scarlet'],
  },
  {
    id: 'light-blue',
    hex: '#5ac8f0',
    stems: ['голуб', 'бирюзов', 'лазурн'],
    words: ['cyan', 'turquoise', 'light blue', 'sky blue', 'aqua'],
  },
  { id: 'blue', hex: '#2f6fd8', stems: ['син', 'синеньк'], words: ['blue', 'navy'] },
  { id: 'green', hex: '#3fb04a', stems: ['зелен', 'зелененьк', 'салатов', 'изумрудн'], words: ['green', 'lime', 'emerald'] },
  { id: 'yellow', hex: '#f7d02a', stems: ['желт', 'желтеньк'], words: ['yellow'] },
  { id: 'pink', hex: '#f58ab8', stems: ['розов', 'розовеньк'], words: ['pink'] },
  { id: 'purple', hex: '#9b5de5', stems: ['фиолетов', 'сиренев', 'лилов', 'пурпурн'], words: ['purple', 'violet', 'lilac', 'magenta'] },
  { id: 'orange', hex: '#f28a1e', stems: ['оранжев', 'рыж', 'рыженьк'], words: ['orange', 'ginger'] },
  { id: 'black', hex: '#2a2a30', stems: ['черн', 'черненьк'], words: ['black'] },
  { id: 'white', hex: '#f4f4f8', stems: ['бел', 'беленьк', 'белоснежн'], words: ['white'] },
  { id: 'gold', hex: '#f2c12e', stems: ['золот', 'золотист', 'золотн'], words: ['gold', 'golden'] },
  { id: 'silver', hex: '#c0c6d0', stems: ['серебр', 'серебрян', 'серебрист'], words: ['silver'] },
  { id: 'grey', hex: '#8d8d96', stems: ['сер', 'серень'], words: ['gray', 'grey'] },
  { id: 'brown', hex: '#8a5a2b', stems: ['коричнев', 'шоколадн'], words: ['brown'] },
];

export interface BackgroundWord {
  id: BackgroundId;
  stems: string[];
  words: string[];
}

export const BACKGROUND_WORDS: readonly BackgroundWord[] = [
  {
    id: 'space',
    stems: ['космос', 'космическ', 'галактик', 'вселенн', 'планет', 'орбит'],
    words: ['space', 'cosmos', 'cosmic', 'galaxy', 'universe', 'planet', 'orbit', 'outer space'],
  },
  // Night is a time of day: with another setting it darkens that one ("у озера ночью").
  {
    id: 'night',
    stems: ['ноч', 'ночн', 'ночк', 'полноч', 'звездн'],
    words: ['night', 'nighttime', 'midnight', 'tonight', 'starry', 'nocturnal'],
  },
  { id: 'moon', stems: ['лунн', 'луноход'], words: ['lunar', 'moon surface', 'moonwalk'] },
  {
    id: 'lake',
    stems: ['озер', 'озерц', 'пруд', 'прудик', 'рек', 'речк', 'речуш'],
    words: ['lake', 'pond', 'river', 'lakeside', 'riverside'],
  },
  {
    id: 'underwater',
    stems: ['подводн', 'вод', 'океан', 'аквариум', 'глубин'],
    words: ['underwater', 'ocean', 'aquarium', 'undersea', 'water', 'deep sea', 'deep', 'under the sea'],
  },
  {
    id: 'beach',
    stems: ['пляж', 'пляжн', 'берег', 'побережь', 'мор', 'тропик', 'тропическ'],
    words: ['beach', 'sea', 'seaside', 'coast', 'shore', 'tropical', 'tropics'],
  },
  { id: 'forest', stems: ['лес', 'лесн', 'чащ', 'джунгл', 'рощ', 'тайг'], words: ['forest', 'woods', 'jungle', 'woodland', 'grove'] },
  {
    id: 'city',
    stems: ['город', 'городск', 'мегаполис', 'улиц', 'москв', 'столиц'],
    words: ['city', 'town', 'downtown', 'street', 'streets', 'metropolis', 'skyline'],
  },
  {
    id: 'snow',
    stems: ['зим', 'зимн', 'снег', 'снеж', 'сугроб', 'мороз', 'морозн', 'вьюг', 'метел'],
    words: ['winter', 'snow', 'snowy', 'frost', 'blizzard', 'wintry'],
  },
  {
    id: 'room',
    stems: ['комнат', 'комнатк', 'спальн', 'квартир', 'гостин', 'интерьер'],
    words: ['room', 'bedroom', 'indoors', 'inside', 'living room', 'apartment'],
  },
  { id: 'sunset', stems: ['закат', 'рассвет', 'вечер', 'вечерн'], words: ['sunset', 'sunrise', 'dusk', 'dawn', 'evening', 'twilight'] },
  {
    id: 'sky',
    stems: ['неб', 'небес', 'днем', 'дневн', 'лужайк', 'луг'],
    words: ['sky', 'day', 'daytime', 'skies', 'field', 'meadow', 'in the air', 'поле', 'поля', 'полю', 'полем', 'полях'],
  },
];

/** Words that change the subject's mood rather than the picture: a sleeping subject gets "z z". */
export const SLEEP_WORDS: readonly { stems: string[]; words: string[] }[] = [
  {
    stems: ['спящ', 'спит', 'спят', 'спал', 'дремл', 'дремлющ', 'сонн', 'засыпающ', 'засыпа'],
    words: ['sleeping', 'asleep', 'sleepy', 'sleeps', 'napping', 'dreaming'],
  },
];

/** Emoji that stand for a subject on their own. */
export const EMOJI_SUBJECTS: Readonly<Record<string, string>> = {
  '🐱': 'cat',
  '🐈': 'cat',
  '😺': 'cat',
  '😸': 'cat',
  '🐶': 'dog',
  '🐕': 'dog',
  '🚀': 'rocket',
  '❤': 'heart',
  '♥': 'heart',
  '💖': 'heart',
  '💕': 'heart',
  '💗': 'heart',
  '💘': 'heart',
  '💓': 'heart',
  '🧡': 'heart',
  '💛': 'heart',
  '💚': 'heart',
  '💙': 'heart',
  '💜': 'heart',
  '🍕': 'pizza',
  '🐉': 'dragon',
  '🐲': 'dragon',
  '☀': 'sun',
  '🌞': 'sun',
  '🎄': 'christmas-tree',
  '🏠': 'house',
  '🏡': 'house',
  '🌸': 'flower',
  '🌹': 'flower',
  '🌷': 'flower',
  '🌻': 'flower',
  '🌼': 'flower',
  '💐': 'flower',
  '🐟': 'fish',
  '🐠': 'fish',
  '🐡': 'fish',
  '⭐': 'star',
  '🌟': 'star',
  '🌙': 'moon',
  '🌕': 'moon',
  '🌛': 'moon',
  '🌜': 'moon',
  '🌳': 'tree',
  '🌲': 'christmas-tree',
  '🚗': 'car',
  '🚕': 'car',
  '🏎': 'car',
  '🍄': 'mushroom',
  '🚢': 'ship',
  '⛵': 'ship',
  '🛥': 'ship',
  '✈': 'plane',
  '🛩': 'plane',
  '🤖': 'robot',
  '👻': 'ghost',
  '🐢': 'turtle',
  '🐦': 'bird',
  '🐤': 'bird',
  '🦜': 'bird',
  '🦋': 'butterfly',
  '🦊': 'fox',
  '🐼': 'panda',
  '🐰': 'rabbit',
  '🐇': 'rabbit',
  '🏰': 'castle',
  '🏯': 'castle',
  '🗡': 'sword',
  '⚔': 'sword',
  '👑': 'crown',
  '🎂': 'cake',
  '🍰': 'cake',
  '🧁': 'cake',
  '🍦': 'ice-cream',
  '🍨': 'ice-cream',
  '🍧': 'ice-cream',
  '🍎': 'apple',
  '🍏': 'apple',
  '🍌': 'banana',
  '🍉': 'watermelon',
  '☕': 'coffee',
  '🍵': 'coffee',
  '🎸': 'guitar',
  '🌈': 'rainbow',
  '☁': 'cloud',
  '⛅': 'cloud',
  '⛄': 'snowman',
  '☃': 'snowman',
  '🎃': 'pumpkin',
  '🐘': 'elephant',
  '🐧': 'penguin',
};
