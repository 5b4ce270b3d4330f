import type { GateAllowList, GateLexicon } from '../types.js';

/**
 * The English hard-drug vocabulary as a whole (fifth round, issue 11): the street names the older
 * files lacked (charlie and white girl by the line, smackhead, crank, phet and whizz, pingers, beans
 * and mandy, thizz, blotter sheets, fetty and tranq, sherm, meow meow and m-cat, G and GBL, the
 * g-hole, shabu and yaba, 2C-B, mescaline), misspellings heard or leet-typed (kocaine, ketamene,
 * psilocibin), the acts (mainlining, slinging rocks, copping, a comedown after molly), the states
 * (cracked out, spun out, strung out, gurning) and the people (tweakers, pushers, coke dealers).
 * Cannabis, alcohol, tobacco and medicine stay allowed: no word here names them.
 *
 * Memory: every alternative carries its own word-start test inside one group, so each rule is
 * scanned in the matcher's one "anywhere" regex instead of being filed under the two-letter keys of
 * its words. A word with an everyday sense (Charlie Brown, a girl named Mandy, Fetty Wap, shabu-shabu
 * hot pot, "yaba daba doo", the MCAT exam, a cat's meow meow, a gurning contest, a vet's xylazine,
 * smoked spice, a dead drop in a spy film) counts only beside a second word of its scene.
 */

/** Use, kit and trade words that make an ambiguous street name a drug's (not "high": a kite). */
const EN_USE =
  'snort[a-z]*|sniff(ing|ed|s)?|lines?|rails?|bumps?|rolled (up )?(bill|note)|nostrils?|baggies?|grams?|dealer|plug|foil|torch|needles?|syringes?|spoon|junkies?|fiends?|crackheads?|tweak[a-z]*|overdos[a-z]*|nodding|nodded|dopesick|withdrawals?|k ?holes?|come ?downs?|pressed|smok(e|es|ed|ing)|zombies?|bent over';

/** The same with a party's words: for names a person, a rapper or a cat share. */
const EN_SCENE = `<(${EN_USE}|rave|raves|raver|edc|festival|afterparty|club|pupils|jaw|rolling|tripp[a-z]*|pills|tabs|capsules?|caps)>`;

