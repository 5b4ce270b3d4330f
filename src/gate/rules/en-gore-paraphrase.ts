import type { GateAllowList, GateLexicon } from '../types.js';
import { EN_FAREWELL, RU_FAREWELL, splitByFirstLetter } from './concepts-described.js';

/**
 * English gore, suicide and death wishes told without the named word (gore round of issue 11):
 * the means of a suicide beside its setting (a gun at one's own temple, a bag over the head, a
 * closed garage with the engine on, a roof ledge with a farewell), the body after a crash or an
 * execution, torture acts, and wishes of death on the streamer or a viewer. Each rule pairs a
 * rarer idea (its pattern) with the one that makes it a death (its context).
 * Look-alikes left alone on purpose are listed in src/gate/README.md ("Judgement calls").
 */

/** People a wish or a scene aims at: the streamer, a viewer, "you". */
const TARGET =
  '(you|u|ya|ur family|your family|your (mom|mum|dad|kids|cat|dog)|the streamer|streamer|the donor|donor|chat|he|she|they|him|her)';

/** A note left behind: what turns a rope or a handful of pills into a suicide. */
const NOTE =
  '<((suicide|farewell|goodbye|last|final|death) (note|notes|letter|letters|words)|note (saying|that says|that said) (sorry|goodbye|forgive))>';

/** A farewell said for good (a bare "goodbye" also ends a stream or a season). */
const LAST_WORDS =
  '<(goodbye (world|everyone|cruel world|forever|mom|mum|dad)|farewell (world|everyone)|last (goodbye|words|step|breath)|final (step|goodbye|words)|suicide|never (coming|come) back|(sleep|sleeping|gone|leaving) forever|texting (her|his|my) (mom|mum|mother|dad|family|parents) goodbye)>';

/** An apology to everyone: a farewell only beside pills. */
const APOLOGY = '<(sorry everyone|sorry every1|forgive me|tell my (mom|mum|family))>';

