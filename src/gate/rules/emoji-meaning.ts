import type { EmojiCombo, EmojiFamily } from '../types.js';

/**
 * Emoji as meaning (issue 11, class 2): what a pictograph stands for, and the combinations
 * that tell an 18+ scene. One emoji alone is never enough (🔪 is cooking, 🪢 is a knot,
 * 💉 is a vaccine, 🍑 is a peach); a combo needs every one of its parts, each either a family
 * of emoji or a words pattern (DSL, read on the normalised forms), and at least one emoji part.
 * Variation selectors and zero-width joiners are ignored, so "🧑‍🦯" is 🧑 and 🦯.
 */
export const EMOJI_FAMILIES: Record<EmojiFamily, string> = {
  gun: '🔫',
  blade: '🔪🗡🪒🪚🪓', // not ⚔: crossed swords are a fantasy battle
  blood: '🩸',
  organ: '🫀🫁🧠🦴',
  dead: '💀☠⚰🪦😵',
  rope: '🪢',
  hangpoint: '🪑💡🚪🪝',
  high: '🌉🏗🏢🏙🌁🗼🪟🏬🏨🌆🌃',
  down: '⬇⤵👇⏬🔽',
  water: '🌊',
  rails: '🚂🚆🚇🚊🛤🚃🚄🚅',
  vehicle: '🚗🚙🚚🚛🏎🚕🛻🏍',
  blast: '💥🧨💣',
  person: '🧍🧑👤🚶🙋🧒👦👧👨👩🧎🏃🤸👱🧔👴👵🧓🙍🙎',
  limb: '✋🤚🖐🦵💪🦶',
  mouth: '👄',
  school: '🏫🎒',
  cutlery: '🍽🍴',
  pills: '💊',
  booze: '🍷🥃🍺🍾🍸🍻🥂🍹🍶',
  sleep: '😴💤🛌🥱',
  syringe: '💉',
  spoon: '🥄',
  flame: '🔥🕯',
  fire: '🔥', // not 🕯: candles are a church or Hanukkah
  snow: '❄🧂',
  nose: '👃',
  money: '💵💸💴💶💰💲🪙🤑💷',
  card: '💳',
  mirror: '🪞',
  swap: '🔄🌀🤝🔁↔💱',
  scale: '⚖',
  parcel: '📦',
  lab: '🧪⚗',
  hideout: '🚐🏚🏜',
  leaf: '🌿🍃🍁', // 🍁 is the usual stand-in for a cannabis leaf (only with 🚬 or smoke)
  smoke: '💨🌫',
  dizzy: '😵🥴', // not 🤪: goofy is not high
  mushroom: '🍄',
  rainbowtrip: '🌈',
  candy: '🍬🍭',
  party: '🎉🕺🪩🎊💃🔊',
  cup: '🥤',
  purple: '💜',
  jar: '🫙',
  cat: '🐱🐈',
  fuel: '⛽🛢',
  laugh: '😂🤣',
  catcare: '🥛🍼🥣🐾🐟', // what a cat licks or drinks: milk, a bowl, its paw, a fish
  eggplant: '🍆',
  phallic: '🍆🌭🍌🥒🌽',
  bottom: '🍑',
  breasts: '🍈🍒🥥',
  vulva: '🐱🌮🍩🦪',
  fluids: '💦',
  lick: '👅🫦',
  pant: '🥵😩🤤', // also hunger and heat: only with 🍆, 🍑 or a pair of 🍒/🍈
  look: '👀',
  grab: '👐🤲👋🫳🫴🫲🫱',
  pinch: '🤏', // "small": with 🍆 the size joke
  underwear: '🩲👙',
  ape: '🐒🦍🐵🦧',
  banana: '🍌', // thrown at a black player: only aimed at a group or a person of a race
  vermin: '🐀🐁🦟🪳🐖🐷🦠🐍🪱🪲🐜🦗🦨',
  temple: '🕍🕌⛪🛕',
  star: '✡🔯',
  shower: '🚿',
  cross: '✝☦',
  ghost: '👻',
  turban: '👳',
  pride: '🏳', // 🏳️‍🌈 and 🏳️‍⚧️ start with the white flag
  arrow: '➡→',
  food: '🐟🐠🦈🥩🍖🍗🐔🦃🥓🐄🐖🐑🦐🦀🍳🧅', // a cooking stream: cutting meat or fish
  snowman: '⛄☃🎿🏂⛷',
  headshot: '🤯', // with a gun: a head blown open
  hurt: '🤕😵💀☠⚰🪦',
  child: '👶🧒👦👧',
  punch: '👊🤜🤛',
  boxing: '🥊🥋',
  plane: '✈🛩',
  tower: '🏢🏙🏬🏛',
  hijab: '🧕',
  vomit: '🤮🤢',
  chains: '⛓',
  watermelon: '🍉',
  drumstick: '🍗',
  mosque: '🕌🕍', // a pig at a church is a farm; at a mosque or a synagogue it is the insult
  wild: '🦁🐘🦒🦓🐯🐻🐼🦜🐊🦛🐆🐍🌴🌳', // a zoo or a jungle: an ape there is an animal
  kiss: '💋',
  smirk: '😏😈😉😜',
  you: '🫵',
  tree: '🌳🌲',
  sad: '😢😭😔💔😞',
  climb: '🧗⛰🏔',
  bed: '🛏',
  couple: '👫💏💑',
  clothes: '👕👚👖👗🩳🩱👙🩲🧦',
  nope: '❌🚫⛔',
  woman: '👩👧🙋💁🙆🙅🤷♀', // ♀ also from the ZWJ forms: 🧍‍♀️
  scissors: '✂',
  plaster: '🩹',
  scream: '😱🆘',
  police: '👮🚓',
  ninja: '🥷🦹',
  cake: '🎂🍰🧁', // a knife with a child and a cake is a birthday
  volcano: '🌋', // with a phallic fruit: an eruption // crafts with a cat or paper; only with blood
  cigarette: '🚬',
  gas: '⛽🧼', // with ✡: the gas chambers and the soap myth
  // a person drawn dark-skinned (the tone follows the base): a hand with a tone is the sender's own
  fist: '✊', // with the eggplant: a hand at work
  halloween: '🎃🦇',
  parachute: '🪂',
  smileface: '😀😃😄😁🙂😊😆🙃', // the "🔫😀" / "😀🔫" suicide meme: a gun to a smiling face
  grave: '🪦⚰',
  line: '➖〰', // a line of powder
  crystal: '💎🧊', // crystal, ice: meth
  trash: '🗑🚮',
  pest: '🐀🐁🪳🐖🐷', // a people drawn as pigs or rats: only with a flag, on a farm they are animals
  // lone flags (the normaliser keeps a lone pair of regional indicators as a flag)
  blackflag: '🇳🇬🇬🇭🇰🇪🇪🇹🇸🇳🇨🇲🇨🇮🇨🇩🇿🇦🇿🇼🇺🇬🇹🇿🇸🇴🇸🇩🇲🇱🇳🇪🇹🇩🇧🇫🇬🇳🇭🇹🇯🇲🇦🇴🇲🇿🇷🇼🇧🇯🇹🇬🇸🇱🇱🇷🇬🇲🇨🇫🇬🇦🇲🇼🇿🇲',
  jewflag: '🇮🇱',
  groupflag: '🇮🇱🇺🇦🇷🇺🇵🇸🇹🇯🇺🇿🇦🇲🇦🇿🇬🇪🇨🇳🇲🇽🇹🇷🇰🇬🇰🇿🇮🇳🇵🇰🇦🇫🇸🇾🇮🇶',
  darkperson: '🧑🏾🧑🏿👨🏾👨🏿👩🏾👩🏿🧒🏾🧒🏿👦🏾👦🏿👧🏾👧🏿👴🏾👴🏿👵🏾👵🏿🧔🏾🧔🏿👱🏾👱🏿🧍🏾🧍🏿🚶🏾🚶🏿🏃🏾🏃🏿👶🏾👶🏿🙋🏾🙋🏿💁🏾💁🏿🤷🏾🤷🏿🤦🏾🤦🏿⛹🏾⛹🏿',
};

