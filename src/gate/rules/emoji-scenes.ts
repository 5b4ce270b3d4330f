import type { EmojiCombo, EmojiFamily } from '../types.js';
import { GROUPS, KITCHEN, TOY_GUN } from './emoji-meaning.js';

/**
 * Emoji as meaning, third round: scenes a red team tells with pictographs the first two rounds
 * did not model — a gun to a smiling face, a grave for "you", flags standing for a people, a
 * weapon, a bomb, a rope, disgust or a bin put next to a group's name, a line of powder, crystal
 * cooked in a lab. Each keeps the innocent reading of its emoji alone and names what cancels it.
 */
/** A play gun or a game: a nerf war, a western, space invaders, a shooter. */
const PLAY = [
  'water',
  'fluids',
  TOY_GUN,
  {
    en: '<(cowboy|western|sheriff|alien|robot|space|game|gaming|gta|fortnite|counter|cs|valorant|pew|duel|roulette)',
    ru: '<(ковбо|вестерн|шериф|пришел|робот|космос|игр|гта|дуэл|пиу|рулетк)',
  },
];
/** A people's food or feast: Chinese New Year firecrackers, "Mexican food is 💣", a sick stomach. */
const FOOD_AND_FEAST = {
  en: '<(food|foods|restaurant|takeout|takeaway|dish|dishes|cuisine|dinner|lunch|new year|firework|fireworks|firecracker|festival|lantern|holiday|ate|eaten|sick|flu)',
  ru: '<(еда|еду|еды|кухн|ресторан|блюд|обед|ужин|нов(ый|ого|ом) год|фейерверк|салют|праздник|фонар|съел|отравил|болею|грипп)',
};
/** A rope for climbing, swinging, sailing or skipping. */
const CLIMB_WORDS = {
  en: '<(climb|climbing|swing|knot|knots|sailing|boat|jump rope|skipping)',
  ru: '<(лаз|скалолаз|альпин|качел|узел|узлы|парус|лодк|скакалк)',
};
/** The eggplant as a vegetable. */
const VEGETABLES = {
  en: '<(eggplants?|aubergines?|garden|vegetables?|fruits?|harvest|recipe|grill|cook|market|salad)',
  ru: '<(баклажан|овощ|фрукт|грядк|огород|урожа|рецепт|гриль|жар|рын|салат)',
};
/** A bin that is a bin: recycling day, a clean-up. */
const NOT_A_BIN = { en: '<(recycl|bin day|clean|cleaning|litter)', ru: '<(переработ|уборк|субботник|мусор выно|чист)' };
/** Where an ape or a pig with a flag is an animal of that country. */
const WILDLIFE = [
  'wild',
  {
    en: '<(zoo|safari|jungle|wild|wildlife|park|reserve|farm|farms|geography|map|school|class|lesson|travel|trip)',
    ru: '<(зоопарк|сафари|джунгл|дик|заповедник|парк|ферм|географ|карт|школ|урок|путешеств|поездк)',
  },
];

/** Families only these scenes use (merged into the meaning table by rules/index.ts). */
export const EMOJI_SCENE_FAMILIES: Record<EmojiFamily, string> = {
  pet: '🐶🐕🐩🐱🐈🐰🐇🐹🐭',
  hammer: '🔨⚒',
};

/** A doctor, a nurse, a vaccine or a blood test: a syringe in an arm there is medicine. */
const MEDICINE = {
  en: '<(doctor|doctors|nurse|nurses|vaccine|vaccinated|vaccination|flu|hospital|clinic|vet|blood test|donor|donate|insulin|diabetes|diabetic)',
  ru: '<(врач|доктор|медсестр|прививк|вакцин|больниц|поликлиник|ветеринар|анализ|донор|инсулин|диабет|укол)',
};

