import type { ContextRule, GateAllowList, GateLexicon } from '../types.js';

/**
 * English gore as an ordinary mix of viewers names it (gore round 4 of issue 11): a hanged
 * person of any kind (a hanged teacher, a hung schoolboy, a body dangling from a chandelier),
 * crash and train victims (body parts on the tracks, a face through the windshield, a skull
 * crushed under a tire), wounds (stab wounds, bleeding out, blood gushing from the neck), organs
 * pulled out, parts sliced off, skin melting off, self-harm cuts and animals torn apart. Each rule
 * pairs the act with a body, a victim or a wound, so a painting hung on a wall, a gutted fish,
 * pumpkin guts or ketchup stay clean. Look-alikes left alone: src/gate/README.md ("Judgement calls").
 *
 * Memory: most rules are written as `phrase(word, …)` and merged into one rule (mergePhrases):
 * written as ~100 patterns filed under their first letters, the same phrases cost ~40 MB of native
 * regex code (each rule reshapes the buckets it lands in, and each bucket is compiled for both
 * string widths); rules that pair a phrase with a separate context stay patterns.
 */

/** A person who can be a victim (a lamp, a picture or a bat are not). */
const EN_VICTIM =
  '(person|people|m[ae]n|wom[ae]n|guys?|girls?|boys?|kids?|child|children|teens?|students?|school ?(girl|boy)s?|teachers?|nurses?|mom|dad|wife|husband|friend|streamers?|prisoners?|victims?|bod(y|ies)|corpses?|waifu|soldiers?|dude)';

/** Where a body hangs from, not a lamp or a plant (not the ceiling, a hook, a beam). */
const HANG_POINT = '(a |the |his |her |my )?(noose|ceiling fan|chandelier|gallows|doorknob|door handle|closet rod|shower rod|belt|scarf)>';

/** A wound or a part of the body blood runs from. */
const EN_BLEEDING_PLACE =
  '<(wounds?|neck|throat|stumps?|wrists?|chest|belly|stomach|gash(es)?|cuts?|torso|severed|veins|eye sockets?|skull|jugular|artery)>';

/** A phrase found by one of its words: `anchor` (a pattern) occurs in every phrase. */
export interface GorePhrase {
  anchor: string;
  phrases: string[];
}

export function phrase(anchor: string, ...phrases: string[]): GorePhrase {
  return { anchor, phrases };
}

/**
 * All the phrases of a lexicon as one rule: its pattern is every anchor without the word-start
 * test, so the matcher scans it over the text in its one "anywhere" regex instead of filing it
 * under each anchor's first letters (each new bucket costs native code); its context is every
 * phrase, compiled once. It blocks exactly where one of the phrases matches, as each phrase holds
 * its own anchor. Rules that pair a pattern with their own context join that regex too (their
 * leading word-start test dropped: the context still has to hold); filed under their first letters
 * they cost ~6 MB more native code.
 */
export function mergePhrases(lang: 'en' | 'ru', entries: (ContextRule | string | GorePhrase)[]): (ContextRule | string)[] {
  // A plain pattern is a phrase of its own: one anchored rule more would reshape its buckets.
  const phrases = entries.map((e) => (typeof e === 'string' ? phrase(e, e) : e)).filter((e): e is GorePhrase => 'anchor' in e);
  const rest = entries.filter((e): e is ContextRule => typeof e !== 'string' && !('anchor' in e));
  const anchors = phrases.map((p) => p.anchor.replace(/^</, ''));
  const context = phrases.flatMap((p) => p.phrases).join('|');
  const unanchoredRules = rest.map((e) => ({ ...e, pattern: e.pattern.replace(/^</, '') }));
  return [...unanchoredRules, { pattern: `(${anchors.join('|')})`, context: lang === 'en' ? { en: context } : { ru: context } }];
}