/** Groups of people a hateful picture targets (words, both languages). */
const GROUPS_EN =
  '<(jews?|jewish|muslims?|islam|blacks|black (people|guys?|man|men|woman|women|girl|boy|folks?|kids?|person|dude|neighbou?rs?|players?|footballers?|strikers?|goalkeepers?|family|coworkers?|colleagues?|classmates?|teammates?|students?|teachers?|boss|doctors?|nurses?|rappers?|singers?|actors?)|africans?|african (people|country|countries)|immigrants?|migrants?|refugees?|gays?|gay people|lgbt|trans|gypsies|gipsies|roma|asians?|mexicans?|arabs?|chinese|indians?|poles|ukrainians?|russians?|negro(es)?|disabled|hindus?|sikhs?|latinos?|hispanics?|turks?|armenians?|gypsy|romani|natives?|aborigines?)>';
const GROUPS_RU =
  '<(евре|жид|мусульм|муслим|ислам|мигрант|беженц|цыган|негр|черн(ых|ые|ым|ыми)>|черномаз|чернокож|темнокож|африканц|африканк|гее|геи|геев|азиат|таджик|узбек|кавказ|хач|чурк|арабы|арабов|китаиц|хохл|нерусск|инвалид|даун|армян(е|ин|ина|ка|ки|ам|ами|ах)?>|грузин(ы|ка|ки|ам|ами|ах|ов)?>|азер(ы|ов|ботов|боты)>|азербаиджанц|казах(и|ов|ам|ами)?>|киргиз(ы|ов)?>|кыргыз(ы|ов)?>|якут(ы|ов)>|бурят(ы|ов)?>|чукч(а|и|еи)>|москал|кацап|русн(я|и|ю)>|индус(ы|ов)?>|турк(и|ов|ам)>|турок>|латинос|мексиканц|индеец|индеиц)';
