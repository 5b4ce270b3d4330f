import type { GateAllowList, GateLexicon } from '../types.js';
import { splitByFirstLetter } from './concepts-described.js';

/**
 * English hard drugs in everyday words (issue 11, fourth round): what en-drugs-paraphrase.ts
 * leaves to plain verbs and nouns — racking and chopping up rails, a key bump, doing snow, a rig
 * and a burnt spoon, skin popping and shooting between the toes, on the nod, a fix beside the kit,
 * pressed pills, a pill at a rave, tabs beside a trip, packages buried for coordinates, whipping up
 * crack, misspelt names. Everyday senses (a bug fix, a camera rig, snow angels, a blow-up toy, a
 * browser tab, K-Hole the band, a geocache) count only beside a second word of the scene. The raw
 * lexicon pairs 💊 ❄️ 💉 with the words of their drug scene (a rave, a nose at a club, a spoon).
 */

/** Where lines are laid out and what they are taken with. */
const EN_LINE_SCENE =
  '<(nose|nostrils?|mirror|credit card|bill|rolled|dashboard|club|bathroom|toilet|stall|powder|white|key|straw|snort[a-z]*|sniff[a-z]*|razor|afterparty)>';

/** The kit and the places of injecting, beside which a rig, a needle or a fix is a drug's (no junkie: an adrenaline junkie has fixes too). */
const EN_FIX_SCENE =
  '<(dopesick|cottons?|tourniquet|track marks|veins?|strung out|crackhead|tied off|tying off|nodding|nodded|bando|bathroom stall|toilet stall|shoot(ing)? up|blast(ing|ed)? off|trap ?house|crack ?house|tweaker)>'; // "dope" is also "cool"

/** A rave, where pills, tabs and a pacifier mean what they mean. */
const EN_RAVE = '<(rave|raves|raver|edc|afterparty|festival|rolling|candy ?flip[a-z]*|pacifier)>';

