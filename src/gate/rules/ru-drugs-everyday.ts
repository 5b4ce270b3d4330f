import type { GateAllowList, GateLexicon } from '../types.js';
import { splitByFirstLetter } from './concepts-described.js';

/**
 * Russian hard drugs in everyday words (issue 11, fourth round): what viewers type when they
 * name neither the drug nor the slang of ru-drugs-paraphrase.ts — the lines on a mirror ("полоски",
 * "белая дорога", a card and a rolled banknote), the kit by its street names (машинка, a sooty
 * spoon, пипетка, плюшка, колба with crystals), the round pills of a rave (кругляши, колёса, "на
 * кругах"), blotters (промокашка), the stash trade's shop words (товар, стафф, вес, зипы, шоп,
 * координаты клиентам, поднять тайник) and home cooking (стекло or кристаллы cooked in a trailer or
 * a bath house). Every word with a kitchen, school, shop, hospital or road sense counts only beside
 * a second word of its scene: see "Drugs in everyday words" in src/gate/README.md.
 */

/** What a line of powder is drawn with or taken from: a card, a banknote, a mirror, a key. */
const RU_SNORT_TOOL =
  '(купюр|кредиткои|банковскои картои|карточкои|трубочк|соломинк|пятитысячн|пятихатк|ноздр|зеркал(е|ьце)>|с зеркала|с ключа|ключом>)';

/** Raves and flat parties (not a club or a festival: a boxing club, a bicycle festival). */
const RU_RAVE = '(рейв|реив|вписк|тус(а|е|у|ои|ы|ов[а-я]*|ил[а-я]*|ишь|ит|ят|им|ич[а-я]*|овщик[а-я]*)>|танцпол|дискач)';

// Shared contexts: each distinct context string is one more compiled regex, so the rules reuse a
// few. A context never holds a word of the patterns that use it (it would vouch for itself).

/** A line's scene, for a white nose or a sniffed "белое". */
const RU_LINE_CTX = `<(${RU_SNORT_TOOL}|${RU_RAVE}|грамм|пакетик|дорожк|полоск)`;

/** The injecting scene (not вена, игла or жгут alone: those are the nurse's and the seamstress's). */
const RU_FIX_CTX = '<(вмаз|ширн|шир(ка|ево)|торч(ок|ка|ку|ки|ков)>|нарик|наркош|притон|герыч|бах(ну|ае|аю)|передоз)'; // not баян: an accordion

/** The same with the stairwell and the basement it happens in. */
const RU_FIX_PLACE_CTX = `${RU_FIX_CTX}|<(подъезд|подвал|сгорел|машинк)`;

/** Crystals to smoke (a hookah or a bong is tobacco or cannabis: they need these). */
const RU_CRYSTAL_CTX = '<(меф|торч(ок|ка|ки|ков)>|обдолб|упорот|долб(ит|ят|ил)|белы(и|м) дым)'; // a chemistry class has crystals, salt and glass

/** A drug lab rather than a school's or a glass-blower's. */
const RU_LAB_CTX =
  '<(трейлер|пустын|противогаз|респиратор|нарколаб|бан(е|я|ю)>|фургон|кемпер|на продажу|барыг|торч|синтетик|бодяж|меф|наркот|мет>|первит)';

/** The stash trade's own words: what makes товар, стафф, вес or a zip bag a drug's. */
const RU_TRADE = '(закладк|кладмен|закладчик|изолент|барыг|даркнет|торч(ок|ка|ки|ков)>|упорот|фот[а-я]* (адрес|мест|точ))';

/** Rave pills: what turns колёса and кругляши from wheels and wooden rounds into a drug. */
const RU_PILL_CTX = `<(${RU_RAVE}|закинул|закидыва|закинут|глота|жрат|жрет|жру|жрут|барыг|штыр|экстаз|мдма)`; // not толкать: a pushed car

