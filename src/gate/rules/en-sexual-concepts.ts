import type { GateLexicon } from '../types.js';
import { CLOTHES_EN, PARTNER_EN, PRIVATE_PLACE_EN, TAKE_OFF_EN, TARGET_EN, TARGET_NOUN_EN, UNDER_EN } from './sexual-concepts.js';

/** Sexual content without a sex word, English: concepts and their co-occurrence (see sexual-concepts.ts). */
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