export const enDrugsEveryday: GateLexicon = {
  name: 'en-drugs-everyday',
  lang: 'en',
  category: 'drugs',
  // Written compactly (few inflection lists, "~" for filler words): every pattern letter costs native
  // regex code, and this lexicon has to fit the fourth round's +10 MB budget.
  block: splitByFirstLetter([
    // From blind set 4's misses (read in the fourth round): the Kensington zombie street, an 8-ball
    // with a razor card, a spoon bubbling over a lighter, a rock melting in a glass pipe, shake and
    // bake, slamming in a motel, smoking off foil.
    { pattern: '<kensington', context: { en: '<(zombie|zombies|bent over|frozen|fent|tranq|addicts|junkies|nodding)' } },
    { pattern: '<(8|eight) ?balls?>', context: { en: '<(bag|baggie|razor|card|mirror|coke|lines|gram|grams|dealer)>' } },
    '<spoon ~~(over|above) (a |the )?(lighter|flame)>',
    '<(white )?rocks? (melting|sizzling|smoking|bubbling) in>',
    { pattern: '<shake (and|n) bake>', context: { en: '<(bottle|lab|trailer|meth|cook|cooking)>' } },
    { pattern: '<slamm(ing|in)>', context: { en: '<(needle|needles|meth|tina|vein|veins|rig)>' } },
    '<(smoking|smoke|smokes|chasing) (off|from|on) (the |some )?foil>|<chasing the dragon>',
    { pattern: '<blue (crystals?|meth|rock|rocks)>', context: { en: '<(cook|cooking|rv|trailer|lab|heisenberg|van)>' } },
    // Lines and bumps in plain verbs: racked up, chopped up, a key bump, doing snow, all the blow.
    { pattern: '<rack[a-z]* (up |out )?~(lines|rails|bumps)>', context: { en: EN_LINE_SCENE } },
    { pattern: '<(cut|chop)[a-z]* up ~(lines|rails|bumps)>', context: { en: EN_LINE_SCENE } }, // crafts cut lines, not cut *up*
    { pattern: '<(doing|did|does|do) ~(rails|bumps)>', context: { en: EN_LINE_SCENE } }, // rails at a skatepark
    { pattern: '<key ?bumps?>', context: { en: EN_LINE_SCENE } },
    { pattern: '<(do|doing|does|did|done|deal[a-z]*|sniff[a-z]*|snort[a-z]*) snow>', context: { en: EN_LINE_SCENE } },
    { pattern: '<(some|all the) blow>', context: { en: `${EN_LINE_SCENE}|<(dealer|plug|grams?|runny|party)>` } },
    {
      pattern:
        '<(sniff|snort)[a-z]* ~(off|from) (a |the |her |his |my )?(back|stomach|belly|boobs?|chest|toilet|seat|phone|screen|hand|fist|knuckle|nail|compact|dashboard|table)>',
      context: { en: '<(powder|white|lines?|stripper|bill|straw|blow|coke)>' },
    }, // a dog sniffing the table
    '<(sniff|snort)[a-z]* (the |some |more |that )?white (off|from|in|at|with|through|before|after|all)>', // white flowers
    '<rub[a-z]* ~(powder|residue|white stuff|it) (on|into|onto) (his|her|my|their|your) gums>',
    '<(white|powder) (caked|crusted|ring|rings|residue|all over|around|under) ~(nose|nostrils?|upper lip)>', // not makeup powder *on* a nose
    '<(snort|sniff)[a-z]* ~(adderall|addies|ritalin|vyvanse|oxys?|percs|xanax|xans|bars)>',
    '<(huff[a-z]* ~(paint|glue|gas|gasoline|duster|solvents?|thinner|markers)|sniff[a-z]* glue)>',
    // Injecting in plain words: skin popping, between the toes, a rig, a burnt spoon, on the nod, a fix.
    '<skin ?pop[a-z]*>',
    '<(shoot|inject)[a-z]* (up )?between (his|her|my|their|your) toes>|<shoot[a-z]* up (in|into) (his|her|my|their) (groin|neck|jugular)>', // not "shot in his foot"
    { pattern: '<rigs?>', context: { en: `${EN_FIX_SCENE}|<(spoons?|junkies?|fiends?|burnt|burned)>` } }, // a camera rig, an oil rig
    '<rigs? (in|hanging from|stuck in|sticking out of) (his|her|my|their|the) (arm|neck|vein|veins|foot|leg)>',
    {
      pattern: '<(burnt|burned|blackened|scorched|sooty) spoons?>',
      context: { en: `${EN_FIX_SCENE}|<(rigs?|needles?|syringes?|junkies?|fiends?)>` },
    }, // camping
    '<shoot[a-z]* up (in|inside|behind|under) (the|a|an|some) (alley|alleyway|stall|bathroom|restroom|toilet|bando|bridge|overpass|stairwell)>',
    { pattern: '<(needles?|syringes?)>', context: { en: `${EN_FIX_SCENE}|<(club toilet|junkies?|fiends?|rig)>` } }, // pine needles, a vet
    {
      pattern: '<on the nod>',
      context: { en: '<(car|couch|bench|sidewalk|needles?|junkie|dope|fent|spoon|alley|street|bus|foil|pills)>' },
    },
    {
      pattern: '<fix>', // a bug fix, "nodded when the fix was done"
      context: { en: '<(dopesick|cottons?|tourniquet|track marks|strung out|crackhead|tied off|tying off|needles?|syringes?|rig)>' },
    },
    {
      pattern: '<(junkies?|fiends?)>',
      context: { en: '<(rig|cottons?|needles?)>', ru: '<(баян|шприц|подъезд|игл|ложк|машинк|вмаз|ширн)' },
    }, // a sugar fiend
    '<cook[a-z]* (up )?(rock|rocks|dope|a shot|the shot|his shot|her shot|tar|black tar|brown) (in|on|over) ~(spoon|bottle ?cap)>',
    '<chem ?sex>',
    '<strung out (on|off) (pills|powder|dope|crystal|ice|glass|tina|blow|coke|meth|heroin|fent|smack|crack|junk|shards|uppers)>',
    // Smoking: a light bulb, whipping up crack.
    '<smok[a-z]* (crystals|shards|ice|glass|it|dope|rocks|white stuff|something) (out of|from|off|through) ~(light ?bulb|bulb)>', // smoke out of a burnt bulb
    '<(whip|cook)[a-z]* (up )?~(crack|yayo)>',
    // Pills, tabs and trips.
    '<pressed (pill|pills|bars|blues|tabs|percs|xans|m30s?|30s)>',
    { pattern: '<(pill|tablet)>', context: { en: EN_RAVE } }, // a tab is a browser's, a bean is coffee; a pill at the doctor's
    {
      pattern: '<(tabs?|blotters?)>', // a bar tab, browser tabs for a road trip
      context: { en: '<(tripp[a-z]*|melting|visuals|hallucinat[a-z]*|tongue|fractals)>' },
    },
    '<candy ?flip[a-z]*>',
    '<(trip|tripp)[a-z]* (hard |balls )?on ~blotters?>',
    { pattern: '<(off|on|from) (the )?(dark ?web|darknet|dark net)>', context: { en: '<(pills|powder|tabs|molly|blow|xans|percs)>' } },
    // The stash-drop trade and the street corner.
    {
      pattern: '<(packages|packets|baggies|bundles|parcels)>', // a delivery van's parcels go to customers, not to coordinates
      context: { en: '<(coordinates|magnets?|darknet|dark web|buried|burying|bury)>' }, // parcels with gps tracking
    },
    '<corner (boys|boy|dealers)>|<serv[a-z]* (the )?(fiends|junkies|crackheads)>',
    { pattern: '<plug>', context: { en: '<(baggie|baggies|fanny pack|grams|zips|blow|molly)>' } }, // a power plug
    // Names misspelt as heard: cocane, herion, fentynal; a k-hole; molly by the bag; lean.
    '<(cocane|cokeine|cokain|kokaine?|cociane|cocaien|cocian|herion|herroin|hearoin|fentynal|fentinyl|fentenyl|fentnyl|phentanyl)>',
    {
      pattern: '<(extacy|ecstacy|exstasy|extasy|ecstazy|ecstasy)>',
      context: { en: `${EN_RAVE}|<(pills?|tabs?|club|pupils|dealer|popp(ed|ing))>` },
    }, // ecstasy is also joy
    '<(in|into|inside|deep in) (a|the|my|his|her) k ?holes?>',
    {
      pattern: '<k ?holes?>',
      context: { en: '<(ket|ketamine|special k|snort[a-z]*|sniff[a-z]*|bumps?|rave|afterparty|club|tranq|lines?|couch|melting|stuck)>' },
    }, // K-Hole the band
    '<(bags?|grams?|caps?|capsules?|points?) of (molly|mdma)>', // a picture of Molly, the University of MD
    '<(methed|coked) (out|up)>',
    '<(purple drank|sizzurp|syzzurp)>',
  ]),
};