export const GROUPS = { en: GROUPS_EN, ru: GROUPS_RU };
/** A climbing wall or a crag: a rope, a carabiner and a belayer's chair are sport (ninth round). */
export const CLIMBING = {
  en: '<(climb|climber|climbers|climbing|belay|belayer|carabiner|harness|crag|el capitan)',
  ru: '<(скалодром|альпинист|скалолаз|карабин|страхующ|страховк|обвязк)',
};
/** A game: a nerf, water or toy gun pointed at someone is play, not a shooting. */
export const TOY_GUN = {
  en: '<(nerf|water|toy|squirt|paintball|laser ?tag|airsoft|bubble)',
  ru: '<(нерф|водян|игрушечн|пейнтбол|лазертаг|страйкбол|брызгал|пузыр)',
};
/** Cooking and butchering: a knife and blood over fish or meat is a kitchen, not a wound. */
export const KITCHEN = [
  'food',
  {
    en: '<(cook|cooking|chef|kitchen|recipe|fish|meat|steak|butcher|butchering|hunting|deer|chicken|turkey|pork|beef)',
    ru: '<(готов|кулинар|повар|кухн|рецепт|рыб|мяс|стеик|мясник|охот|олен|куриц|индеик|свинин|говядин|разделк|потрош)',
  },
];

