import type { GateAllowList, GateLexicon } from '../types.js';
import { splitAlternatives } from '../pattern.js';
import { TARGET_EN, TARGET_RU } from './sexual-concepts.js';

/**
 * Sexual scenes told as viewers tell them in an ordinary mix of donations, Russian (issue 11, fourth
 * round): the act said around ("делают это на заднем сиденье, ну ты понял", "этим самым занимаются"),
 * undressing to nothing ("снимает с себя всё", "скинула все шмотки"), oral sex told by its setting
 * (на коленях с открытым ртом перед ремнём, расстёгивает ему ширинку, берёт у него в рот), the act
 * by its verbs of entering and slang (входит в неё, засаживает, жарят двое, пустили по кругу), and the
 * named vocabulary in viewers' spelling (миньет, атсасывает, тройничок, групповушка, эксгибиционист).
 * Each innuendo or ambiguous verb needs a second concept (a couple, a bed or a car, a mouth, a belt):
 * "ну ты понял, нарисуй кота", "дети на заднем сиденье", "сделай это красиво", "бабушка молится на
 * коленях", "змея заглатывает мышь" and "горловое пение" pass.
 */

/**
 * A concept written `<(a|b|c)>` as `<a>|<b>|<c>`, to lead a rule: the index files each top-level
 * alternative under its own first letters, where a leading group would be copied whole into the
 * bucket of every letter it can start with (~0.3 MB of native code per bucket for the innuendo
 * group). As a context the grouped form is kept (compiled once).
 */
export function eachAtTop(concept: string): string {
  const m = /^<\((.*)\)(>?)$/.exec(concept);
  if (!m) throw new Error(`not a <(…)> concept: ${concept}`);
  return splitAlternatives(m[1])
    .map((alt) => `<${alt}${m[2]}`)
    .join('|');
}

/** A wink instead of the word: "ну ты понял", "сам понимаешь чем". */
const WINK_RU =
  '<((ну )?(ты|вы) (же )?(понял|поняли|поняла|понимаешь|понимаете)|сам(а|и)? (все )?(понима(ешь|ете)|понял(и|а)?|догадаешься|додумаешь)|понятно (чем|что)|(понимаешь|понял|догадайся|догадайтесь|догадаетесь) (чем|что))>';

/** "It" for the act: "делают это", "этим самым занимаются". */
const IT_RU =
  '((делают|делает|делали|делаем|делал|делала|сделали) ((э|е)то|то самое|(э|е)то самое)|((э|е)тим|тем) (самым )?(заняты|занима[а-я]*)|занима[а-я]* ((э|е)тим|тем)( самым)?)>';

/** A couple in a back seat, misted windows, under a blanket, nakedness: what a wink is about (a kid in the back seat is not). */
const WINK_SETTING_RU =
  '<(парочк|пара|двое|вдвоем|мы|они|(с|со) (парнем|девушк[а-я]*|подруг[а-я]*|девчонк[а-я]*)) ~(на|в) (задн|сеновал)|<(под одеял|запотел|голы|голая|голые|голенькие|раздет|без одежды|ртом)';

/** Where "it" is done: a car, a bed, a shower, a back seat. */
const PLACE_RU = '(машин|тачк|задн[а-я]* сиден|кроват|постел|диван|душе|под душем|спальн|сеновал|под одеял|примерочн|туалет|лифт|подъезд)';

/** "It" done in a place, either way round: "делают это в тачке", "в постели они этим занимаются". */
const IT_IN_PLACE_RU = `<${IT_RU} ~(в|на) ${PLACE_RU}|<${PLACE_RU}[а-я]* ~~${IT_RU}`;

/** Kneeling, not sitting on a lap: "ребёнок у папы на коленях" is not here. */
const KNEELING_RU =
  '<((сто|вста|опусти|опуска|упал|пада|полза|ползе|постав)[а-я]* на (колени|коленях|коленки|коленках)|на (коленях|коленках) перед)';