export const enGoreInjuries: GateLexicon = {
  name: 'en-gore-injuries',
  lang: 'en',
  category: 'gore',
  block: mergePhrases('en', [
    // A hanged person of any kind; a hung painting, laundry, a hanging plant stay clean.
    phrase(
      '<(hanged|hung|hanging)>',
      `<hanged (anime |dead |young |little |teen )?${EN_VICTIM}>`,
      // "hanging" also hangs things (mom hanging kids' drawings): a hanging person needs an article.
      '<(a|an|the) hanging (anime |dead |young |little |teen )?(school ?(girl|boy)|teacher|student|nurse|girl|boy|wom[ae]n|m[ae]n|kid|child|streamer|prisoner|body|corpse|waifu|teen|dude|soldier|victim|person)>',
      '<hanged (from|by|on|with) (a |the )?(rope|belt|cord|scarf|sheet)>',
      `<(a|an|the|two|some) hung (anime |dead |young |little |teen )?${EN_VICTIM}>`,
    ),
    phrase('<necks?>', '<(hanging|hanged|hung|dangling|swinging|strung up) ~~by (his|her|their|the|its|a) necks?>'),
    phrase(
      '<(hanging|hung|dangling|swinging)>',
      '<(hanging|hung|dangling|swinging) (there )?(dead|lifeless|limp)>',
      `<${EN_VICTIM} (is |was )?(hanging|hanged|hung|dangling|swinging) (from|by|in|on|off) ${HANG_POINT}`,
      '<(dead|lifeless|limp|bod(y|ies)|corpses?) (man |woman |person |girl |boy |kid |guy |dad |mom )?(hanging|dangling|swinging) (from|in|on|off)',
    ),
    phrase('<public hangings?>', '<public hangings? ~~(bod(y|ies)|corpses|swinging|dangling|dead|lifeless)>'),
    // Crash and train victims.
    phrase(
      '<body parts>',
      '<body parts ~~(train|tracks|rails|crash|accident|scattered|everywhere|spread|road|highway|blood|bloody|explosion|bomb|blast|all over|pieces)>|<(train|tracks|rails|crash|accident|explosion|bomb|blast) ~~body parts>',
    ),
    {
      pattern:
        '<(run over|ran over|hit|crushed|mowed down|flattened|squashed|dragged|mangled|chewed up|torn apart|sliced) by (a |the )?(lawn ?mower|train|truck|tractor|combine|bus|car|steamroller|escalator|tram|subway|machine|propeller)>',
      context: {
        en: '<(pieces|guts|intestines|blood|bloody|brains|body parts|splattered|flattened|mangled|limbs|shreds|remains|scattered|insides|bits|organs|skull|bones|severed)>',
      },
    },
    {
      pattern: '<(cut|sliced|torn|ripped|chopped|sawed|sawn|split|severed) in (half|two)>',
      context: {
        en: '<(driver|victim|body|corpse|blood|bloody|guts|intestines|train|crash|accident|steering wheel|chainsaw|torso|spine|tracks)>',
      },
    },
    phrase(
      '<(windshield|windscreen|glass|mirror)>',
      '<(head|face|skull) ~(through|thru|into) (the |a |his |her )?(windshield|windscreen|window glass|glass door|mirror)>',
    ),
    phrase(
      '<(jaws?|eyeballs?|eyes?|scalp|ear)>',
      '<(jaws?|eyeballs?|eyes?|scalp|ear) (hanging|dangling|ripped|torn|blown|knocked|gouged) (off|out|loose|from|by)>',
    ),
    phrase(
      '<(crushed|pinned)>',
      '<(crushed|pinned) (by|under) (a |the )?(falling |huge |heavy |concrete )?(slab|rubble|wardrobe|bookshelf|dresser|truck|car|train|tank|boulder|elevator|press|wall|bus|tractor|machine)>',
    ),
    phrase('<recognition>', '<(smashed|crushed|burn(ed|t)|mangled|disfigured|beaten|charred|mutilated|bashed|blown up) beyond recognition'),
    phrase(
      '<(blow|blows|blew|blown|blowing)>',
      '<(blow|blows|blew|blown|blowing) (out )?(his|her|their|my|your|a|the)? ?(head|skull|brains|face|jaw) (open|off|apart|out)>',
    ),
    phrase(
      '<mangled>',
      '<mangled (arms?|hands?|legs?|bod(y|ies)|face|corpses?|limbs?|remains|foot|feet|fingers?|torso|flesh)>',
      '<(arms?|hands?|legs?|foot|feet|fingers?|body|face|torso) (got |was |were |is |gets )?mangled>',
    ),
    {
      pattern: '<roadkill>',
      context: { en: '<(guts|blood|bloody|crushed|squashed|flattened|splattered|brains|skull|intestines|insides|maggots)>' },
    },
    // Wounds and bleeding.
    phrase(
      '<wounds?>',
      '<(stab|stabbing|gunshot|bullet|knife|machete|shotgun|gaping|gushing|festering|maggot[a-z]*) wounds?>',
      '<(bleeding|open|deep|fresh|bloody|nasty|infected|oozing|gory|huge) wounds? ~~(blood|bleeding|flesh|bones?|guts|pus|oozing|gushing|maggots|intestines|meat|showing|exposed|visible)>',
    ),
    phrase('<(bleed|bleeding|bleeds|bled)>', '<(bleed|bleeding|bleeds|bled) (out|to death|profusely)>'),
    phrase(
      '<blood>',
      '<blood (is )?(gush|spurt|squirt|pour|spray|pump|ooz|stream|spill|shoot)[a-z]* (out )?(of |from |down )(his |her |their |my |the |a )?(wounds?|neck|throat|stumps?|wrists?|chest|belly|stomach|gash|cuts?|torso|veins|eye sockets?|skull|jugular|artery)>',
    ),
    phrase('<stumps?>', '<(bloody|bleeding|raw|gushing) stumps?>|<stumps? (bleeding|gushing|spurting)>'),
    phrase('<bloody>', '<bloody (head|skull)s? ~~(bag|box|jar|plate|pike|spike|severed|rolling|bucket|sack)>'),
    phrase('<fractures?>', '<(open|compound) fractures? ~~(bones?|blood|bloody|sticking|poking|through|skin)>'),
    phrase(
      '<bones?>',
      '<bones? (poking|sticking|jutting|protruding|popping) (out )?(of |through )(the |his |her |my |their )?(skin|flesh|shin|leg|arm|thigh|wrist|knee)>',
    ),
    // Organs out, bodies opened (pumpkin guts and a gutted fish: the allow list below).
    phrase(
      '<(organs|guts|intestines|entrails|innards|kidneys|liver|lungs|spine|insides|brains|bowels)>',
      '<(pull|rip|tear|tore|yank|harvest|remov|cut|scoop)[a-z]* (the |his |her |their |my |your |someones )(organs|intestines|entrails|kidneys|liver|lungs|spine) out>',
      '<(pull|rip|tear|tore|yank|harvest|scoop)[a-z]* (out )?(his|her|their|my|your|someones|the victims?) (guts|insides|innards|organs|intestines|entrails)( out)?>',
      '<(insides|guts|organs|intestines|brains|entrails|innards|bowels) (squeez|squish|push|squirt|spill|burst|hang|ooz|dangl|fall|pour|com|stick|popp)[a-z]* out>',
    ),
    phrase(
      '<open>',
      '<(ripped|torn|cut|sliced|split|cracked|sawed|sawn|hacked|slit|carved|burst|blown|busted) open (chests?|ribcage|belly|stomach|torso|skull|abdomen|throat|head|body|gut)>',
      '<(chest|ribcage|belly|stomach|torso|skull|abdomen|throat|gut)s? (was |is |being |got |gets )?(ripped|torn|cut|sliced|split|cracked|sawed|hacked|slit|carved|burst|blown) open>',
    ),
    // Parts cut, torn or bitten off; impaling.
    phrase(
      '<off>',
      "<(slic|cut|chop|saw|hack|rip|snip|bit|tear|tore)[a-z]* off (his|her|their|my|your|someones|(a|the) (man|woman|guy|girl|boy|kid|person|prisoner|hostage|victim|streamer|soldier)('s| s)) (ears?|nose|tongue|fingers?|toes?|lips?|nipples?|eyelids?|thumbs?|hands?|feet|foot|heads?|limbs|legs?|arms?|face|jaw|scalp|skin)>",
      '<(ears?|nose|tongue|fingers?|toes?|lips|nipples|eyelids|thumbs?|hands?|foot|feet) (sliced|cut|chopped|hacked|bitten|ripped|torn|sawed|sawn|snipped|blown) off>',
      '<(torn|ripped|chopped|blown|hacked|sawn|sawed|bitten) off (legs?|arms?|hands?|heads?|foot|feet|fingers?|limbs?|ears?|toes?|nose|tongue|jaw)>',
    ),
    '<limb from limb>',
    phrase(
      '<throats?>',
      '<throats? (ripped|torn|cut|slashed|slit) (out|open)>|<(rip|tear|tore)[a-z]* (out )?(his|her|their|my|your|a|the)? ?throats? out>',
    ),
    phrase(
      '<(tracks|rails|splattered|splatted|smeared)>',
      '<(bod(y|ies)|corpses?|remains) (lying )?on the (train |railway |railroad )?(tracks|rails)>',
      '<(jumper|body|man|woman|guy|girl|person|kid|brains|guts|corpse) (splattered|splatted|smeared) (all )?(on|across|over) the (pavement|sidewalk|asphalt|road|concrete)>',
    ),
    phrase(
      '<(ripped|torn|blown|cut|sliced|chopped)>',
      '<(legs?|arms?|hands?|heads?|foot|feet|jaw) (got |was |were |gets )?(ripped|torn|blown|cut|sliced|chopped) off (in|by) (a |the )?(crash|accident|explosion|blast|mine|train|machine|shark|bomb)>',
    ),
    phrase(
      '<(apart|pieces|shreds)>',
      '<(torn|ripped|blown|hacked) (apart|to pieces|to shreds) by (dogs|wolves|sharks|hyenas|a bomb|an explosion|a mine|a grenade)>',
      '<(bod(y|ies)|corpses?|victims?|soldiers?|dogs?|kittens?|pupp(y|ies)|deer) (being |getting |got |was |were )?(torn|ripped|blown|hacked) (apart|to pieces|to shreds)>',
    ),
    phrase(
      '<alive>',
      '<(eaten|devoured) alive by (rats|worms|maggots|ants|pigs|dogs|sharks|wolves|piranhas|cannibals|crocodiles|bears|hyenas)>',
    ),
    phrase(
      '<(melting|melted|peeling|bubbling)>',
      '<(fire|flames|burning|napalm|acid) ~~(skin|flesh|face) (melting|melted|peeling|bubbling) (off|away)>',
    ),
    phrase(
      '<(rebar|rod|pipe|shard|glass|screwdriver|scissors|fork|knife)>',
      "<(rebar|metal rod|iron rod|pipe|shard|broken glass|glass shard|screwdriver|scissors|fork|knife) ~~(through|in|into|out of) (his|her|their|a|the|my)? ?([a-z][a-z]*('s| s) )?(chest|skull|eyes?|eye socket|throat|neck|belly|stomach|face|forehead|temple)>",
    ),
    phrase(
      '<(grinder|chipper|woodchipper|mincer|shredder)>',
      '<(people|humans?|bodies|victims|corpses|kids|children) ~~(meat grinder|wood ?chipper|meat mincer|shredder)>',
      '<(meat grinder|wood ?chipper|meat mincer|shredder) (with|full of|fed|feeding|eating|for) (people|humans|bodies|body parts|victims|kids|children|corpses)>',
    ),
    // Acid and fire, skin coming off.
    phrase(
      '<acid>',
      '<acid (eat|melt|burn|dissolv|ate)[a-z]* (away |off |through )?(her|his|their|the|my|a|your)? ?(face|skin|flesh|eyes|body)>',
      '<acid attacks?>|<(threw|throw|thrown|splash|poured|pouring)[a-z]* acid (on|in|at|into)>',
    ),
    // Self-harm.
    {
      pattern:
        '<(cut|slic|slash|carv|scratch)[a-z]* (into )?(her|his|my|their|your|own) (arms?|wrists?|thighs?|legs?|skin|forearms?|stomach|belly|hips?|flesh)>',
      context: { en: '<(box ?cutter|razors?|blades?|sharpener|shard|scissors|glass|bleeding|blood|scars|again|relapsed?|self)>' },
    },
    // Animals, being eaten alive.
  ]),
};