export const enGoreParaphrase: GateLexicon = {
  name: 'en-gore-paraphrase',
  lang: 'en',
  category: 'gore',
  block: splitByFirstLetter([
    // A gun at one's own head, and the slang for it.
    '<(gun|guns|pistol|revolver|rifle|shotgun|barrel|glock|handgun|muzzle) ~~(to|at|against|in|into|under) (my|his|her|their|your|ur) (temple|temples|head|mouth|chin)>',
    '<(eat|eating|ate|eats) (a |the )?(bullet|shotgun)>',
    '<shot (himself|herself|myself|themselves|yourself|urself) (with|dead|in the (head|mouth|temple|face|chest|heart))',
    '<(gonna|going to|wanna|want to|should|just|go|finna|about to|will) off (myself|yourself|urself|himself|herself|themselves)>',
    '<(neck|necking|rope|roping) (myself|himself|herself|themselves)>',
    '<an ?hero(ed|ing|s)?>',
    // Hanging: a noose of a belt or a sheet, a hang point with feet off the floor, a note.
    '<(belt|bedsheet|bed sheet|sheet|cable|scarf|extension cord) nooses?>',
    {
      pattern: '<(noose|nooses)>',
      context: { en: `${NOTE}|<(door|closet|doorknob|wardrobe|bed|hang|hanging|suicide|feet)>` },
    },
    { pattern: '<(rope|ropes|belt)>', context: { en: NOTE } },
    {
      pattern:
        '<(hanging|hung|hanged|dangling) (in|from|on) (the |a |his |her |my )?(closet|wardrobe|doorknob|door|ceiling|rafters?|beam|tree|stairwell|garage|basement|barn|shed|attic|bathroom|bridge)',
      context: {
        en: '<((feet|toes|legs) (off|above|not touching|dangling)|deserves?|deserved|lifeless|limp|purple face|blue face|tongue (out|hanging|sticking))',
      },
    },
    '<(you|u|the streamer|streamer|the donor|donor|donator) (hanging|hanged|hung) (from|by|in|on) (a |the )?(rope|noose|neck|lamppost|gallows)>',
    // Pills, a bath, a closed garage, a bag over the head, train tracks.
    {
      pattern:
        '<(handful|handfuls|fistful|bottle|bottles|pack|box|jar|blister) of (pills|meds|tablets|sleeping pills|painkillers|antidepressants)',
      context: { en: `${NOTE}|${APOLOGY}|${EN_FAREWELL}|<(die|dying|overdose|od|goodbye)>`, ru: RU_FAREWELL },
    },
    {
      pattern: '<(bath|bathtub|tub)>',
      context: { en: '<(blade|blades|water (turning|turns|went|goes|is|getting) (red|pink)|pink water|bloody water|veins|slit)>' },
    },
    {
      pattern: '<garage (door )?(closed|shut|locked|sealed)|<(closed|shut|locked|sealed) garage',
      context: { en: '<(engine (on|running)|car (running|on)|exhaust|fumes|fall asleep|falling asleep|goodbye|forever|hose)>' },
    },
    {
      pattern:
        '<(plastic )?bags? (taped|tied|pulled|zipped|wrapped|duct taped)? ?(over|on|around) (his|her|my|their|your|a|the) (head|face)',
      context: { en: '<(tap(e|ed|ing)|duct|suffocat|breath|chok|gasp|dying|dead|zip ?ti)' },
    },
    '<(lying|lie|lay|laying|lies|tied|strapped|sleeping) (down )?(on|across) (the )?(railroad |railway |train |subway |metro )?(tracks|rails)>',
    {
      pattern: '<in front of (a |the |an )?(oncoming |moving |speeding )?(train|subway|metro|tram|bus|truck|lorry|express)>',
      context: { en: '<(threw|thrown|throws|throwing|throw|jumped|jump|jumps|jumping|stepped|step|stepping|lay|lying|lie|fell|falling)>' },
    },
    // A ledge or a window with a farewell or a height.
    {
      pattern: '<(roof|rooftop|bridge|building|balcony|skyscraper|window) (ledge|edge|railing)|<window ?sill',
      context: { en: `${LAST_WORDS}|${NOTE}`, ru: RU_FAREWELL },
    },
    {
      pattern:
        '<(jump|jumping|jumped|leap|leaping|leapt) (myself |himself |herself |themselves )?(out|out of|off|from) (the |a |my |his |her )?([0-9a-z]* )?(floor|window|roof|rooftop|balcony|bridge|building|skyscraper|overpass|ledge)',
      context: {
        en: `${NOTE}|${EN_FAREWELL}|<(floor|story|storey|stories|pavement|asphalt|concrete|suicide|die|dead|death|splat)>`,
        ru: RU_FAREWELL,
      },
    },
    {
      pattern: '<(roof|rooftop|ledge|bridge|balcony|skyscraper)s?>',
      context: {
        en: '<(last step|final step|step into the void|my last (moment|seconds|look)|goodbye (world|everyone|cruel world)|jump(ed|s)? to (my|his|her|their) death)>',
      },
    },
    {
      pattern: '<(walk|walking|walked|swim|swimming|swam) (out )?into (the )?(ocean|sea|lake|river|water)',
      context: { en: '<(never (coming|come) back|not coming back|forever|goodbye|stones|rocks|drown)', ru: RU_FAREWELL },
    },
    '<strangled (woman|man|girl|boy|person|body|victim|wife|kid|child|corpse|baby)',
    '<(shot|stabbed|murdered|strangled) (his|her|their) (whole |entire )?(family|wife|kids|children|parents|mom|dad|classmates)>',
    '<(man|woman|person|guy|girl|body|people|soldier|prisoner|child|kid|human|someone) (impaled|skewered) (on|by|through|with)',
    '<(people|person|man|woman|girl|boy|heretic|heretics|someone|kid|child|children) (being )?burned at the stake',
    {
      pattern: '<tortur(e|ed|ing)>',
      context: {
        en: '<(hot iron|clothes iron|soldering iron|blowtorch|electrodes|waterboard|waterboarding|car battery|hot poker|branding iron)>',
      },
    },
    '<(body|bodies|corpse) in (the |a |his |her )?(trunk|freezer|fridge|suitcase|barrel|dumpster|ditch)>',
    '<cigarette burns? (on|all over|up) (my|his|her|their) (arm|arms|wrist|wrists|skin|thigh|thighs|legs|hand)',
    '<(stabbed|shot) ([0-9][0-9]*|dozens of|twenty|thirty|forty|fifty|a hundred|multiple|many) times>',
    {
      pattern:
        '<(biting|bit|bites|bitten|ripping|ripped|tore|tearing) off (a |the |his |her |someones )?(surfer|swimmer|man|person|kid|diver)?( s)? ?(leg|arm|hand|foot|head)',
      context: { en: '<(blood|bloody|guts|stump|gushing)>' },
    },
    '<(choking|choke|choked|drowning|gurgling|coughing up|spitting) (on )?(his|her|their|my|your) own blood',
    '<better off dead>',
    '<(cat|cats|kitten|kittens|hamster|hamsters|puppy|puppies|dog|baby|bird|rabbit) in (a |the )?(blender|microwave)>',
    '<half (of )?(his|her|their|the|my) (face|head|skull|jaw) (missing|gone|blown off|torn off)|<missing half (his|her|their|a|my) (face|head|skull)',
    '<(sleeping pills|antidepressants|painkillers|bottle of pills) (and|with|washed down with) (vodka|whiskey|alcohol|wine|booze)>',
    '<(go )?play in (the )?traffic>|<long walk off a short pier|<toaster bath|<go (jump|leap) (off|from) (a|the) (bridge|cliff|roof|building)',
    '<uninstall (life|yourself|urself|ur self|your self)>|<commit (die|death|unalive|neck rope|rope)>',
    { pattern: '<(murder|crime) scenes?>', context: { en: '<(blood|bloody|body|bodies|corpse|guts|brains|stabbed)>' } },
    // Self-harm.
    '<cutting (aesthetic|scars|addiction|again|relapse)>',
    // Death wishes on the streamer or a viewer.
    `<(hope|hoping|wish|pray) (that )?${TARGET} (die|dies|dying|gets? (hit by|run over|cancer|shot|stabbed|murdered)|drowns?|rots?|crash(es)?|burns? alive|choke to death|bleed out|overdose|od)>`,
    {
      pattern: '<(slow|painful|slow and painful|slow painful|horrible|agonizing|agonising) death>',
      context: { en: '<(wish|hope|deserve|deserves)>' },
    },
    '<(just|pls|please|go) die already>',
    '<(go |just )?die in (a )?(fire|ditch|hole)>',
    '<(deserve|deserves|deserved) to (die|be (hanged|hung|shot|killed|dead|murdered|executed|burned|stabbed))>',
    {
      pattern:
        '<(getting|got|gets|being|get) (hit|run over|crushed|flattened|squashed|splattered) by (a |the )?(truck|train|car|bus|tram|subway|lorry)>',
      context: { en: '<(streamer|donor|chat|hope|hoping|wish|deserve|deserves|blood|bloody|guts|splat|dead)>' },
    },
    // The body after a crash, a blast, a train; torture and executions.
    {
      pattern: '<(guts|brains|intestines|insides|entrails)>',
      context: { en: '<(dash|dashboard|steering wheel|windshield|windscreen|bumper|rails|train tracks|tires)>' },
    },
    '<bones? (through|out of|piercing|poking out of|sticking out of) (the |his |her |my )?(skin|flesh)>',
    '<(face|head|skull|body|leg|legs|arm|arms|torso) ~~(just |turned |into |to |like )?(raw )?(meat|mush|pulp|mincemeat|hamburger|ground beef)>',
    '<(person|man|woman|guy|girl|boy|kid|child|human|someone|body|pedestrian|streamer|donor) ~(flattened|crushed|squashed|splattered|run over|mowed down|ran over) by',
    '<(sawing|sawed|sawn|hacking|hacked|chopping|chopped|cutting|carving) up (a |the |his |her )?(body|bodies|corpse|corpses|victim|victims|person|human|people|man|woman|guy|girl)>',
    {
      pattern: '<out (his|her|their|my|your|the) (finger ?nails|toe ?nails|nails|eyes|eyeballs|tongue)>',
      context: { en: '<(pull|pulling|pulled|rip|ripping|ripped|tear|tearing|tore|yank|yanking|yanked|gouge|gouging|gouged)>' },
    },
    '<(drawn|drawing) and quartered',
    '<scalped (man|person|body|alive|victim|guy|woman|soldier|settler|corpse)|<(scalping|scalped) (him|her|them|alive)>',
    { pattern: '<firing squad', context: { en: '<(blood|bloody|bodies|dead|brains|corpses|slumped)>' } },
    {
      // not "head": a head chef's flawless execution, a game's execution move with a helmet on a head
      pattern: '<(public )?executions?>',
      context: { en: '<(blood|bloody|severed head|heads rolling|noose|gallows|bodies|corpses|hanged|beheaded|chopping block)>' },
    },
    {
      pattern:
        '<(eating|feeding on|feasting on|picking at|chewing on|gnawing on|gnawing at|devouring) (a |the |his |her )?(dead (guy|man|woman|person|body|kid|child|people|soldier|baby)|corpse|corpses|human flesh|remains)>',
      context: { en: '<(dogs|rats|crows|vultures|pigs|wolves|maggots|worms|flies)>' },
    },
  ]),
};

/** A toy gun at one's head is play (a water fight, a nerf battle), not a suicide. */
export const enGoreParaphraseAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(water|nerf|toy|squirt|glue|staple|spray|paint|paintball|finger|banana) (gun|guns|pistol|pistols|rifle|rifles) ~~(to|at|against|in|into|under) (my|his|her|their|your|ur) (temple|temples|head|mouth|chin)>',
  ],
};
