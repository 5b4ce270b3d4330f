import type { GateAllowList, GateLexicon } from '../types.js';

/**
 * Sexual content told without a named sex word (issue 11, class 6): undressing in steps, a
 * body described in slang, a pose, a real person put in bed or in underwear. Each rule is a
 * concept (an act, a target, a garment, a pose) and most need a second concept somewhere in
 * the message (a context), so "сними с ёлки игрушки, потом гирлянду", "draw a dog on all
 * fours" and "дойка коров" pass while the same words aimed at a woman do not.
 */

/** Who is undressed or drawn: a woman, a girl, a streamer, someone the viewer knows. */
const TARGET_RU =
  '<(ее|еи|нее|неи|она|девушк|девочк|девк|тян|тянк|телк|телочк|(баб|бабу|бабы|бабе|бабенк|жена|жену|жене|женои)>|женщин|одноклассниц|однокурсниц|стримерш|училк|учительниц|сестр|сестренк|мамк|(мам(у|а|ы|е|ои))>|мачех|подруг|соседк|бывш|невест|тетк|медсестр|горничн|секретарш|коллег|начальниц|актрис|певиц|блогерш|красотк|ваифу)';
const TARGET_EN =
  "<(her|she|shes|she's|girl|girls|woman|women|lady|ladies|chick|gf|girlfriend|wife|streamer|streamers|streamer's|classmate|neighbou?r|teacher|sister|stepsister|mom|mum|crush|ex|babe|waifu|cousin|coworker|boss|nurse|maid|secretary|actress|singer)>";

/** The same without pronouns: "она доит корову" is a farm, not a target. */
const TARGET_NOUN_RU = TARGET_RU.replace('ее|еи|нее|неи|она|', '');
const TARGET_NOUN_EN = TARGET_EN.replace("her|she|shes|she's|", '');
/**
 * Partners and strangers, not family or children: "my sister in the bath with bubbles" and "mom
 * in bed" are a family picture, "my girlfriend in the shower" is not.
 */
const PARTNER_RU =
  '<(девушк|тян|тянк|телк|телочк|(жена|жену|жене|женои)>|одноклассниц|однокурсниц|стримерш|училк|учительниц|подруг|соседк|бывш|невест|медсестр|горничн|секретарш|коллег|начальниц|актрис|певиц|блогерш|красотк|ваифу)';
const PARTNER_EN =
  "<(woman|women|lady|ladies|chick|gf|girlfriend|wife|streamer|streamers|streamer's|classmate|neighbou?r|teacher|stepsister|crush|ex|babe|waifu|coworker|boss|nurse|maid|secretary|actress|singer)>";

/** Garments, outer and under; taking several off in turn is the "in steps" story. */
const CLOTHES_RU =
  '(кофт|блузк|футболк|маик|рубашк|юбк|плать|джинс|брюк|штан|шорт|свитер|топ|халат|полотенц|колготк|чулк|трус|лифчик|бюстгальтер|белье|стринг|купальник|сорочк|пижам)';
const UNDER_RU = '(трус|лифчик|бюстгальтер|белье|нижнее белье|стринг|сорочк)';
const CLOTHES_EN =
  '(top|tops|shirt|tshirt|t shirt|blouse|skirt|dress|jeans|pants|shorts|sweater|hoodie|robe|towel|tights|stockings|bra|panties|underwear|thong|lingerie|bikini|nightie|nightgown|clothes)>';
const UNDER_EN = '(bra|panties|underwear|thong|lingerie|knickers|briefs|nightie)>';

/** "потом юбку", "then her skirt": the next garment of a sequence, or "the rest". */
/** The last step: underwear or everything. Laundry ("сними бельё с верёвки") has no step before it. */
const LAST_GARMENT_RU = `<(потом|затем|после|дальше|следом) ~${UNDER_RU}|<(все остальное|всю одежду|всю остальную|догола)>`;
const TAKE_OFF_EN = '<(take|takes|taking|took|remove|removes|removing|removed|pull|pulls|pulling|pulled|strip|strips|stripping) (off|down)';
const LAST_GARMENT_EN = `<(then|next|after that|and then|followed by) ~${UNDER_EN}|<(the rest|everything else|all her clothes|to nothing|naked|nude)>`;

