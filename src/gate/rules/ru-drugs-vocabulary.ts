import type { GateAllowList, GateLexicon } from '../types.js';

/**
 * The Russian hard-drug vocabulary as a whole (fifth round, issue 11): the street names the older
 * files lacked (коксик, марафет, смэк, шабу, айс, эмка, ханка, фент, ГОМК/бутират/гэбэшка, кет and
 * к-дыра, кейхол, альфа-ПВП, крисы, мяу-мяу), English loanwords written in Cyrillic (блоу, твикать,
 * пушер, спешл кей, овердоз), the states (удолбанный, вштырило, штырит, трипует, "под мефом"), the
 * people (закладчица, торчилы, варщик, винтовой) and the trade's compound words (наркобизнес,
 * наркотрафик). Cannabis, alcohol, tobacco and medicine stay allowed: no word here names them.
 *
 * Memory: every alternative carries its own word-start test inside one group, so each rule is
 * scanned in the matcher's one "anywhere" regex instead of being filed under the two-letter keys of
 * its words (each new key's bucket is compiled again, for both string widths). A word with an
 * everyday sense (винт a screw, кислота in a chemistry class, марафет as tidying up, эмка the car,
 * Ханка the lake, скорость, альфа, кет the name) counts only beside a second word of the scene.
 */

/** Use, kit and trade words (not "прёт": a car rushes at speed) that no innocent message holds together with the ambiguous words below. */
const RU_USE =
  'нюха|нюхн|занюх|снюх|разнюх|дорожк|купюр|ноздр|шприц|баян|вмаз|ширн|ширя|торч(ок|ка|ку|ки|ков|ил)|нарик|наркот|наркоман|наркош|закладк|кладмен|барыг|грамм|пакетик|зиплок|пипетк|плюшк|вштыр|упорот|обдолб|удолб|передоз|кумар|отходняк|отходос|меф|сол(ь|и|ью)>|глюк|кеи ?хол|притон|челюст';

/** The use and trade words without salt, grams and a rush: physics has alpha particles and salt crystals. */
const RU_TRADE =
  'нюха|нюхн|занюх|снюх|разнюх|дорожк|купюр|ноздр|шприц|баян|вмаз|ширн|ширя|торч(ок|ка|ку|ки|ков|ил)|нарик|наркот|наркоман|наркош|закладк|кладмен|барыг|зиплок|пипетк|плюшк|вштыр|упорот|обдолб|удолб|передоз|кумар|отходняк|отходос|меф|притон';

/** The same with a party's words: for names that a car, a lake or a cat share (not a mirror, a club or wheels). */
const RU_SCENE = `<(${RU_USE}|кроет>|прет>|рейв|реив|вписк|танцпол|тус(а|е|у|ои|овк[а-я]*)>|капсул|таблет|закину|зрачк|фольг|доз(а|у|ы|ои)>|ломк|бэд трип|бед трип|трипу|трубк|зажигалк|лампочк|маков)`;

/** A screw, a salt and a name are drugs only beside the injecting and cooking scene. */
const RU_COOK_SCENE =
  '<(шприц|баян|вмаз|ширн|ширя|торч(ок|ка|ку|ки|ков|ил)|нарик|наркот|наркоман|наркош|притон|эфедрин|первит|противогаз|нарколаб|кумар|передоз|на игле|не спит|не спал|сутки)';

/** A trip's scene, for acid (a chemistry class has acid, crystals and salt). */
const RU_TRIP_SCENE =
  '<(марк(а|у|и|ои|ами)?>|марок|язык|трип|глюк|фрактал|накрыл|кроет>|прет>|рейв|реив|вписк|тус(а|е|у|ои|овк[а-я]*)>|закину|лизну|лизнул|промокашк|зрачк|стены (дышат|плывут))';

