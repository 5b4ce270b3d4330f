import type { GateAllowList, GateLexicon } from '../types.js';
import { splitByFirstLetter } from './concepts-described.js';

/**
 * English hard drugs in everyday words (issue 11, fourth round): what en-drugs-paraphrase.ts
 * leaves to plain verbs and nouns — racking and cutting up rails, a key bump, doing snow, the
 * blow at the party, a rig and a burnt spoon, skin popping and shooting between the toes, on the
 * nod, pressed pills at a festival, a tab and the melting walls, a stash drop under a bench, a
 * courier burying packages for coordinates, whipping up work in a pyrex, money for the next fix.
 * Everyday senses (a bug fix, a camera rig, snow angels, a billiards 8-ball, a blow to the nose,
 * lines of ants, a geocache) count only beside a second word of the scene. The raw lexicon pairs
 * 💊 ❄️ 💉 with the words of their drug scene (a rave, a nose at a party, a spoon or an alley).
 */

/** Where lines are laid out and what they are taken with. */
const EN_LINE_SCENE =
  '<(nose|nostrils?|mirror|card|credit card|bill|rolled|table|dashboard|dash|club|bathroom|toilet|stall|powder|white|key|phone|party|straw|snort[a-z]*|sniff[a-z]*|razor|blade|afterparty)>';

/** The kit and the places of injecting, beside which a rig, a needle or a fix is a drug's. */
const EN_FIX_SCENE =
  '<(dopesick|needles?|cottons?|tourniquet|track marks|veins?|strung out|crackhead|tied off|tie off|tying off|nodding|bando)>'; // an adrenaline junkie's fix