/** A bed, a shower, a bath: where a drawn person with nothing on is sexual, not a cartoon. */
const PRIVATE_PLACE_RU = '<(кроват|постел|душ|душе|ванн|спальн|простын|одеял)';
const PRIVATE_PLACE_EN = '<(bed|beds|bedroom|shower|bath|bathtub|sheets|blanket|pose|posing)>';

export const ruSexualConcepts: GateLexicon = {
  name: 'ru-concepts',
  lang: 'ru',
  category: 'sexual',
  block: [
    // nakedness as an idiom or a description
    '<в чем мать родила',
    '<ни (одной )?нитки на',
    '<(совсем|полностью|абсолютно|совершенно) (без одежды|раздет|голы|гола|нага|наги)',
    {
      pattern: '<(безо всего|без ничего|ничего не надето|ничего на себе|ничего на неи|ничего на нее)>',
      context: { ru: `${TARGET_RU}|${PRIVATE_PLACE_RU}` },
    },
    {
      pattern: '<кроме',
      context: {
        ru: '<ничего (нет )?кроме (туфел|чулок|чулк|носк|носоч|фартук|полотенц|улыбк|галстук|бантик|бант|каблук|сапог|украшени|ожерель|трусик|трусов|шляп|простын|одеял|цепоч)',
      },
    },
    // the rare word leads and the phrase is its context: a rule led by 40 target words would sit
    // in 40 first-letter buckets and slow every message down (README, Speed)
    { pattern: '<гол(ои|ым)>', context: { ru: `${TARGET_RU}[а-я]* (совсем |полностью )?гол(ои|ым)>` } },
    { pattern: '<гол(ои|ым|ыми)>', context: { ru: `<гол(ои|ым|ыми) ${TARGET_RU}` } },
    { pattern: '<в одн(ом|их|ои) (трусах|полотенце|носках|рубашке|фартуке|простыне)', context: { ru: `${TARGET_RU}|${PRIVATE_PLACE_RU}` } },
    '<в одн(ом|их|ои) (белье|трусиках|лифчике|стрингах|чулках|нижнем)',
    // undressing a person, or a garment after a garment
    {
      pattern: '<разде(нь|нем|ньте|ть|вает|вают|вать|л|ла|нет|нут)[а-я]*',
      context: { ru: `<разде(нь|нем|ньте|ть|вает|вают|вать|л|ла|нет|нут)[а-я]* ${TARGET_RU}` },
    },
    {
      pattern:
        '<(сними|снимает|снимают|снять|снимите|снимем|снимаем|сниму|стяни|стягивает|стянуть|стянем|сорви|срывает|сорвать|скинь|скидывает|скинула|скинуть|сбрасывает|сбросила)[а-я]*',
      context: { ru: LAST_GARMENT_RU },
    },
    // outer garments in turn count when taken off her: "сними с неё кофту, потом юбку"
    { pattern: '<с (неи|нее)>', context: { ru: `<(с неи|с нее) ~${CLOTHES_RU}[а-я]* ~(потом|затем|после|дальше|следом) ~${CLOTHES_RU}` } },
    { pattern: '<(подгляд|подсматр)[а-я]*', context: { ru: '<(переодева|раздева|в душе|в бане|в ванн|голая|голую|в трусах|в белье)' } },
    { pattern: '<переодева[а-я]*', context: { ru: '<(подгляд|подсматр)' } },
    // body in slang, described
    {
      pattern: '<(доик|буфер|сисечк|титечк|ягодиц|задниц|попк|попец|ляжк|соск)[а-я]*',
      context: {
        ru: '<(больш|огромн|сочн|упруг|голы|висяч|тяжел|пышн|здоров|арбузн|шикарн|аппетитн|торчащ)[а-я]* (доик|буфер|сисечк|титечк|ягодиц|задниц|попк|попец|ляжк|соск)',
      },
    },
    {
      pattern: '<(доик(и|ами|ах)|буфер(а|ами|ах))>',
      context: { ru: `${TARGET_NOUN_RU}|<(трога|лапа|мну|мять|тиска|щупа|голы|голые|торча)` },
    },
    '<(мокр|влажн|брит)[а-я]* (киск|писечк)',
    {
      pattern: '<(ее|еи|у неи|у нее) (киск|писечк)',
      context: { ru: '<(крупн|между ног|мокр|лиз|трога|гол|раздвин|показыва|брит|щупа|лапа)' },
    },
    '<киск[а-я]* (крупн|между ног|раздвинут|бритая|мокрая)',
    '<промежност',
    {
      pattern: '<за (грудь|груди|сиськ|жоп|попу|попк|задниц|промежн|ляжк|киск)',
      context: {
        ru: '<(лапа|щупа|мнет|мнут|мять|тиска|хвата|трога|сжима)[а-я]* (ее |еи |девушк[а-я]* |тян[а-я]* |стримерш[а-я]* )?за (грудь|груди|сиськ|жоп|попу|попк|задниц|промежн|ляжк|киск)',
      },
    },
    // seen through, uncovered, "everything visible"
    '<просвечива',
    {
      pattern: '<(прозрачн|мокр)[а-я]*',
      context: {
        ru: '<(прозрачн|мокр)[а-я]* (маик|футболк|блузк|плать|ночнушк|сорочк|пеньюар|рубашк|купальник)[а-я]* ~(без лифчика|соск|грудь|груди|голое|ничего под)',
      },
    },
    '<в прозрачн[а-я]* (пеньюар|ночнушк|сорочк|белье|трусик|лифчик|боди)',
    '<(неглиже|пеньюар)',
    '<в стиле ню>',
    '<ню (фото|арт|стиль|фотосесси|портрет)',
    {
      pattern: '<(все|всё) (было )?видно',
      context: { ru: `${TARGET_NOUN_RU}|<(гол|раздет|попк|грудь|груди|трусик|юбк|промежн|ниже пояса)` },
    },
    { pattern: '<без цензуры', context: { ru: `${TARGET_NOUN_RU}|<(гол|раздет|попк|грудь|груди|трусик|тел|поз)` } },
    '<(между ног|ниже пояса|интимн[а-я]* (мест|зон|част|сцен|фото|поз))',
    '<(женск|девичь|голую|голои|обнаженн)[а-я]* (грудь|груди|бюст)',
    '<(грудь|груди|попу|попку|задницу|промежность|соски) (крупн|вблизи|поближе|во весь экран)',
    // doing it, said around
    '<(переспать|переспал|переспала|переспали|переспим|переспи)>',
    {
      pattern: '<(этим|это) (самым|в кровати|в постели|на кровати|вдвоем)',
      context: {
        ru: '<(занимаются|заниматься|занимались|заняться|делают|делали|сделать) (этим|это) (самым|в кровати|в постели|на кровати|вдвоем)',
      },
    },
    '<кувырка[а-я]* (в постел|в кроват|на кроват|голы)',
    '<(постельн|откровенн|развратн|пикантн)[а-я]* (сцен|фото|поз|наряд|рисун|картинк|кадр)',
    '<разврат',
    '<похот(ь|и|ью|ливы|ливая|ливую|ливо|ливые)',
    // not "стонет от смеха" or a moaning zombie: moans in bed or of pleasure
    {
      pattern: '<(стонет|стонут|стонать|стоны)',
      context: { ru: `${PRIVATE_PLACE_RU}|<(от удовольствия|от наслаждения|сладко|под ним|на нем)` },
    },
    {
      pattern: '<(соблазнительн|возбужденн|возбуждающ)[а-я]*',
      context: { ru: `${TARGET_NOUN_RU}|<(поз|тел|белье|трусик|гол|кроват|постел)` },
    },
    // a real person put in bed, in the shower, in a towel, in "only" something
    { pattern: '<(в постели|в кровати|на кровати|в спальне|под одеялом)', context: { ru: PARTNER_RU } },
    {
      // "в ванной" is the bathroom, "в ванне" the bath
      pattern: '<(под душем|в ванне|в (одном )?полотенце|в (одном )?халатике|в простыне|в джакузи)>',
      context: { ru: PARTNER_RU },
    },
    '<(моется|моются|мылась|купается) (в душе|под душем|в ванн)',
    '<(только|лишь) в (чулках|чулочках|носках|трусиках|трусах|белье|полотенце|фартуке|рубашке|простыне|одеяле|галстуке|бантике|каблуках|туфлях)',
    {
      pattern: '<(только|лишь) (простын|полотенц|одеял|руками|ладонями|волосами|листочком|подушк)',
      context: {
        ru: '<(прикрыт|укрыт|прикрыва|прикрывающ)[а-я]* (только|лишь) (простын|полотенц|одеял|руками|ладонями|волосами|листочком|подушк)',
      },
    },
    '<без (верха|лифа|низа)>',
    '<(задран|задрав|задрал|задира|поднят|подняв)[а-я]* (ее )?(юбк|плать|подол)',
    '<(трусы|трусики|белье|стринги) [а-я]* ?под (юбкои|платьем)',
    '<(сидит|сидящ|села|сядет|сидя|садится)[а-я]* на лиц',
    {
      pattern: '<(целует|целуя|целовать|поцелуи|лижет|облизывает|облизыва)[а-я]*',
      context: { ru: '<(и|все|еще|всё) ниже>|<ниже (пояса|живота|груди)' },
    },
    { pattern: '<переодева(ется|ются|лась|лись|ться|ющ)[а-я]*', context: { ru: TARGET_NOUN_RU } }, // "переодевается в костюм" is allow-listed
    // "only X on", slow undressing, things falling out, "and higher"
    '<(из одежды (на неи |у нее |у неи )?(только|лишь)|одет[а-я]* (только|лишь)|надет[а-я]* (только|лишь))',
    '<только (в|во) (ошеиник|ленточк|бантик|фартук|полотенц|простын|галстук|чулк|носк|трусик|белье|ожерель|цепочк)',
    '<медленно (снимает|стягивает|раздева|расстегива|сбрасывает|скидывает)',
    '<(стягива|снима|стяну|сним|спуска|спусти)[а-я]* (с себя |с неи |с нее )?(колготк|чулк)',
    '<(грудь|груди|сиськи|сосок|соски|сиська) (выпада|вывалива|вывалил|выскоч|торчит|наружу)',
    '<(выпада|вывалива|вывалил|выскакива)[а-я]* (грудь|груди|сиськи|сосок|соски|сиська)',
    '<(жопаст|сисяст|титьк)',
    '<(чулк|чулоч)[а-я]* (и|а) (выше|повыше)>',
    '<(ничего|без ничего|ничего нет) под (ним|неи|фартуком|юбкои|платьем|халатом|полотенцем|рубашкои)',
    '<(мы с неи|я с неи|я и она|мы вдвоем) (в|на) (спальне|постели|кровати)',
    {
      pattern: '<(пар[ауы]|парочк[а-я]*|любовник[а-я]*) (в постели|в кровати|под одеялом)',
      context: { ru: '<после (этого|того)|<(голы|без одежды|занимаются)' },
    },
    '<(кружевн|эротичн|откровенн|латексн)[а-я]* (бель|трусик|лифчик|боди|стринг|комбинезон)',
    '<(в латексе|в коже|в ошеинике) ~(плетк|плеткои|кнут|наручник|ошеиник|поводк)',
    { pattern: '<(без всего|видно (все|всё))>', context: { ru: `${TARGET_RU}|<(позир|кроват|постел|душ)` } },
    // poses
    {
      pattern: '<на четвереньках',
      context: { ru: '<(прогну|прогиба|выгну|выгиба|попк|попои|задом|жоп|гол|раздет|раком|для меня|раздвин|трусик|юбк)' },
    },
    {
      pattern: '<(прогнул|прогиба|выгнул|выгиба|оттопыр)[а-я]*',
      context: { ru: '<(попк|попу|попои|задниц|жоп|четвереньк|раком|гол|раздет|в трусик|в белье)' },
    },
    '<(раздвига|раздвинув|раздвинут|расставля|расставив)[а-я]* (ноги|ножки|ногами|ножками|бедра|колени)',
    '<(ноги|ножки) (раздвинуты|разведены|врозь|в стороны)>',
  ],
};

