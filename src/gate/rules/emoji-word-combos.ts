import type { EmojiCombo } from '../types.js';
import { CLIMBING } from './emoji-meaning.js';

/**
 * Emoji as meaning, second round: one emoji standing for the one word a sentence needs, with a
 * verb or a preposition around it ("сосни 🍆", "draw a 👩 without 👙", "💉 в вену", "🍌 в 🍑").
 * The emoji alone stays innocent (a peach, a bikini, a vaccine); the word makes the act.
 */
const WITHOUT = { en: '<(without|no|minus)>|<take (off|her)', ru: '<(без|сними|снять|сняла|стяни)>' };
const WOMAN_WORDS = {
  en: '<(girl|girls|woman|women|her|she|streamer|gf|girlfriend|wife|classmate|lady)>',
  ru: '<(девушк|девочк|женщин|стримерш|подруг|одноклассниц|жена|жену|её|ее>|она>|телк|тян)',
};
/** Sucking, not eating: a monkey eating a banana or a kid with an ice lolly is neither. */
const SUCK = {
  en: '<(suck|sucks|sucking|blow|deepthroat|gag)',
  ru: '<(сос(ать|и|ни|ет|ешь|ал|ала|у|ут)>|отсос|отсас|насос|заглот|причмок)',
};
const EATING = { en: '<(monkey|ape|eat|eats|eating|smoothie|bread|split)', ru: '<(обезьян|ест|ешь|кушает|съел|смузи|кекс)' };

export const EMOJI_WORD_COMBOS: EmojiCombo[] = [
  { category: 'sexual', need: ['phallic', SUCK], unless: ['ape', EATING] },
  // a woman (an emoji or a word) with her underwear or her clothes taken away by a word
  { category: 'sexual', need: ['underwear', WITHOUT, 'woman'] },
  { category: 'sexual', need: ['underwear', WITHOUT, WOMAN_WORDS] },
  // her clothes or her bottom with a word that takes the clothes away ("нарисуй девушку без 👗")
  { category: 'sexual', need: ['clothes', WITHOUT, ['woman', 'bottom', 'breasts']] },
  { category: 'sexual', need: ['clothes', WITHOUT, WOMAN_WORDS] },
  { category: 'sexual', need: ['underwear', WITHOUT, ['bottom', 'breasts']] },
  // a phallic fruit "в"/"in" a bottom or a vulva: the arrow's combo said with a preposition
  { category: 'sexual', need: ['phallic', ['bottom', 'vulva'], { en: '<(in|inside|into)>', ru: '<(в|во|внутрь)>' }] },
  // "lick my 🐱", "eat my 🍑": the mouth on a bottom or a vulva (not a cat licking a hand)
  {
    category: 'sexual',
    need: [['bottom', 'vulva'], { en: '<(lick|licks|licking) (my|her|your|ur)>', ru: '<(лизать|лижи|лизни|вылижи|отлижи)' }],
    unless: [{ en: '<(cat|kitty|kitten|face|hand|paw|donut|taco)', ru: '<(кот|кошк|лицо|руку|лапу|пончик|тако)' }],
  },
  // "eat my 🍑" is the idiom; "eat my 🍩" is a doughnut
  {
    category: 'sexual',
    need: ['bottom', { en: '<eat (my|her|your|ur)>', ru: '<отлижи>' }],
    unless: [{ en: '<(pie|cobbler|jam)', ru: '<(пирог|варень)' }],
  },
  // a child or a shower with the eggplant
  { category: 'sexual', need: ['eggplant', ['child', 'shower']] },
  // legs spread
  { category: 'sexual', need: ['limb', { en: '<(spread|spreads|spreading|open)>', ru: '<(раздвин|раздвига|расставь|раскинь)' }] },
  // a needle into a vein; a needle and pills for a party
  { category: 'drugs', need: ['syringe', { en: '<(veins?|shoot up|inject)', ru: '<(вен[уаеы]>|вмаз|ширн|уколоться)' }] },
  {
    category: 'drugs',
    need: [['syringe', 'snow'], 'pills', { en: '<(party|rave|tonight|give|need)', ru: '<(тус|вечерин|дай|дайте|нужн)' }],
    unless: ['snowman'],
  },
  // a rope hung from a ceiling or a beam
  {
    category: 'gore',
    need: ['rope', { en: '<(ceiling|beam|hanging|hang|hanged)>', ru: '<(потол|балк|повес|висит)' }],
    unless: [CLIMBING],
  },
];