/** What makes a kneeling woman an oral-sex picture: a mouth, a belt, a fly, pants coming down. */
const BEFORE_HIM_RU =
  '<(ремен|ремн|ширинк|(спуска|спусти|снима|расстег)[а-я]* (штаны|брюки|джинсы|трусы)|перед (мужик|парн|мужчин|боссом|начальник|директор)[а-я]*)';

/** Men, in the genitive: "сосёт у него". */
const HIM_RU = '(своего )?(него|парн[яюе]|мужик[ауе]|чел[ауе]|муж[ауе]|босс[ауе]|бомж[ауе]|сосед[ауе]|охранник[ауе]|всех)';

export const ruSexualScenes: GateLexicon = {
  name: 'ru-sexual-scenes',
  lang: 'ru',
  category: 'sexual',
  block: [
    // the act said around: a wink beside a back seat or a blanket, "it" beside a car or a bed
    { pattern: eachAtTop(WINK_RU), context: { ru: WINK_SETTING_RU } },
    { pattern: eachAtTop(`<(${IT_RU.slice(0, -1)})>`), context: { ru: IT_IN_PLACE_RU } },
    {
      pattern: '<(одеял|простын|кроват|машин|тачк)[а-я]* ~(ходуном|шевел|раскачива|трясет|трясут|скрипит)',
      context: { ru: '<(двое|парочк|вдвоем|любовник|мы с (неи|нею|девушк|женои))' },
    },
    { pattern: '<кувырка[а-я]*', context: { ru: `${WINK_SETTING_RU}|<(мы|я) с (неи|нею|девушк|женои|подруг|тян)` } },
    '<(занима[а-я]*|заняться) любов(ью|ю)>|<любов(ью|ю) занима',
    // undressing to nothing
    { pattern: '<с себя (вообще |совсем |уже )?(все|одежду)>', context: { ru: TARGET_RU } },
    '<(стяну|сорва|спусти|сдерну|стягива|срыва|сдира|содра)[а-я]* (с (нее|неи) |ей |силои |насильно ){0,2}(трусы|трусики|лифчик|лифон|стринги)>',
    // oral sex by its setting and its slang
    { pattern: eachAtTop(KNEELING_RU), context: { ru: BEFORE_HIM_RU } },
    { pattern: '<на (коленях|коленках)>', context: { ru: BEFORE_HIM_RU } },
    { pattern: '<(расстег|растег)[а-я]* (ему|парню|мужику|мужу) (ремень|ширинк|штаны|брюк)', context: { ru: TARGET_RU } },
    `<((по|от)?сос(ет|ут|ала|ал|и|ешь|ать|у)|заглатыва[а-я]*) у ${HIM_RU}|<(берет|брала|взяла|возьмет) у ${HIM_RU} в рот`,
    '<у (него|парня|мужика) (сосет|сосала|отсасыва[а-я]*|берет в рот)',
    '<(от|ат)сас(ыва|ыв)(ет|ют|ла|ть|ющ|ние)[а-я]*|<(от|ат)сос(ала|ет|ут|и|ать|ешь|нула|нул|нуть)>',
    '<(ми|мы)н(ь|ъ)?(е|э|и)т(ик|ика|ику|ом|а|у|ы|ик[а-я]*|чик[а-я]*)?>',
    '<с?дела[а-я]* (ему |мне )?(глубок[а-я]* )?горлов(ои|ого|ым)>|<глубок[а-я]* горлов(ои|ого|ым)>',
    { pattern: '<с?дела[а-я]* (ему|парню|мужу) приятно>', context: { ru: '<(рот|ротик|ртом|ротиком|язык|губ|на коленях|понял|внизу)' } },
    '<(лиж|лиз|вылиз|облизыва)[а-я]* (ей|ему) (там|внизу|между ног|между ножек)',
    // the act by its verbs: entering, slang for a man having a woman, a group
    '<(засажива|засади|вдува|вгоня|вогна|всажива)[а-я]* (ей|в (нее|неи)|ее|еи) (сзади|по самые|до упора|в попку|в рот|глубоко)',
    '<(в (нее|неи)|ей) (свои|свой|своего) (агрегат|член|шланг|болт|дружок|дружка|елдак)',
    '<(ее|еи) в (попку|попочку|очко|анус)>',
    {
      pattern: '<которую (жар|пял|дер|драл)[а-я]*',
      context: { ru: '<которую (жар|пял|дер|драл)[а-я]* (двое|трое|сразу|толпа|парни|по очереди)' },
    },
    { pattern: '<(пустили|пускают|пустить|пустят) ~по кругу', context: { ru: TARGET_RU } },
    '<(трои?н(и|е)ч(ок|ек|ка|ку|ком|ке|ки)|групповух|групповушк)',
    { pattern: '<ублажа[а-я]*', context: { ru: TARGET_RU } },
    { pattern: '<заглатыва[а-я]* (его|член)', context: { ru: TARGET_RU } },
    '<(дает|дала|давала) (всем|каждому) подряд|<(ему|соседу|парню) (дала|дает) прямо (в|на) (подъезд|машин|тачк|туалет|лифт|задн)',
    // hands, bodies and sight
    '<(наярива|надрачива|передерну|передерги)[а-я]* на (фот|картинк|стримерш|тян|сиськ|журнал|видос|училк|соседк)',
    '<(тряс|свети|вывали)[а-я]* (своим |свои |свое |его )?(хозяиств|достоинств|причиндал|писюн)',
    '<эксгибицион|<(распахива|распахну)[а-я]* (плащ|пальто) перед (девушк|женщин|школьниц|девочк|прохож)',
    {
      pattern: '<у [а-я][а-я]* (встал|встает|встанет|стоит колом)>',
      context: {
        ru: '<(при виде|глядя на|в штанах|в трусах|колом|на (нее|неи|фот|стримерш|тян|училк|соседк|студентк|девушк|одноклассниц|сестр|подруг))',
      },
    },
    { pattern: '<голыми телами>|<трутся ~друг (о|об) друг', context: { ru: '<(друг|парочк|вдвоем|мы с|сплет|обнима|прижима|гол|раздет)' } },
    { pattern: '<гол(ые|ыми|енькие)>', context: { ru: '<(в постел|в кроват|на кроват|под одеял|в спальн)' } },
    { pattern: '<(ноги|ножки|ляжки) ~раздви(н|г)[а-я]*', context: { ru: TARGET_RU } },
    { pattern: '<(сел|села|садится|сядет|сидит) (ему|мне|парню|у него) на (лицо|лице)', context: { ru: TARGET_RU } },
    // the named vocabulary in viewers' spelling
    '<в стиле ню>|<ню (арт|фото|фотосесси[а-я]*|портрет)|<ню (с|со) (моеи|бывш|девушк|соседк|одноклассниц|стримерш|тян|училк|подруг|женои)',
    { pattern: '<(без всего|без ничего|безо всего)>', context: { en: TARGET_EN } },
  ],
};

/** A seat belt, a snake swallowing its prey, a vampire, a cat on a face, a child on a lap or in the bath. */
export const ruSexualScenesAllow: GateAllowList = {
  lang: 'ru',
  allow: [
    '<(расстег|растег)[а-я]* (ему |ей |себе |ребенку )?ремень безопасн',
    '<на (коленях|коленках) у |<у [а-я]* на (коленях|коленках)>', // on someone's lap, not kneeling
    '<(купа|мо(ет|ют|ю))[а-я]* (малыш|ребен|младенц|сын|дочк|дочь|детеи)[а-я]* без одежды', // a baby's bath
    '<дет(и|еи) ~кувырка[а-я]*( (в|на|под) [а-я]*)?', // children tumbling on a bed
    '<отс(ас|ос)[а-я]* (слиз|жидкост|кров|воду|воздух|пыль|яд)', // a medical or a vacuum pump
    '<сос[а-я]* у [а-я][а-я]* кров', // a vampire, a mosquito
  ],
};
