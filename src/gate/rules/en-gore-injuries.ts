import type { GateAllowList, GateLexicon } from '../types.js';
import { splitByFirstLetter } from './concepts-described.js';

/**
 * English gore as an ordinary mix of viewers names it (gore round 4 of issue 11): a hanged
 * person of any kind (a hanged teacher, a hung schoolboy, a body dangling from a chandelier),
 * crash and train victims (body parts on the tracks, a face through the windshield, a skull
 * crushed under a tire), wounds (stab wounds, bleeding out, blood gushing from the neck), organs
 * pulled out, parts sliced off, skin melting off, self-harm cuts and animals torn apart. Each rule
 * pairs the act with a body, a victim or a wound, so a painting hung on a wall, a gutted fish,
 * pumpkin guts or ketchup stay clean. Look-alikes left alone: src/gate/README.md ("Judgement calls").
 */

/** A person who can be a victim (a lamp, a picture or a bat are not). */
const EN_VICTIM =
  '(person|people|man|men|woman|women|guy|guys|girl|girls|boy|boys|kid|kids|child|children|baby|babies|teen|teens|teenager|teenagers|student|students|schoolgirl|schoolgirls|schoolboy|schoolboys|teacher|teachers|nurse|nurses|doctor|mom|mum|mother|dad|father|son|daughter|wife|husband|brother|sister|friend|classmate|neighbou?r|streamer|donor|soldier|soldiers|prisoner|prisoners|hostage|victim|victims|body|bodies|corpse|corpses|waifu|maid|priest|nun|bride|grandma|grandpa|worker|lady|dude|cop|officer|slave|twink|femboy|idol|cheerleader|princess|celebrity)';

/** Where a body hangs from (a lamp hangs from the ceiling too: these need a person next to them). */
const HANG_POINT =
  '(a |the |his |her |their |my )?(noose|ceiling|ceiling fan|beam|rafters?|chandelier|pipe|hook|gallows|doorknob|door handle|closet rod|closet|shower rod|light fixture|lamppost|lamp post|belt|extension cord)>';

/** What makes a crushing or tearing verb an injury: remains, blood, guts, a part thrown off. */
const EN_REMAINS =
  '<(pieces|guts|intestines|blood|bloody|brains|body parts|splattered|splatter|flattened|mangled|limbs|shreds|remains|scattered|insides|bits|organs|skull|bones|severed|torn off|ripped off|entrails|gore|gory)>';

/** A wound or a part of the body blood runs from. */
const EN_BLEEDING_PLACE =
  '<(wound|wounds|neck|throat|stump|stumps|wrist|wrists|chest|belly|stomach|gash|gashes|cut|cuts|torso|severed|veins|eye socket|eye sockets|head wound|skull|jugular|artery)>';

/** Tools of self-harm. */
const SELF_HARM_TOOL = '<(box cutter|boxcutter|razor|razors|razor blade|blade|blades|sharpener|shard|scissors|glass)>';

