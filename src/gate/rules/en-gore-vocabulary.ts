import type { ContextRule, GateAllowList, GateLexicon } from '../types.js';
import { phrase, unanchored, type GorePhrase } from './en-gore-injuries.js';

/**
 * English gore named by its vocabulary (gore round 5 of issue 11): the words people use for
 * wounds and blood (exit wound, degloved, exsanguinated, arterial spray, maggot-infested), bodies
 * (a charred, bloated or battered corpse, crime-scene photos, rigor mortis), dismemberment and
 * organs (limbless torso, viscera, organ harvesting), torture tools and methods (waterboarding,
 * the brazen bull, scaphism, thumbscrews, pliers), executions (lynching, stoning, garrotting, the
 * gallows or the guillotine with a body), massacres and shootings (opened fire on a crowd,
 * execution-style), accident victims (pulled into a machine, ejected through the windshield),
 * animal cruelty, cannibalism (long pig), medical gore (gangrene, necrosis, botfly larvae),
 * suicide and self-harm slang (ctb, self-delete, beans/styro cuts, exit bag) and shock content
 * by name (bestgore, liveleak, faces of death, the cartel videos).
 *
 * A word that is also innocent (gallows, guillotine, necrotic, dogfight, electrocuted,
 * kneecapped, hemorrhaging money, funky town, chainsawing a tree) needs a body, blood or a
 * victim beside it. Look-alikes left alone: src/gate/README.md ("Judgement calls").
 *
 * Memory: see byAnchor below.
 */

/** A person (or a body) who can be the victim; not a cake, a tree or a toy. */
const VICTIM =
  '(person|people|m[ae]n|wom[ae]n|guys?|girls?|boys?|kids?|child(ren)?|bab(y|ies)|prisoners?|civilians|victims?|bod(y|ies)|corpses?|family)';

/** What makes an ambiguous violent word graphic: blood, a body, a death, a weapon on a person. */
const GRAPHIC =
  '<(blood|bloody|bleeding|bled|gore|gory|bod(y|ies)|corpses?|dead|death|died|dying|victims?|skulls?|brains?|guts|intestines|organs|severed|limbs?|murder(ed|er)?|killed|tortured?|screaming|pieces|flesh|bones?)>';

/** A body part skin or flesh can rot on. */
const BODY_PART = '(foot|feet|toes?|legs?|arms?|hands?|fingers?|face|skin|flesh|wounds?|stump|body|tissue|thigh|shin|nose|ears?)';

/**
 * Memory and speed: each phrase group is one rule whose pattern is its anchor, scanned without
 * the word-start test in the "anywhere" regex (filed under first letters, every rule reshapes
 * the buckets it lands in), and whose context is its phrases. Merged into one rule with every
 * phrase as one context (mergePhrases, en-gore-injuries.ts) the same rules cost ~14 MB of native
 * regex code, ~9 MB of it that one context, run on every text an anchor hit; a context per
 * anchor is compiled only where its anchor is met: ~+10 MB before the lists were trimmed.
 */
function byAnchor(entries: (ContextRule | GorePhrase)[]): ContextRule[] {
  return entries.map((e) =>
    'anchor' in e
      ? { pattern: e.anchor.replace(/^</, ''), context: { en: e.phrases.join('|') } }
      : { ...e, pattern: e.pattern.replace(/^</, '') },
  );
}