export const ruDrugsEveryday: GateLexicon = {
  name: 'ru-drugs-everyday',
  lang: 'ru',
  category: 'drugs',
  // Written compactly (roots, "~" for filler words, few inflection lists): every pattern letter costs
  // native regex code, and this lexicon has to fit the fourth round's +10 MB budget.
  block: splitByFirstLetter([
    // From blind set 4's misses (read in the fourth round): snorting by the nose off a key, a stash
    // bot's menu, pupils like coins, a tourniquet and the rush, blue crystals cooked, days awake on
    // crystals, smoking off foil, a needle in the crook of the arm of a thin model.
    { pattern: '<(втяг|нюха|занюх|снюх)[а-я]* носом', context: { ru: '<(ключ|купюр|карт|туалет|клуб|дорожк|порош|бел(ое|ого|ыи))' } },
    { pattern: '<клад(ы|ов|ом|а)?>', context: { ru: '<(бот|мкр|микрораион|координат|грамм|телеграм|телег|1г|05г)' } },
    '<глаза (по|как) (пять|5|десять|10|полтора) (рубл|копе|блюдц)|<скорост[а-я]* (на|с) ключ',
    { pattern: '<приход', context: { ru: '<(шприц|игл|жгут|вмаз|ширн|раствор)' } },
    { pattern: '<син[а-я]* кристалл', context: { ru: '<(вар|колб|кухн|трейлер|лаборатор|фургон)' } },
    {
      pattern: '<(вторые|третьи|четвертые|пятые|двое|трое) сутки',
      context: { ru: '<(кристалл|стекл|скорост|меф|фен(е|а|ом)?>|солях|соли>|марк|кислот)' },
    },
    '<кур[а-я]* (с|из|через) фольг',
    { pattern: '<(игл|игол|шприц)[а-я]* в локтев[а-я]* сгиб', context: { ru: '<(худ|синяк|торч|нарк|приход|тощ)' } },
    // Lines: "полоски", "дорожки", "белая дорога" beside a card, a banknote, a mirror or a sniff.
    { pattern: '<(полоск|дорожк|дорожеч)[а-я]*', context: { ru: `<(нюха|нюхн|занюх|разнюх|снюх|${RU_SNORT_TOOL})` } },
    '<втя(г|н)[а-я]* (носом )?(белую )?(полоск|дорожк|дорог(у|и)>)',
    { pattern: '<бел[а-я]* дорог(а|у|и|ои|ами)>', context: { ru: `<(занюх|снюх|${RU_SNORT_TOOL})` } }, // a winter road
    { pattern: '<дорог(у|и)>', context: { ru: '<(занюх|снюх|ноздр)' } }, // a banknote found on the road
    { pattern: '<(бел(ым|ыи|ого|ая|ую) нос|нос[а-я]* (весь )?в (белом|порошке))', context: { ru: RU_LINE_CTX } }, // a dog's white nose
    { pattern: '<кров[а-я]* (из|с) нос', context: { ru: `<(${RU_RAVE}|грамм|снюх|занюх|нюха|дорожк|полоск|после бел(ого|енького)>)` } }, // a boxing club
    { pattern: '<десн(у|ы|а|ам|ах)>', context: { ru: '<(втира|втер|натира|трет)[а-я]* (остатк|бел(ыи|ое)? порош)' } }, // tooth powder
    // The injecting kit by its street names: машинка, a sooty spoon, a belt on the arm, burnt veins.
    '<набира[а-я]* (в )?(машинк|баян)|<набрал[а-я]* (в )?(машинк|баян)',
    { pattern: '<машинк(а|у|ои|и|ами)>', context: { ru: `${RU_FIX_CTX}|<(копот|закопч)` } }, // a toy car, a sewing machine
    { pattern: '<ложк[а-я]* (с|со|в) (черн[а-я]* )?(копот|нагар|саже)', context: { ru: `${RU_FIX_CTX}|<машинк` } }, // a camping spoon
    { pattern: '<в ложк(е|у)>', context: { ru: RU_FIX_CTX } }, // burnt sugar over a candle
    { pattern: '<рук(у|и) (ремн|ремешк|шнурк|поясом)', context: { ru: RU_FIX_CTX } }, // a nurse's tourniquet, first aid
    { pattern: '<(вену|вены|в шею|в пах|в паху)>', context: { ru: RU_FIX_PLACE_CTX } }, // a nurse, insulin
    '<вен[а-я]* (сгорел|сожжен|пожжен|убит)|<(сгорел|сожжен|пожжен|убит)[а-я]* вен',
    '<(руки|рука|вены) (все )?в (дырках|дырах|проколах|дорогах|дорожках)',
    { pattern: '<(дорог|дорожк|дырк)[а-я]* (на|по) (руках|руке|венах|вене)', context: { ru: RU_FIX_PLACE_CTX } }, // a hospital's injections
    '<(ширя|ширн|вмаз)[а-я]* (в|во) (подворотн|подъезд|подвал|туалет|гараж|кустах|лифте)',
    { pattern: '<(дозу|дозняк)>', context: { ru: RU_FIX_CTX } }, // a dose of insulin or medicine
    { pattern: '<на (дозу|дозняк)>', context: { ru: '<(прос(ит|ил|ят)|клянч|выпрашива|стреля)' } }, // not "на дозу лекарства": see the allow list
    // Smoking crystals: пипетка, плюшка, лампочка, колба with crystals; "третьи сутки на стекле".
    {
      pattern: '<(с|со|из|через) (пипетк|пипк|плюшк|лампочк)',
      context: { ru: '<(ду(ть|ет|ют|л|ли|ем|ю)>|дун|кур(ит|ят|ю|ил|или|ить|им)>|пых)' },
    }, // light from a bulb
    { pattern: '<(колб|пипетк|пипк|плюшк)[а-я]*', context: { ru: RU_CRYSTAL_CTX } }, // a bong is cannabis, a bun is a bun
    '<(сутки|суток|сутками|неделю) (подряд )?на (стекле|мефе|спидах)>', // herring a day in salt
    '<на (стекле|мефе|спидах) (уже )?(вторые|третьи|четвертые|пятые|трое|неделю|сутки)',
    // Cooking: стекло, кристаллы, первитос cooked in a trailer or a bath house; a home lab.
    { pattern: '<(вар|свар)[а-я]* (стекло|кристалл)', context: { ru: RU_LAB_CTX } }, // grown crystals in a school lab
    '<(нарколаб|нарко ?лаборатор|наркокухн)',
    // Pills of the rave: кругляши, колёса, "на кругах"; a grinding jaw, pupils "во весь глаз".
    { pattern: '<(кругляш|колесик|таблос|колес(а|ами|ам|о|ом|ико|ики|иком)?>)[а-я]*', context: { ru: RU_PILL_CTX } }, // wheels
    { pattern: '<на (кругах|кругляшах|таблах|экстази)>', context: { ru: RU_PILL_CTX } },
    { pattern: '<зрачк[а-я]* (во весь глаз|как блюдц|с блюдц|как пятак)', context: { ru: RU_PILL_CTX } }, // a kitten's big eyes
    // Blotters: промокашка on the tongue, the walls and wallpaper that breathe.
    { pattern: '<промокашк[а-я]*', context: { ru: '<(съел|лизн|лижет|лизал|под язык|на язык|трип|глюк|кроет|накрыл)' } }, // a school blotter
    // The stash trade in shop words: товар, стафф, вес, зипы, шоп, координаты, поднять клад.
    { pattern: '<товар(а|у|ом|е|ы|ов)?>', context: { ru: `<(${RU_TRADE}|стафф|зип(ы|ов|ам|ах)>|прикоп|бодяж)` } }, // a shop's goods
    { pattern: '<(стафф|стаф)(а|ом|у|е|чик[а-я]*)?>', context: { ru: `<(${RU_TRADE}|зип|толка|грамм|вес>|закину|прикоп|бодяж)` } }, // staff, merch
    {
      pattern: '<(на )?вес>',
      context: { ru: `<(${RU_TRADE}|зип|меф|стафф|товар|прикоп)` }, // a weight at the gym, a treasure worth its weight in gold
    },
    { pattern: '<по (зип|свертк|свёртк)', context: { ru: `<(${RU_TRADE}|вес>|порош|меф|кристалл|стафф|товар|бодяж)` } }, // nuts in zip bags
    { pattern: '<зип(ы|ов|ам|ах|ами|ку|ки|ик|ики)?>', context: { ru: `<(${RU_TRADE}|кругляш|меф|стафф|товар|прикоп|бодяж)` } }, // a zip file
    { pattern: '<шоп(а|е|у|ом)?>', context: { ru: '<(координат|закладк|меф|зип|поднят|кладмен|прикоп|торч)' } }, // sneakers
    {
      pattern: '<координат(ы|ам|ами|ах)?>',
      context: { ru: '<(клиент|покупател|закладк|прикоп|сверт|свёрт|кладмен|шоп(а|е|у|ом)?>|изолент|зип)' },
    }, // a geocache
    {
      pattern: '<подн[а-я]* (тайник|клад|закладк|прикоп|сверт|свёрт)',
      context: { ru: '<(телег|оглядыва|изолент|магнит|шоп|кладмен|нарик|торч)' },
    },
    {
      pattern: '<(разнос|раскид|раскладыв|разлож|прячет|прячут|прятал|кида)[а-я]* ~(стафф|закладк|свертк|свёртк)', // a courier's goods go to clients too
      context: { ru: '<(по (дворам|раиону|городу|подъездам)|фот[а-я]* (адрес|мест|точ)|координат|магнит|изолент|прикоп|шоп|клиент)' },
    },
    '<(торгу|прода|толка|барыж)[а-я]* (солью|соль|соли|мефом|меф|скоростью|стафф[а-я]*|колесами|кругляшами) ~(школ[а-я]*|подросткам|детям|подъезд[а-я]*|гаражами|раионе|клубе|рейве|вписке|тусе)>',
    '<(прячет|прячут|прятал)[а-я]* (свертк|свёртк|сверток|свёрток|зип)[а-я]* ~(подъезд[а-я]*|пачке|щели|трещине|клумбе|кустах)>',
    {
      pattern: '<через (бота|телег[а-я]*|даркнет[а-я]*|гидр[а-я]*)>|<в (даркнет[а-я]*|гидр[а-я]*)>',
      context: { ru: '<(соль|соли|меф|мефа|стафф|закладк)' },
    },
    // People and names typed in everyday spelling and misspelt as heard (not героиня, not гироинерциальный).
    '<(коксер|ширяльщик|торчил(а|о|у|ои)>|солевух|меф(чик|ик|ушк|едронщик)|первитос|фенамин|перекумар|передознул|токсикоман|экстазюх|эктази)',
    '<(гераин|гироин|героен)(а|у|ом|е|ы)?>|<(к[оа]к[оа][еэ]н|героинч|меф[еи]дрон|экстаси|екстаз|экстэзи|элэсд|элесд|фе?нт[аое]нил|кит[ао]мин|крэков)',
    { pattern: '<гер(ом)?>', context: { ru: `${RU_FIX_CTX}|<(ложк|фольг|нюха|нюхн|шприц|грамм)` } }, // Гера is a goddess and a name
    '<(нюха|нюхн|занюх)[а-я]* (клеи|клея|клеем|момент)>',
  ]),
};