export const enGoreInjuries: GateLexicon = {
  name: 'en-gore-injuries',
  lang: 'en',
  category: 'gore',
  block: splitByFirstLetter([
    // A hanged person of any kind; a hung painting, laundry, a hanging plant stay clean.
    `<hanged ~(anime |dead |young |little |teen |naked )?${EN_VICTIM}s?>`,
    `<(a|an|the|two|three|some) hung (anime |dead |young |little |teen )?${EN_VICTIM}>`,
    '<hanging (anime |dead |young |little |teen )?(schoolgirls?|schoolboys?|teachers?|students?|nurses?|girls?|boys?|kids?|child|children|babies|teenagers?|streamers?|prisoners?|victims?|waifu|women|woman|dude|soldiers?)>',
    `<${EN_VICTIM} (is |was |still )?(hanging|hanged|hung|dangling|swinging) (from|by|in|on|off) ${HANG_POINT}`,
    '<(hanging|hanged|hung|dangling|swinging|strung up) ~~by (his|her|their|the|its|a) necks?>',
    '<(hanging|hung|dangling|swinging) (there )?(dead|lifeless|limp)>',
    '<hanged (from|by|on|with) (a |the )?(rope|belt|cord|scarf|sheet)>',
    '<(dead|lifeless|limp) (body|bodies|man|woman|person|girl|boy|kid|guy|dad|mom) (hanging|dangling|swinging)',
    '<(body|bodies|corpse|corpses) (hanging|dangling|swinging) (from|in|on|off)',
    { pattern: '<public hangings?>', context: { en: '<(bodies|body|corpses|swinging|dangling|dead|lifeless|noose|necks?)>' } },
    // Crash and train victims.
    {
      pattern: '<body parts>',
      context: {
        en: '<(train|tracks|rails|crash|accident|scattered|everywhere|spread|road|highway|blood|bloody|explosion|bomb|blast|wreck|all over|severed|pieces)>',
      },
    },
    {
      pattern:
        '<(run over|ran over|hit|crushed|mowed down|flattened|squashed|shredded|sucked in|dragged|mangled|minced|chewed up|torn apart|cut in half|sliced|dismembered) by (a |the |an )?(lawn ?mower|train|truck|lorry|tractor|combine|harvester|bus|car|steamroller|excavator|escalator|tram|subway|semi|machine|propeller|wood ?chipper|meat grinder|forklift)>',
      context: { en: EN_REMAINS },
    },
    {
      pattern: '<(cut|sliced|torn|ripped|chopped|sawed|sawn|split|severed) in (half|two)>',
      context: {
        en: '<(driver|victim|body|corpse|blood|bloody|guts|intestines|train|crash|accident|steering wheel|chainsaw|torso|spine|tracks)>',
      },
    },
    '<(head|face|skull) (went |goes |going |smashed |flew |slammed )?(through|thru|into) (the |a |his |her )?(windshield|windscreen|window glass|glass door|mirror)>',
    {
      pattern: '<(through|thru|into) (the |a |his |her )?(windshield|windscreen|window)>',
      context: { en: '<(face|head|skull|blood|bloody|brains|glass stuck|shards|ejected|jaw)>' },
    },
    '<(jaw|jaws|eyeball|eyeballs|eye|eyes|scalp|ear) (hanging|dangling|ripped|torn|blown|knocked|gouged) (off|out|loose|from|by)>',
    `<${EN_VICTIM} (crushed|squashed|flattened|pinned) (by|under) (a |the )?(falling |huge |heavy |concrete )?(slab|rubble|wardrobe|bookshelf|dresser|tv|truck|car|train|tank|boulder|rock|elevator|press|wall|beam|tree|bus|tractor|machine)>`,
    {
      pattern:
        '<(skull|skulls|head|heads|face|faces|ribcage|spine|brains?) (was |is |got |gets |being )?(crushed|smashed|caved in|bashed in|flattened|squashed|pulped|mashed|pulverized|blown off|blown open|blown apart|exploded|split open)>',
      context: {
        en: '<(under|tire|tyre|tires|wheel|truck|car|train|blood|bloody|brains|bone|bones|bullet|hammer|roadkill|pavement|slab|crash|accident|gun|shotgun|brick|bat|rock|boulder|wall|floor)>',
      },
    },
    '<(smashed|crushed|burned|burnt|mangled|disfigured|beaten|charred|mutilated|bashed|shot up|blown up) beyond recognition',
    '<(blow|blows|blew|blown|blowing) (out )?(his|her|their|my|your|a|the|someones)? ?(head|skull|brains|face|jaw) (open|off|apart|out)>',
    '<mangled (arm|arms|hand|hands|leg|legs|body|bodies|face|corpse|corpses|limbs?|remains|foot|feet|fingers?|torso|flesh)>',
    {
      pattern:
        '<(arm|arms|hand|hands|leg|legs|foot|feet|fingers?|body|face|torso|limbs?) (got |was |were |is |being |gets )?(mangled|crushed|mashed|pulverized|shredded|minced|ground up|flattened|squashed|sucked) (in|by|under|into)>',
      context: {
        en: '<(machine|train|truck|car|crash|accident|blood|bloody|bone|bones|mine|explosion|press|grinder|wheel|tire|tracks|road|highway|conveyor|tractor|shredder|woodchipper|propeller)>',
      },
    },
    {
      pattern: '<roadkill>',
      context: { en: '<(guts|blood|bloody|crushed|squashed|flattened|splattered|brains|skull|intestines|insides|entrails|maggots)>' },
    },
    // Wounds and bleeding.
    '<(stab|stabbing|gunshot|bullet|knife|machete|shotgun|gaping|gushing|festering|maggot infested|maggoty) wounds?>',
    {
      pattern: '<(bleeding|open|deep|fresh|bloody|nasty|infected|oozing|horrible|gory|huge) wounds?>',
      context: { en: '<(blood|bleeding|flesh|bone|bones|guts|pus|oozing|gushing|maggots|intestines|meat|showing|exposed|visible)>' },
    },
    '<(bleed|bleeding|bleeds|bled) (out|to death|profusely)>',
    {
      pattern:
        '<blood (is )?(gushing|spurting|squirting|pouring|spraying|pumping|oozing|streaming|running|flowing|spilling|shooting|squirts|gushes|spurts|pours) (out|from|down)>',
      context: { en: EN_BLEEDING_PLACE },
    },
    { pattern: '<(gushing|spurting|squirting|spraying|pumping|pouring) (out )?blood>', context: { en: EN_BLEEDING_PLACE } },
    '<(bloody|bleeding|raw|gushing) stumps?>|<stumps? (bleeding|gushing|spurting)>',
    {
      pattern: '<bloody (head|heads|skull|skulls)>',
      context: { en: '<(bag|box|jar|plate|pike|spike|severed|rolling|cut|chopped|crushed|smashed|bashed|split|bucket|sack)>' },
    },
    { pattern: '<(open|compound) fractures?>', context: { en: '<(bone|bones|blood|bloody|sticking|poking|through|skin)>' } },
    '<bones? (poking|sticking|jutting|protruding|popping) (out )?(of |through )(the |his |her |my |their )?(skin|flesh|shin|leg|arm|thigh|wrist|knee)>',
    // Organs out, bodies opened.
    {
      pattern:
        '<(pull|pulls|pulling|pulled|rip|rips|ripping|ripped|tear|tearing|tore|yank|yanking|yanked|scoop|scooping|scooped|take|taking|took|cut|cutting|carve|carving|carved|harvest|harvesting|harvested|remove|removing|removed|dig|digging|dug) ~~(organs|guts|intestines|entrails|innards|kidneys|liver|lungs|spine) out>',
      context: {
        en: '<(person|human|living|alive|victim|corpse|body|stomach|belly|chest|torso|abdomen|screaming|man|woman|guy|girl|prisoner|kid|child|boy|baby|soldier|hostage|streamer)>',
      },
    },
    '<(pull|pulls|pulling|pulled|rip|rips|ripping|ripped|tear|tearing|tore|yank|yanking|yanked|scoop|scooping|scooped|carve|carving|carved|harvest|harvesting|harvested) out (his|her|their|a|my|your|someones|the victim s|the victims) (organs|guts|intestines|entrails|innards|kidneys|liver|lungs|spine)>',
    '<(insides|guts|organs|intestines|brains|entrails|innards|bowels) (squeezed|squished|pushed|squirted|spilled|spilling|spill|burst|bursting|hanging|oozing|dangling|falling|pouring|coming|sticking|popping) out>',
    '<(ripped|torn|cut|sliced|split|cracked|sawed|sawn|hacked|slit|carved|burst|blown|busted) open (chest|chests|ribcage|belly|stomach|torso|skull|abdomen|throat|head|body|gut)>',
    '<(chest|ribcage|belly|stomach|torso|skull|abdomen|throat|gut)s? (was |is |being |got |gets )?(ripped|torn|cut|sliced|split|cracked|sawed|hacked|slit|carved|burst|blown) open>',
    // Parts cut, torn or bitten off; impaling.
    "<(slice|slicing|sliced|slices|cut|cutting|cuts|chop|chopping|chopped|saw|sawing|sawed|hack|hacking|hacked|rip|ripping|ripped|snip|snipping|bite|biting|bit|tear|tearing|tore) off (his|her|their|my|your|a|the|someones)? ?([a-z][a-z]*('s| s) )?(ears?|nose|tongue|fingers?|toes?|lips?|nipples?|eyelids?|thumbs?|hands?|feet|foot|head|heads|limbs|legs?|arms?|face|jaw|scalp|skin)>",
    '<(ear|ears|nose|tongue|finger|fingers|toe|toes|lips|nipples|eyelids|thumb|thumbs|hand|hands|foot|feet) (sliced|cut|chopped|hacked|bitten|ripped|torn|sawed|sawn|snipped|blown) off>',
    '<(torn off|ripped off|chopped off|blown off|hacked off|sawn off|sawed off|bitten off) (leg|legs|arm|arms|hand|hands|head|heads|foot|feet|finger|fingers|limb|limbs|ear|ears|toes?|nose|tongue|jaw)>',
    `<${EN_VICTIM} (being |getting |got |was |were |is )?(torn|ripped|blown|hacked) (apart|to pieces|to shreds|to bits|limb from limb)>`,
    '<(dog|dogs|cat|cats|puppy|puppies|kitten|kittens|deer|animal|animals|pig|cow) (being |getting |got |was |were |is )?(torn|ripped|blown|hacked) (apart|to pieces|to shreds|to bits|limb from limb)>',
    '<limb from limb>',
    `<(rebar|metal rod|iron rod|pipe|shard|broken glass|glass shard|screwdriver|scissors|fork|knife) ~~(through|in|into|out of) (his|her|their|a|the|my)? ?(${EN_VICTIM}('s| s) )?(chest|skull|eye|eyes|eye socket|throat|neck|belly|stomach|face|forehead|temple)>`,
    `<(people|humans|human|bodies|victims|corpses|kids|children) ~~(meat grinder|wood ?chipper|meat mincer|industrial shredder)>`,
    '<(meat grinder|wood ?chipper|meat mincer|industrial shredder) (with|full of|fed|feeding|eating|for) (people|humans|bodies|body parts|victims|kids|children|corpses)>',
    // Acid and fire, skin coming off.
    '<acid (eating|melting|burning|dissolving|ate|melted|burned|burnt|eats|melts|burns|dissolves) (away |off |through )?(her|his|their|the|my|a|your|someones)? ?(face|skin|flesh|eyes|body)>',
    '<acid attacks?>|<(threw|throw|throwing|thrown|splash|splashed|splashing|poured|pouring) acid (on|in|at|into)>',
    {
      pattern: '<(face|skin|flesh) (melting|melted|melts|peeling|peeled|sloughing|dripping|bubbling|sliding|falling|burning) (off|away)>',
      context: { en: '<(fire|flames|acid|rotting|corpse|blood|bloody|decay|decaying|alive|napalm|explosion|skull|on fire)>' },
    },
    // Self-harm.
    {
      pattern:
        '<(cutting|cuts|cut|slicing|slashing|carving|scratching) (into )?(her|his|my|their|your|own) (arms?|wrists?|thighs?|legs?|skin|forearms?|stomach|belly|hips?|flesh)>',
      context: { en: `${SELF_HARM_TOOL}|<(bleeding|blood|scars|again|relapse|relapsed|self)>` },
    },
    // Animals, being eaten alive.
    {
      pattern: '<(eaten|devoured|eating|devouring|eat|devour) (him |her |them |it )?alive>',
      context: {
        en: '<(rats|worms|maggots|ants|pigs|dogs|sharks|wolves|piranhas|cannibals?|crocodiles?|bears?|lions?|tigers?|blood|bloody|screaming|hyenas|vultures)>',
      },
    },
  ]),
};

