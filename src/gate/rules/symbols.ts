import type { GateLexicon } from '../types.js';

/**
 * Rules on the raw text (NFKC, lower case, invisibles stripped): emoji, symbols,
 * numbers and ASCII art. These are plain JavaScript regexes (flag "u").
 */
export const hateSymbols: GateLexicon = {
  lang: 'raw',
  category: 'hate',
  block: [
    '[卍卐࿕࿖࿗࿘]', // swastikas, including the "Buddhist" one: on a stream overlay it reads as nazi
    // 88 told by its neighbours ("the number after 87 and before 89", "between 1487 and 1489"); a raised hand beside the
    // German flag and a year of the Reich (eleventh round)
    '(after|between|между|после) (14)?87 (and |и )?(before |до )?(14)?89(?![0-9])',
    '[✋🤚]\\s*🇩🇪[^\\n]{0,30}19(3[3-9]|4[0-5])|19(3[3-9]|4[0-5])[^\\n]{0,30}[✋🤚]\\s*🇩🇪|🇩🇪\\s*[✋🤚][^\\n]{0,30}19(3[3-9]|4[0-5])',
    'ᛋᛋ|ϟϟ|ꟽꟽ|⚡⚡ ?(officer|офицер|солдат|soldier|runes|руны|uniform|форм|мундир|division|дивизи|guard|охран|totenkopf|тотенкопф)',
    // the SS runes as two lightning bolts right beside a helmet, a uniform, an eagle, a death's head
    // or the German flag (a storm with an eagle or a policeman further on is weather)
    '⚡\\s?⚡\\s?(🪖|💂|👮|🎖|🦅|💀|☠|🇩🇪)|(🪖|💂|👮|🎖|🦅|💀|☠|🇩🇪)\\s?⚡\\s?⚡',
    '(?<![0-9])14\\s?[/\\\\|,.\\-_ ]?\\s?88(?![0-9])',
    '(?<![0-9])1\\s?4\\s?8\\s?8(?![0-9])', // 1488, "1 4 8 8"
    {
      pattern: '(?<![0-9])88(?![0-9])',
      context: {
        raw: '(?<![a-zа-я])(hh|heil|хаил|хайль|зиг|sieg|reich|рейх|adolf|адольф|aryan|арий|totenkopf|тотенкопф)(?![a-zа-я])|death\\W?s head|(?<![0-9])14(?![0-9])|⚡\\s?⚡|卐|卍|💀|☠',
      },
    },
    '(?<![a-zа-я])h\\s?h\\s?(88|14)(?![0-9])',
    '(?<![a-z])k[\\s.\\-_*]?k[\\s.\\-_*]?k(?![a-z])', // also spelled out: "k.k.k"
    '(?<![а-я])к[\\s.\\-_*]?к[\\s.\\-_*]?к(?![а-я])',
    '🙋‍?♂?\\s?(heil|хаил|хайль|зиг)',
    // the runes described as two bolts on a collar or a patch
    { pattern: '⚡\\s?⚡', context: { ru: '<(воротник|петлиц|нашивк|шевро|погон)', en: '<(collar|collars|patch|patches|lapel|epaulet)' } },
    // a pride flag being burned
    {
      pattern: '🏳\\ufe0f?\\u200d?🌈',
      context: { ru: '<(сжига|сжечь|сожг|сожж|поджиг|горят|горит)', en: '<(burn|burns|burning|burned|burnt)>' },
    },
  ],
};

export const profanitySymbols: GateLexicon = {
  lang: 'raw',
  category: 'profanity',
  block: [
    '🖕',
    // the duck for "fuck" (autocorrect's "ducking"): "go 🦆 yourself", "🦆 off", "🦆ing"; not "a 🦆 for you"
    '(?<![a-z])(go|to|and) 🦆 ?(yourself|urself|your ?self|ur ?self|off)(?![a-z])|(?<!(a|the|my|little|rubber|draw|нарисуи) )🦆 ?(off|you|u)(?![a-z])|🦆 ?(ing|in|ed|er|ers)(?![a-z])',
    // the eggplant for хуй in the set phrases: "иди на 🍆", "пошёл на 🍆", "🍆сос"; "suck my 🍆" is sexual
    '(?<![а-я])(иди|идите|пош[её]л|пошла|пошли|вали|валите|катись|ш[её]л|посылаю|послал) ?(ты |вы )?на ?[🍆🥒🌭🍌]|[🍆🥒🌭] ?(сос|плет|глот)|[🍆🥒🌭] ?(head|face)(?![a-z])',
    // the pile of poo for "shit": "💩head", "💩show", "💩hole"
    '💩 ?(head|heads|face|hole|holes|show|bag|ass)(?![a-z])',
    // "f*** you", "f*** off": a starred word of one letter has no listed word to fill it (ninth round)
    '(?<![a-z])f[*#@$%]{2,4}(?:k|ck)? ?(you|u|off|this|that|him|her|them|it|yourself|urself)(?![a-z])',
    // the peach for "ass" inside a word: "a🍑hole", "🍑hat" (tenth round)
    '(?<![a-z])a?🍑 ?(hole|holes|wipe|hat|clown|kisser|licker)(?![a-z])',
    // "eat 💩", "жри 💩": the insult, not a poo emoji on its own
    '(?<![a-z])(eat|eats|eating|go eat)( some| my)? ?💩|(?<![а-я])(ешь|жри|сожри|съешь|жрать)( мое| моё)? ?💩',
    // the rooster for "cock": "🐓 sucker", "suck my 🐓"
    '🐓 ?(sucker|suckers|sucking)(?![a-z])|(suck|sucks|sucking) (my|his|a|ur|your) 🐓',
  ],
};

