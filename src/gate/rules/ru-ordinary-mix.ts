import type { GateLexicon } from '../types.js';

/**
 * Russian harm as an ordinary donation stream writes it, learned from the misses of four ordinary-mix
 * blind sets (8, 12, 14, 16) once their first scores were recorded (issue 11, eighth round): roots
 * and word orders, not the sentences. Each entry says which innocent look-alike it leaves alone.
 */
export const ruGoreOrdinaryMix: GateLexicon = {
  lang: 'ru',
  category: 'gore',
  block: [
    // a face or skin taken off to the bone ("лицо снято до черепа"), not a peeled banana
    '<(лицо|кожа|скальп)[а-я]* (снят|содра|сорва|срез|стесан|ободра)',
    '<(снят|содра|сорва|срез|стесан|обглода|разодра|ободра|сгни)[а-я]* до (черепа|кости|костеи|мяса)>',
    // mauled to death: an animal tearing a person (not a dog tearing a slipper)
    '<(разодра|растерза|загрыз|разорва)[а-я]* (насмерть|туриста|человека|чела|мужика|ребенка|девушку|парня|бомжа|охотника|тело|лицо|горло|живот|на куски)',
    // a body put together from pieces, victims gathered in pieces
    '<(собран|собира|сшит)[а-я]* (по кускам|из кусков)',
    '<куск(и|ов|ами) (пассажир|тел|люд|человек|погибш|трупа|трупов|жертв)',
    // a broken skull, the brain out; flesh or bones showing (not "кости" of a fish on a plate)
    '<(треснул|проломл|раскол|пробит)[а-я]* череп|<череп[а-я]* (уже )?(треснул|проломл|расколот|пробит)',
    '<(мозг|мозги|мясо|кости|кишки|кишка|внутренности) (видно|наружу|торчат|торчит|вытек|вываливаются|разбрызган)',
    '<мозг[а-я]* (по стене|по стенам|на асфальт|на стене)',
    // self-harm: cuts made on oneself (not a cut on a finger in the kitchen)
    '<(делаю|делает|делать|наношу|наносит|нанести|оставляю|режу) себе порез',
    '<(режет|режу|резал|резала|порезал|порезала|резать|кромсает|полосует|полоснул) себя>',
    // a limb lying apart after a crash; a limb gnawed or chopped off
    '<(нога|рука|голова|ноги|руки|кисть)[а-я]* (лежит|лежат|валяется|валяются) (отдельно|рядом|в метре|в двух)',
    '<(рука|нога|голова|кисть|палец|пальцы|руки|ноги|ухо)[а-я]* (отгрызен|откушен|оторван|отрублен|отрезан|отпилен|отсечен)',
    // hanged: вздёрнутый on a gallows or a tree (a вздёрнутый нос is a snub nose)
    '<вздерн[а-я]* (дезертир|предател|пленн|преступник|человек|мужик|парн|чел|бомж|на виселиц|на суку|на дереве|на столбе|на плацу|на ветке)',
    // a suicide note beside the pills
    '<таблетк[а-я]* и (предсмертн[а-я]* )?записк',
    // validation sets 18–20, read after the threshold round: a blade along the wrist, marks across it
    {
      pattern: '<(вдоль|поперек|по) (руки|руке|запяст[а-я]*|вен[а-я]*)>',
      context: { ru: '<(нож|лезви|бритв|режет|режу|ведут|красн|кров|порез)' },
    },
    '<запяст[а-я]* ~~(красн[а-я]* )?(полоск|порез)',
    '<(полоск|порез)[а-я]* ~(на|поперек|вдоль) запяст',
    // a body left to rot
    '<(тело|трупа|труп|покоиник|мертвец)[а-я]* ~~(пролежал|пролежавш|разлож|разлага|гниет|гниющ|сгнил|вздул)',
  ],
};

export const ruDrugsOrdinaryMix: GateLexicon = {
  lang: 'ru',
  category: 'drugs',
  block: [
    '<мет(ом|ами)>', // meth in the instrumental; "мета" (a game's meta) and "мету" (I sweep) stay clean
    // amphetamine (AIDS, СПИД, has no plural), with a word of taking it: "speedy" transliterates to "спиды"
    {
      pattern: '<спид(ы|ами|ах)>',
      context: {
        ru: '<(нюх|снюх|занюх|дорожк|порош|закид|упор|торч|карт|барыг|закладк|нарк|кайф|вмаз)',
        en: '<(sniff|sniffing|snort|snorting|lines?|rails?|card)>',
      },
    },
    // a white line on a table: the line (дорожка) alone, or a "white road" on a table or a mirror
    '<бел(ая|ую|ые|ои|ых) дорожк',
    '<бел[а-я]* дорог[а-я]* (на|по|со) (стол|зеркал|карт)',
    // prescription opioids and tropicamide taken by handfuls
    '<(трамадол|тропикамид|лирик|кодеин|феназепам|морфин)[а-я]* (горст|пачк|упарыв|отъезж|кайф|приход|по вене)',
    '<(трескает|трескать|жрет|жрать|глотает|закидывается|упарывается|хавает) (трамадол|тропикамид|лирик|кодеин|феназепам|морфин)',
    // snorting through a rolled banknote, off a table
    '<(через|свернут[а-я]*) (свернут[а-я]* )?(купюр|банкнот|соточк|пятитысячн|тысячн)',
    '<(нюха|занюх|снюх)[а-я]* ~~(со стола|с зеркала|с карточк|с экрана)',
  ],
};

export const ruSexualOrdinaryMix: GateLexicon = {
  lang: 'ru',
  category: 'sexual',
  block: [
    '<куни>', // cunnilingus in slang; no other Russian word reads so
    // breasts falling out of a neckline
    '<из (выреза|декольте|лифчика|топа|майки) (все |вся |всё )?(вывал|выпада|выскаки)',
    '<(вывал|выпада|выскаки)[а-я]* из (выреза|декольте|лифчика|топа|майки)',
    // an adult film
    '<взросл(ыи|ого|ое|ом|ые|ых|ому) (фильм|кино|видео|ролик|контент)|<(фильм|кино|видео)[а-я]* для взрослых',
  ],
};

/** Groups pictured as vermin, and the painter everybody knows (validation sets 18–20). */
export const ruHateOrdinaryMix: GateLexicon = {
  lang: 'ru',
  category: 'hate',
  block: [
    {
      pattern: '<(как|в виде) (тараканов|таракана|крыс|вшеи|клопов|паразитов|саранчу|саранчи|червеи|обезьян|скот|свинеи|макак)>',
      context: {
        ru: '<(приезж|понаехав|мигрант|гастарбаитер|южан|с юга|с кавказ|кавказц|таджик|узбек|киргиз|азиат|негр|чернокож|евре|жид|цыган|хач|чурк|хохл|мусульм|беженц)',
      },
    },
    // "the Austrian painter" with his moustache or the ovens, not Klimt
    {
      pattern: '<австрииск[а-я]* художник',
      context: { ru: '<(усат|усик|печ|евре|газ|рейх|фюрер|герман|1945|мировая|вои)' },
    },
  ],
};
