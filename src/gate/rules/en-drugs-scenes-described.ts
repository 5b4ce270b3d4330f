import type { GateLexicon } from '../types.js';
import { splitByFirstLetter } from './concepts-described.js';

/**
 * English hard-drug scenes told in everyday words or slang (use, dealing, making) without the
 * drug's name, as co-occurring concepts: paraphernalia beside its use, a slang word beside a
 * dealing or high word. Cannabis, alcohol, tobacco and medicine stay allowed (README).
 */

export const enDrugScenes: GateLexicon = {
  name: 'en-scenes',
  lang: 'en',
  category: 'drugs',
  block: splitByFirstLetter([
    // Injecting: the kit and its marks.
    // A spoon with a needle is knitting and one over a lighter is crème brûlée; all three are a fix.
    { pattern: '<spoons?>', context: { en: '<(syringes?|tourniquet|cotton ball|belt around)>' } },
    '<spoons? ~~(lighter|lighters|flame) ~~(needle|needles|syringe|syringes)>',
    '<cook(ing|s|ed)? up (a )?(shot|hit|fix|dose)',
    {
      pattern: '<(needles?|syringes?)>',
      context: { en: '<(tourniquet|belt around|track marks|nodding|nod off|junkie|junkies|still in)>' },
    },
    '<(shoot|shooting|shot|shoots) (up )?(into|in) (the |his |her |my |their |a )?(neck |arm |leg |foot |groin )?(vein|veins)>',
    { pattern: '<track marks', context: { en: '<(arm|arms|vein|veins|needle|junkie|elbow|inner)>' } },
    '<(belt|tourniquet|rubber band|band) (tied |wrapped |strapped )?(around|round) (his|her|my|their|an|the) (arm|bicep|biceps)>',
    { pattern: '<(nodding|nods|nod|nodded) (off|out)', context: { en: '<(needle|syringe|belt|junkie|spoon|foil|tourniquet|still in)>' } },
    // Smoking and snorting.
    {
      pattern: '<(glass|crack|bubble|hot) pipe',
      context: {
        en: '<(smoking|smoke|smokes|hit|hitting|torch|lighter|rotten|sores|scratching|tweak|tweaking|shards?|crystals?|ice|rocks|foil|clouds|rip|rips)>',
      },
    },
    '<(hit|hitting|hits) (the|a|that) pipe',
    '<(shooting|shoot|shot|shoots) (up )?(dope|smack|junk|tar|gear|fent)>',
    '<fent(y|ie|anyl)?>',
    {
      pattern: '<(cook|cooking|cooked|cooks|whip|whipping|whipped) (up )?(some |the )?(rocks|rock|crack|coke|work)>',
      context: { en: '<(baking soda|pot|stove|microwave|sell|selling|pipe)>' },
    },
    '<(begging|beg|need|needs|needing|fiending|itching) for (a|another|one more|the next) (hit|fix|bump|line)>',
    '<molly (capsules|caps|capsule)>',
    { pattern: '<white girl>', context: { en: '<(powder|nose|lines?|snort|bill|rolled)>' } },
    '<(ski|skiing|skis) ~~(in|up) (my|his|her|the|your) nose',
    {
      pattern: '<(huge|dilated|massive|giant|blown|wide) pupils',
      context: { en: '<(jaw|5am|6am|rave|afterparty|festival|molly|rolling|no sleep|jittery)>' },
    },
    '<(pills|tablets|tabs) with (teslas?|skulls?|superman|logos?) stamped',
    {
      pattern: '<(bag|bags|baggie|baggies|gram|grams|cap|caps|capsule|capsules) of molly>',
      context: { en: '<(rave|festival|club|party|rolling|pills|dealer|plug|papers)>' },
    },
    { pattern: '<shooting gallery', context: { en: '<(junkies?|needles?|heroin|dope|fiends)>' } },
    { pattern: '<codeine>', context: { en: '<(sprite|lean|double cup|purple|styrofoam)>' } },
    '<(dime|dimes|nickel|nickels|vial|vials|rock|rocks|piece|pieces|bag|bags|baggie|baggies|gram|grams) of crack>',
    '<geeked (off|on|out|up)',
    {
      pattern: '<(on|high on|off) (coke|blow|molly|mdma|acid|speed|crack|smack|dope)>',
      context: { en: '<(party|everyone|club|nose|sniff|rave|wasted|tonight|bathroom)>' },
    },
    '<(candy|hippie|nexus) ?flip',
    {
      pattern: '<(takes|taking|took|take|doing|snorting|popping) speed>',
      context: { en: '<(weekend|every|jaw|grinding|sleep|rave|party|pills|powder|lines?)>' },
    },
    { pattern: '<gram scales?', context: { en: '<(crystals?|powder|baggies?|white|rocks|ice|shards)>' } },
    '<(popping|pop|popped|poppin|pops) (some )?(bars|xans|xannies|percs|beans|addies|blues|m30s?|pills|molly|tabs)>',
    '<m30s?>',
    { pattern: '<(tin ?foil|foil)>', context: { en: '<(tooter|brown streaks|chasing|dragon|blues|fent|dope|heroin)>' } },
    '<overdos(ing|ed)>',
    {
      pattern: '<(dark ?web|darknet|dark net)>',
      context: { en: '<(vendor|vendors|pills|powder|drugs|grams|order|ordering|package|stealth)>' },
    },
    { pattern: '<vacuum (sealed |seal )?(bags|bag|packs)>', context: { en: '<(pills|powder|grams|dealer|vendor|plug|kilos|bricks)>' } },
    { pattern: '<(rotten|rotting|missing|black) teeth', context: { en: '<(sores|scratching|pipe|picking|tweak|tweaking|crystal)>' } },
    {
      pattern: '<(snort|snorts|snorting|snorted)>',
      context: {
        en: '<(line|lines|rail|rails|powder|white|bill|banknote|straw|off|key|toilet|table|mirror|something|bump|up|pills|crushed)>',
      },
    },
    {
      pattern: '<(sniff|sniffs|sniffing|sniffed)>',
      context: { en: '<(line|lines|powder|white stuff|bill|banknote|straw|rail|rails|glue)>' },
    },
    { pattern: '<rails?>', context: { en: '<(powder|white|snort|snorting|sink|toilet|mirror|nose|bill|key|coke|lines?)>' } },
    '<railing (a |fat |some |another )?(line|lines|rail|rails|fat one)',
    {
      pattern: '<(fat|long|thick|big) (white )?(line|lines|rail|rails)>',
      context: { en: '<(snort|nose|powder|bill|straw|mirror|table|club|party|afterparty|toilet|card|key|railing)>' },
    },
    {
      pattern: '<(chop|chopping|chopped|cutting|cut|lay|laying|racking|rack) (up )?(a |some |the )?(line|lines|rails)>',
      context: { en: '<(powder|credit card|card|mirror|bag|snow|white|table|snort|razor|bill)>' },
    },
    '<(bag|bags|baggie|baggies|pile|mountain|brick|bricks|kilo|kilos|bump|line|lines|gram|grams|ounce|zip|zips) of (white )?(powder|blow|tina|product)>',
    {
      pattern: '<(bag|bags|baggie|baggies|line|lines|bump|gram|grams|zip|zips|points?) of (snow|ice|glass|crystal|crystals|candy|white)>',
      context: {
        en: '<(bill|banknote|straw|mirror|card|lines?|nose|snort|dealer|plug|scale|scales|grams?|ziplock|baggie)>', // not ice for a party cooler, candy, a plumber's pipe
      },
    },
    '<(points?|point) of (ice|glass|tina|gear)>',
    '<(in|into) (a |the )?k ?holes?>',
    '<k ?holed>',
    {
      pattern: '<(doing|do|did|took|taking|take) (a |some |few |two |three |more )?(bumps|rails|lines)>',
      context: { en: '<(club|bathroom|party|nose|powder|toilet|mirror|bill|straw|snort|key)>' },
    },
    // Dealing.
    {
      pattern: '<(plug|plugs)>',
      context: {
        en: '<(baggie|baggies|bag|zip|zips|grams?|trap|re ?up|pack|package|drop|dropping|burner|cash|score|pills|powder|blow|serving|fiends|selling|sells)>',
      },
    },
    '<trap ?(house|houses|spot|kitchen)>',
    { pattern: '<(in|at) the trap>', context: { en: '<(packs?|counting|serving|plug|bands|fiends|re ?up)>' } },
    { pattern: '<bando>', context: { en: '<(pipe|hitting|serving|trap|plug|fiends|smoke|smoking|cook|cooking)>' } },
    '<(serving|serve|served|serves) (fiends|the fiends|junkies|crackheads|the block|the corner)',
    {
      pattern: '<(dealer|dealers|connect)>',
      context: {
        en: '<(baggie|baggies|powder|pills|grams?|8 ?ball|eight ?ball|zips?|ounce|stash|fix|dope|product|re ?up|junkies?|fiends|needle|corner|trap)>',
      },
    },
    {
      pattern: '<(8|eight) ?ball>',
      context: { en: '<(dealer|plug|dropping|drop|blow|snort|grams?|baggie|lines?|sniff|nose|score|cop|straw|rolled)>' },
    },
    { pattern: '<burner (phone|phones)>', context: { en: '<(grams|baggie|baggies|plug|trap|zip|zips|pack|re ?up|dealer|fiends)>' } },
    {
      pattern: '<(ziplock|ziploc|zip ?lock|zip ?bag|baggie)s?>',
      context: { en: '<(pills|powder|crystals|white|tabs|grams|molly|dealer|plug|blue)>' },
    },
    '<(pills|tablets|tabs) ~~(stamped|pressed|printed|embossed) with',
    '<(stamped|pressed) (pills|tablets|tabs)>',
    // Cooking and the highs.
    {
      pattern:
        '<(cook|cooking|cooked|cooks|cookin) ~~(in|inside) (a |an |the |his |their |my )?(trailer|rv|camper|motorhome|van|shed|garage|basement|barn)',
      context: {
        en: '<(gas masks?|respirators?|flasks?|beakers?|tubing|jugs|fumes|toxic|batch|product|pure|purity|blue|crystals?|powder)>',
      },
    },
    {
      pattern: '<blue (product|stuff|ice|rock|rocks)>',
      context: { en: '<(lab|trays|cook|cooking|trailer|desert|rv|baggie|bag|pure|purity|sell|selling)>' },
    },
    {
      pattern: '<blue (crystal|crystals)>',
      context: { en: '<(trailer|desert|rv|cook|cooking|cooked|baggie|baggies|sell|selling|pure|purity|trays)>' },
    },
    {
      pattern: '<tweak(ing|in|ed)>',
      context: { en: '<(no sleep|days|nights|awake|pipe|scratching|jaw|teeth|sores|fiend|crystal|shadow people|paranoid)>' },
    },
    {
      pattern: '<(blotter|blotters|tab|tabs) ~~(on|under) (a |my |the |his |her |their )?tongue',
      context: { en: '<(blotter|blotters|tabs?|trip|tripping|acid)>' },
    },
    {
      pattern: '<(chewing|clenching|grinding) (his |her |my |their )?(jaw|teeth)',
      context: { en: '<(rave|club|festival|party|rolling|pupils|molly|pills|afterparty|bender|no sleep|days awake)>' },
    },
    '<rolling face',
    '<sizzurp',
    { pattern: '<(lean|drank)>', context: { en: '<(double cup|styrofoam|codeine|sprite|promethazine|jolly ranchers)>' } },
  ]),
};
