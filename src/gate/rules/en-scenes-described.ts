import type { GateLexicon } from '../types.js';
import { EN_DEHUMAN, EN_FAREWELL, EN_GENOCIDE, EN_GROUP, EN_LEVITY, splitByFirstLetter } from './concepts-described.js';

/**
 * English hate and gore scenes told without the named word, as co-occurring concepts
 * (concepts-described.ts): a symbol described by its shape, a group beside an animal or a
 * death wish, a body beside a wound, pills beside a farewell, paraphernalia beside its use.
 * Look-alikes left alone on purpose are listed in src/gate/README.md ("Judgement calls").
 */

/** Wishing, doing or cheering violence on a group. */
const HARM = '(burn|burned|burning|die|dies|dead|hang|hanged|drown|drowned|rot|gassed|shot|exterminated|wiped out|killed|lynched)';

export const enHateScenes: GateLexicon = {
  name: 'en-scenes',
  lang: 'en',
  category: 'hate',
  block: splitByFirstLetter([
    // Symbols described by their shape.
    '<(hooked|bent|crooked|spidery|spider|twisted|broken ?armed|hook ?armed) (black )?cross',
    '<cross(es)? with (bent|hooked|folded|crooked|broken) (arms|ends|legs|tips|corners|hooks)',
    { pattern: '<cross(es)? with (little |small |four )?hooks>', context: { en: '<(flag|armband|red|empire|reich|banner|emblem|black)>' } },
    {
      pattern: '<(flag|banner|armband|armbands) with (a )?white (circle|disc|disk)',
      context: { en: '<(black|cross|spider|hook|hooked|symbol|emblem|bent)>' },
    },
    '<(runes?|letters|ss) (like|as|shaped like|looking like) (two|double|twin|2) (lightning|thunder)',
    '<(two|double|twin|2) (lightning|thunder|sig|sieg|sowilo) ?(bolt )?(runes?|letters|logo|symbol)>',
    {
      pattern: '<(two|double|twin|2) lightning (bolts|strikes)',
      context: { en: '<(collar|helmet|uniform|patch|armband|flag|sleeve|tattoo|tattooed|officer|soldier|insignia|runes?|black uniform)>' },
    },
    '<cross(es)? (on fire|ablaze|in flames|burning)',
    '<(burning|burn|burned|burns|torching|lighting|lit) (a |the )?(big |wooden |huge )?cross(es)?>',
    {
      pattern: '<(pillowcase|pillow case|white sheet|white sheets) ?(hat|hats|hood|hoods|mask|masks|on (his|their) heads?)?',
      context: { en: '<(torch|torches|noose|lynch|lynching|klan|burning cross|cross on fire)>' },
    },
    {
      pattern: '<(flag|flags|banner|armband|emblem|symbol) ~~(germany|german|germans|nazi|reich)>',
      context: { en: '<(19[34][0-9]|ww ?2|wwii|spinning|hooked|spider|black thing)>' },
    },
    {
      pattern: '<(arm|arms|hand|hands) ~(straight out|stretched out|raised|up|forward|held high)>',
      context: { en: '<(nazi|nazis|newsreel|newsreels|1930s|1940s|reich|19[34][0-9])>' },
    },
    '<happy merchant',
    {
      pattern: '<(what|the thing|things) (germany|germans|the germans|the nazis|hitler) did to (the )?(jews|gypsies)',
      context: { en: `${EN_LEVITY}|<make it (funny|cute)` },
    },
    { pattern: '<black sun', context: { en: '<(symbol|flag|tattoo|patch|banner|emblem)>' } },
    { pattern: '<88>', context: { en: '<(sun wheel|black sun|skinhead|skinheads|reich|aryan|white power)>' } },
    { pattern: '<(three|3) k>', context: { en: '<(logo|symbol|sign|hood|hoods|klan|cross|flag)>' } },
    { pattern: '<(four|4) (l|ls|letter l|letters l)>', context: { en: '<(cross|joined|together|symbol)>' } },
    '<(rainbow|pride|trans|lgbt) flags? ~(being )?(burned|burning|burnt|on fire|set on fire|set alight|torched)',
    { pattern: '<nooses?>', context: { en: EN_GROUP } },
    { pattern: '<(lampshade|lampshades)>', context: { en: '<(jew|jews|jewish|gypsies|human skin)>' } },
    { pattern: '<(painted|painter|art student)>', context: { en: '<(started (ww ?2|wwii|world war)|the reich)>' } },
    '<(kung flu|chinese virus|china virus)>',
    {
      pattern: '<(blacks|black people|negroes|slaves) ~~(picking|pick|picked) cotton',
      context: { en: '<(lol|lmao|haha|funny|master|whip|whips|whipping)>' },
    },
    '<(master|owner|overseer) ~~(whips|whipping|whipped|beats|beating) (the |his )?(slaves|blacks|negroes)>',
    { pattern: `<(call|calling|name|naming) (it|him|her|them) ~~${EN_GROUP}`, context: { en: EN_DEHUMAN } },
    {
      pattern: '<(black|swirly|spinning|rotating|spiky|twisted|weird|german) cross(es)?>',
      context: { en: '<(flag|banner|armband|40s|1940s|ww ?2|wwii|nazi|reich|19[34][0-9])>' },
    },
    '<(will not|wont|shall not) replace us',
    '<great replacement',
    '<(burning|burned|burnt|on fire|set on fire|in flames) ~~(in )?(her |his |their |a )?(hijab|hijabs|turban|turbans|kippah|yarmulke|burqa|niqab)>',
    `<(without any|with no|no) ${EN_GROUP} left>`,
    '<(jews?|gypsies|gypsy) (in|into) (the |an |a )?(oven|ovens|furnace|furnaces)>',
    '<aryan (family|families|children|kids|people|nation|blood|brotherhood)',
    '<(israel|jews|the jews) ~(wiped|erased|removed|gone) (off|from) (the )?map',
    '<(asians|chinese|chinese people|koreans) (eating|eat|eats) (dogs|cats|bats|dog|cat|bat)>',
    '<(banned|illegal|forbidden) in germany',
    {
      pattern: '<(huge|big|hook|hooked|long|giant|crooked)[ -]?(nose|nosed|noses)>',
      context: { en: '<(jew|jews|jewish|rabbi|kippah|yarmulke|banker|merchant)>' },
    },
    { pattern: `<caricatures? of (a |an |the )?~${EN_GROUP}`, context: { en: `${EN_DEHUMAN}|<(nose|gold|money|greedy)>` } },
    `<no ${EN_GROUP} ~(allowed|welcome|permitted|zone)>`,
    { pattern: '<(showers? (in|at) the camps?|camp showers?)>', context: { en: EN_LEVITY } },
    '<chinky eyes',
    '<(muslims?|arabs?|islamic|hijab|turban|imam) ~~(bomb|bombs|suicide vest|explosive vest|exploding|blowing up)>',
    '<(jews?|jewish|rabbi|banker|bankers) ~~(puppet ?masters?|pulling (the )?strings|controlling|controls|control|owning|owns) ~~(world|media|banks|government|everyone|strings|globe)>',
    '<(gypsy|gypsies|roma) ~~(stealing|steal|steals|thief|thieves|pickpocket|pickpockets)>',
    {
      pattern: '<(uncle |grandpa |daddy |papa )?adolf>',
      context: { en: '<(salute|mustache|moustache|bunker|reich|germany|1939|1945|jews|painter|austrian|balcony)>' },
    },
    '<secure the existence of our',
    {
      pattern:
        '<(car|truck|van|bus) (driving|plowing|ploughing|ramming|running|drives|rams|plows) (into|through|over) (a )?(crowd|group|line|march|parade)',
      context: { en: EN_GROUP },
    },
    '<(shooting|shoot|shot|attack|attacking|attacked) (up )?(a |the )?(mosque|synagogue)',
    {
      pattern: '<(rubbing|rubs|rub) (his|their|its) hands',
      context: { en: '<(jew|jews|jewish|kippah|yarmulke|merchant|greedy|big nose|hook nose|hooked nose|rabbi)>' },
    },
    '<(big|hook|hooked|huge|long|crooked)[ -]?(nose|nosed) ~~(jew|jews|jewish|banker|bankers|rabbi|merchant)>',
    '<(train|trains|ride) (ride )?to the showers',
    '<showers? (that |which )?(dont|do not|didnt|with no|without) (have |has |any )?water',
    {
      pattern: '<(white|pointy|pointed|cone) (robes?|hoods?|hooded)',
      context: { en: '<(torch|torches|burning|fire|flames|noose|lynch|lynching|klan)>' },
    },
    {
      pattern:
        '<(little |tiny |small |funny |angry |austrian )?(mustache|moustache|mustached|moustached) (man|guy|dude|dictator|painter|leader)',
      context: { en: '<(salute|saluting|balcony|raising|raised|armband|crowd|rally|heil|right arm|podium)>' },
    },
    {
      pattern: '<(austrian|failed|rejected) (painter|artist|art student|corporal)',
      context: { en: '<(salute|saluting|balcony|arm|crowd|speech|armband|mustache|moustache|rally|flag|podium)>' },
    },
    {
      pattern: '<(toothbrush|little|tiny|small|square|chaplin) (mustache|moustache)',
      context: { en: '<(salute|saluting|raising|raised|right arm|arm up|arm raised|balcony|armband|crowd|rally|podium)>' },
    },
    {
      pattern: '<(roman|raised arm|straight arm|stiff arm|right arm) salute',
      context: { en: '<(crowd|rally|balcony|flag|armband|uniform|mustache|moustache|painter|torch|torches)>' },
    },
    '<(arbeit macht frei|work sets you free|jedem das seine)',
    '<death ?s? head ~~(peaked |officer |black )?(cap|caps|hat)>',
    {
      pattern: '<(skinhead|skinheads)>',
      context: { en: `<(88|1488|kick|kicking|beat|beating|stomp|stomping|boots|swastika)>|${EN_GROUP}` },
    },
    '<(tattoo|tattooed|tattoos|inked) ~~(88|1488|14 88)>',
    '<(88|1488) tattoo',
    // A group drawn as an animal.
    { pattern: `<(swarm|swarms|pack|horde|hordes|nest|plague|herd|colony|infestation) of ${EN_DEHUMAN}`, context: { en: EN_GROUP } },
    { pattern: `<(labelled|labeled|captioned|named|called|titled|tagged) ~~${EN_GROUP}`, context: { en: EN_DEHUMAN } },
    { pattern: `<(face|faces|head|heads) of ~${EN_GROUP}`, context: { en: EN_DEHUMAN } },
    // Genocide made light of.
    { pattern: EN_GENOCIDE, context: { en: EN_LEVITY } },
    {
      pattern: '<(oven|ovens|furnace|furnaces|chimney|chimneys) ~~(jews?|jewish|yids?|gypsies|roma)>',
      context: { en: `${EN_LEVITY}|<(walking|walk|line|queue|waiting|lining|marching|pushed|shoved|welcome|ticket|inside)>` },
    },
    {
      pattern: '<(jews?|jewish|yids?|gypsies) ~~(into|in|to) (the |an |a )?(oven|ovens|furnace|furnaces|chimney)',
      context: { en: '<(walking|walk|line|queue|lining|marching|pushed|shoved|herded|thrown|welcome|ticket|smiling|cheerful|joke|lol)>' },
    },
    { pattern: '<(kippah|kippa|kipa|yarmulke|yarmulkes|sidelocks|payot|peyot)>', context: { en: EN_DEHUMAN } },
    '<(jews?|jewish|kippah|yarmulke) ~~(counting|hoarding|grabbing|stealing) (money|coins|gold|cash)>',
    {
      pattern: '<(star|stars) of david',
      context: { en: `<(smoke|chimney|chimneys|oven|ovens|furnace|gas|lampshade|soap)>|${EN_DEHUMAN}` },
    },
    '<(lampshade|lamp shade|soap|bar of soap) (made )?(out )?(of|from) (human skin|jews?|jewish people|people|humans)>',
    '<(6|six) million ~~(and counting|counting|score|scoreboard|lol|haha|jk|oven|ovens|cookies|pizzas|not enough)',
    // Violence wished on, done to or cheered at a group.
    '<gas (them|em) all>',
    { pattern: '<(gas|burn|kill|shoot|hang|exterminate|lynch|nuke|drown) (them|em) all>', context: { en: EN_GROUP } },
    { pattern: '<(gas|gassing) (them|em)>', context: { en: EN_GROUP } },
    `<(every|all|each) (the |of the )?(jews?|jewish|gypsy|gypsies|muslims?|blacks|gays?|immigrants?|migrants?|refugees?|mexicans?|arabs?|asians?|roma|negroes) ~${HARM}>`,
    { pattern: `<(wish|hope|hoping|pray|want|wanna) ~~${HARM}>`, context: { en: EN_GROUP } },
    '<(burning|burn|burned|torching|torch|torched|set fire to|setting fire to|bombing|bomb) (down )?(a |the )?(mosque|synagogue)',
    '<(hanging|hang|hanged|lynching|lynch|lynched|burning|beating|stoning) (a |the )?(black|jewish|gay|muslim|mexican|asian|trans) (man|men|woman|women|guy|boy|girl|person|kid|family)',
    { pattern: '<(thrown|throwing|tossed|pushed) off (a |the )?(roof|rooftop|building|tower)', context: { en: EN_GROUP } },
    { pattern: '<(burning|burned|burnt|burn) at the stake', context: { en: EN_GROUP } },
    {
      pattern: '<(hanging|hanged|hung) (from|on) (a |the )?(cranes?|trees?|lampposts?|lamp posts?|poles?|bridges?|street ?lights?|gallows)',
      context: { en: EN_GROUP },
    },
    {
      pattern: '<(cheer|cheering|cheers|laugh|laughing|laughs|celebrate|celebrating|clap|clapping|smiling|lol|lmao|haha|hilarious)>',
      context: {
        en: `${EN_GROUP} ~~(getting |being )?(shot|killed|burned|burning|drowning|drowned|hanged|hanging|lynched|gassed|beaten|dying|cry|crying|suffering|screaming|begging)>|<dead ~${EN_GROUP}`,
      },
    },
    {
      pattern: `<(dead|drowning|drowned|burning|burned|hanging|hanged|dying|shot|beaten|gassed) ~(and|while|as|with) ~(cheer|cheering|cheers|laugh|laughing|laughs|celebrate|celebrating|clap|clapping|smile|smiling)`,
      context: { en: EN_GROUP },
    },
  ]),
};