/** Words that make a lone suggestive emoji sexual. Not "wet"/"мокрый": a cat after a bath 🐱💦. */
const SUGGESTIVE = {
  en: '<(sexy|lick|licking|licks|suck|sucking|sucks|daddy|mommy|horny|naked|nude|booty|thicc|ride|riding|spank|spanking|bend over|moan|cum|dick|cock|pussy|boobs|tits|ass|butt|sex|in (her|his|my|your) mouth)>',
  ru: '<(сос(ать|и|у|ет|ешь|ала|ал)>|отсос|лиз(ать|ни|нуть|ну|ает|ала|ал)>|лиже|папочк|мамочк|попк|попочк|трах|вставл|кончи|дроч|секс|возбужд|хочу тебя|в рот|во рту|детка|жопк|булочк)',
};

/** Suggestive emoji count only in sexual context: a lone 🍑 in "нарисуй персик 🍑" is innocent. */
export const sexualSymbols: GateLexicon = {
  lang: 'raw',
  category: 'sexual',
  block: [
    '🔞',
    // the corn for "porn" (algospeak): "🌽 of <a streamer>", "🌽 pics" (tenth round); not corn from a farm
    '🌽 ?(of|pics|vids|videos|site|sites|hub|star|stars)(?![a-z])|🌽 ?(с|про|сайт|звезд)(?![а-я])',
    '(?<![a-z0-9])r ?34(?![0-9])', // rule 34: the word forms read "r34" as "rea"
    '(?<![0-9])18\\s?\\+|\\+\\s?18(?![0-9])',
    // two different suggestive emoji; 🍆 with 🍑 alone is an emoji combo (emoji-meaning.ts)
    // that a garden or a recipe cancels
    '([💦👅🫦🥵👄])[^]{0,80}?(?!\\1)[🍆🍑💦👅🫦👄]|[🍆🍑][^]{0,80}?[💦👅🫦👄]',
    '👉\\s?👌|👌\\s?👈',
    '👉\\s?🕳|🕳\\s?👈|✌\\s?👅|👅\\s?✌', // a finger into a hole; the tongue between two fingers
    // "show me your 🍒🍒", "покажи свои 🍒": a bowl of cherries is not shown by "her"
    '(?<![a-z])(show|shows|flash|flashes|flashing) (me |us )?(your|her|ur|those) ?(🍒|🍈)|(?<![а-я])(покажи|показала|показывает|свети|светит|светила) (мне |нам )?(свои|ее) ?(🍒|🍈)',
    '(?<![a-zа-я0-9=])[8b]\\s?={1,}[=\\-]*\\s?[d>](?![a-z])', // 8===D
    '\\(\\s?\\.\\s?\\)\\s?\\(\\s?\\.\\s?\\)', // (.)(.)
    '\\(\\s?\\.\\s?y\\s?\\.\\s?\\)', // (.Y.)
    { pattern: '[🍆🍑💦🫦]', context: SUGGESTIVE },
    // a cat licking milk 👅 is a cat: the tongue alone needs a word that is not licking
    {
      pattern: '👅',
      context: {
        en: SUGGESTIVE.en.replace('lick|licking|licks|', ''),
        ru: SUGGESTIVE.ru.replace('|лиз(ать|ни|нуть|ну|ает|ала|ал)>|лиже', ''),
      },
    },
  ],
};
export const goreSymbols: GateLexicon = {
  lang: 'raw',
  category: 'gore',
  block: [
    '🔪\\s?🩸?\\s?(wrist|запясть|вен)',
    '🪢\\s?(neck|шея|шее)',
    // a weapon or a rope for "yourself": "🔫 yourself", "🪢 себя"
    '(🔫|🔪|🗡|🪢)\\s?(yourself|urself|your ?self|ur ?self|himself|herself|themselves|себя|себе|сибя)(?![a-zа-я])',
    // a handful of pills and sleep or death: an overdose, not one sleeping pill
    // under a train: "нарисуй меня под 🚂", "jump in front of the 🚆"
    '(?<![а-я])(меня|себя|ляг|лечь|лег|легла|броситься|бросься|бросилась|бросился|прыгни|прыгнуть|прыгнул|прыгнула) под ?(🚂|🚆|🚄|🚅|🚇|🚃)|(jump|jumps|jumping|jumped|lie|lying|throw (myself|yourself|himself|herself)) (in front of|under) (the |a )?(🚂|🚆|🚄|🚅|🚇|🚃)',
    '💊(\\s?💊){2,}[^]{0,12}?(😴|💤|💀|☠|⚰|🪦|😵)',
    // a skull by a train as the whole message ("💀🚂", "нарисуй меня 💀🚂"): "late train 💀" has words
    '^((нарисуи|рисуи|draw|me|меня|мне|себя|myself|pls|please|плиз|пж)\\s?)*(💀|☠)\\s?(🚂|🚆|🚄|🚅|🛤|🚇|🚃)\\s?$',
  ],
};

export const drugSymbols: GateLexicon = {
  lang: 'raw',
  category: 'drugs',
  block: ['❄\\s?(line|lines|дорожк)', '💉\\s?(heroin|героин|meth|меф)'],
};
