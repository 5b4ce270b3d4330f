import type { GateAllowList, GateLexicon } from '../types.js';
import { mergePhrases, phrase, unanchored } from './en-gore-injuries.js';

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
 * Memory: one merged rule (mergePhrases), as in en-gore-injuries.ts: every anchor in the
 * "anywhere" regex, every phrase in one context; rules with their own context join that regex.
 */

/** A person (or a body) who can be the victim; not a cake, a tree or a toy. */
const VICTIM =
  '(person|people|m[ae]n|wom[ae]n|guys?|girls?|boys?|kids?|child|children|bab(y|ies)|teens?|students?|villagers|civilians|prisoners?|hostages?|victims?|bod(y|ies)|corpses?|family|families|wife|husband|soldiers?|someone|human|humans)';

/** What makes an ambiguous violent word graphic: blood, a body, a death, a weapon on a person. */
const GRAPHIC =
  '<(blood|bloody|bleeding|bled|gore|gory|bod(y|ies)|corpses?|dead|death|died|dying|victims?|skulls?|brains?|guts|intestines|organs|severed|limbs?|murder(ed|er)?|killed|torture|tortured|screaming|pieces|flesh|bones?)>';

/** A body part skin or flesh can rot on. */
const BODY_PART = '(foot|feet|toes?|legs?|arms?|hands?|fingers?|face|skin|flesh|wounds?|stump|body|tissue|thigh|shin|nose|ears?)';