export const ruDrugsVocabulary: GateLexicon = {
  name: 'ru-drugs-vocabulary',
  lang: 'ru',
  category: 'drugs',
  block: [
    // Names, slang and people with no innocent sense (checked against the Russian word forms list).
    '(<кокс(ик|ичек|ер|ерш)[а-я]*|<кокаинчик|<см[еэ]к(а|у|ом)?>|<шабу>|<фент(а|ом|у|ы)?>|<карфентан|<гомк>|<бутират|<гбл>|<г[еэ]б[еэ]шк|' +
      '<лизерги|<оксикод|<оксиконт|<перкосет|<митадон|<мескалин|<эфедрон|<пс[иы]л[оа][цс][иы]б|<опи(и|я|ю|ем)>|<(кр[еэ]к|мет|кокс|смэк|смек|пилл) ?х[еэ]д(а|у|ом|ы|ов|ами)?>|<альф(а|у|ои|ы) ?пвп|' +
      '<кдыр|<кеи ?хол|<удолб|<вштыр|<трип(ует|уют|уем|ую|уешь|овать|овал|овала|овали|ануть|анул[а-я]*|ующ[а-я]*)>|' +
      '<закладчиц|<торчил(ы|е|ам|ами|ой)>|<наркоманищ|<нарко ?(бизнес|мафи|трафик|сбыт|дел(ец|ьц)|тус|вечеринк|трип|синдикат|груз|деньг|точк|шоп|рынок|рынк|картел))',
    // Под/на + a drug's name: the state of being high on it (not "под феном": a hair dryer; not
    // "под колёсами": wheels; not "на мете": "на примете").
    '(<под (мефом|метом|солью|солями|скоростью|кислотои|экстази|мдма|лсд|кетамином|кетом|героином|герычем|амфетамином|амфом|спидами|веществами|наркотои|кокаином|коксом|фентом|спаисом|метадоном|марками)>)',
    '(<(закину|закидыва|наки(ну|дыва))[а-я]*(ся|сь) (солью|солями|мефом|метом|кетом|кетамином|спидами|амфом|фентом|феном|скоростью|экстази|мдма|кислотои|марками|таблами|колесами)>|' +
      '<(сидит|сидеть|сидел|сидела|сидели|сидят|сижу|подсел|подсела|подсели|торчит|торчал|торчат|слез|слезла) на (мете|кетамине|кете|кокаине|коксе|экстази|кислоте|марках|спаисе|фенте|фентаниле|амфетамине|амфе)>|' +
      '<(пипетк|плюшк|лампочк)[а-я]* (с|со) (солью|мефом|кристалл[а-я]*|стеклом|аисом)>|' +
      '<(дорог|дорожк)[а-я]* на (руках|руке|венах) от уколов|<марок (с|со) (кислот|лсд)|<марк(а|у|и) (с|со) (кислот|лсд))',
    // Ambiguous street names and loanwords beside a second word of the scene.
    {
      pattern:
        '(<аис(а|ом|у)?>|<эмк(а|у|ои|и)>|<ханк(а|у|ои|и)>|<мяу ?мяу>|<спид(ы|ов|ами|ах)>|<сп[еи]шл ?кеи>|<штыр(ит|ят|ило|или)>|<ов[еэ]рдоз[а-я]*)',
      context: { ru: RU_SCENE },
    },
    { pattern: '(<марафет(а|у|ом|е)?>|<блоу>)', context: { ru: `${RU_SCENE}|<(зеркал|клуб)` } },
    // Speed, alpha and crystals are physics and chemistry too (with salt): only beside use and trade words.
    { pattern: '(<альф(а|у|ои|ы)>|<крис(ы|ов|ами|ах)>|<скорост(ь|и|ью)>|<кет(ом)?>)', context: { ru: `<(${RU_TRADE})` } }, // Kate at a party
    { pattern: '(<пушер(а|у|ом|ы|ов|ам|ами)?>)', context: { ru: `<(${RU_USE}|школ|подростк)` } }, // a pusher in a game
    {
      pattern: '(<твик(ает|ают|ать|ал|ала|али|аю|ающ[а-я]*|нул[а-я]*|нут[а-я]*)>)', // tweaking settings
      context: { ru: `<(${RU_USE}|мет(е|а|ом)?>|стекл(е|а|ом)?>|кристалл|сутки)` },
    },
    {
      pattern: '(<винт(а|ом|у|е)?>|<винтов(ои|ого|ому|ым|ые|ых|ыми)>|<варщик[а-я]*)',
      context: { ru: `${RU_COOK_SCENE}|<(мет(а|ом)?>|меф|кристалл)` },
    },
    { pattern: '(<кислот(а|у|ои|ы)>)', context: { ru: RU_TRIP_SCENE } },
    {
      pattern: '(<(ищет|ищу|искал|искала|нащупыва[а-я]*|наш[её]л|нашла) (себе )?вену>)',
      context: { ru: '<(доз(а|у|ы|ои)>|баян|машинк|ширк|торч|нарик|вмаз|притон|подъезд|кумар|ломк)' },
    },
  ],
};

/** Look-alikes: tidying up (навести марафет), a Spice Girl. */
export const ruDrugsVocabularyAllow: GateAllowList = {
  lang: 'ru',
  allow: [
    '<(навод|навел|навест|наведи|наведем|наводи)[а-я]* (себе )?марафет[а-я]*',
    '<спаис[а-я]* ~~(из )?(spice|спаис|спице) ?(girls|герлз|герлс|гирлс|гелз)',
    '<спаис ?(герлз|герлс|гирлс|гелз)',
    '<шабу ?шабу>', // the hot pot
  ],
};