export const enSexualConcepts: GateLexicon = {
  name: 'en-concepts',
  lang: 'en',
  category: 'sexual',
  block: [
    // nakedness as an idiom or a description
    '<naked as the day',
    '<(in )?(her|his|their|a|my|your) birthday suits?>',
    {
      pattern: '<nothing but',
      context: {
        en: '<(wearing|in|with|has on|had on) nothing but (a |her |his |some )?(smile|grin|heels|high heels|stockings|socks|apron|towel|tie|necktie|boots|bow|ribbon|sheet|blanket|jewelry|necklace|shoes|body paint|glasses|cowboy hat|thong|panties)',
      },
    },
    // "a wall with nothing on it" is allow-listed below
    { pattern: '<(with|has|having|wearing|got|had|and) nothing on>', context: { en: `${TARGET_EN}|${PRIVATE_PLACE_EN}` } },
    // undressing: a garment taken off her, or a garment after a garment
    // the garment leads (one bucket), the verb is the context: see README, Speed
    {
      pattern: `<her ${CLOTHES_EN}`,
      context: {
        en: `<(take|takes|taking|took|remove|removes|removing|removed|pull|pulls|pulling|pulled|rip|rips|ripping|ripped|peel|peels|peeling|slide|slides|sliding|strip|strips|stripping|tear|tears|tearing) (off |down )?her ${CLOTHES_EN}`,
      },
    },
    // a last step after taking something off: "…then the bra", "…and the rest"
    ...[
      `<then ~${UNDER_EN}`,
      `<next ~${UNDER_EN}`,
      `<(after that|and then) ~${UNDER_EN}`,
      '<(the rest|everything else|all her clothes|to nothing)>',
    ].map((pattern) => ({ pattern, context: { en: TAKE_OFF_EN } })),
    {
      pattern: '<(strip|strips|stripping|stripped|undress|undresses|undressing|undressed)>',
      context: {
        en: `<(strip|strips|stripping|stripped|undress|undresses|undressing|undressed) (her|the girl|the streamer|my (gf|girlfriend|wife|sister|classmate|teacher|crush|neighbou?r))`,
      },
    },
    { pattern: '<(getting|gets|got) (undressed|naked)', context: { en: TARGET_EN } },
    {
      pattern: '<(stripping|undressing|strips|undresses) (naked|nude|slowly|for|on|in|completely|fully|down|off|live|while|and)>',
      context: { en: TARGET_EN },
    },
    // body in slang
    {
      pattern: '<(melons|hooters|titties|booty cheeks|butt cheeks|ass cheeks)>',
      context: {
        en: '<(her|those|big|huge|nice|giant|massive|bouncy|bouncing|jiggly|perky|juicy) (melons|hooters|titties|booty cheeks|butt cheeks|ass cheeks)>',
      },
    },
    {
      pattern: '<(jugs|melons|hooters|boobies)>',
      context: { en: '<(jugs|melons|hooters|boobies) (out|bouncing|bounce|jiggling|hanging out|popping out)' },
    },
    '<(knockers|bazongas|badonkadonk|honkers|tatas)>',
    '<coo(ch|chie|ter)>',
    '<(vajayjay|punani|poon|poontang)>',
    '<(muff|beaver shot)>',
    '<camel ?toe',
    {
      pattern: '<(crotch|groin|privates|private parts|lady bits|nether regions)>',
      context: { en: "<(her|his|girl's|woman's|streamer's|close ?up|shot|bulge|view)>" },
    },
    '<(tits|boobs|breasts|nipples|ass|butt|booty) (out|showing|hanging out|exposed|bare)>',
    // seen through, uncovered, undone
    {
      pattern: '<(see ?through|sheer|transparent)>',
      context: {
        en: '<(see ?through|sheer|transparent) (top|shirt|tshirt|blouse|dress|nightie|nightgown|lingerie|panties|bra|bodysuit|leotard)',
      },
    },
    '<wet (t ?shirt|tshirt|shirt|top) ~(no bra|nipples|see ?through)',
    '<(negligee|neglige)',
    '<(unbutton|unbuttons|unbuttoning|unhook|unhooks|unhooking|unzip|unzips|unzipping|unclasp|unclasps|unclasping) (her|his) (blouse|shirt|jeans|dress|top|bra|pants|trousers|fly|skirt)',
    {
      pattern: '<(uncensored|uncovered|nothing covered|everything showing|all visible)>',
      context: { en: `${TARGET_EN}|<(naked|nude|boobs|body|butt|ass|chest|breasts|pose|bed|shower)` },
    },
    '<between (her|his) legs>',
    '<below the waist>',
    '<down there>',
    '<private parts>',
    '<intimate (parts|areas?|scene|photo|pics)>',
    '<(breasts|boobs|butt|ass|crotch|nipples|booty) (close ?up|zoomed|zoom in)',
    // doing it, said around
    '<(doing|do|did) (it|the deed) (in|on) (bed|the bed|the couch|the car|the shower)',
    '<(doing|do) it (doggy|missionary|from behind|all night)',
    {
      pattern: '<(sleep|sleeps|sleeping|slept) with>',
      context: {
        en: '<(sleep|sleeps|sleeping|slept) with (her|him|the streamer|his wife|my wife|my gf|my girlfriend|your mom|your sister)>',
      },
    },
    '<(getting|get|got) it on>',
    '<(bump|bumping) uglies',
    {
      pattern: '<(steamy|spicy|explicit|lewd|raunchy)>',
      context: {
        en: '<(steamy|spicy|explicit|lewd|raunchy) (scene|scenes|pic|pics|picture|photo|photos|drawing|pose|poses|content|version)>',
      },
    },
    '<lust(ful|ing|y)?>',
    { pattern: '<(moan|moans|moaning)>', context: { en: `${PRIVATE_PLACE_EN}|<(in pleasure|with pleasure|under him|on top)` } },
    {
      pattern: '<(seductive|sultry|provocative|aroused|arousing)>',
      context: { en: `${TARGET_EN}|<(pose|posing|body|lingerie|panties|bed|naked|nude)>` },
    },
    // a real person put in bed, in the shower, in a towel, in "only" something
    { pattern: '<(in|on) (bed|her bed|the bed|my bed|his bed|the bedroom|her bedroom)>', context: { en: PARTNER_EN } },
    {
      pattern: '<(in|under) (the |her )?(shower|bath|bathtub|hot tub|jacuzzi)>|<in (just |only )?(a|her) (towel|bathrobe|sheet)>',
      context: { en: PARTNER_EN },
    },
    { pattern: '<(getting changed|changing clothes|changing her clothes)>', context: { en: TARGET_NOUN_EN } },
    '<(in|wearing) (only|just) (stockings|socks|panties|a towel|a sheet|an apron|a shirt|heels|a tie|a thong|her underwear|a bra)',
    '<(covered|covering herself|covering) only (by|with) (a |her )?(sheet|towel|blanket|hands|hair|pillow|leaf)',
    '<her (shirt|top|bra|blouse|dress|panties|bikini top) (off|removed)',
    '<(shirtless|braless|pantiless) (girl|woman|lady|chick|streamer|teen|gf|girlfriend|wife)',
    '<braless',
    '<(without|no) (a |her )?bra>',
    '<busty',
    { pattern: '<(butt|ass|booty|bum) (up|in the air|out)>', context: { en: TARGET_EN } },
    { pattern: '<arch(ing|es|ed)? her back', context: { en: '<(butt|ass|booty|naked|nude|bed|lingerie|panties|thong|sexy)>' } },
    { pattern: '<cans>', context: { en: `${TARGET_EN} ~(big|huge|nice|giant|massive) cans>` } },
    '<(feet|toes|foot) (for me )?to (lick|suck|smell)',
    '<(lick|licking|suck|sucking) (her|my|his) (feet|toes)',
    // "only X on", slow undressing, slips, "and higher"
    {
      pattern:
        '<(wearing|in|with) (just|only) (a|an|her) (collar|ribbon|bow|leaf|smile|towel|sheet|apron|tie|necktie|necklace|thong|bra|choker)',
      context: { en: `${TARGET_EN}|${PRIVATE_PLACE_EN}` },
    },
    '<(only|just) a strategically placed',
    {
      pattern: '<slowly>',
      context: {
        en: '<slowly (takes|taking|removes|removing|pulls|pulling|peels|peeling|unbuttons|unbuttoning|unzips|unzipping|undresses|undressing|strips|stripping)',
      },
    },
    '<(nip|nipple) ?slips?>',
    '<wardrobe malfunction',
    '<(stockings|thigh highs) (and|then) (higher|up)>',
    '<nothing (under|beneath|underneath) (her|the|his) (apron|skirt|dress|robe|coat|towel|shirt|kilt)',
    '<(me and her|her and me|me and my (gf|girlfriend|crush)) in (bed|the bed|my bed|her bed)',
    { pattern: '<(couple|lovers) in (bed|the bed)', context: { en: '<after (it|that|doing it|sex)|<(naked|nude)' } },
    { pattern: '<after doing it>', context: { en: `${PRIVATE_PLACE_EN}|<(couple|lovers|naked|nude)` } },
    '<(lace|lacy|sheer|see ?through|crotchless|edible) (underwear|panties|bra|lingerie|thong|knickers)',
    '<(in|wearing) latex ~(whip|handcuffs|collar|leash|gag)',
    '<micro ?bikini',
    { pattern: '<(without|no) (her |a )?(bikini top|bikini|swimsuit|top)>', context: { en: TARGET_NOUN_EN } },
    {
      pattern: '<(out of|after) (the |a |her )?(shower|bath)>|<wrapped in (a |her )?(towel|sheet|bedsheet)',
      context: { en: PARTNER_EN },
    },
    { pattern: '<thongs?>', context: { en: `${TARGET_EN}|<(sexy|bent|ass|butt|booty)` } },
    // poses
    {
      pattern: '<on all fours',
      context: {
        en: '<(bent|bending|arched|arching|ass|butt|booty|naked|nude|spread|panties|skirt|showing|presenting|for me|for him|her back)',
      },
    },
    {
      pattern: '<(bent|bending|bends) over',
      context: { en: '<(ass|butt|booty|naked|nude|spread|panties|thong|skirt|bikini|showing|presenting|for me|for him|on all fours)>' },
    },
    { pattern: '<legs (spread|wide open)>', context: { en: '<(her|his|with|their) legs' } },
    '<(spread|spreading|spreads|opens|opening) (her|his|your|their) (legs|thighs|knees|cheeks)',
  ],
};