export const enGoreVocabulary: GateLexicon = {
  name: 'en-gore-vocabulary',
  lang: 'en',
  category: 'gore',
  block: mergePhrases('en', [
    // Shock content by name.
    phrase(
      '(bestgore|best gore|liveleak|live leak|kaotic|watchpeopledie|watch people die|faces of death|rotten com|goregrish|documenting reality|theync)',
      '<(bestgore|best gore|liveleak|live leak|kaotic|watchpeopledie|watch people die|faces of death|rotten com|goregrish|documenting reality|theync)>',
    ),
    phrase(
      '(funky ?town|hammer|ice ?pick|dnepropetrovsk|cartel|isis|isil|daesh|narco)',
      '<funky ?town (video|vid|gore|cartel|clip|footage)>|<(cartel|narco) ~~funky ?town>|<(3|three) guys (1|one) hammer>|<(1|one) lunatic (1|one) ice ?pick>|<dnepropetrovsk maniacs?>',
      '<(cartel|narco|isis|isil|daesh) (gore|executions?|beheadings?|chainsaw|videos?|vids?|clips?|footage|torture|killings?|massacres?|victims|bodies|hostage (execution|beheading|video))>',
    ),
    phrase(
      '(shock|murder|execution|torture|snuff|beheading|real death|death scene|crime scene|autopsy|morgue|dead bod)',
      '<(shock|murder|execution|torture|snuff|beheading|real death) (sites?|videos?|vids?|clips?|footage|compilations?|gifs?|content|pics?|photos?)>',
      '<(crime scene|death scene|murder scene|autopsy|morgue|dead body|dead bodies|corpse) (photos?|pics?|pictures?|images?|footage|videos?)>',
      '<real (dead )?(corpses?|dead bod(y|ies)|dead people|dead person|murders?|deaths?|gore|executions?)>',
    ),
    phrase('(budd dwyer|bud dwyer|blue whale)', '<(budd|bud) dwyer>|<blue whale (challenge|game)>'),
    phrase('(gorecore|goreporn|gorehound|ryona|guro)', '<(gorecore|gore ?porn|gore ?hounds?|ryona)>'),
    // Wounds and blood.
    phrase(
      '(exit|entry|shrapnel|bullet hole|exsanguinat|arterial|deglov)',
      '<(exit|entry|shrapnel) wounds?>|<shrapnel (in|all over) (his|her|their|the|a) (face|body|chest|head|eyes?|legs?)>',
      '<bullet holes? (in|through) (his|her|their|the|a|my)? ?(head|chest|forehead|skull|face|body|neck|back|stomach|eye)>',
      '<exsanguinat(ed|ing|ion)>|<arterial (spray|spurt|spurting|bleeding|blood)>|<deglov(ed|ing)>',
    ),
    phrase(
      '(blood ?(soaked|stained|spattered|splattered|smeared|covered)|bloodied)',
      `<(blood ?(soaked|stained|spattered|splattered|smeared|covered)|bloodied) (${VICTIM.slice(1, -1)}|mattress|bed|sheets|floor|room|walls?|bathroom|kitchen|clothes|shirt|dress|knife|face|hands)>`,
    ),
    phrase(
      '(maggot|flesh)',
      `<maggot ?(infested|ridden|filled|covered) (wounds?|bod(y|ies)|corpses?|${BODY_PART.slice(1, -1)})>`,
      '<(wounds?|corpses?|flesh|bod(y|ies)|face|legs?|arms?|feet|foot) (full of|crawling with|infested with|covered (in|with)|eaten by) maggots>',
      '<(shredded|torn|ripped|mangled|rotting|rotten|charred|melted|melting|decaying|putrid|severed|human|burning|burnt|burned) flesh>',
    ),
    phrase(
      '(burn|charred|degree burns|acid)',
      '<burns? victims?>|<charred (bod(y|ies)|corpses?|remains|skin|face|skulls?|bones|child|man|woman)>',
      '<(third|3rd|fourth|4th) ?degree burns ~~(face|body|skin|arms?|legs?|all over|victim|child|kid|man|woman|hands)>',
      '<(face|skin|flesh|eyes?) (melted|burned|burnt|dissolved|eaten) (away |off )?(by|with) acid>',
    ),
    phrase(
      '(brains|brain matter|guts|intestines|blood)',
      '<(brains|brain matter|guts|intestines) (on|all over|across|splattered on|sprayed on|dripping down) (the )?(wall|walls|ceiling|floor|windshield|windscreen|dashboard)>',
      '<blood (all )?(on|over|across|dripping down|smeared on|splattered on|sprayed on) (the )?(walls|wall|ceiling|windshield|windscreen)>',
    ),
    phrase(
      '(chunks|pieces|bits|lumps|used to be)',
      '<(bloody|human) (chunks|pieces|bits|lumps) of (flesh|meat|bod(y|ies)|a (man|person|body|woman))>',
      '<(meat|pulp|mush|chunks|pieces) ~~used to be (a |an )?(man|person|human|woman|body|kid|child|guy)>',
    ),
    // Bodies and death shown.
    phrase(
      '(corpse|cadaver|dead bod|dead human|carcass)',
      '<(battered|bruised|beaten|broken|twisted|bloated|burned|burnt|blackened|naked|headless|limbless|skinless|eyeless|faceless|disfigured|mangled|mutilated|decapitated|dismembered|rotting|rotten|decomposing|decomposed|decaying|putrid|putrefying|bloody|bloodied|maggoty|charred|gutted|drowned|strangled|murdered|butchered) (corpses?|cadavers?|dead bod(y|ies))>',
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
      '(bodies|corpses|skulls)',
      '<(dead )?(bodies|corpses) (scattered|strewn|littered|everywhere|piled|piling|stacked|in a pile|in piles|lying (around|everywhere|in the (street|road)|on the (ground|floor|road|street)))>',
      '<(piles?|heaps?|stacks?|mountains?) of (dead )?(bodies|corpses|severed|intestines|entrails|guts|organs|body parts|skulls and bones)>',
      '<(crash|plane crash|bombing|explosion|blast|massacre|war) (bodies|corpses)>',
    ),
    // Murder and its victims.
    phrase(
      '(victim)',
      '<(murder|homicide|stabbing|shooting|gunshot|torture|massacre|bombing|car bomb|terror attack|terrorist attack|acid attack|shark attack|bear attack|dog attack|mauling|lynching|genocide|axe|chainsaw|cannibal|serial killer|spree killer|suicide|hanging|strangulation|overdose|od|drowning|hit and run|plane crash|car crash|train crash|explosion|mass shooting) victims?>',
    ),
    phrase(
      '(murdered|butchered|slaughtered|massacred|executed|gunned down|mowed down|mutilated)',
      `<(murdered|butchered|slaughtered|massacred|executed|mutilated) ${VICTIM}>`,
      `<${VICTIM} (was |were |got |being |getting )?(murdered|butchered|slaughtered|massacred|executed|gunned down|mowed down) (in|at|on|with|by|while|and)>`,
    ),
    phrase(
      '(opened fire|open fire|opens fire|opening fire|spree|mass murder|mass killing|execution ?style|back of)',
      '<(opened|opens|opening|open) fire (on|at|into) (a |the )?(crowd|people|students|kids|children|class|classroom|school|worshippers|shoppers|protesters|civilians|concert ?goers|churchgoers|festival)>',
      '<(murder|shooting|stabbing|rampage|spree) (spree|killers?|shooters?)>|<mass (murder|murders|murderer|murderers|killings?|stabbings?)>',
      '<execution ?style (shootings?|killings?|murders?|slayings?|headshots?|shots?)>|<shot in the back of (the|his|her|their) head>',
    ),
    phrase(
      '(shooting|shooter|massacre)',
      '<(mosque|synagogue|nightclub|kindergarten|daycare|campus|workplace|walmart|supermarket|parade|high ?school|elementary school|christchurch|uvalde|parkland|sandy hook|virginia tech|las vegas|utoya|beslan|el paso) (shootings?|shooters?|massacres?|gunman)>',
    ),
    phrase(
      '(stoned|stoning|lynch|garrot|bludgeon|guillotined|impal|electric chair)',
      '<stoned to death>|<stoning (of )?(a |the )?(woman|man|girl|adulterer|victim|sinner|people)>|<lynch(ed|ing|ings)>|<lynch mob ~~(hang|hanging|hanged|rope|noose|tree|body)>',
      '<garot(ed|ing)>|<bludgeon(ed|ing) (to death|bod(y|ies)|corpses?|m[ae]n|wom[ae]n|victims?|girls?|boys?|child|with)>|<guillotined>',
      `<impal(ement|ing) (of )?(a |the )?${VICTIM}>|<impalement>|<electric chair ~~(smok|burn|fry|fried|sizzl|execut|dead|convulsing)`,
    ),
    {
      pattern: '<(gallows|guillotine|guillotines|electrocut(ed|ing|ion)|kneecapp(ed|ing)|killing spree|gunned down)>',
      context: { en: `${GRAPHIC}|<(necks?|hanged|lifeless|basket|drill|electrodes|tortured|convulsing|chainsaw|axe|machete|knife)>` },
    },
    phrase(
      '(choked|suffocat|smother|asphyxiated|clubbed|kicked|stomped|mauled|whipped|flogged|bled|gored|trampled|electrocuted|drowned|bludgeoned|crushed|butchered)',
      '<(choked|suffocated|smothered|asphyxiated|clubbed|kicked|stomped|mauled|whipped|flogged|bled|gored|trampled|electrocuted|butchered|crushed|drowned|bludgeoned) to death>',
      `<(suffocat(ed|ing)|smother(ed|ing)) (a |the |his |her |their )?(kid|child|baby|victim|girl|boy|woman|man|wife|husband)>|<${VICTIM} (was |got |being )?(suffocated|smothered) (with|by|in) (a |the )?(plastic bag|bag|pillow)>`,
    ),
    // Dismembering and cutting people up.
    phrase(
      '(body parts|limbless|headless|armless|legless|torso|limbs|arms|legs)',
      '<body parts (in|inside) (a |the )?(freezer|fridge|bags?|garbage bags?|suitcase|barrels?|trunk|dumpster|box|jars?|bathtub)>',
      '<(limbs|arms|legs) (ripped|torn|pulled|blown) (apart|out of (their|his|her) sockets)>',
      '<(headless|limbless|armless|legless) (torsos?|bod(y|ies)|corpses?)>|<torsos? (without|with no) (arms|legs|head|limbs)>',
    ),
    {
      pattern: '<(hacked|butchered|chainsawed|dismembered|blown) (up )?(to|into|in) (pieces|bits|ribbons|shreds|chunks|half|two)>',
      context: {
        en: '<(person|people|m[ae]n|wom[ae]n|guys?|girls?|boys?|kids?|child|children|bab(y|ies)|bod(y|ies)|corpses?|victims?|soldiers?|prisoners?|hostages?|wife|husband|family|human|humans|civilians|passengers)>',
      },
    },
    phrase(
      '(chainsaw)',
      `<chainsaw(ed|ing)? (him|her|them|someone|a ${VICTIM}|the ${VICTIM}|people|bodies|victims?|(in|into) (half|two|pieces))>`,
      `<${VICTIM} (being |getting |got |was )?chainsawed>`,
    ),
    phrase(
      '(vivisect|dissect)',
      `<vivisect(ed|ing|ion)? (of )?(a |the )?(live |living )?${VICTIM}>|<human vivisection>|<dissected ${VICTIM}>|<${VICTIM} (being )?dissected>`,
    ),
    phrase(
      '(viscera|entrails|innards|intestines|guts|organs|insides)',
      '<(his|her|their) (viscera|entrails|innards|intestines|guts) (exposed|showing|visible|hanging out|spilled|spilling)>|<viscera>',
    ),
    phrase('(organ harvest|organ traffick)', '<organ (harvesting|harvest|harvesters?|trafficking)>'),
    {
      pattern: '<(skull fragments|brain matter|bits of (brain|skull)|pink mist)>',
      context: { en: '<(blood|bloody|wall|walls|windshield|everywhere|splattered|floor|shot|gun|bullet|ceiling|sniper|head)>' },
    },
    // Torture: tools, methods, victims.
    phrase(
      '(waterboard|brazen bull|pear of anguish|scaphism|judas cradle|strappado|blood eagle|breaking wheel|thumbscrew|keelhaul|rat torture|bamboo torture|torture)',
      '<waterboard(ed|ing|s)?>|<brazen bull>|<pear of anguish>|<scaphism>|<judas cradle>|<strappado>|<blood eagle>|<breaking wheel>|<thumb ?screws?>|<keelhaul(ed|ing)?>|<(rat|bamboo|electric|electroshock) torture>',
      '<torture (videos?|vids?|clips?|footage|tools?|instruments?|methods?|racks?)>|<(kittens?|pupp(y|ies)|cats?|dogs?|animals?|monkeys?) (being |getting |got )?tortured>',
      `<${VICTIM} (being |getting |got |was )?tortured (to death|with|by (a |the )?(maniac|killer|psycho|soldiers|guards|cartel|terrorists|captors|kidnappers))>`,
    ),
    {
      pattern: '<tortur(e|es|ed|ing)>',
      context: {
        en: '<(pliers|drills?|knives|knife|blades?|razors?|whips?|hooks|electrodes|electric shocks?|acid|hot irons?|fingernails|toenails|thumbscrews|blowtorch|needles|cigarettes?|scalpel|blood|bloody|bleeding|skinned|flayed)>',
      },
    },
    phrase(
      '(bamboo|needle|splinter|nail|cigarette burns)',
      '<(bamboo|needles?|splinters?|nails?) (shoved |jammed |pushed |driven |stuck )?under (his |her |their |my |the )?(finger ?nails|toe ?nails|nails)>',
      '<cigarette burns ~~(kid|child|baby|girl|boy|skin|arms?|body|face|chest|legs?|back)>',
    ),
    {
      pattern: '<(electrocut(ed|ing)|hemorrhag(ing|ed|e)|haemorrhag(ing|ed|e)|eviscerat|disfigured|mauled|mauling|bludgeon)',
      context: { en: `${GRAPHIC}|<(electrodes|landmine|shot|stabbed|acid|burns|burned|fire|bear|shark|dogs?|pit ?bulls?|explosion)>` },
    },
    // Animals hurt for real.
    phrase(
      '(skin|set|lit|light|drown|crush|animal|abuse|cruelty|mutilation)',
      '<(skinning|skinned|skins?) ~~alive>|<(set|sets|setting|lit|light|lighting) (a |the |his |her |their )?(dogs?|cats?|kittens?|pupp(y|ies)|animals?|horses?|homeless (man|guy|person)|person|m[ae]n|wom[ae]n|kids?|child|bab(y|ies)|girls?|boys?|people) on fire>',
      '<drown(ing|ed|s)? (a |the |some |her |his )?(kittens?|pupp(y|ies)|cats?|dogs?|animals?)>|<drowned (a |the |her |his |their )(baby|kid|child|son|daughter)>',
      `<(dogs?|cats?|kittens?|pupp(y|ies)|animals?|horses?|${VICTIM.slice(1, -1)}) (was |were |got |gets |getting |being )?set on fire>`,
      '<crush (videos?|fetish)>|<(animal|cat|dog|kitten|puppy|monkey) (abuse|cruelty|torture|killing|skinning|mutilation|crush) (videos?|vids?|clips?|footage|channel)>',
    ),
    {
      pattern: '<(dog ?fight(ing|s)?|animal (abuse|cruelty|torture|mutilation))>',
      context: {
        en: '<(blood|bloody|bleeding|torn|ripped|pit ?bulls?|gore|dead|kicking|beating|torturing|skinning|burning|killing|video|videos)>',
      },
    },
    {
      pattern:
        '<(kick|kicks|kicking|kicked|stomp|stomps|stomping|stomped|beat|beats|beating|beaten|crush|crushing|crushed) (a |the |his |her |some )?([a-z]* )?(pupp(y|ies)|kittens?|dogs?|cats?|animals?|bunn(y|ies)|hamsters?)>',
      context: { en: '<(bleed|bleeding|blood|bloody|dead|die|dies|died|dying|death|abuse|cruelty|squish|squished|guts|until|video)>' },
    },
    phrase(
      '(tear|tore|torn|rip|maul)',
      '<(tear|tears|tearing|tore|torn|rip|rips|ripping|ripped|maul|mauls|mauling|mauled) (a |the |his |her |their )?(baby|babies|child|children|kid|kids|toddlers?|girl|boy|woman|man|person|people|body|bodies|corpses?|victims?|hikers?|dog|cat|kitten|puppy) (apart|to (pieces|shreds|bits)|open|in half|limb from limb)>',
    ),
    // Cannibalism.
    {
      pattern: '<(cannibal|cannibals|cannibalism|cannibalistic|long pig|jeffrey dahmer|dahmer)>',
      context: {
        en: '<(human|humans|people|person|flesh|meat|body|bodies|corpses?|arms?|legs?|eat|eats|eating|ate|eaten|cook|cooked|cooking|grill|grilled|roast|roasted|feast|dinner|fridge|heads|skulls?|victims)>',
      },
    },
    phrase(
      '(eat|ate|devour|chew|gnaw|feast|munch)',
      "<(eat|eats|eating|ate|eaten|devour[a-z]*|chew[a-z]*|gnaw[a-z]*|feast[a-z]* on|munch[a-z]*) (on )?(a |the )?(human|(a |the )?(person|man|woman|corpse|dead (man|person|body)|victim|baby|child)('s| s)|his|her|their|someones|peoples?) (brains?|eyeballs?|eyes|intestines|entrails|guts|organs|heart|liver|kidneys|face|flesh|fingers|limbs|arms?|legs?)>",
    ),
    // Medical gore.
    {
      pattern: '<(open ?heart surgery|surgery|operation|amputation|amputated|amputating|transplant|c ?section)>',
      context: {
        en: '<(blood everywhere|bloody|gore|gory|guts|organs (out|showing|exposed|visible)|ribcage (spread|open|opened|cracked)|(no|without) (anesthesia|anaesthesia|anesthetic|anaesthetic|painkillers)|with a (saw|hacksaw|chainsaw|machete|axe|kitchen knife))',
      },
    },
    {
      pattern:
        '<(gangrene|gangrenous|necrosis|necrotizing|necrotising|flesh ?eating (bacteria|disease)|botfly|bot fly|myiasis|screwworms?)>',
      context: { en: `<(rotting|rotten|black|blackened|falling off|pus|maggots|larvae|crawling|oozing|eating)>|<${BODY_PART}>` },
    },
    phrase('(necrotic)', `<necrotic ${BODY_PART}>`),
    { pattern: '<embalm(ing|ed)>', context: { en: '<(blood|drained|draining|trocar|organs|guts)>' } },
    {
      pattern: '<road ?rash>',
      context: { en: '<(bone|bones|blood|bloody|flesh|meat|muscle|to the bone)>' },
    },
    // Accidents: a body in a machine or through the windshield.
    {
      pattern:
        '<(pulled|sucked|dragged|caught|fed|thrown|fell|falls|falling) (into|in) (a |the )?(machine|machinery|conveyor|press|grinder|wood ?chipper|meat grinder|combine|shredder|gears|propeller|turbine|jet engine|escalator|auger)>',
      context: { en: '<(crushed|mangled|blood|bloody|torn|ripped|shredded|pieces|guts|body|limbs?|arm|legs?|died|dead|killed|death)>' },
    },
    phrase(
      '(ejected|thrown|flew|launched|flying|mangled)',
      '<(driver|m[ae]n|wom[ae]n|guy|girl|boy|kid|child|person|passengers?|biker|he|she|bod(y|ies)) ~~(ejected|thrown|flew|launched|flying) (out )?(through|thru|out of) (the |a |his |her )?(windshield|windscreen)>',
      '<mangled (on|across|all over|under|in) (the )?(road|pavement|highway|street|tracks|asphalt|wreck|wreckage)>',
    ),
    phrase(
      '(blown)',
      '<(people|person|m[ae]n|wom[ae]n|kids?|child|children|soldiers?|civilians?|bod(y|ies)|guy|girl|boy|family|crowd|passengers) (got |get |gets |getting |being |was |were )?blown (apart|to (bits|pieces|smithereens|shreds)|into (bits|pieces))>',
    ),
    phrase(
      '(plucked|pecked|scooped|poked|burned|burnt)',
      '<(eyes?|eyeballs?) (plucked|pecked|poked|scooped|burned|burnt) out>|<(plucked|pecked|scooped|poked) out (his|her|their|my|the) eyes>',
      `<${VICTIM} (was |were |got )?(burned|burnt|charred) to a crisp>`,
    ),
    phrase('(throat)', '<(his|her|their|a|the) throats? (cut|slit|slashed|sliced) (open|wide)?>'),
    phrase(
      '(mauled|torn|ripped|chewed)',
      '<(face|scalp|arm|leg|jaw) (torn|ripped|chewed) off by (a |the )?(bear|shark|dog|dogs|pit ?bull|lion|tiger|wolves|crocodile|alligator)>',
    ),
    // Words that make any death or wound graphic; a weapon lodged in a head or a chest.
    phrase(
      '(gruesome|grisly|brutal|graphic|horrific)',
      '<(gruesome|grisly|brutal|brutally) (deaths?|murders?|murdered|scenes?|injur(y|ies)|wounds?|accidents?|crash|killings?|torture|tortured|corpses?|bod(y|ies)|remains|details|photos?|pics?|executions?|executed|massacres?|slaughtered|butchered|mutilat[a-z]*|dismember[a-z]*|behead[a-z]*|stabbed|stabbings?)>',
      '<graphic (violence|injur(y|ies)|deaths?|murders?|wounds?|gore|torture|autopsy)>|<horrific (injur(y|ies)|wounds?|mutilation|deaths?|murders?|torture)>',
    ),
    phrase(
      '(axe|pickaxe|hatchet|cleaver|machete|dagger|spear|crowbar|hammer|nail|ice ?pick|harpoon|drill|meat hook)',
      "<(an |a |the )?(axe|pickaxe|hatchet|cleaver|machete|dagger|spear|crowbar|hammer|nail|ice ?pick|harpoon|drill bit|meat hook)s? ~(through|in|into|buried in|stuck in|lodged in|sticking out of|embedded in) (his|her|their|a|the|my|someones|([a-z]*('s| s) )) ?(skull|head|eyes?|eye socket|throat|neck|chest|face|forehead|temple|brain|back|belly|stomach)>",
    ),
    {
      pattern: '<point ?blank (in|to|into) (the|his|her|their|a) (face|head|temple|forehead|mouth|skull)>',
      context: { en: GRAPHIC },
    },
    {
      pattern: '<(axe|hatchet|chainsaw|machete|hammer) murder(er|ers|s)?>',
      context: { en: GRAPHIC },
    },
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
      '(jar|formaldehyde)',
      '<(human|severed) (heads?|hearts?|eyes|eyeballs|fingers|brains?|organs|body parts|fetus(es)?) (in|inside) (a |the )?(jars?|formaldehyde|fridge|freezer|box|bag|bucket|cooler)>',
    ),
    phrase(
      '(dumpster|trash|garbage|bin|toilet)',
      '<(dead )?(baby|babies|newborn|infant) (in|inside) (a |the )?(dumpster|trash can|trash bag|garbage bag|garbage|toilet)>',
    ),
    phrase(
      '(slash|slit|slic|carv|knife|blade|razor)',
      '<(slashed|slit|sliced|carved) (up )?(his |her |their |a |the )?(face|faces|cheeks?)>|<(knife|blade|razor|machete) (slicing|cutting|slashing|carving) (through|into|open) (his|her|their|a|the) (face|cheeks?|throat|neck|skin|flesh|belly|stomach|wrists?|eyes?)>',
    ),
    {
      pattern: '<(strangulation|strangling|strangled)>',
      context: { en: `${GRAPHIC}|<(belt|rope|cord|wire|purple|blue|bruises|bruised|neck|choking|gasping)>` },
    },
    phrase(
      '(ablaze|alight|immolat|doused)',
      `<${VICTIM} (was |were |got |being )?set (ablaze|alight)>|<self ?immolat[a-z]*>|<immolat(ed|ion|ing)>|<doused (in|with) (gasoline|petrol|kerosene|lighter fluid) and (set|lit)>`,
    ),
    phrase('(human sacrifice|child sacrifice)', '<(human|child|children|baby) sacrifices?>'),
    {
      pattern: '<(ritual|blood|cult|satanic) sacrifices?>',
      context: { en: GRAPHIC },
    },
    {
      pattern:
        '<(bleeding (from|out of) (his|her|their|my) (eyes|ears)|coughing up blood|coughs up blood|vomiting blood|throwing up blood|spitting (up )?blood)>',
      context: { en: '<(dying|dead|death|die|dies|corpse|stabbed|shot|screaming|poisoned|gunshot|wounds?)>' },
    },
    {
      pattern: '<(his|her|their|a|the) (severed )?heads? (rolling|rolled|rolls) (down|across|on|along|into|off)>',
      context: { en: `${GRAPHIC}|<(guillotine|axe|sword|blade|neck|stump|trail)>` },
    },
    {
      pattern:
        '<(crows|ravens|vultures|rats|maggots|worms|pigs|wild dogs|buzzards|hyenas|seagulls) (eating|feeding on|picking at|pecking at|gnawing|chewing|devouring|feasting on)|<(eaten|picked|pecked|chewed|gnawed|devoured) (out |away |clean )?by (crows|ravens|vultures|rats|maggots|worms|pigs|buzzards|hyenas)>',
      context: {
        en: '<(dead (m[ae]n|wom[ae]n|soldiers?|people|person|bod(y|ies)|baby|babies|child|children|kids?|guy|girl|boy)|corpses?|bod(y|ies)|human|remains|eyes|eye sockets|face)>',
      },
    },
    // Animals hurt for real, the words of it.
    phrase(
      '(hanged|strangled|skinned|mutilated|tortured|disembowel|stabbed|broken|snapped)',
      '<(hanged|strangled|skinned|mutilated|disemboweled|disembowelled|stabbed) (a |the |his |her |some )?(dogs?|cats?|kittens?|pupp(y|ies)|bunn(y|ies)|hamsters?)>|<(dogs?|cats?|kittens?|pupp(y|ies)|bunn(y|ies)|hamsters?) (was |were |got |being )?(hanged|strangled|skinned|mutilated|disemboweled|disembowelled|stabbed) (from|by|on|in|with|to death|alive)>',
      '<(kittens?|pupp(y|ies)|cats?|dogs?|bunn(y|ies)|animals?) with (its|his|her|their) (legs?|paws?|neck|spine|back|jaw|skull) (broken|snapped|crushed|cut off|ripped off|torn off)>',
    ),
    phrase(
      '(getting|being)',
      '<(a|the|some) (m[ae]n|wom[ae]n|guy|girl|boy|kid|child|person|people|prisoner|hostage|victim|baby) (getting|being) (murdered|butchered|slaughtered|executed|dismembered|stabbed|strangled|beheaded|tortured|mutilated|lynched|skinned|disemboweled)>',
    ),
    // Suicide and self-harm: slang, methods, the jumpers.
    phrase(
      '(ctb|rope|self ?delet|self ?unaliv|end it all|bridge jumper|exit bag|helium hood|suicide kit|sodium nitrite)',
      '<(gonna|going to|wanna|want to|ready to|plan(ning)? to|will|ll|about to|decided to|finally|might|time to) ctb>|<(gonna|going to|wanna|want to|ready to|about to|decided to) rope (tonight|today|now|soon|myself|later|fr|for real|already)>|<rope (time|szn|season|tonight|fuel)>',
      '<self ?(delete|deleting|deleted|deletion|unalive|unaliving)>|<(end|ending) it all>|<bridge jumpers?>|<(exit bag|helium hood|suicide kit)s?>',
      '<(drink|drinking|drank|take|taking|took|swallow[a-z]*) (some |the )?sodium nitrite>',
    ),
    { pattern: '<time to rope>', context: { en: '<(stool|chair|noose|neck|tonight|goodbye|bye|ceiling|beam|tree|kms|kys|die)>' } },
    phrase(
      '(beans|styro|fat layer|barcode)',
      '<(beans|styro|styrofoam) (cuts?|deep|level)>|<(cut|cuts|cutting|cut to) (to |down to )?(the )?(beans|styro|fat layer)>|<barcode (cuts|arms?|scars|wrists?|thighs?)>',
      '<fat layer ~~(cuts?|cutting|blade|razor|arm|wrists?|thigh)>|<(cuts?|arm|wrists?|thigh) ~~fat layer>',
    ),
    phrase('(bleach)', '<(drink|drinks|drinking|drank|chug[a-z]*|swallow[a-z]*) (some |a bottle of |a cup of |a glass of )?bleach>'),
    phrase(
      '(to his death|to her death|to their death|to my death|to your death)',
      '<(jumped|jumps|jumping|leapt|leaped|threw (himself|herself|themselves|myself)) to (his|her|their|my|your) deaths?>',
    ),
    phrase(
      '(fresh|deep|bleeding|open|new|slit|slashed|sliced)',
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
    '<(blood )?(oranges?|lemons?|limes?|apples?|melons?|watermelons?|grapefruits?|avocados?|cakes?|pizzas?|sandwich(es)?|bagels?|bread|loaf|fruit|tomato(es)?|onions?|potato(es)?|peppers?|peach(es)?|kiwis?|eggs?|coconuts?|cookies?|pies?) (cut|sliced|split|chopped) in (half|two)>',
    // "Cut-throat" is ruthless: poker, business, a pirate.
    '<cut ?throat (poker|competition|business|games?|world|markets?|industry|pirates?|razors?|trout|prices|tactics|rivals?|league|politics|capitalism|deals?)>',
    // Brazilian jiu-jitsu, not the sexual abbreviation.
    '<bjj>',
    '<gallows hum(o|ou)?r>',
    '<cannibal corpse (band|logo|concert|album|shirt|t ?shirt|poster)>',
  ]),
};