/** Pumpkin guts, toys and idioms: a teddy torn open, a doll's arm torn off, puking one's guts out, a sunburn. */
export const enGoreInjuriesAllow: GateAllowList = {
  lang: 'en',
  // Unanchored: scanned in the allow index's one "anywhere" regex, not filed under first letters (memory).
  allow: unanchored([
    '<(teddy|plush|plushie|pinata|doll|dolls|pillow|toy|stuffed) ~~(belly|stomach|chest|head|body) (ripped|torn|cut|split|burst) open',
    '<(teddy|plush|plushie|doll|dolls|toy|robot|lego|barbie|scarecrow|mannequin|action figure) ~~(torn|ripped|chopped|bitten|blown|cut) off (arms?|legs?|heads?|hands?|ears?)',
    '<(scoop|carv|clean|pull|tak|dig)[a-z]* ~~(guts|insides|seeds) out (of )?(a |the |my |our )?pumpkins?',
    // Idioms: being sick, confessing; a sunburn.
    '<the hanged man ~~(tarot|card|arcana)|<tarot ~~hanged man',
    '<(puk|vomit|throw|threw|spew|hurl|barf|spill)[a-z]* (up )?(my|his|her|their|your|our) guts out>',
    '<sunburn[a-z]* ~~skin (peels|peeling|peeled) off',
  ]),
};

/** Allow entries without their word-start test (an allow entry only excuses, so a mid-word start is harmless). */
export function unanchored(entries: string[]): string[] {
  return entries.map((e) => e.replace(/^</, ''));
}
