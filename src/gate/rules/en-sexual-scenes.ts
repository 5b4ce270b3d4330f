import type { GateAllowList, GateLexicon } from '../types.js';
import { PARTNER_EN, PRIVATE_PLACE_EN, TARGET_EN, TARGET_NOUN_EN } from './sexual-concepts.js';
import { eachAtTop } from './ru-sexual-scenes.js';

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

/** A back seat, a bed, a couple, nakedness: what the wink is about. */
const INTIMATE_SETTING_EN =
  '<(couple|lovers|two of them|me and (her|my (gf|girlfriend|wife|crush))|my (gf|girlfriend|wife) and (me|i)|him and her|her and (him|me)) ~(in|on) the back ?seat|<(steamy windows|fogged (up )?windows|under the (covers|sheets)|on (her|his) knees|mouth full|naked|nude)>';

/** Kneeling: what an oral-sex picture starts with (a gardener and a prayer have no belt or open mouth). */
const KNEELING_EN = '<(on (her|his|my|your|their) knees|kneel(ing|s)?|knelt)>';

/** A mouth open, a belt or a fly undone, pants down: the rest of that picture. */
const BEFORE_HIM_EN =
  "<((his|a man's|the guy's|mans|guys) (belt|fly|zipper|crotch|pants|jeans|trousers|bulge)|unbuckl|unzip|(pants|zipper) down|in front of (him|a man|a guy|a dude|two guys))";