export const enDrugsEveryday: GateLexicon = {
  name: 'en-drugs-everyday',
  lang: 'en',
  category: 'drugs',
  block: splitByFirstLetter([
    // Lines and bumps in plain verbs.
    {
      pattern: '<(racking|racked|rack|racks) (up |out )?(some |a few |a couple |two |three |four |more |fat |big |thick |long |huge |white ){0,2}(lines|rails|bumps)>',
      context: { en: EN_LINE_SCENE },
    },
    {
      pattern: '<(cutting|cut|cuts|chopping|chopped|chop|chops) up (some |a few |a couple |two |three |four |more |fat |big |thick |long |huge |white ){0,2}(lines|rails|bumps)>',
      context: { en: EN_LINE_SCENE }, // not "cutting lines on a card" in crafts: the powder is chopped *up*
    },
    {
      pattern: '<(a|do|doing|did|does|took|take|taking|takes|quick|little|tiny) key ?bumps?>',
      context: { en: '<(club|bathroom|toilet|party|afterparty|nose|sniff[a-z]*|snort[a-z]*|powder|white|rave|line|lines)>' },
    },
    {
      pattern: '<(doing|do|does|did|done|sniffing|snorting|sniffs|snorts|sniffed|snorted|selling|sells|sold|dealing|deals|lines? of|rails? of|gram of) snow>',
      context: { en: '<(club|nose|nostrils?|bathroom|dealer|plug|line|lines|bill|mirror|rave|afterparty)>' },
    },
    {
      pattern: '<(all (the|that|this|his|her|my)|some|more|lots of|bunch of|pile of|bag of|gram of|on) blow>',
      context: { en: '<(nose|nostrils?|snort[a-z]*|sniff[a-z]*|lines?|rails?|bathroom|dealer|plug|grams?|bender|mirror|runny|running|party|club|afterparty)>' },
    },
    {
      pattern: '<white (stuff|dust)>',
      context: { en: '<(geeked|wired|tweak[a-z]*|nostrils?|lines?|rails?|bumps?|dealer|plug|bagging|baggies?|snort[a-z]*|sniff[a-z]*)>' },
    },
    {
      pattern: '<(sniffing|sniff|sniffs|sniffed|snorting|snort|snorts|snorted) (powder |white powder |stuff |a line |lines |coke |blow )?(off|from) (a |the |her |his |my |their |some )?(back|stomach|belly|boobs?|chest|toilet|toilet seat|seat|phone|screen|hand|fist|knuckle|thumbnail|nail|compact|dashboard|table)>',
      context: { en: '<(powder|white|line|lines|stripper|bill|straw|blow|coke)>' }, // not a dog sniffing the table
    },
    '<(rubbing|rubs|rubbed|rub) (the )?(leftover |left over |rest of the |remaining )?(powder|residue|white stuff|it) (on|into|onto) (his|her|my|their|your) gums>',
    { pattern: '<(pixie|fairy|party|happy|magic) dust>', context: { en: '<(snort[a-z]*|sniff[a-z]*|nostrils?|bill|straw|rails?|lines of)>' } },
    '<(white|powder) (caked|crusted|ring|rings|residue) (around|on|under|in) (his|her|my|their|your|the) (nose|nostrils?)>',
    {
      pattern: '<(8|eight) ?balls?>',
      context: { en: '<(split|splitting|split an|sharing|shared|lines|rails|bumps?|grams?|coke|powder|sniff[a-z]*|snort[a-z]*|bathroom)>' },
    },
    // Injecting in plain words.
    '<skin ?(pop|pops|popping|popped|poppin)>',
    '<(shooting|shoots|shoot) up (between|in|into) (his|her|my|their|your) (toes|groin|feet|foot|neck|jugular)>',
    '<(injecting|injects|injected|inject|shooting|shoots|shoot) (up )?between (his|her|my|their|your) toes>', // not "shot in his foot"
    {
      pattern: '<(rig|rigs)>',
      context: { en: '<(spoon|spoons|cotton|cottons|junkie|junkies|fiend|fiends|dope|tourniquet|vein|veins|shoot(ing)? up|track marks|burnt|burned|nodding|nodded)>' },
    },
    {
      pattern: '<(burnt|burned|blackened|scorched|sooty) (spoon|spoons)>',
      context: { en: '<(cotton|cottons|rig|rigs|needle|needles|syringe|syringes|tourniquet|veins?|junkie|fiend|dope)>' }, // a camping spoon and a lighter
    },
    '<(shooting|shoots|shoot) up (in|inside|behind|under) (the|a|an|some) (alley|alleyway|stall|bathroom|restroom|toilet|bando|bridge|overpass|stairwell)>',
    {
      pattern: '<(blasting|blast|blasts|blasted) (off|up)>',
      context: { en: '<(needles?|syringes?|rig|spoon|vein|veins|toilet|stall|alley|dope|fent)>' },
    },
    {
      pattern: '<(needle|needles|syringe|syringes)>',
      context: { en: '<(club toilet|club bathroom|bathroom stall|toilet stall|blast(ing|ed)? off|shoot(ing)? up|junkie|fiend|fiends|rig|nodding|track marks|bando|crack ?house|trap ?house|tweaker)>' }, // pine needles in an alley
    },
    { pattern: '<on the nod>', context: { en: '<(car|couch|bench|sidewalk|needles?|junkie|dope|fent|spoon|alley|street|bus|subway|train|foil|pills)>' } },
    {
      pattern: '<(next|daily|morning|another|one more|need a|needs a|needing a|his|her|their|my) fix>', // not "a bug fix"
      context: { en: EN_FIX_SCENE },
    },
    { pattern: '<(slamming|slam|slammed|slams|slammin)>', context: { en: '<(chem ?sex|pnp|party and play|needles?|rig|grindr)>' } },
    '<chem ?sex>',
    // Smoking in plain words.
    '<(smoking|smokes|smoked|puffing) (crystals|shards|ice|glass|it|dope|rocks|white stuff|something) (out of|from|off|through) (a |the |an old )?(light ?bulb|bulb)>', // not smoke out of a burnt bulb
    '<(whip|whips|whipping|whipped|whippin|cook|cooks|cooking|cookin|cooked) (up )?(some |the |a batch of |his |her |a pot of )?(crack|yayo)>',
    {
      pattern: '<(whip|whips|whipping|whipped|whippin) (up )?(some |the )?(work|rock|rocks|coke)>',
      context: { en: '<(pyrex|trap|stove|baking soda|fork|wrist|brick|bricks|plug|fiends|corner)>' },
    },
    { pattern: '<pyrex>', context: { en: '<(whip(ping|ped)?|trap|trapper|dope|coke|crack|yayo|bricks?|fiends)>' } },
    '<(cooking|cook|cooks|cooked|cookin|heating|heats|heated|melting|melts|melted) (up )?(rock|rocks|dope|a shot|the shot|his shot|her shot|tar|black tar|brown|the dope) (in|on|over) (a|the|his|her|my|some) (spoon|bottle cap|bottlecap)>',
    '<strung out (on|off) (pills|powder|dope|crystal|ice|glass|tina|blow|coke|meth|heroin|fent|smack|crack|junk|shards|uppers)>',
    {
      pattern: '<(doing|did|does|do) (some |a few |more |fat |big |two |three )?(rails|bumps)>', // rails at a skatepark
      context: { en: '<(nose|nostrils?|mirror|bill|rolled|club|bathroom|toilet|stall|powder|white|key|straw|snort[a-z]*|sniff[a-z]*|razor|afterparty)>' },
    },
    '<(hasnt|hasn t|havent|haven t|not|no|without|didnt|didn t) (slept|sleep|sleeping) ~(days|nights) (on|off) (crystal|glass|tina|shards|speed|uppers|pills|powder)>',
    '<rigs? (in|hanging from|stuck in|sticking out of) (his|her|my|their|the) (arm|neck|vein|veins|foot|leg)>',
    // Names misspelt as heard: cocane, herion, fentynal; a k hole; mandy and molly by the bag.
    '<(cocane|cokeine|cokain|kokain|kokaine|cociane|cocaien|cocian|cocanie|herion|herroin|hearoin|herrion|fentynal|fentinyl|fentenyl|fentnyl|fentenal|phentanyl)>',
    {
      pattern: '<(extacy|ecstacy|exstasy|extasy|exctasy|ecstazy|xstacy|ecstasy)>', // ecstasy is also joy
      context: { en: '<(pills?|tabs?|tablets?|rave|raves|raver|molly|club|festival|pupils|rolling|dealer|popp(ed|ing)|dropp(ed|ing)|edc)>' },
    },
    '<(in|into|inside|fell in|falling in|deep in) (a|the|my|his|her|their|that) k ?holes?>',
    { pattern: '<k ?holes?>', context: { en: '<(ket|ketamine|special k|snort[a-z]*|sniff[a-z]*|bumps?|rave|afterparty|club|tranq|lines?|couch|melting|stuck)>' } }, // K-Hole the band
    '<(some|bag of|gram of|grams of|bump of|bumps of|line of|lines of) ket>',
    '<(ounce|ounces|oz|gram|grams|teener|eighth|eighths|quarter ounce|half ounce) of (ice|glass|tina|shards|crystal)>', // a bag of ice is a party's
    { pattern: '<mandy>', context: { en: '<(rave|pills?|bag|baggie|grams?|pupils|jaw|rolling|bombed|caps?|festival)>' } },
    '<(bag|bags|gram|grams|cap|caps|capsule|capsules|point|points) of (molly|mandy|mdma|md)>',
    '<(methed|coked|smacked) (out|up)>',
    '<(smoking|smokes|smoke) (some )?(glass|shards|crystals)>', // not smoked glass
    '<(tripping|trippin|tripped|trip) (hard |balls )?on (a |one |two |some |the )?(blotters?|blotter paper)>',
    '<(sniffing|sniff|sniffs|sniffed|snorting|snort|snorts|snorted|railing|doing|did) (the |some |a little |more |that )?white (off|from|in|at|with|through|before|after|all)>', // white flowers
    {
      pattern: '<(powder|white stuff|white powder) (all over|around|under|caked on|crusted on) (his|her|their|my|your) (nose|nostrils?|upper lip)>', // not makeup powder on a nose
      context: { en: '<(club|bathroom|party|rave|lines?|bill|straw|sniff[a-z]*|snort[a-z]*|afterparty)>' },
    },
    '<(snort|snorting|snorted|snorts|sniffing|sniffed) (some |an |his |her |my |crushed |a line of |lines of )?(adderall|addies|ritalin|vyvanse|oxy|oxys|percs|xanax|xans|bars)>',
    '<(huff|huffing|huffs|huffed) (some |the )?(paint|glue|gas|gasoline|spray paint|duster|computer duster|keyboard cleaner|solvents?|paint thinner|markers)>',
    '<sniff(ing|ed|s)? glue>',
    {
      pattern: '<(sipping|sip|sips|sipped|pour|pouring|poured|pours|drinking|drank|drinks) (some |a cup of |a double cup of |that |on )?(lean|drank|wock|sizzurp)>',
      context: { en: '<(double cup|styrofoam|sprite|purple|codeine|promethazine|jolly ranchers?|cups?|wock)>' },
    },
    '<(purple drank|sizzurp|syzzurp)>',
    {
      pattern: '<pupils (like|as big as|the size of|big as) (saucers|dinner plates|plates|dimes)>', // eyes like saucers is fear
      context: { en: '<(rave|raver|jaw|festival|club|party|pill|molly|rolling|afterparty)>' },
    },
    {
      pattern: '<(jaw|jaws) (clenched|clenching|grinding|going|chattering)>|<(grinding|grinds|grind|clenching) (his|her|their|my) (teeth|jaw)>',
      context: { en: '<(rave|raver|pill|molly|pupils|hasnt slept|festival|afterparty|rolling)>' },
    },
    {
      pattern: '<(splitting|split|splits|sharing|shared|halving) (a |one |the )?(pill|tab|bean)>', // halving a pill from the doctor
      context: { en: '<(festival|rave|club|rolling|party|afterparty|edc)>' },
    },
    '<(his|her|my|our|the) plug (is late|was late|s late|ghosted|is ghosting|texted|pulled up|isnt answering|not answering)>',
    { pattern: '<(licking|licked|lick|licks) (a |the )?tab>', context: { en: '<(hit|kick in|trip|tripping|waiting|tongue)>' } },
    '<(burn marks|burns|blisters) on (his|her|their|my) (lips|fingers) from (a|the|his|her) (pipe|stem)>',
    '<dab(bing|bed|s)? (some |the )?(molly|mdma|md|mandy)>',
    // Pills, tabs and a bender.
    '<pressed (pill|pills|bars|blues|tabs|percs|xans|m30s?|30s)>',
    {
      pattern: '<(pill|tablet)>', // a tab is a browser's or a bar's, a bean is coffee
      context: { en: '<(rave|raver|raves|edc|afterparty|skull|stamped|pacifier|candy ?flip[a-z]*)>' },
    },
    {
      pattern: '<(ate|eat|eating|eats|took|take|taking|dropped|dropping|licked|licking|put) (a |one |two |half a |a whole |some )?(tab|tabs|blotter|blotters)>', // a browser tab, a bar tab at a festival
      context: { en: '<(trip|tripp[a-z]*|melting|walls|colou?rs|visuals|hallucinat[a-z]*|tongue|fractals|breathing)>' },
    },
    {
      pattern: '<(melting|breathing|dripping|moving|waving) (walls|wall|ceiling|floor|faces|carpet|trees)>',
      context: { en: '<(tabs?|blotters?|stamps?|tongue|acid|trip|tripping|shrooms|ate)>' },
    },
    '<candy ?flip(ping|ped|s)?>',
    { pattern: '<benders?>', context: { en: '<(pills|powder|blow|coke|lines|tina|molly|meth|tabs|uppers|shards)>' } }, // Futurama's Bender
    '<(buying|buy|bought|ordering|ordered|order|getting|got) (pills|powder|tabs|molly|blow|xans|percs) (off|on|from) (the )?(dark ?web|darknet|dark net|telegram|snapchat)>',
    // The stash-drop trade and the street corner.
    {
      pattern: '<stash ?(drop|drops|dropped|dropping)>', // a geocache has coordinates too
      context: { en: '<(magnet|magnets|bench|buried|bury|burying|taped|buyer|buyers|client|clients)>' },
    },
    {
      pattern: '<(burying|buries|buried|bury|hiding|hides|hid|stashing|stashes|stashed|dropping|drops|leaving|leaves|taping|tapes) (little |tiny |small )?(packages|packets|baggies|bundles|stashes|parcels|wrapped packets)>',
      context: { en: '<(coordinates|pin|pins|gps|photo|photos|buyers?|clients?|customers?|magnet|darknet|dark web|telegram|woods)>' },
    },
    '<corner (boys|boy|dealers)>|<(serving|served|serve|serves) (the )?(fiends|junkies|crackheads)>',
    {
      pattern: '<(weighing|weighs|weighed|bagging|bags|bagged|portioning|cutting|splitting) (out |up )?(grams|the grams|eighths|zips|the product|the powder|white powder|the white|baggies|it) ~(scale|baggies|little bags|bags)>',
      context: { en: '<(dealer|plug|trap|powder|white|grams|product|kitchen table)>' },
    },
    {
      pattern: '<(baggie|baggies|zip ?locks?|ziplocs?) (full )?of (white|powder|tabs)>', // not a kid's bag of rocks or craft crystals
      context: { en: '<(club|party|dealer|plug|nose|festival|rave|snort[a-z]*|sniff[a-z]*|scale)>' },
    },
    { pattern: '<plug>', context: { en: '<(baggie|baggies|fanny pack|grams|zips|blow|molly)>' } }, // a power plug with tabs
    { pattern: '<(dealer|dealers)>', context: { en: '<(baggie|baggies|fanny pack|zips|blow|molly)>' } }, // a car dealer, a card dealer
    {
      pattern: '<(junkie|junkies|fiend|fiends)>',
      context: { en: '<(rig|cottons?|needles?)>', ru: '<(баян|шприц|подъезд|игл|ложк|машинк|вмаз|ширн)' }, // an adrenaline junkie's fix
    },
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
    '<(doing|do|does|did|some) snow (angels?|man|men|ball|balls|fort|forts|shovel|shoveling|boarding|board|mobile|cones?|day)>',
    '<(all the|all that|all this|all his|all her|all my|some|more|lots of|bunch of|pile of|bag of|gram of|on) blow ?(up|ups|out|outs|dry|dryer|dried|drying|torch|torches|fish|gun|guns|pipe|pipes|hole|horn|horns|off)>',
    '<(doing|do|does|did|done|selling|sells|sold) snow (tubing|shoes?|sports?|removal|plowing|cones?|globes?)>',
    '<(camera|oil|drilling|lighting|drum|fishing|test|gaming|mining|truck|tow) (rig|rigs)>',
  ],
};