/** Look-alikes: a perfume strip, a bookmark in a book, a fly on the glass, a snowflake on a nose. */
export const ruDrugsEverydayAllow: GateAllowList = {
  lang: 'ru',
  allow: [
    '<(нюха|нюхн|понюха)[а-я]* (полоск|бумажк)[а-я]* (с духами|духов|с парфюмом|парфюма|бумаги)',
    '<магнитн[а-я]* полоск[а-я]*',
    '<на дозу (лекарств|инсулин|витамин|вакцин|препарат)[а-я]*',
    '<через бота (доставк|магазин|продукт|супермаркет|лавк|маркетплеис)[а-я]*',
    '<(бегов|ковров|садов|звуков|аудио|парков|каменн|красн|лыжн|велосипедн|пешеходн)[а-я]* дорожк[а-я]*',
    '<(швеин|стиральн|посудомоечн|печатн|игрушечн|гоночн|пишущ)[а-я]* машинк[а-я]*|<машинк[а-я]* для (стрижк|бритья|шитья)',
    '<(ищет|ищу|искать|найти|нашел|нашла|делать|делает|делаю)[а-я]* закладк[а-я]* (в|из|для) (книг|книжк|учебник|тетрад|браузер|дневник|сайт|вкладк)',
    '<(мух(а|и|у)?|бабочк[а-я]*|жук[а-я]*|птиц[а-я]*|кот(ик|енок|ы|а)?|кошк[а-я]*)> ~~на стекле( ~(сутки|суток|неделю))?',
    '<(мух(а|и|у)?|бабочк[а-я]*|жук[а-я]*|птиц[а-я]*|кот(ик|енок|ы|а)?|кошк[а-я]*)> ~~(сутки|суток|неделю) на стекле',
    '<(нюха|обнюх|вынюх)[а-я]* (дорожк|полоск)[а-я]* (следов|запаха|муравьев|из следов)', // a dog on a trail
    '<марк[а-я]* ~~прихода (почтальон|гост|весн|поезд|автобус|мам|пап|письм)[а-я]*', // a licked postage stamp
  ],
};
