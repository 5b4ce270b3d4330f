import type { GateAllowList } from '../types.js';

/**
 * Sexual content told without a named sex word (issue 11, class 6): undressing in steps, a
 * body described in slang, a pose, a real person put in bed or in underwear. Each rule is a
 * concept (an act, a target, a garment, a pose) and most need a second concept somewhere in
 * the message (a context), so "сними с ёлки игрушки, потом гирлянду", "draw a dog on all
 * fours" and "дойка коров" pass while the same words aimed at a woman do not.
 * This file holds the shared concepts and the allow-lists; the rules are in ru-sexual-concepts.ts
 * and en-sexual-concepts.ts.
 */

/** Who is undressed or drawn: a woman, a girl, a streamer, someone the viewer knows. */
export const TARGET_RU =
  '<(ее|еи|нее|неи|она|девушк|девочк|девк|тян|тянк|телк|телочк|(баб|бабу|бабы|бабе|бабенк|жена|жену|жене|женои)>|женщин|одноклассниц|однокурсниц|одногруппниц|студентк|стримерш|училк|учительниц|сестр|сестренк|мамк|(мам(у|а|ы|е|ои))>|мачех|подруг|соседк|бывш|невест|тетк|медсестр|горничн|секретарш|коллег|начальниц|актрис|певиц|блогерш|красотк|ваифу)';
export const TARGET_EN =
  "<(her|she|shes|she's|girl|girls|woman|women|lady|ladies|chick|gf|girlfriend|wife|streamer|streamers|streamer's|classmate|neighbou?r|teacher|sister|stepsister|mom|mum|crush|ex|babe|waifu|cousin|coworker|boss|nurse|maid|secretary|actress|singer)>";

/** The same without pronouns: "она доит корову" is a farm, not a target. */
export const TARGET_NOUN_RU = TARGET_RU.replace('ее|еи|нее|неи|она|', '');
export const TARGET_NOUN_EN = TARGET_EN.replace("her|she|shes|she's|", '');
/**
 * Partners and strangers, not family or children: "my sister in the bath with bubbles" and "mom
 * in bed" are a family picture, "my girlfriend in the shower" is not.
 */
export const PARTNER_RU =
  '<(девушк|тян|тянк|телк|телочк|(жена|жену|жене|женои)>|одноклассниц|однокурсниц|одногруппниц|студентк|стримерш|училк|учительниц|подруг|соседк|бывш|невест|медсестр|горничн|секретарш|коллег|начальниц|актрис|певиц|блогерш|красотк|ваифу)';
export const PARTNER_EN =
  "<(woman|women|lady|ladies|chick|gf|girlfriend|wife|streamer|streamers|streamer's|classmate|neighbou?r|teacher|stepsister|crush|ex|babe|waifu|coworker|boss|nurse|maid|secretary|actress|singer)>";

/** Garments, outer and under; taking several off in turn is the "in steps" story. */
export const CLOTHES_RU =
  '(кофт|блузк|футболк|маик|рубашк|юбк|плать|джинс|брюк|штан|шорт|свитер|топ|халат|полотенц|колготк|чулк|трус|лифчик|бюстгальтер|белье|стринг|купальник|сорочк|пижам)';
export const UNDER_RU = '(трус|лифчик|бюстгальтер|белье|нижнее белье|стринг|сорочк)';
export const CLOTHES_EN =
  '(top|tops|shirt|tshirt|t shirt|blouse|skirt|dress|jeans|pants|shorts|sweater|hoodie|robe|towel|tights|stockings|bra|panties|underwear|thong|lingerie|bikini|nightie|nightgown|clothes)>';
export const UNDER_EN = '(bra|panties|underwear|thong|lingerie|knickers|briefs|nightie)>';

/** The last step: underwear or everything. Laundry ("сними бельё с верёвки") has no step before it. */
export const LAST_GARMENT_RU = `<(потом|затем|после|дальше|следом) ~${UNDER_RU}|<(все остальное|всю одежду|всю остальную|догола)>`;
export const TAKE_OFF_EN =
  '<(take|takes|taking|took|remove|removes|removing|removed|pull|pulls|pulling|pulled|strip|strips|stripping) (off|down)';

/** A bed, a shower, a bath: where a drawn person with nothing on is sexual, not a cartoon. */
export const PRIVATE_PLACE_RU = '<(кроват|постел|душ|душе|ванн|спальн|простын|одеял)';
export const PRIVATE_PLACE_EN = '<(bed|beds|bedroom|shower|bath|bathtub|sheets|blanket|pose|posing)>';

/** Sleeping, ill or reading in bed; changing into a costume: the bed and changing rules are about undressing. */
export const conceptsAllowRu: GateAllowList = {
  lang: 'ru',
  allow: [
    '<(спит|спала|спят|спящ[а-я]*|уснул[а-я]*|засыпа[а-я]*|болеет|болеющ[а-я]*|болеет|читает|читающ[а-я]*|лежит с температурои|с температурои) ~(в постели|в кровати|на кровати|в спальне|под одеялом)',
    '<(в постели|в кровати|на кровати|в спальне|под одеялом) ~(с книгои|с котом|с кошкои|с мишкои|с игрушк[а-я]*|с температурои|болеет|спит|читает|завтракает|с ноутбуком)',
    // a bedroom being redecorated, towels folded on a hotel bed (ninth round)
    '<(ремонт|обои|покраск|уборк)[а-я]* ~(в спальне|на кровати)',
    '<(лебед|полотенц|покрывал|плед|подушк)[а-я]* на кровати',
    '<переодева[а-я]* (в|во) [а-я]*',
    '<(ласка|трога|потрога|удовлетворя|гладит)[а-я]* себя (за|по) [а-я]*', // touching one's nose, stroking one's head
    '<[а-я]* (свою |свои |ее )?(грудь|груди) колесом', // chest out, proudly
    '<раздева[а-я]* (малыш|ребен|сына|дочк|дочь|куклу|младенц|детеи|детеи)[а-я]*', // a mother and a baby
  ],
};

/** "A wall with nothing on it": the "nothing on" rule is about a person. */
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
