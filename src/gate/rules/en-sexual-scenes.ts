import type { GateAllowList, GateLexicon } from '../types.js';
import { PARTNER_EN, PRIVATE_PLACE_EN, TARGET_EN, TARGET_NOUN_EN } from './sexual-concepts.js';

/**
 * Sexual scenes told as viewers tell them in an ordinary mix of donations, English (issue 11, fourth
 * round): the act said around ("doing it in the back seat, you know what i mean"), undressing to
 * nothing ("taking everything off", "all her clothes off"), oral sex told by its setting (on her knees
 * with her mouth open before his belt, unzipping his fly, sucking him off), the act by its slang verbs
 * (railing, plowed, pounding her from behind, having it off), hands and fluids (jerking him off,
 * fingering herself, nutting on her face), harassment (groping, a flasher) and bodies (his junk out).
 * Ambiguous verbs need their object and a second concept: "banging her head against the wall",
 * "drilling her tooth", "nailing her speech", "a gardener on her knees", "kneeling in prayer", "a baby
 * bird with its mouth open" and "a dad unbuckling the kids' seat belts" pass.
 */

/** A wink instead of the word. */
const INNUENDO_EN =
  '<(you know what i mean|if you know what i mean|you get it|you get me|you get the idea|you know the rest|you know how (it|that|this) goes|wink wink|nudge nudge|ykwim|iykyk|if you know you know|know what i mean|catch my drift)>';

/** Two people, a back seat, a bed: what the wink is about. */
const INTIMATE_SETTING_EN =
  '<(back ?seat|steamy windows|fogged (up )?windows|under the (covers|sheets|desk)|in (bed|the bedroom)|couple|lovers|on (her|his) knees|mouth (full|open)|naked|nude|me and (her|my (gf|girlfriend|wife|crush))|him and her|her and (him|me))>';

/** Kneeling: what an oral-sex picture starts with (a gardener and a prayer have no belt or open mouth). */
const KNEELING_EN = '<(on (her|his|my|your|their) knees|kneeling|knelt|kneels|kneel|gets down on her knees)>';

/** A mouth open, a belt or a fly undone, pants down: the rest of that picture. */
const BEFORE_HIM_EN =
  "<((her |with her |mouth |tongue )?(mouth|lips) (wide )?(open|opened|agape)|open mouth|tongue out|(his|a man's|the guy's|mans|guys) (belt|fly|zipper|crotch|pants|jeans|trousers|bulge)|unbuckl|unzip|pants down)";

/** Men as the object: "sucking him off", "jerking the guy off". */
const HIM_EN = '(him|me|you|them|each other|her (boyfriend|bf|husband|boss)|the (guy|dude|man)|a (guy|dude|man)|his (buddy|friend))';