export const enGoreVocabulary: GateLexicon = {
  name: 'en-gore-vocabulary',
  lang: 'en',
  category: 'gore',
  block: byAnchor([
    // Shock content by name.
    phrase(
      '(gore|leak|kaotic|people ?die|faces of|rotten com|documenting|theync)',
      '<(bestgore|best gore|liveleak|live leak|kaotic|watchpeopledie|watch people die|faces of death|rotten com|goregrish|documenting reality|theync)>',
    ),
    phrase(
      '(funky|hammer|cartel|isis|isil|daesh)',
      '<funky ?town (video|gore|cartel|clip|footage)>|<(3|three) guys (1|one) hammer>',
      '<(cartel|isis|isil|daesh) (gore|executions?|beheadings?|chainsaw|videos?|footage|torture|killings?|massacres?|victims|bodies)>',
    ),
    phrase(
      '(shock|murder|execution|torture|snuff|beheading|real death|death scene|crime scene|autopsy|morgue|dead bod)',
      '<(shock|murder|execution|torture|snuff|beheading|real death) (sites?|videos?|vids?|clips?|footage|compilations?|gifs?|content|pics?|photos?)>',
      '<(crime scene|death scene|murder scene|autopsy|morgue|dead body|dead bodies|corpse) (photos?|pics?|pictures?|images?|footage|videos?)>',
      '<real (dead )?(corpses?|dead bod(y|ies)|dead people|dead person|murders?|deaths?|gore|executions?)>',
    ),
    phrase('(dwyer|blue whale)', '<(budd|bud) dwyer>|<blue whale (challenge|game)>'),
    phrase('(gore ?(core|porn|hound)|ryona)', '<(gorecore|gore ?porn|gore ?hounds?|ryona)>'),
    // Wounds and blood.
    phrase(
      '(exit wound|entry wound|shrapnel|bullet hole|exsanguinat|arterial|deglov)',
      '<(exit|entry|shrapnel) wounds?>|<shrapnel (in|all over) (his|her|their|the|a) (face|body|chest|head|eyes?|legs?)>',
      '<bullet holes? (in|through) (his|her|their|the|a|my)? ?(head|chest|forehead|skull|face|body|neck|stomach)>',
      '<exsanguinat(ed|ing|ion)>|<arterial (spray|spurt|spurting|bleeding|blood)>|<deglov(ed|ing)>',
    ),
    phrase(
      '(blood ?(soak|stain|spatter|splatter|smear|cover)|bloodied)',
      `<(blood ?(soaked|stained|spattered|splattered|smeared|covered)|bloodied) (${VICTIM.slice(1, -1)}|mattress|bed|sheets|floor|room|walls?|bathroom|kitchen|clothes|shirt|dress|knife|face|hands)>`,
    ),
    phrase(
      '(maggot|flesh)',
      '<maggot ?(infested|ridden|filled|covered) (wounds?|bod(y|ies)|corpses?|legs?|arms?|feet|foot|face|flesh|skin)>',
      '<(wounds?|corpses?|flesh|bod(y|ies)|face|legs?|arms?|feet|foot) (full of|crawling with|infested with|covered (in|with)|eaten by) maggots>',
      '<(shredded|torn|mangled|rott(ing|en)|charred|melt(ed|ing)|decaying|putrid|human|burn(ing|t|ed)) flesh>',
    ),
    phrase(
      '(burn|charred|acid)',
      '<burns? victims?>|<charred (bod(y|ies)|corpses?|remains|skin|face|skulls?|bones|child|man|woman)>',
      '<(third|3rd) ?degree burns (all )?(over|on) (his|her|their|my|the|a) (face|body|skin)>',
      '<(face|skin|flesh|eyes?) (melted|burned|burnt|dissolved|eaten) (away |off )?(by|with) acid>',
    ),
    phrase('(bloody|human)', '<(bloody|human) (chunks|pieces|bits|lumps) of (flesh|meat|bod(y|ies)|a (man|person|body|woman))>'),
    // Bodies and death shown.
    phrase(
      '(corpse|cadaver|dead bod|dead human|carcass)',
      '<(battered|bloated|burn(ed|t)|blackened|headless|limbless|skinless|faceless|disfigured|mutilated|rott(ing|en)|decompos(ing|ed)|decaying|putr(id|efying)|bloody|bloodied|charred|gutted|drowned|strangled|murdered|butchered) (corpses?|cadavers?|dead bod(y|ies))>',
      '<dead bodies>|<a dead (human )?body>|<human carcass(es)?>',
    ),
    phrase(
      '(toe tag|mortuary|morgue|autopsy|rigor|livor|incision)',
      '<toe tags?>|<(on|at) (a |the )?(morgue|mortuary|autopsy|embalming) (slab|table)>|<(rigor|livor) mortis>|<y ?incision>',
    ),
    phrase(
      '(drowned|washed)',
      '<drowned (bod(y|ies)|corpses?|m[ae]n|wom[ae]n|child|children|kids?|girls?|boys?|people|victims?|bab(y|ies))>|<(bod(y|ies)|corpses?) washed (up|ashore)>',
    ),
    phrase(
      '(bodies|corpses|severed|intestines|entrails|guts|organs|body parts|skulls)',
      '<(dead )?(bodies|corpses) (scattered|strewn|littered|everywhere|piled|stacked|in piles|lying (around|everywhere|in the street|on the (ground|floor|road)))>',
      '<(piles?|heaps?|stacks?|mountains?) of (dead )?(bodies|corpses|severed|intestines|entrails|guts|organs|body parts|skulls and bones)>',
      '<(crash|plane crash|bombing|explosion|blast|massacre|war) (bodies|corpses)>',
    ),
    // Murder and its victims.
    phrase(
      '(victim)',
      '<(murder|homicide|stabbing|shooting|gunshot|torture|massacre|bombing|(acid|shark|bear|dog|terror) attack|mauling|lynching|genocide|axe|chainsaw|cannibal|serial killer|hanging|overdose|drowning|(plane|car|train) crash|explosion) victims?>',
    ),
    phrase(
      '(murdered|butchered|slaughtered|massacred|executed|gunned down|mowed down|mutilated)',
      `<(murdered|butchered|slaughtered|massacred|executed|mutilated) ${VICTIM}>`,
    ),
    phrase(
      '(open(ed|s|ing)? fire|spree|mass (murder|kill|stab)|execution ?style)',
      '<(opened|opens|opening|open) fire (on|at|into) (a |the )?(crowd|people|students|kids|children|class(room)?|school|worshippers|shoppers|civilians)>',
      '<(murder|shooting|stabbing|killing|rampage) spree>|<spree (killers?|shooters?|killings?)>|<mass (murder|murders|murderer|murderers|killings?|stabbings?)>',
      '<execution ?style (shootings?|killings?|murders?|slayings?|shots?)>',
    ),
    phrase(
      '(shooting|shooter|massacre)',
      '<(mosque|synagogue|nightclub|kindergarten|daycare|campus|workplace|walmart|supermarket|parade|high ?school|elementary school|christchurch|uvalde|parkland|sandy hook|virginia tech|las vegas|utoya|beslan|el paso) (shootings?|shooters?|massacres?|gunman)>',
    ),
    phrase(
      '(stoned|stoning|lynch|garrot|guillotined|impal|electric chair)',
      '<stoned to death>|<stoning (of )?(a |the )?(woman|man|girl|people)>|<lynch(ed|ing|ings)>',
      '<garot(ed|ing)>|<guillotined>',
      `<impal(ement|ing) (of )?(a |the )?${VICTIM}>|<impalement>|<electric chair ~~(smok|burn|fry|fried|sizzl|execut|dead|convulsing)`,
    ),
    {
      // Words that are also innocent (a paper guillotine, gallows humour, "hemorrhaging money", a
      // strangulation hazard, a team kneecapped): only with blood, a body, a death or a weapon.
      pattern:
        '<(gallows|guillotines?|electrocut(ed|ing|ion)|kneecapp(ed|ing)|killing spree|gunned down|ha?emorrhag(ing|ed|e)|eviscerat[a-z]*|disfigured|maul(ed|ing)|bludgeon[a-z]*|strangulation|strangling|strangled|(ritual|blood|cult|satanic) sacrifices?|(axe|hatchet|chainsaw|machete|hammer) murder(er|ers|s)?)>',
      context: {
        en: `${GRAPHIC}|<(necks?|hanged|lifeless|basket|drill|electrodes|convulsing|chainsaw|axe|machete|knife|landmine|shot|stabbed|acid|burns|bear|shark|pit ?bulls?|explosion|belt|purple|bruised|bruises|gasping|hands around)>`,
      },
    },
    phrase(
      '(to death|suffocat|smother)',
      '<(stab[a-z]*|beat(s|ing|en)?|strangl[a-z]*|chok[a-z]*|hack(s|ing|ed)?|burn(s|ing|ed|t)|bludgeon[a-z]*|kick(s|ing|ed)?|stomp[a-z]*|tortur[a-z]*|bleed(s|ing)?|bled|maul[a-z]*|suffocat[a-z]*|smother[a-z]*|electrocut[a-z]*|crush[a-z]*|butcher[a-z]*) ~to death>',
      '<(suffocat|smother)[a-z]* (a |the |his |her |their )?(kid|child|baby|victim|girl|boy|woman|man|wife)>|<suffocated (with|by|in) (a |the )?(plastic )?(bag|pillow)>',
    ),
    // Dismembering and cutting people up.
    phrase(
      '(body parts|limbless|headless|armless|legless|torso|limbs|arms|legs)',
      '<body parts (in|inside) (a |the )?(freezer|fridge|bags?|garbage bags?|suitcase|barrels?|trunk|dumpster|box|jars?|bathtub)>',
      '<(limbs|arms|legs) (ripped|torn|pulled|blown) (apart|out of (their|his|her) sockets)>',
      '<(headless|limbless|armless|legless) (torsos?|bod(y|ies)|corpses?)>|<torsos? (without|with no) (arms|legs|head|limbs)>',
    ),
    phrase(
      '(hacked|chainsawed|dismembered)',
      '<(hacked|chainsawed|dismembered) (up )?(to|into|in) (pieces|bits|ribbons|shreds|chunks|half|two)>',
    ),
    phrase(
      '(vivisect|dissect)',
      '<vivisect(ed|ion)>|<(human|person|m[ae]n|wom[ae]n|body) (being )?dissected>|<dissected (human|person|m[ae]n|wom[ae]n|body|corpse)>',
    ),
    phrase(
      '(viscera|entrails|innards|intestines|guts)',
      '<(his|her|their) (viscera|entrails|innards|intestines|guts) (exposed|showing|visible|hanging out|spilled|spilling)>|<viscera>',
    ),
    phrase('(organ harvest|organ traffick)', '<organ (harvesting|harvest|harvesters?|trafficking)>'),
    {
      pattern: '<(skull fragments|brain matter|bits of (brain|skull)|pink mist)>',
      context: { en: '<(blood|bloody|wall|walls|windshield|everywhere|splattered|floor|shot|gun|bullet|ceiling|sniper|head)>' },
    },
    // Torture: tools, methods, victims.
    phrase(
      '(waterboard|brazen bull|anguish|scaphism|blood eagle|thumb ?screw|tortur)',
      '<waterboard(ed|ing|s)?>|<brazen bull>|<pear of anguish>|<scaphism>|<blood eagle>|<thumb ?screws?>|<(rat|bamboo|electric|electroshock) torture>',
      '<torture (videos?|vids?|clips?|footage|tools?|instruments?|methods?|racks?)>|<(kittens?|pupp(y|ies)|cats?|dogs?|animals?|monkeys?) (being |getting |got )?tortured>',
    ),
    {
      pattern: '<tortur(e|es|ed|ing)>',
      context: {
        en: '<(pliers|drills?|knives|knife|blades?|razors?|whips?|hooks|electrodes|electric shocks?|acid|hot irons?|fingernails|toenails|thumbscrews|blowtorch|needles|cigarettes?|scalpel|blood|bloody|bleeding|skinned|flayed)>',
      },
    },
    phrase(
      '(nails|cigarette burns)',
      '<(bamboo|needles?|splinters?|nails?) (shoved |jammed |pushed |driven |stuck )?under (his |her |their |my |the )?(finger ?nails|toe ?nails|nails)>',
      '<cigarette burns ~~(kid|child|baby|girl|boy|skin|arms?|body|face|chest|legs?|back)>',
    ),
    // Animals hurt for real.
    phrase(
      '(alive|on fire|ablaze|alight|drown|crush)',
      '<(skinning|skinned|skins?) ~~alive>',
      '<drown(ing|ed)? (a |the )?(kittens?|pupp(y|ies)|cats?|dogs?)>',
      '<(dogs?|cats?|kittens?|pupp(y|ies)|animals?|person|m[ae]n|wom[ae]n|kids?|girls?|boys?|people) (was |were |got |gets |getting |being )?set (on fire|ablaze|alight)>|<(set|sets|setting|lit) (a |the )?(dog|cat|kitten|puppy|person|man|woman|homeless [a-z]*) on fire>',
      '<crush (videos?|fetish)>',
    ),
    {
      pattern: '<(dog ?fight(ing|s)?|animal (abuse|cruelty|torture|mutilation))>',
      context: {
        en: '<(blood|bloody|bleeding|torn|ripped|pit ?bulls?|gore|dead|kicking|beating|torturing|skinning|burning|killing|video|videos)>',
      },
    },
    phrase(
      '(tear|tore|torn|rip|maul)',
      '<(tear|tears|tearing|tore|torn|rip|rips|ripping|ripped|maul|mauls|mauling|mauled) (a |the |his |her |their )?(bab(y|ies)|child(ren)?|kids?|girl|boy|wom[ae]n|m[ae]n|person|people|bod(y|ies)|victims?) (apart|to (pieces|shreds)|limb from limb)>',
    ),
    // Cannibalism.
    {
      pattern: '<(cannibal|cannibals|cannibalism|cannibalistic|long pig|jeffrey dahmer|dahmer)>',
      context: {
        en: '<(human|humans|people|person|flesh|meat|body|bodies|corpses?|arms?|legs?|eat|eats|eating|ate|eaten|cook|cooked|cooking|grill|grilled|roast|roasted|feast|dinner|fridge|heads|skulls?|victims)>',
      },
    },
    phrase(
      '(brain|eye|intestine|guts|organs|heart|liver|flesh)',
      "<(eat|eats|eating|ate|eaten|devour[a-z]*|chew[a-z]*|gnaw[a-z]*) (on )?(a |the )?(human|(a |the )?(person|corpse|dead (man|person|body)|victim)('s| s)) (brains?|eyeballs?|eyes|intestines|guts|organs|heart|liver|flesh)>",
    ),
    // Medical gore.
    {
      pattern: '<(surgery|amputation)>',
      context: {
        en: '<(blood everywhere|bloody|gore|gory|guts|ribcage (spread|open|opened|cracked)|(no|without) (anesthesia|anaesthesia)|with a (saw|hacksaw|chainsaw|axe))',
      },
    },
    {
      pattern: '<(gangren(e|ous)|necrosis|necrotizing|flesh ?eating bacteria|botfly|myiasis)>',
      context: { en: `<(rotting|rotten|black|blackened|falling off|pus|maggots|larvae|crawling|oozing|eating)>|<${BODY_PART}>` },
    },
    phrase('(necrotic)', `<necrotic ${BODY_PART}>`),
    { pattern: '<embalm(ing|ed)>', context: { en: '<(blood|drained|draining|trocar|organs|guts)>' } },
    {
      pattern: '<road ?rash>',
      context: { en: '<(bone|bones|blood|bloody|flesh|meat|muscle|to the bone)>' },
    },
    // Accidents: a body in a machine or through the windshield.
    phrase(
      '(plucked|pecked|scooped|poked|burned|burnt|charred)',
      '<(eyes?|eyeballs?) (plucked|pecked|poked|scooped|burned|burnt) out>|<(plucked|pecked|scooped|poked) out (his|her|their|my|the) eyes>',
    ),
    phrase('(throat)', '<(his|her|their|a|the) throats? (cut|slit|slashed|sliced) (open|wide)?>'),
    // Words that make any death or wound graphic; a weapon lodged in a head or a chest.
    phrase(
      '(gruesome|grisly|brutal|graphic|horrific)',
      '<(gruesome|grisly|brutal(ly)?) (deaths?|murders?|murdered|scenes?|injur(y|ies)|wounds?|killings?|torture|tortured|corpses?|bod(y|ies)|remains|executions?|massacres?|slaughtered|butchered|mutilat[a-z]*|dismember[a-z]*|behead[a-z]*|stabb[a-z]*)>',
      '<graphic (violence|injur(y|ies)|deaths?|murders?|wounds?|gore|torture|autopsy)>|<horrific (injur(y|ies)|wounds?|mutilation|deaths?|murders?|torture)>',
    ),
    {
      pattern: '<body parts>',
      context: {
        en: '<(killer|killers|murderer|maniac|serial|trophy|trophies|basement|dumpster|jars?|bags?|freezer|fridge|cooler|severed|rotting|bloody|bleeding|blood)>',
      },
    },
    phrase(
      '(severed)',
      '<severed (tongues?|ears?|noses?|toes?|thumbs?|feet|foot|torsos?|eyeballs?|eyes?|scalps?|lips?|breasts?|penis|genitals|horse head|pig head)>',
    ),
    phrase(
      '(ablaze|alight|immolat|doused)',
      '<self ?immolat[a-z]*>|<immolat(ed|ion|ing)>|<doused (in|with) (gasoline|petrol|kerosene|lighter fluid) and (set|lit)>',
    ),
    phrase('(sacrifice)', '<(human|child|children|baby) sacrifices?>'),
    // Animals hurt for real, the words of it.
    // Killing verbs that end in a death; a body cut up, thrown, fed to animals.
    phrase(
      '(hanged|hung)',
      '<(being|getting|was|were|got) hanged>|<(being|getting|was|were|got) hung (in public|publicly|by the neck|on the gallows|at dawn)>',
    ),
    phrase('(alive)', '<(slaughtered|butchered|skinned|gutted|dismembered|dissected|flayed|burned|burnt|burning) alive>'),
    phrase(
      '(own blood)',
      '<(drowning|drowned|lying|lay|laying|soaked|covered|bathed|swimming|wallowing|sitting|choking|gurgling) in (his|her|their|my|your) own blood>|<(pool|pools|puddle|river|lake|sea) of (his|her|their|my|your) own blood>',
    ),
    // Suicide and self-harm: slang, methods, the jumpers.
    phrase(
      '(ctb|rope|self ?delet|self ?unaliv|end it all|jumper|exit bag|helium hood|suicide kit)',
      '<(gonna|going to|wanna|want to|will|ll|about to|might|to) ctb>|<(gonna|going to|wanna|want to) rope (tonight|today|now|soon|myself)>|<rope (time|szn|season|tonight|fuel)>',
      '<self ?(delete|deleting|deleted|deletion|unalive|unaliving)>|<(end|ending) it all>|<bridge jumpers?>|<(exit bag|helium hood|suicide kit)s?>',
    ),
    { pattern: '<time to rope>', context: { en: '<(stool|chair|noose|neck|tonight|goodbye|bye|ceiling|beam|tree|kms|kys|die)>' } },
    phrase(
      '(beans|styro|fat layer|barcode)',
      '<(beans|styro|styrofoam) (cuts?|deep|level)>|<(cut|cuts|cutting|cut to) (to |down to )?(the )?(beans|styro|fat layer)>|<barcode (cuts|arms?|scars|wrists?|thighs?)>',
      '<fat layer ~~(cuts?|cutting|blade|razor|arm|wrists?|thigh)>|<(cuts?|arm|wrists?|thigh) ~~fat layer>',
    ),
    phrase('(bleach)', '<(drink|drinks|drinking|drank|chug[a-z]*|swallow[a-z]*) (some |a bottle of |a cup of |a glass of )?bleach>'),
    phrase(
      '(to (his|her|their|my|your) death)',
      '<(jumped|jumps|jumping|leapt|leaped|threw (himself|herself|themselves|myself)) to (his|her|their|my|your) deaths?>',
    ),
    phrase(
      '(cuts|slashes|wrists|veins)',
      '<(fresh|deep|bleeding|open|new) (cuts|slashes) (on|across|all over|up and down) (my|his|her|their|your) (wrists?|forearms?|arms?|thighs?|legs?|hips?|stomach)>',
      '<(bleeding|slit|slashed|sliced) (wrists|veins)>',
    ),
  ]),
};

/** Innocent uses of the vocabulary above and of older gore rules' words. */
export const enGoreVocabularyAllow: GateAllowList = {
  lang: 'en',
  // Unanchored: scanned in the allow index's one "anywhere" regex, not filed under first letters (memory).
  allow: unanchored([
    // Fruit and food cut in half (the older rule's "blood" context read "blood orange").
    '<(blood )?(oranges?|lemons?|limes?|apples?|melons?|avocados?|cakes?|pizzas?|bread|fruit|tomato(es)?|onions?|eggs?) (cut|sliced|split) in (half|two)>',
    // "Cut-throat" is ruthless: poker, business, a pirate.
    '<cut ?throat (poker|competition|business|games?|world|markets?|industry|pirates?|razors?)>',
    // Brazilian jiu-jitsu, not the sexual abbreviation.
    '<bjj>',
    '<gallows hum(o|ou)?r>',
    '<cannibal corpse (band|logo|concert|album|shirt|t ?shirt|poster)>',
  ]),
};