export const EMOJI_COMBOS: EmojiCombo[] = [
  // gore and self-harm
  // not rope + person: a jump rope or a tire swing with a kid; not a lone 'me' (a climbing rope)
  // not a climbing wall: a rope through a carabiner and a chair for the belayer (ninth round)
  { category: 'gore', need: ['rope', ['hangpoint', 'dead']], unless: [CLIMBING] },
  {
    category: 'gore',
    need: ['rope', { en: '<(neck|myself|tonight|hang|hanging|noose)>', ru: '<(шея|шее|шею|повес|вздерн|петл|удав)' }],
    unless: [CLIMBING],
  },
  { category: 'gore', need: ['blade', ['blood', 'organ', 'limb']], unless: KITCHEN },
  // not a chef's knife over an onion ("🔪🧅😭 нарисуй меня")
  {
    category: 'gore',
    need: ['blade', { en: '<(wrists?|arms?|veins?|throat|myself|me)>', ru: '<(запясть|вен|руку|руке|горл|себя|меня)' }],
    unless: [...KITCHEN, { en: '<(knight|samurai|pirate|warrior|viking|hero)', ru: '<(рыцар|самура|пират|воин|викинг|геро)' }], // "draw me as a knight 🗡"
  },
  // not blood + skull: Halloween; not blood alone: a vampire
  { category: 'gore', need: ['blood', ['gun', 'blast', 'organ', 'limb', 'vehicle', 'rails']], unless: KITCHEN },
  { category: 'gore', need: ['organ', ['cutlery', 'blast', 'gun']], unless: ['food'] },
  { category: 'gore', need: ['gun', ['mouth', 'school', 'organ']] },
  // a gun held to a head or a temple; not a nerf or water gun game ('at the pool', 'at each other')
  {
    category: 'gore',
    need: [
      'gun',
      {
        en: '<(to|at|against|in|into) (my|his|her|their|your|own) (head|mouth|temple|forehead|brain|brains)|<me>',
        ru: '<(меня|себя|висок|виска|виску|в рот|(к|у|в) (моеи |своеи |его |ее |еи )?(голов|башк|лбу|лоб))',
      },
    ],
    unless: ['fluids', 'water', TOY_GUN],
  },
  // not pills + sleep alone: a sleeping pill for insomnia
  { category: 'gore', need: ['pills', ['booze', 'dead']] },
  { category: 'gore', need: ['pills', 'sleep', { en: '<(forever|never wake|last)>', ru: '<(навсегда|не проснусь|навечно|последн)' }] },
  { category: 'gore', need: ['high', 'down', ['person', 'dead', 'water']] },
  {
    category: 'gore',
    need: [['rails', 'vehicle'], ['person', 'blast'], { en: '(s|is) left>|<remains>', ru: '<(осталось|на рельсах|под поезд)' }],
  },
  { category: 'gore', need: [['rails', 'vehicle'], 'person', ['blast', 'blood', 'dead']] },
  // a gun and a head blown open or a dead person; not a nerf or water gun game, not a pirate
  { category: 'gore', need: ['gun', 'headshot'], unless: ['fluids', 'water', TOY_GUN] },
  { category: 'gore', need: ['gun', 'hurt', ['person', 'child', 'school', 'arrow']], unless: ['fluids', 'water', TOY_GUN] },
  // a weapon pointed at a person or a child
  { category: 'gore', need: [['gun', 'blade'], 'arrow', ['person', 'child']], unless: ['fluids', 'water', TOY_GUN, ...KITCHEN] },
  { category: 'gore', need: ['blade', 'hurt', ['person', 'child', 'woman']], unless: [...KITCHEN, 'ghost'] },
  // a cut while crafting asks for a plaster
  // burned alive: a fire with a person and a scream or a hurt face; a campfire has neither
  { category: 'gore', need: ['fire', ['person', 'child', 'woman'], ['scream', 'hurt']] },
  // telling "you" to hang or poison yourself
  { category: 'gore', need: [['rope', 'pills'], 'you'] },
  // "pigs" getting shot; a cop show has no pig, blood or hurt face
  { category: 'gore', need: ['gun', 'police', ['vermin', 'hurt', 'blood', 'arrow']], unless: [TOY_GUN] },
  { category: 'gore', need: [['blade', 'gun'], 'child', ['ninja', 'hurt', 'blood', 'scream']], unless: [...KITCHEN, 'cake'] },
  {
    category: 'gore',
    need: [
      'rope',
      ['tree', 'person', 'hangpoint'],
      { en: '<(sad|ending|goodbye|bye|last|forever|end it)>', ru: '<(грустн|конец|прощаи|последн|навсегда|покончить)' },
    ],
    unless: ['climb', { en: '<(climb|climbing|swing|knot|knots)', ru: '<(лаз|скалолаз|качел|узел|узлы)' }],
  },
  {
    category: 'gore',
    need: ['scissors', 'blood'],
    unless: [...KITCHEN, 'plaster', { en: '<(band ?aid|plaster|accident|accidentally)', ru: '<(пластыр|случаин|порезал)' }],
  },
  {
    category: 'gore',
    need: ['punch', 'blood'],
    unless: ['boxing', { en: '<(boxing|boxer|mma|ufc|ring)>', ru: '<(бокс|боксер|мма|ринг)' }],
  },
  // "💣 exam" is slang for failing one
  { category: 'gore', need: [['gun', 'blade'], 'you'], unless: ['fluids', 'water', TOY_GUN, ...KITCHEN] },
  // going to a rope on a tree or a hook, or a rope with tears; a climbing rope passes
  {
    category: 'gore',
    need: ['rope', ['arrow', 'sad'], ['tree', 'hangpoint', 'person']],
    unless: ['climb', { en: '<(climb|climbing|swing|knot|knots|sailing|boat)', ru: '<(лаз|скалолаз|альпин|качел|узел|узлы|парус|лодк)' }],
  },
  {
    category: 'gore',
    need: ['blast', 'school'],
    unless: [
      {
        en: '<(exam|exams|test|tests|quiz|cartoon|game|homework|grade|grades)>',
        ru: '<(экзамен|контрольн|мульт|игр|оценк|домашк|егэ|огэ)',
      },
    ],
  },
  { category: 'gore', need: ['plane', 'tower', 'blast'] },
  // drugs
  { category: 'drugs', need: ['syringe', ['spoon', 'flame']] },
  { category: 'drugs', need: ['spoon', 'flame', { en: '<(heroin|shoot|fix|needle|belt)', ru: '<(герыч|героин|баян|шприц|ширн|вмаз)' }] },
  // not snow + nose alone: a snowman's carrot nose, a snowflake on a nose
  { category: 'drugs', need: ['snow', ['mirror', 'card', 'scale']], unless: ['snowman'] },
  { category: 'drugs', need: ['snow', 'nose', ['money', 'card', 'mirror', 'swap', 'party', 'cat']], unless: ['snowman'] },
  {
    category: 'drugs',
    need: [
      'snow',
      'nose',
      {
        en: '<(party|partying|club|sniff|snort|line|lines|rail|bump|weekend|coke|cocaine|blow|powder)',
        ru: '<(тус|вечерин|клуб|занюх|нюха|снюх|дорожк|выходн|пятниц|кокос|кокс|кокаин|порош)',
      },
    ],
    unless: ['snowman'],
  },
  { category: 'drugs', need: ['snow', 'money', ['swap', 'parcel']], unless: ['snowman'] },
  { category: 'drugs', need: ['lab', 'flame', ['hideout', 'snow']] },
  { category: 'drugs', need: ['lab', 'snow', 'money'], unless: ['snowman'] },
  // a joint: a leaf rolled in a cigarette
  { category: 'drugs', need: ['leaf', 'cigarette'], unless: ['nope'] },
  // not pills + party: the last pill of a treatment is celebrated too
  { category: 'drugs', need: ['pills', ['candy', 'dizzy', 'jar', 'cup']] },
  { category: 'drugs', need: ['candy', ['dizzy', 'party'], ['pills', 'jar']] },
  // lean; not a grape juice or a birthday drink
  {
    category: 'drugs',
    need: ['cup', 'purple'],
    unless: [
      {
        en: '<(birthday|juice|grape|grapes|smoothie|soda|lemonade|party)',
        ru: '<(день рожден|сок|виноград|смузи|лимонад|газировк|праздник)',
      },
    ],
  },
  // not leaf + smoke alone: wind in autumn leaves
  // not a cat on catnip ("кошачья мята")
  {
    category: 'drugs',
    need: ['leaf', 'dizzy'],
    unless: [{ en: '<(catnip|cat|cats|kitty|kitten)>', ru: '<(кошач|мят|кот|кош|котик|котен)' }],
  },
  { category: 'drugs', need: ['leaf', 'smoke', ['jar', 'flame']] },
  { category: 'drugs', need: ['mushroom', 'dizzy'] },
  { category: 'drugs', need: ['mushroom', { en: '<(trip|tripping|shrooms)', ru: '<(трип|глюк|грибоч)' }] },
  // мяу-мяу is mephedrone slang, but a cat meows: only with a nose or powder
  { category: 'drugs', need: ['cat', ['nose', 'snow']] },
  // sexual: fruit and drops (the pairs of 🍆🍑💦👅🫦 are in symbols.ts)
  // not fruit + fruit: a fruit bowl; not 🌭🌮 or 🍌🍩: breakfast
  { category: 'sexual', need: ['breasts', ['look', 'grab', 'lick', 'fluids', 'pant']] },
  { category: 'sexual', need: ['bottom', ['underwear', 'grab', 'lick', 'fluids', 'pant', 'smirk']] },
  { category: 'sexual', need: ['phallic', 'volcano'] },
  {
    category: 'sexual',
    need: ['eggplant', 'bed', ['woman', 'person', 'couple', 'kiss']],
    unless: [{ en: '<(eggplants?|aubergines?|garden|vegetables?|recipe|cook)', ru: '<(баклажан|овощ|огород|рецепт|покрывал)' }],
  },
  { category: 'sexual', need: ['eggplant', 'pinch'] },
  // 🍆🍑 is the innuendo, unless they are vegetables in a basket, a garden or a recipe
  {
    category: 'sexual',
    need: ['eggplant', 'bottom'],
    unless: [
      {
        en: '<(eggplants?|aubergines?|peach(es)?|garden|vegetables?|veggies?|fruits?|basket|harvest|market|grocer(y|ies)|recipe|salad|smoothie|jam|pie)>',
        ru: '<(баклажан|персик|овощ|фрукт|грядк|огород|урожа|корзин|рынок|рынк|рецепт|салат|смузи|варень|пирог)',
      },
    ],
  },
  {
    category: 'sexual',
    need: ['underwear', 'bed'],
    unless: [{ en: '<(pack|packing|suitcase|laundry|vacation|beach)', ru: '<(чемодан|собира|стирк|отпуск|пляж)' }],
  },
  // her clothes crossed out: 👩👕❌👖❌
  { category: 'sexual', need: ['clothes', 'nope', 'woman'] },
  { category: 'sexual', need: ['eggplant', ['vulva', 'pant']] },
  { category: 'sexual', need: ['phallic', ['fluids', 'lick']] },
  // a cat licking milk or its paw, or out in the rain, is a cat; a cat word alone is not enough
  // (🐱 already is a cat, and "kitty"/"киска" are the innuendo itself)
  {
    category: 'sexual',
    need: ['vulva', ['fluids', 'lick']],
    unless: [
      'catcare',
      {
        en: '<(milk|paw|paws|bowl|water|rain|bath|drinks?|drinking|wash|washes|washing|grooming)>',
        ru: '<(молок|лап(к|у|ои|ы)|миск|вод(а|у|ои|ичк)|дожд|ванн|пьет|пьют|попить|лакает|умыва)',
      },
    ],
  },
  { category: 'sexual', need: ['underwear', 'down'] },
  // one fruit into another: 🍌➡️🍩, "🍆 входит в 🍑"
  { category: 'sexual', need: ['phallic', ['vulva', 'bottom'], 'arrow'] },
  {
    category: 'sexual',
    need: ['phallic', ['vulva', 'bottom'], { en: '<(into|inside|enters|entering|goes in)>', ru: '<(входит|засун|вставл|вставь|внутрь)' }],
  },
  { category: 'sexual', need: ['bed', 'fluids', ['couple', 'kiss', 'pant', 'lick', 'eggplant']] },
  {
    category: 'sexual',
    need: ['eggplant', ['kiss', 'smirk']],
    unless: [
      {
        en: '<(eggplants?|aubergines?|garden|vegetables?|harvest|recipe|grill|cook)',
        ru: '<(баклажан|овощ|грядк|огород|урожа|рецепт|гриль|жар)',
      },
    ],
  },

  // hate: animals and things put for a group, hate symbols with fire or guns
  // not a monkey at the zoo or in the jungle, whoever feeds it; "в зоопарк" (to the zoo) is the insult
  {
    category: 'hate',
    need: [['ape', 'vermin'], GROUPS],
    unless: [{ en: '<(at the zoo|on (a )?safari|in the jungle|feeding|feed)>', ru: '<(в зоопарке|на сафари|в джунглях|корми|покорми)' }],
  },
  // a banana thrown at or given to a black player; "a black woman with a 🍌 smoothie" passes
  {
    category: 'hate',
    need: [
      'banana',
      GROUPS,
      {
        en: '<(throw|throws|throwing|thrown|threw|toss|tossed|for|at|give|gives|feed|monkey|monkeys|ape|apes|zoo)>',
        ru: '<(кида|кинь|брос|швыр|дай|дают|дать|для|корм|обезьян|макак|зоопарк)',
      },
    ],
  },
  // a group's faith or people put with bombs, pigs or disgust
  { category: 'hate', need: [['hijab', 'turban'], 'blast'] },
  { category: 'hate', need: ['blast', 'mosque'] },
  { category: 'hate', need: ['vermin', 'mosque'] },
  { category: 'hate', need: ['star', 'nose'], unless: ['snowman'] },
  { category: 'hate', need: ['star', 'gas'] },
  { category: 'hate', need: [['turban', 'hijab'], 'plane', 'tower'] },
  // a pride flag burning, laughed at (tenth round); not a parade or a party that is "lit"
  {
    category: 'hate',
    need: ['pride', 'fire', 'laugh'],
    unless: [{ en: '<(parade|party|festival|march)', ru: '<(парад|вечеринк|праздник|фестивал|шестви)' }],
  },
  // not 💀 ("I'm dead" is laughter) and not 🔥 ("lit")
  { category: 'hate', need: ['pride', ['vomit', 'blade', 'rope']] },
  // a person drawn dark-skinned next to an ape, a banana, chains or the watermelon-and-chicken
  // trope; a Black father and his kid at the zoo (other animals, zoo words) pass
  {
    category: 'hate',
    need: ['darkperson', ['ape', 'banana', 'chains', 'vermin']],
    unless: ['wild', { en: '<(zoo|jungle|safari|forest|tree)', ru: '<(зоопарк|джунгл|сафари|лес|дерев)' }],
  },
  { category: 'hate', need: ['darkperson', 'watermelon', 'drumstick'] },
  // an ape for a player: the monkey chants at black footballers
  {
    category: 'hate',
    need: [
      'ape',
      { en: '<(player|players|footballer|footballers|striker|goalkeeper)>', ru: '<(игрок|футболист|баскетболист|нападающ|вратар)' },
    ],
  },
  // a pet doused with fuel and set on fire (ninth round)
  { category: 'gore', need: ['cat', 'fuel', 'fire'] },
  // an ape named as Obama (eighth round)
  { category: 'hate', need: ['ape', { en: '<obama', ru: '<обам' }] },
  { category: 'hate', need: ['temple', 'fire'] },
  { category: 'hate', need: ['star', ['fire', 'shower', 'smoke', 'gun', 'vermin']] },
  { category: 'hate', need: ['gun', ['turban', 'pride', 'temple', 'star']] },
  { category: 'hate', need: ['fire', 'cross', 'ghost'] },
  { category: 'hate', need: ['cross', 'fire', { en: '<(white )?hoods?>|<kkk', ru: '<(балахон|капюшон|ккк)' }] },
];