/** Pumpkin carving, cooking and toys: guts out of a pumpkin, a fish head cut off, a teddy torn open. */
export const enGoreInjuriesAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(scoop|scooping|scooped|scoops|carve|carving|carved|pull|pulling|pulled|take|taking|took|dig|digging|clean|cleaning|cleaned) ~~(guts|insides|innards|seeds) out (of )?(a |the |my |his |her |our )?(pumpkin|pumpkins|jack o lantern|jackolantern|fish|salmon|chicken|turkey|trout|squash)',
    '<[a-z][a-z]* off (the |a |its |his |her )?(head|heads|ears?|tail|legs?) of (a |the |an |my )?(fish|salmon|chicken|shrimp|prawn|dragon|snake|hydra|zombie|medusa|gingerbread|gummy|chocolate|bunny|teddy|doll|lego|barbie|pumpkin|snowman|flower|rose|dandelion|beer|lobster|crab)',
    "<[a-z][a-z]* off (the |a |its |his |her )?(fish|salmon|chicken|shrimp|prawn|dragon|snake|hydra|zombie|gingerbread|gummy|chocolate|bunny|teddy|doll|lego|barbie|snowman|lobster|crab)( man)?('s| s)? (head|heads|ears?|tail|legs?|arms?)",
    '<(teddy|plush|plushie|pinata|doll|pillow|toy|stuffed animal) ~~(belly|stomach|chest|head|body) (ripped|torn|cut|split|burst) open',
  ],
};