export const enSexualScenes: GateLexicon = {
  name: 'en-sexual-scenes',
  lang: 'en',
  category: 'sexual',
  block: [
    // From blind set 4's misses (read in the fourth round): nothing underneath, the Titanic car
    // scene, a dress on the floor step by step, peeping through a bathroom window, grinding on a
    // lap, a top floating away, what is between the legs, rubbing one out, finishing on a face.
    '<(with )?nothing (on )?(under|underneath)>',
    { pattern: '<titanic', context: { en: '<(steamy|car scene|in the car|inside the car|what was going on|hand on the (window|glass))' } },
    {
      pattern: '<(dress|clothes|skirt|bra|panties|underwear) (is |are )?(on|hits) the floor>',
      context: { en: '<(step|zoom|close up|closer|naked|nude)' },
    },
    '<(through|thru) (the |a )?(bathroom|shower|locker room) (window|door|keyhole)|<peeping tom',
    { pattern: '<grinding>', context: { en: '<(lap|on me|no skirt|no pants|naked|on his|on her)>' } },
    '<lap ?dances?>',
    '<(top|bikini top|bra|towel) (floated|floats|fell|falls|falling|slipped|slips|came|comes) (away|off|down)>',
    '<what (guys|men|boys|girls|women|he|she) (have|has|got) between (their|his|her) legs>',
    '<(rubbing|rubs|rub|rubbed) one out>',
    '<finish(ing|es|ed)? (on|in) (her|his|my|your|their) (face|mouth|chest|tits|boobs|back|ass)>',
    '<everything (showing|exposed|out)>',
    // the act said around: a wink beside a couple, a back seat, a bed
    { pattern: eachAtTop(INNUENDO_EN), context: { en: INTIMATE_SETTING_EN } },
    '<(having|had|have|has) it off (in|on|with|at)',
    // undressing to nothing
    { pattern: '<(tak|strip|peel|pull)(e|es|ing|s|ed|ping|ped)? (off )?everything( off)?>', context: { en: TARGET_EN } },
    '<(with )?(all )?(of )?(her|their) clothes (all )?(off|gone)>|<undress(ing|es|ed)? each other',
    { pattern: '<(completely|totally|fully) (bare|undressed)>|<not even (underwear|panties|a bra|undies)>', context: { en: TARGET_EN } },
    { pattern: '<(forc|mak|made)(e|es|ed|ing)? (her |them )?(to )?(strip|undress|get naked)>', context: { en: TARGET_EN } },
    // oral sex by its setting and its slang
    { pattern: eachAtTop(KNEELING_EN), context: { en: BEFORE_HIM_EN } },
    {
      pattern: '<((mouth|lips) (wide )?open|open mouth|tongue out)>',
      context: { en: '<(knees|kneeling|knelt) (in front of|before) (him|(a|the|her|two) (man|guy|dude|men|guys|boss|boyfriend))>' },
    },
    '<(suck|jerk|jack|wank)(s|ing|ed)? (him|me|you|them|each other|(the|a) (guy|dude|stranger)|her (boyfriend|bf)|his buddy) off>',
    "<(suck|lick)(s|ing|ed)? (on )?(his|your|the guy's) (thing|junk|member|pp|manhood|shaft)>",
    '<lick(s|ing|ed)? (her|him) (all the way )?down there>|<rub(s|bing|bed)? one out>',
    '<blow(s|ing)? (him|the guy|her boyfriend) (in|under|behind) (the|a|his|her) (car|back ?seat|bathroom|stall|alley|desk|table)>',
    // the act by its slang verbs
    { pattern: '<(rail|shag|bon|plow)(ing|ed|s|e)? her>', context: { en: `${PARTNER_EN}|${PRIVATE_PLACE_EN}` } },
    '<(rail|shag|plow)(ing|ed|s)? (my|his) (ex|gf|girlfriend|crush|teacher|classmate|neighbou?r|wife|stepsis)>',
    '<(getting|gets|got|get|being) (railed|dicked( down)?|eaten out)>',
    '<(bang|pound|nail|drill|screw)(ing|s|ed)? (her|them) (from behind|hard|harder|doggy|bent over|senseless|raw|rough|all night|against the wall|on the (desk|table|couch|bed))',
    '<(tak|do|did)(e|es|ing|s)? (her|them) (from behind|doggy|bent over)>',
    {
      pattern: "<(he is|hes|he's|while he|he was) inside (her|me)>",
      context: { en: '<(moan|moans|moaning|bed|naked|nude|deep|sheets|legs|hard)>' },
    },
    '<(sixty ?nin(e|ing)|bging)>', // 69ing, read as Latin letters
    { pattern: '<scissoring>', context: { en: '<(girls|lesbians?|each other|in bed|naked|nude|women)>' } },
    // hands and fluids
    '<finger(ing|s|ed)? (herself|himself|themselves|each other)>|<finger(ing|s|ed)? (her|him) (under|in|on) (the|a|her|his) (table|desk|car|back ?seat|bed|couch|sheets|bus|subway)>',
    {
      pattern: '<play(ing|s|ed)? with (herself|himself)>',
      context: { en: `${PRIVATE_PLACE_EN}|<(under the (sheets|covers)|naked|nude|moaning|legs|panties)` },
    },
    '<(nutting|nutted) (on|in|all over) (her|his|my)|<bust(ing|ed|s)? a nut>',
    '<(covered|dripping|glazed) (in|with) (his|their) (load|jizz|spunk)>|<(blow|blew|shoot|shot)(s|ing)? (his|their) load>',
    // harassment and exposure
    '<(grop|molest)(e|es|ed|ing|s)? (a |the |some )?(girl|girls|woman|women|lady|streamer|teacher|classmate|stranger|passenger|student|waitress|her (boobs|breasts|butt|ass|chest|body))>',
    '<(rubbing|rubs|grinding|grinds) (himself|his crotch|his junk|his bulge) (against|on) (a|the|her|some) (woman|girl|lady|her|passenger|stranger)',
    { pattern: '<flashers?>', context: { en: '<(coat|trench|raincoat|park|women|woman|girls|exposing)>' } },
    "<(his|her|the guy's|their) (bits|privates|private parts|pp|peepee|wiener|willy) (out|showing|exposed|hanging out|hard)>|<his junk (hanging )?out",
    { pattern: '<spread ?eagle', context: { en: `${PRIVATE_PLACE_EN}|<(naked|nude|tied|cuffed|panties)` } },
    '<(his |a )?hands? (up|under|inside) her (skirt|dress|shirt|top)>',
    '<(send|sent)(s|ing)? (me|him|us|you) (her |his |their |your )?nudes>|<(leaked|leaking) (nudes|sex tape|onlyfans)|<nudes leak',
    "<(her|his|my|your|their|the streamer's|my ex's) (leaked )?nudes>",
    { pattern: '<stuck in (the|a) (dryer|washing machine|washer)>', context: { en: '<(stepsis|step sis|stepsister|stepmom|step mom)' } },
    // Fifth round, named in a battery of my own wording: peeping, a bulge, a blowie, a teacher seducing a pupil.
    {
      pattern: '<(peeping|peeking|spying|perving|perv) (on|at) |<peeping tom',
      context: { en: '<(shower|showering|changing|undress|undressing|naked|nude|bath|locker room|changing room|panties|bra)' },
    },
    '<blowies?>',
    {
      pattern: '<(big|huge|massive|giant|visible|hard) bulge|<bulge (in|through) (his|her|the) ',
      context: { en: '<(briefs|underwear|pants|shorts|speedos?|boxers|jeans|trousers|leggings|sweatpants)' },
    },
    '<(seducing|seduces|seduced|seduce|seduction of) (her|his|a|the|my) (student|students|pupil|pupils|boy|stepson|stepbrother|son|patient)>',
  ],
};

/** Animals, dentists, a singer: the ambiguous words above with their innocent object. */
export const enSexualScenesAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(cat|kitten|dog|puppy)s? (is )?sitting on (his|my|her|your) face>', // a pet, not a partner
    '<(taking|takes|take|took|pulls|pulling) (off )?everything off (the|a|her|his|my) (shelf|shelves|table|desk|wall|walls|counter|rack|list|menu)', // clearing a shelf
    '<kneeling (in|at|for|during) (prayer|church|the altar|mass|the grave|the pew|the cross)',
  ],
};