export const enSexualScenes: GateLexicon = {
  name: 'en-sexual-scenes',
  lang: 'en',
  category: 'sexual',
  block: [
    // the act said around: a wink next to a couple, a back seat, a bed
    { pattern: INNUENDO_EN, context: { en: INTIMATE_SETTING_EN } },
    { pattern: '<(getting|get|got|gets) it on>', context: { en: `${INTIMATE_SETTING_EN}|${PRIVATE_PLACE_EN}|<(car|two people)` } },
    '<(having|had|have|has) it off (in|on|with|at)',
    // undressing to nothing
    {
      pattern: '<(taking|takes|take|took|strips|stripping|peels|peeling|pulls|pulling) (off )?everything( off)?>',
      context: { en: TARGET_EN },
    },
    '<(with )?(all )?(of )?(her|their) clothes (all )?(off|gone)>',
    '<(stripping|strips|stripped|strip) (down )?to (nothing|her (underwear|panties|bra|birthday suit))',
    { pattern: '<(completely|totally|fully|entirely) (bare|undressed|unclothed)>', context: { en: TARGET_EN } },
    { pattern: '<not even (underwear|panties|a bra|undies|knickers)>', context: { en: TARGET_EN } },
    '<undress(ing|es|ed)? each other',
    "<(tearing|tear|tore|ripping|rip|ripped) (off )?(each others|each other's|each other s) clothes",
    {
      pattern: '<(forced|forces|force|forcing|made|makes|make|making) (her |them |the (girl|woman) )?(to )?(strip|undress|get naked)>',
      context: { en: TARGET_EN },
    },
    // oral sex by its setting and its slang
    { pattern: KNEELING_EN, context: { en: BEFORE_HIM_EN } },
    {
      pattern:
        "<(unzip|unzips|unzipping|unzipped|unbuckle|unbuckles|unbuckling|unbuckled|undoing|undoes|undid) (his|the guy's|a man's|her boyfriend's|her bf's) (fly|pants|jeans|trousers|belt|zipper|shorts)>",
      context: { en: '<(her|she|girl|woman|teeth|streamer|gf|girlfriend|knees|kneeling|mouth)>' },
    },
    `<(suck|sucks|sucking|sucked|jerk|jerks|jerking|jerked|jack|jacks|jacking|jacked|wank|wanks|wanking|wanked) ${HIM_EN} off>`,
    "<(suck|sucks|sucking|sucked|lick|licks|licking|licked) (on )?(his|your|my|the guy's|a guy's) (thing|junk|member|package|pp|manhood|shaft)>",
    '<(lick|licks|licking|licked) (her|him) (all the way )?down there>',
    '<(rub|rubbing|rubs|rubbed) one out>',
    // the act by its slang verbs
    {
      pattern: '<(railing|railed|rails|shagging|shagged|shags|shag|boning|boned|plowing|plowed) her>',
      context: { en: `${TARGET_NOUN_EN}|${PRIVATE_PLACE_EN}|<(naked|nude|hard|from behind|doggy|moaning|dude|guy)>` },
    },
    '<(railing|rails|railed|rail|plowing|plowed|plows|shagging|shagged|shags|boning|boned) (my (ex|gf|girlfriend|crush|teacher|classmate|neighbou?r|wife|stepsis|stepsister|boss|coworker)|the (streamer|teacher|girl|maid|nurse|neighbou?r)|his (gf|girlfriend|wife))>',
    '<(getting|gets|got|get|being) (railed|dicked( down)?|eaten out)>',
    { pattern: '<(getting|gets|got|get|being) (plowed|boned)>', context: { en: TARGET_EN } },
    {
      pattern:
        '<(banging|bangs|banged|bang|pounding|pounds|pounded|pound|nailing|nails|nailed|drilling|drills|drilled|screwing|screws|screwed) (her|them)>',
      context: {
        en: '<(banging|bangs|banged|bang|pounding|pounds|pounded|pound|nailing|nails|nailed|drilling|drills|drilled|screwing|screws|screwed) (her|them) (from behind|hard|harder|doggy|bent over|in bed|on the bed|all night|against the wall|on the (desk|table|couch|hood)|in the (shower|back ?seat)|senseless|raw|rough)',
      },
    },
    '<(taking|takes|took|take|doing|does|did) (her|them) (from behind|doggy( style)?|bent over|raw|rough)>',
    {
      pattern: '<(banging|shagging|screwing) in (the|a|her|his|my) (shower|bed|back ?seat|car|bathroom|stall)>',
      context: { en: '<(them|they|couple|us|we|two)>' },
    },
    '<his (dick|cock|thing|member|dong) (deep |all the way )?inside (her|me)>',
    '<balls deep>',
    {
      pattern: "<(he is|hes|he's|while he|he was) (deep |all the way )?inside (her|me)>",
      context: { en: '<(moan|moans|moaning|bed|naked|nude|deep|sheets|legs|cum|cumming|hard|harder)>' },
    },
    '<(sixty ?nin(e|ing)|bging)>', // 69ing, read as Latin letters
    { pattern: '<scissor(ing|s)?>', context: { en: '<(two girls|girls|lesbians?|each other|in bed|naked|nude|women)>' } },
    '<(sitting|sits|sat|sit) on (his|my|her) face>',
    // hands and fluids
    '<finger(ing|s|ed)? (herself|himself|themselves|each other|her (pussy|clit|cunt))>',
    {
      pattern: '<(playing|plays|play|played|touching|touches|touched) with (herself|himself|themselves)>',
      context: { en: `${PRIVATE_PLACE_EN}|<(under the (sheets|covers)|naked|nude|moaning|legs|panties|fingers)` },
    },
    '<(nutting|nutted) (on|in|all over) (her|his|my|your|the streamer|the girl)',
    '<bust(ing|ed|s)? a nut>',
    "<(covered|dripping|drenched|glazed) (in|with) (his|their|a|the guy's) (load|jizz|spunk|nut)>",
    '<(blow|blows|blowing|blew|shoot|shoots|shooting|shot) (his|their) load>',
    // harassment and exposure
    '<(grope|gropes|groping|groped|molest|molests|molesting|molested) (a |the |some |my |his )?(girl|girls|woman|women|lady|ladies|chick|streamer|teacher|classmate|neighbou?r|stranger|passenger|student|nurse|maid|waitress|secretary|crush|ex|her (boobs|breasts|butt|ass|chest|tits|body))',
    '<(rubbing|rubs|rubbed|grinding|grinds|pressing|presses) (himself|his crotch|his groin|his junk|his body|his bulge) (against|on|into) ',
    { pattern: '<flashers?>', context: { en: '<(coat|trench|raincoat|park|women|woman|girls|exposing|exposes)>' } },
    "<(his|her|the guy's|the streamer's|my ex's|their) (bits|privates|private parts|pp|peepee|wiener|weiner|willy|dingaling) (out|showing|on show|exposed|hanging out|hard)>",
    "<(his|the guy's|their) junk (hanging out|exposed|showing|on show|out of his)",
    { pattern: '<spread ?eagle', context: { en: `${PRIVATE_PLACE_EN}|<(naked|nude|tied|cuffed|panties|lingerie)` } },
    '<(his |a )?(hand|hands) (up|under|inside) her (skirt|dress|shirt|top|blouse)>',
    { pattern: '<(sending|send|sends|sent) (me|him|us) (her |their )?nudes>', context: { en: TARGET_EN } },
    '<(leaked|leaking|leaks) (nudes|sex tape|onlyfans)|<nudes leak',
    "<(her|his|my|the streamer's|their) (leaked )?nudes>",
    {
      pattern: '<stuck in (the|a) (dryer|washing machine|washer)>',
      context: { en: '<(stepsis|step sis|stepsister|step sister|stepmom|step mom|stepbro|step bro)' },
    },
  ],
};

/** Animals, dentists, a singer: the ambiguous words above with their innocent object. */
export const enSexualScenesAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(cat|cats|kitten|kitty|dog|puppy|pup|hamster|bird|parrot|baby|toddler) ~(sitting|sits|sat|sit) on (his|my|her) face>',
    '<(cat|cats|kitten|kitty|dog|puppy|bear|horse|cow|goat|pig)s? ~(rubbing|rubs|rubbed) (himself|his body) (against|on|into) ',
    '<stripp(ing|ed)? (down )?to (nothing|her (underwear|panties|bra|birthday suit)) (but )?(wallpaper|paint|the frame|the studs|bare wood)',
    '<kneeling (in|at|for|during) (prayer|church|the altar|mass|the grave|the pew|the cross)',
  ],
};