export const enGoreScenes: GateLexicon = {
  name: 'en-scenes',
  lang: 'en',
  category: 'gore',
  block: splitByFirstLetter([
    // Suicide told as a scene: a hang point, a ledge, pills, a bath, a farewell.
    { pattern: '<nooses?>', context: { en: '<(stool|chair|ceiling|fan|beam|rafter|rafters|hook|neck|bridge|me|myself|tonight)>' } },
    {
      pattern:
        '<(rope|cord|belt) ~(to|from|on|around) (the |a )?(ceiling|chandelier|beam|rafter|rafters|ceiling fan|fan|hook|light fixture|closet rod)',
      context: { en: '<(stool|chair|neck|goodbye|me|myself|him|her|standing|noose)>' },
    },
    { pattern: '<(chair|stool) (kicked|knocked) (over|away|out)', context: { en: '<(feet|legs|dangling|rope|noose|hanging|ceiling)>' } },
    '<(doing|do|did) the rope',
    '<(figure|body|man|woman|person|girl|someone|guy) dangling (from|on) (a |the )?(rope|noose|belt|beam|rafter)',
    '<(body|corpse) (hanging|swinging|dangling)',
    { pattern: '<(bodies|corpses)>', context: { en: '<(kids|children|babies|bombing|bombed|massacre|rubble|shooting|dead|blood|pile)>' } },
    { pattern: '<(chair|stool) ~~(rope|noose)>', context: { en: '<(kick|kicking|about to|neck|ceiling|hang|hanging|goodbye)>' } },
    '<(cutting|cuts|slicing|slashing|carving) (her|his|my|their|your) (thighs?|wrists?|forearms?)>',
    '<(hose|tube) ~(from|to|into|on|attached to) (the |his |her |my )?(exhaust|tailpipe)',
    '<(bleeding|bled|bleeds) out (on|in|while|alone|slowly)>',
    '<(my|his|her|a|the) body ~~(at the bottom of|below|under) (the |a )?(cliff|bridge|building|roof|balcony)',
    '<floating face ?down',
    { pattern: '<(pool|pools|puddle|river|sea) of red>', context: { en: '<(body|dead|lying|floor|floating|man|woman|corpse)>' } },
    '<(girl|boy|man|woman|person|someone|body|guy|kid|me|teen|dad|mom) (hanging|hung|hanged) (from|on) (a |the |his |her |my )?(ceiling|ceiling fan|chandelier|rafters|ceiling beam|light fixture)',
    '<drown(ing|ed|s)? (myself|himself|herself|themselves|yourself)>',
    '<(ate|eat|eating|took|take|taking|swallowed|swallow|swallowing|downed|down|downing) (a |the )?(whole|entire|full) (bottle|pack|jar|box) of (pills|meds|tablets|tylenol|advil|aspirin|paracetamol|ibuprofen|xanax|sleeping pills|painkillers|antidepressants)>',
    {
      pattern: '<dead (girl|woman|women|man|guy|boy|person|people|wife|husband|mother|father|mom|dad|teen|student)>',
      context: { en: '<(blood|bloody|bathtub|bath|floor|lying|rotting|murdered|knife|hanging|river|ditch|trunk|eyes open)>' },
    },
    '<(necklace|pile|jar|bag|string|collection) of human (ears|teeth|fingers|eyes|tongues|scalps|skin|bones|skulls)>',
    {
      pattern: '<(on|across) (the )?(railroad|railway|train) (tracks|track|rails)',
      context: { en: `${EN_FAREWELL}|<(waiting for the train|tied)>` },
    },
    '<overdose of (pills|meds|tablets|sleeping pills|drugs|heroin|fent|fentanyl|painkillers)>',
    { pattern: '<(pills|tablets|meds) (spilled|spilt|scattered|everywhere)', context: { en: '<(body|unconscious|dead|lifeless)>' } },
    {
      pattern: '<empty (pill )?(bottle|jar|pack) of (pills|sleeping pills|meds|tablets)',
      context: { en: '<(floor|me|goodbye|lying|unconscious|forever)>' },
    },
    '<(belt|rope|cord|cable|noose|wire) (tied |wrapped |tight |pulled )?(around|round|on) (his|her|my|their|a|the) neck',
    {
      pattern:
        '<(hanging|hung|hanged) (in|from) (the |a |his |her |my )?(closet|wardrobe|doorknob|door|ceiling|rafters?|beam|tree|stairwell|garage|basement|barn|shed|attic|woods|forest)',
      context: { en: '<(belt|rope|noose|crows|neck|dead|lifeless|body|corpse|himself|herself|myself|limp)>' },
    },
    '<(take|taking|took|swallow|swallowing|swallowed|down|downing|eat|eating|ate) (all|every one of|the rest of) (my |the |her |his |their )?(meds|pills|tablets|sleeping pills|antidepressants|painkillers)',
    {
      pattern: '<(plastic )?bag (over|on) (his|her|my|their|your) head',
      context: { en: '<(tape|taping|taped|tight|suffocating|suffocate|breathe|zip|tied)>' },
    },
    {
      pattern: '<(car|engine) (running|on|left running) (in|inside) (a |the |my )?(closed |locked |shut )?garage',
      context: { en: '<(me|inside|hose|exhaust|sleep|goodbye|myself)>' },
    },
    '<exhaust (hose|pipe) (into|in|through) (the |a |my )?(car|window)',
    { pattern: '<(rocks|stones) in (my|his|her|their) pockets', context: { en: '<(sea|river|lake|water|ocean|walking|drown|drowning)>' } },
    {
      pattern: '<razor (blade|blades)?>',
      context: { en: '<(bleeding|blood|bloody|wrist|wrists|forearm|forearms|thigh|thighs|veins|slashes|slashed|scars|self harm)>' },
    },
    '<(arms?|wrists?|forearms?|thighs?|legs?|skin) (covered|full|lined) (in|of|with) ~(cuts|slashes|gashes|razor)',
    {
      pattern: '<(edge|ledge|railing|rail) of (a |the )?([0-9a-z]* )?(roof|rooftop|bridge|building|skyscraper|balcony|floor|window)',
      context: { en: `${EN_FAREWELL}|<(stepping off|step off|jump|jumping|leap|leaping|fall|falling)>` },
    },
    '<(step|stepping|stepped|steps) (off|from) (the |a )?(edge of )?(a |the )?(roof|rooftop|ledge|bridge|building|skyscraper|balcony|window ?sill)',
    {
      pattern:
        '<(jump|jumping|jumped|leap|leaping|fall|falling|step|stepping) (off|out of|from) (the |a |my )?([0-9a-z]* )?(floor|window|roof|rooftop|balcony|bridge|building|skyscraper|overpass|ledge)',
      context: { en: `${EN_FAREWELL}|<(me|myself|i|im|suicide|die|dead|bye|last (moment|second|seconds))>` },
    },
    { pattern: '<(pills|meds|tablets|sleeping pills|pill bottles?|painkillers|sleeping tablets)>', context: { en: EN_FAREWELL } },
    { pattern: '<(bath|bathtub|tub)>', context: { en: '<(razor blades?|red water|turned red|wrists?|toaster|hair ?dryer|blood)>' } },
    {
      pattern: '<wrists?>',
      context: { en: '<(open|opened|opening|slit|slitting|razor|razors|blade|blades|tub|bathtub|bath|cuts|bleeding|bleed|slashed)>' },
    },
    '<(cuts|slashes|gashes) ~(on|up|along|across|all over) ~(arm|arms|forearm|forearms|wrist|wrists|thigh|thighs|legs)>',
    // A body beside a wound: organs out, a head opened, limbs off, a corpse in a scene.
    {
      pattern: '<(intestines|guts|entrails|bowels|organs|brains|brain tissue|brain matter|eyeballs?|eye sockets?)>',
      context: {
        en: '<(spread|spilling|spilled|spilt|hanging out|sticking out|showing|exposed|cracked open|ripped open|torn open|sliced open|slashed open|split open|cut open|splattered|smeared|scattered|on the (road|wall|walls|asphalt|floor|pavement|ground|tracks|train tracks|rails|street|sidewalk|windshield|ceiling)|everywhere|pecked out|gouged|ripped out|torn out|oozing|leaking|dangling|holding his guts|sticking)>',
      },
    },
    '<(face|faces|head|skull|stomach|belly|throat|neck|torso|ribcage|rib cage|jaw|scalp|chest) (was |is |got |getting )?(torn|ripped|sliced|slashed|split|cracked|blown|cut|sawn|sawed|smashed|caved|bashed|peeled|skinned|burned|burnt|melted) (open|off|apart|in)>',
    '<open (skull|head|ribcage|rib cage|stomach|belly)',
    '<y ?incision',
    { pattern: '<(autopsy|autopsies|morgue)>', context: { en: '<(incision|cut open|opened|organs|guts|blood|scalpel|open chest)>' } },
    '<(head|body|face|skull) (went |going |smashed |flew |flying )?(through|into) (the |a )?(windshield|windscreen)',
    '<acid attacks?',
    { pattern: '<mauled>', context: { en: '<(flesh|blood|bloody|ripped|torn|guts|to death|face|throat)>' } },
    '<flesh (ripped|torn|hanging|peeled|exposed|rotting|melting)',
    '<(ripped|torn|exposed|rotting|burnt|charred) flesh',
    '<dead (kid|kids|child|children|baby|babies|toddler|toddlers|infant)>',
    '<gaping (wound|wounds|hole in)',
    '<(chainsaw|axe|saw|cleaver|machete) ~~(cutting|slicing|sawing|hacking|chopping|through|into) ~(person|man|woman|people|body|guy|girl|human|someone|him|her|neck|head)>',
    '<(body|bodies|corpse|victim|victims|person|human) ~~(chopped up|cut up|hacked up|butchered|sliced up|dismembered)',
    '<eaten alive by (rats|dogs|wolves|cannibals|sharks|piranhas|worms|maggots|crows|pigs)',
    '<(hand|hands|arm|arms|finger|fingers|leg|legs|person|man|woman|body|head|someone|kid|child|guy|girl) ~~(in|into|through) (a |the )?(meat grinder|wood ?chipper|grinder)',
    '<(head|skull|face|body|chest) (crushed|flattened|squashed|smashed) (by|under)',
    '<lifeless (body|bodies|corpse)',
    {
      pattern: '<(stabbed|stabbing|stab|stabs|slashed|slashing|hacked|hacking)>',
      context: { en: '<(gore|guts|spraying|gushing|squirting|over and over|repeatedly|dozens)>' },
    },
    '<blood (spraying|spurting|gushing|squirting|pouring|spattering)',
    '<(man|woman|person|human|body|guy|girl|boy|people) ~(skinned|flayed|gutted|butchered)>',
    {
      pattern: '<(hung|hanging|hanged) (on|from) (a |the )?(meat )?hooks?',
      context: { en: '<(man|person|human|body|guy|girl|people|like meat|skinned|woman)>' },
    },
    '<(torso|body|man|woman|person|guy|girl|soldier) (without|with no|missing) (arms|legs|limbs)',
    {
      pattern: '<(rotting|decaying|decomposing|decomposed|putrid|putrefied)>',
      context: { en: '<(body|bodies|corpse|grandpa|grandma|human)>' },
    },
    {
      pattern: '<(body parts|human remains)>',
      context: { en: '<(crash|accident|highway|road|explosion|bomb|blast|blood|everywhere|scattered|flying)>' },
    },
    '<(scars|cuts) from (cutting|self harm|the razor|razors|my blade|a blade)',
    '<(knife|blade|razor|glass shard|shard of glass) (to|against|on|at|across) (my|his|her|their|your) (wrist|wrists|throat|neck|veins)',
    {
      pattern: '<foam(ing)? (at|from) the mouth',
      context: { en: '<(overdose|overdosing|overdosed|pills|dead|floor|body|od|bathroom|needle)>' },
    },
    '<(bloody|bleeding|raw) stumps?',
    '<bones? (poking|jutting|protruding|sticking) (through|out of) (the |his |her |my )?skin',
    '<(run over|ran over|hit by a (car|truck|bus|train)) ~~(flattened|crushed|blood|guts|insides|squashed|splattered)',
    '<(peel|peeling|peeled|flay|flaying|flayed|rip|ripping) (off )?(his|her|their|the|my|someones) (skin|face)>',
    { pattern: '<shark attack', context: { en: '<(blood|bloody|leg|arm|missing|bitten|torn|guts)>' } },
    { pattern: '<guillotin', context: { en: '<(head|heads|blood|bloody|rolling|basket)>' } },
    { pattern: '<electric chair', context: { en: '<(smoke|smoking|burning|frying|fried|sizzling|screaming)>' } },
    '<(bodies|corpses) (piled|stacked|heaped)|<(pile|piles|heap|heaps|stack|stacks|mountain) of (dead )?(bodies|corpses)',
    '<(leg|legs|arm|arms|hand|hands|foot|feet|finger|fingers|limb|limbs|head|jaw) (torn|ripped|blown|cut|chopped|sawn|sawed|bitten|hacked) off',
    '<(limbs|body parts|severed limbs|arms and legs) ~~(everywhere|scattered|all over|on the ground|in the street|flying)',
    '<(head|heads|human head|body|bodies) on (a |the )?(spike|spikes|pike|pikes|stake|stakes)',
    '<(body|bodies|man|woman|person|guy|girl|boy|child|corpse|human|people) (cut|sliced|torn|ripped|chopped|sawed|sawn|hacked|blown) (in|into|to) (half|two|pieces|bits|chunks|shreds)',
    '<(body|bodies|corpse|corpses|body parts|remains) ~~(in|into) (trash|garbage|plastic|black|bin) bags',
    '<(burnt|burned|charred|mangled|crushed|decomposing|rotting|mutilated|dismembered|headless|bloated|smashed|flattened|skinned|impaled|disfigured|maimed|blackened|melted|squashed) (human |dead |little |kids? |baby )?(body|bodies|corpse|corpses|remains|torso|victim|victims|motorcyclist|driver|biker|pedestrian|cyclist|guy|man|woman|person|kid|child|boy|girl|worker|people|baby|soldier|soldiers)>',
    // A corpse is gore; "corpse bride", "corpse flower", "corpse paint" are allow-listed (allow-described.ts).
    '<(corpse|corpses|dead body|dead bodies|cadaver|cadavers)>',
    {
      pattern:
        '<(what was left|whats left|what is left|all that was left|remains) of (a |the |that |this )?(guy|man|woman|person|body|people|driver|kid|child|girl|boy|him|her)',
      context: { en: '<(train|truck|crash|accident|explosion|bomb|blast|hit|grinder|shark|fire|landmine)>' },
    },
    '<bullet (hole|holes|wound|wounds) (in|through) (his|her|the|my|their|a) (head|forehead|skull|face|temple|chest|eye)',
    '<(knife|blade|axe|arrow|nail|spike|screwdriver|fork) (sticking|stuck|lodged|jammed|buried) ~~(out of|in|into) ~~(eye|eyes|skull|head|throat|neck|face|socket)>',
  ]),
};