export const enDrugsVocabulary: GateLexicon = {
  name: 'en-drugs-vocabulary',
  lang: 'en',
  category: 'drugs',
  block: [
    // Names, slang, misspellings and people with no innocent sense (checked against the English word list).
    '(<smack ?heads?>|<cracked out>|<(llello|lello|yeyo)>|<(kocaine?|kokaina|coccaine|cocaina|cocainne|cocoaine)>|<(ketamen|ketemin|katamin|kettamin)|' +
      '<(psilocib|psylocyb|psylocib|silocyb)|<mescalin|<methamf|<2 ?cb>|<robo ?tripp[a-z]*|<thizz|<pingers?>|<phet>|<tweakers?>|<tranq dope>|' +
      '<machine elves>|<gbl>|<(molly|crack|ket|mdma|shroom|fent) (high|highs)>|<(bottle|cup|double cup|styrofoam cup|pint) of lean>|<percs? ?30s?>|' +
      '<(molly|mdma|pill|pills|ket|acid|tina|meth|pinger|pingers|mandy) ?come ?downs?>|<(bombing|bombed|bomb|bombs|dabbing|dabbed|dab|dabs) (some |a )?(molly|mdma|mandy|md|ket|phet|pingers)>|' +
      '<on the sniff>|<nose ?beers?>|<k ?holing>|<drug ?(lords?|dealers?|addicts?|dens?|mules?|kingpins?)>|<(sipping|sip|sips|sipped|pouring|poured) (on )?(some )?lean>|' +
      '<bagging up (the |some )?(product|coke|dope|rocks|work|grams|crack|smack)>|' +
      '<(cutting|cut|cuts|stepped on|stepping on) ~(coke|blow|dope|heroin|smack|product|gear|it) with (baking soda|lidocaine|fent|fentanyl|levamisole|mannitol|inositol|benzocaine|laxatives?)>|<freebas|<tweaked out>|<shroom (trip|trips|tea|high|tripping)>|<shroomin(g)?>|<narco ?(subs?|boss|bosses|lords?|state|traffickers?|trafficking|money|planes?|tunnels?|mansion|cartels?)>|' +
      '<(coke|cocaine|meth|crack) ?(fueled|fuelled) (banker|bankers|party|parties|rampage|binge|night|weekend|orgy|rage)>|<coke (spoon|spoons|nail|mirror|straw|vial|bullet)>|<molly (bag|bags|baggie|baggies|caps|capsules|powder|rock)>|' +
      '<(crack|meth|heroin|coke|cocaine|smack|fent|ketamine|ket) (smokers?|users?|sniffers?|snorters?)>|<(perc|percs|oxy|oxys|xan|xans|roxy|roxie|roxies) (addicts?|heads?|fiends?|junkies?)>|' +
      '<(addicted|hooked|addiction) (to|on) (crack|meth|heroin|coke|cocaine|smack|fent|fentanyl|ketamine|ket|molly|mdma|opioids|opiates|percs|oxys|xans|pills|h)>|<narcotics (stash|stashes|bag|bags|den|smuggl[a-z]*|trafficking|dealers?|deal)>|<(drank|drinking|drink|drinks|dosed|dosing|overdid|overdoing) (too much|a cap of|a capful of) (g|gbl|ghb)>|<uppers (and|n|&) downers>|<(blotter acid|acid blotters?)>|' +
      '<(sheet|sheets|strip|strips|page|pages) of (blotter|blotters|acid|lsd|tabs)>|' +
      '<(coke|crack|meth|heroin|smack|dope|pill|molly|ket|fent) ?(dealers?|pushers?|runners?)>|<(coke|meth|smack|ket|fent|pill) ?(heads?|fiends?|binges?|bloat|nail)>)',
    // Acts with a street name as the object (not "serving ice cream", "pushing Tina on a swing",
    // "buying dope sneakers": ambiguous objects only after the dealers' own verbs and places).
    '(<(slinging|slingin|slangin|slanging|sling|slings|slung) (some |the )?(dope|work|product|packs|crank|tina|zips)>|' +
      '<(slinging|slingin|slangin|slanging|pushing|pushin|serving|servin|copping|coppin|copped|scoring|scored|cop) (some |a bag of |a gram of |a bundle of |bags of |grams of |an eighth of )?(smack|skag|crack|fent|ket|mcat|pingers|xans|percs|oxys|roxies|yayo|phet|whizz)>|' +
      '<(copping|coppin|copped|scoring|scored|buying|bought|cop|score) (some |a bag of |a bundle of |a gram of )?dope (in|from|off|on|at|behind) ~(alley|alleyway|corner|dealer|street|plug|trap|bando|block|guy)>|' +
      '<mainlin(e|es|ed|ing|in) (some )?(dope|heroin|smack|junk|h|fent|meth|coke|drugs|tar|black tar)>|<(shooting|shoot|shot|mainlining) (up )?junk>)',
    // The states on a street name, a comedown after one, a line or a bag of one.
    '(<(spun|tweaking|tweaked|tweakin|wired|geeked|cracked|fried|zooted|high|rolling|tripping|blasted|buzzing) (out )?on (crank|speed|phet|whizz|tina|shards|molly|mandy|pingers|ket|gbl|ghb|dope|smack|fent|blues|percs|oxys|beans|yayo)>|' +
      '<(coming down|come ?down|comedowns?) (after|from|off) (molly|mdma|pills|tabs|acid|tina|ice|glass|blow|speed|coke|ket|mandy|pingers|ecstasy|xtc|a rave|the rave|meth|crystal|shrooms)>|' +
      '<(line|lines|bump|bumps|gram|grams|bag|baggie|baggy|key|rail|rails|wrap|wraps|eight ?ball) of (charlie|charly|white girl|whizz|phet|mandy|mcat|meow meow|m cat|crank|tina|pingers|gbl|skag|fent|ket)>|' +
      '<(snort|snorts|snorting|snorted|sniffing|sniffed|doing|did) (some |a little )?(charlie|charly|white girl|whizz|phet|mcat|meow meow|crank)>)',
    // Ambiguous names beside a second word of the scene.
    { pattern: '(<(meow ?meow|m ?cat|mcat|whizz|shabu|yaba|gak)>)', context: { en: `<(${EN_USE})>` } }, // a cat, the MCAT exam, a whizz kid, Gak slime
    {
      pattern:
        '(<(dropping|dropped|drop|popping|popped|pop|pops|took|taking) (some |a few |two |three |a couple of |a couple )?(beans|mandy|xtc)>|<on mandy>|<gurn(ing|in|ed|s)?>)',
      context: { en: EN_SCENE }, // a girl named Mandy, a gurning contest (allowed below)
    },
    {
      pattern: '(<fetty>)', // Fetty Wap
      context: {
        en: '<(foil|pressed|blues|nodding|nodded|overdos[a-z]*|needles?|syringes?|dope|bent over|zombies?|tranq|snort[a-z]*|pills|fent)>',
      },
    },
    {
      pattern: '(<g ?holes?>)', // a hole in golf, a G hole on a map
      context: { en: '<(ghb|gbl|club|rave|party|dancefloor|dance floor|passed out|bottle|chems|chemsex|afterparty)>' },
    },
    {
      pattern: '(<(bag|bags|baggie|baggies|handful|bowl|pile) of (pills|tabs|caps|capsules)>)', // a pharmacy's bag of pills
      context: {
        en: '<(rave|raves|raver|edc|festival|afterparty|club|pupils|jaw|rolling|pacifier|dealer|plug|snort[a-z]*|selling|sells)>',
      },
    },
    { pattern: '(<sherms?>)', context: { en: '<(wet|pcp|dipped|embalming|angel dust)>' } }, // Sherman
    {
      pattern: '(<(slinging|slingin|slangin|slanging) (some |the )?(rocks|rock|ice|glass)>)', // a slingshot slinging rocks
      context: { en: '<(corner|block|trap|crack|fiends?|dope|plug|bando|baggies|hood|junkies?|crackheads?)>' },
    },
    {
      pattern: '(<(overdose|overdoses|strung out|dead ?drops?|pushers?)>)', // an overdose of cuteness, strung out after exams, a spy's dead drop
      context: {
        en: '<(narcan|naloxone|needles?|syringes?|bathroom floor|junkies?|fent|spoon|foil|nodding|track marks|alley|motel|dealer|coordinates|buyer|plug|grams?|baggies?|darknet|dark web|pills|powder|crack|meth|dope|smack|kids|schoolyard|corner)>',
      },
    },
    {
      pattern: '(<(smoking|smokes|smoked|smoke|high on|on) spice>)', // smoked paprika is spice too
      context: { en: '<(bench|zombies?|k2|synthetic|passed out|bus stop|prison|homeless|street)>' },
    },
  ],
};

/** Look-alikes: a cat's meow, a hot pot, the Flintstones, a face-pulling contest. */
export const enDrugsVocabularyAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(cat|cats|kitten|kittens|kitty) ~~meow ?meow>',
    '<shabu ?shabu>',
    '(<(line|lines|bump|bumps|bag|baggie|key|gram|grams|rail|rails) of charlie (brown|browns|chaplin|puth|sheen)>)',
    '<yaba ?daba>',
    '<gurning (contest|contests|competition|championship|world championship)>',
  ],
};