/** "A wall with nothing on it": the "nothing on" rule is about a person. */
/** Sleeping, ill or reading in bed; changing into a costume: the bed and changing rules are about undressing. */
export const conceptsAllowRu: GateAllowList = {
  lang: 'ru',
  allow: [
    '<(спит|спала|спят|спящ[а-я]*|уснул[а-я]*|засыпа[а-я]*|болеет|болеющ[а-я]*|болеет|читает|читающ[а-я]*|лежит с температурои|с температурои) ~(в постели|в кровати|на кровати|в спальне|под одеялом)',
    '<(в постели|в кровати|на кровати|в спальне|под одеялом) ~(с книгои|с котом|с кошкои|с мишкои|с игрушк[а-я]*|с температурои|болеет|спит|читает|завтракает|с ноутбуком)',
    '<переодева[а-я]* (в|во) [а-я]*',
    '<раздева[а-я]* (малыш|ребен|сына|дочк|дочь|куклу|младенц|детеи|детеи)[а-я]*', // a mother and a baby
  ],
};

export const conceptsAllowEn: GateAllowList = {
  lang: 'en',
  allow: [
    '<(sleeping|asleep|sick|ill|reading|resting|napping|sleeps|with a cold|with a fever) ~in (bed|her bed|the bed|my bed)>',
    '<in (bed|her bed|the bed|my bed) ~(sleeping|asleep|reading|sick|ill|with (a )?(cold|fever|flu|book|cat|dog|teddy|laptop)|eating breakfast)',
    '<(in|under) (the |her )?shower of', // a shower of confetti
    '<(wrapped )?in (a|her) towel (after|at|by) (swimming|the pool|the beach|a swim|the lake)', // a swim, not a shower
    '<(getting changed|changing clothes) (into|for) ',
    '<undress(ed|ing|es)? (her|the|a) (baby|kid|child|son|daughter|doll|toddler|little)', // a mother and a baby
    '<(with|has|having|wearing|got|had|and) nothing on (it|them|the|tv|top|a|this|that|my|his|their|its|but)>',
    '<stripping (the |old )?(wallpaper|paint|varnish|wire|wires|machine|floor|furniture)', // a workshop, not a stripper
  ],
};