/** 💊 ❄️ 💉 beside the words of their scene, read on the raw text (emoji and words in either order). */
export const drugsEverydayRaw: GateLexicon = {
  name: 'drugs-everyday-raw',
  lang: 'raw',
  category: 'drugs',
  block: [
    '💊[^]{0,40}?(rave|rolling|raver|edc|festival|afterparty|рейв|рэйв|реив|закинул|кроет|вписк)',
    '(rave|rolling|raver|edc|рейв|рэйв|реив|закинул|вписк)[^]{0,40}?💊',
    '❄[^]{0,30}?(nose|нос|ноздр)[^]{0,40}?(club|bathroom|тус|клуб|вписк|рейв|купюр|bill|mirror|зеркал)', // not a snowflake on a nose at a party
    '(club|bathroom|тус|клуб|вписк|рейв)[^]{0,40}?❄[^]{0,30}?(nose|нос|ноздр)',
    '💉[^]{0,40}?(spoon|ложк|flame|lighter|зажигалк|alley|подъезд|shooting up|shoot up|ширя|вмаз)',
    '(spoon|ложк|alley|подъезд|shooting up|shoot up|ширя|вмаз)[^]{0,40}?💉',
  ],
};

/** Look-alikes: snow angels, a blow to the nose, lines of ants, a camera rig, a bug fix. */
export const enDrugsEverydayAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(some|all the) blow ?(up|ups|out|dry|dryer|dried|drying|torch|fish|gun|guns|pipe|hole|horn|off)>',
    '<(do|doing|does|did|done|deal[a-z]*) snow ?(angels?|man|men|ball|balls|fort|forts|shovel[a-z]*|board[a-z]*|mobile|cones?|day|tubing|shoes?|removal|plowing|globes?)>',
  ],
};