export const EMOJI_SCENE_COMBOS: EmojiCombo[] = [
  // fourth round, from blind set 4 (read now): a syringe in an arm, lying on the tracks, a pet with
  // a hammer and blood, a bridge over the water with a farewell, a jump from a tower "for me"
  {
    category: 'drugs',
    need: ['syringe', { en: '<(arm|arms|vein|veins)>', ru: '<(рук[аеиуы]?|руку|вен[аеуы]?|вену)>' }],
    unless: [MEDICINE],
  },
  {
    category: 'gore',
    need: [
      'rails',
      { en: '<(lying|lies|lay|laying|lie down|tied) (on|across|to)>', ru: '<(лежит|лежу|лечь|ложусь|легла|лег|привязан[а-я]*) (на|к)>' },
    ],
  },
  { category: 'gore', need: ['pet', ['hammer', 'blade'], 'blood'], unless: [...KITCHEN] },
  {
    category: 'gore',
    need: [
      'high',
      'water',
      { en: '<(farewell|last (time|jump|goodbye)|forever|me tonight)>', ru: '<(прощаль|прощаи|навсегда|последн|я сегодня|сегодня я)' },
    ],
    unless: [{ en: '<(summer|vacation|holiday|trip|travel)', ru: '<(лето|летом|отпуск|путешеств|поездк|каникул)' }],
  },
  {
    category: 'gore',
    need: ['high', 'down', { en: '<(me|myself)>', ru: '<(я|меня|себя|сам|сама)>' }],
    unless: [{ en: '<(elevator|lift|stairs|escalator|downstairs)', ru: '<(лифт|спуска|лестниц|эскалатор)' }],
  },
  // sexual: a bikini crossed out (no swimsuit left on); drugs: a rolled bill over a mirror
  {
    category: 'sexual',
    need: ['underwear', 'nope'],
    unless: [{ en: '<(rule|rules|sign|allowed|dress code|pool)', ru: '<(правил|запрещ|нельзя|табличк|дресс|бассеин)' }],
  },
  {
    category: 'drugs',
    need: ['money', 'mirror', { en: '<(rolled|roll|rolling|line|lines|snort)', ru: '<(сверн|трубочк|дорожк|нюх|занюх)' }],
  },

  // gore
  { category: 'gore', need: ['gun', 'smileface'], unless: PLAY },
  // "you" sent to a grave or a coffin; a grave by the rails
  { category: 'gore', need: ['you', 'grave'], unless: ['ghost', 'halloween', { en: '<(halloween|spooky)', ru: '<(хэллоуин|хеллоуин)' }] },
  { category: 'gore', need: ['rails', 'grave'] },
  // a jump down from a height (a parachute or a bungee cord is a sport)
  {
    category: 'gore',
    need: ['high', 'down', { en: '<(jump|jumps|jumping|jumped)>', ru: '<прыг' }],
    unless: ['parachute', { en: '<(parachute|skydiv|bungee|base jump)', ru: '<(парашют|банджи|роупджамп)' }],
  },
  // burned alive
  {
    category: 'gore',
    need: [
      'fire',
      ['person', 'woman', 'child'],
      { en: '<(burn|burns|burning|burned|burnt) (him |her |them |me )?alive>', ru: '<(заживо|сжечь|сожгли|сжигают)' },
    ],
  },
  // drugs: a lab with a fire in a trailer, a garage or the desert
  {
    category: 'drugs',
    need: ['lab', 'flame', { en: '<(trailer|rv|garage|desert|basement|van)>', ru: '<(трейлер|фургон|гараж|пустын|подвал)' }],
    unless: [{ en: '<(school|class|science|experiment)', ru: '<(школ|урок|опыт|эксперимент|наук)' }],
  },
  // drugs: a line of powder, a crystal cooked in a lab (grown crystals are a school experiment)
  { category: 'drugs', need: ['snow', 'line', ['nose', 'card', 'money', 'mirror']], unless: ['snowman'] },
  { category: 'drugs', need: ['snow', 'money', 'arrow'], unless: ['snowman'] },
  {
    category: 'drugs',
    need: ['snow', 'money', { en: '<(bill|bills|note|rolled|table)>', ru: '<(купюр|свернут|стол)' }],
    unless: ['snowman', { en: '<(snowman|winter|ski)', ru: '<(снегов|зим|лыж)' }],
  },
  {
    category: 'drugs',
    need: ['lab', ['flame', 'money'], 'crystal'],
    unless: [{ en: '<(grow|growing|school|class|science|experiment|geode)', ru: '<(выращ|школ|урок|опыт|эксперимент|наук)' }],
  },
  {
    category: 'drugs',
    need: ['lab', 'crystal', { en: '<(cook|cooking|cooks|rv|trailer|van)>', ru: '<(вар(ит|ят|ю)|готов|трейлер|фургон|автодом)' }],
    unless: [{ en: '<(grow|growing|school|class|science|experiment|geode)', ru: '<(выращ|школ|урок|опыт|эксперимент|наук)' }],
  },
  // hate: a people drawn as apes or pests by its flag; a Jewish flag with the nose or the gas
  { category: 'hate', need: ['ape', 'blackflag'], unless: WILDLIFE },
  { category: 'hate', need: ['pest', ['groupflag', 'blackflag']], unless: WILDLIFE },
  { category: 'hate', need: ['jewflag', ['nose', 'gas', 'shower']], unless: [{ en: '<clowns?>', ru: '<клоун' }] },
  // a weapon, a bomb, a rope, disgust or a bin put next to a group's name
  { category: 'hate', need: ['gun', GROUPS], unless: PLAY },
  { category: 'hate', need: ['blade', GROUPS], unless: [...KITCHEN, FOOD_AND_FEAST] },
  { category: 'hate', need: ['blast', GROUPS], unless: [FOOD_AND_FEAST, ...PLAY] },
  {
    category: 'hate',
    need: ['rope', GROUPS],
    unless: [
      'climb',
      { en: '<(climb|climbing|swing|knot|knots|sailing|boat|jump)', ru: '<(лаз|скалолаз|альпин|качел|узел|узлы|парус|лодк|прыг)' },
    ],
  },
  // a rope with a person drawn dark-skinned: a lynching
  {
    category: 'hate',
    need: ['rope', 'darkperson'],
    unless: ['climb', CLIMB_WORDS, { en: '<(lasso|cowboy|rodeo|ranch)', ru: '<(лассо|ковбо|родео|ранчо)' }],
  },
  { category: 'hate', need: ['vomit', GROUPS], unless: [FOOD_AND_FEAST] },
  { category: 'hate', need: ['trash', 'pride'], unless: [NOT_A_BIN] },
  { category: 'hate', need: ['trash', GROUPS], unless: [NOT_A_BIN] },
  // a people's trope: apes sent "back to the jungle", chains, watermelon and chicken, the nose and money
  {
    category: 'hate',
    need: [
      'ape',
      {
        en: '<(go back|back to (africa|the jungle|the trees|your country))',
        ru: '<(обратно в (африку|джунгли)|назад в (африку|джунгли)|валите)',
      },
    ],
  },
  { category: 'hate', need: ['chains', GROUPS] },
  // a pig or a bomb put at a mosque or a synagogue named in words ("🐷 mosque", "💣 синагога")
  { category: 'hate', need: [['pest', 'blast'], { en: '<(mosque|mosques|synagogue|synagogues)>', ru: '<(мечет|синагог)' }] },
  { category: 'hate', need: ['watermelon', 'drumstick', GROUPS] },
  { category: 'hate', need: ['nose', 'money', { en: '<(jews?|jewish|kikes?)>', ru: '<(евре|жид)' }] },
  {
    category: 'hate',
    need: ['star', 'money'],
    unless: [{ en: '<(hanukk?ah|chanukah|gelt|chocolate|coins)', ru: '<(ханук|шоколад|монетк)' }],
  },
  // drugs: the snow sniffed or the pills swallowed all at once (one pill for a headache is fine)
  {
    category: 'drugs',
    need: [
      'snow',
      {
        en: '<(snort|snorts|snorting|sniff|sniffs|sniffing|rail|rails|bump|rolled)>|<lines? of',
        ru: '<(занюх|нюха|снюх|втян|дорожк|свернут)',
      },
    ],
    unless: ['snowman', { en: '<(snowman|snowflakes?|winter|ski)', ru: '<(снегов|снежин|зим|лыж)' }],
  },
  {
    category: 'gore',
    need: [
      'pills',
      {
        en: '<(whole (bottle|pack|box|jar)|all (of )?(them|the pills) at once|overdose|od)>',
        ru: '<(всю пачку|всю банку|все сразу|горсть|передоз)',
      },
    ],
  },
  // sexual: the eggplant in a fist (a harvest holds it too); not 🍆🍒 alone: a fruit basket
  { category: 'sexual', need: ['eggplant', 'fist'], unless: [VEGETABLES] },
  // sexual: a banana or a sausage at the lips (a monkey or a breakfast eats it)
  {
    category: 'sexual',
    need: ['phallic', 'mouth'],
    unless: [
      'ape',
      { en: '<(monkey|eat|eats|eating|ate|breakfast|lunch|smoothie|yummy|tasty)', ru: '<(обезьян|ест|ешь|кушает|съел|завтрак|обед|вкусн)' },
    ],
  },
];
