import type { GateAllowList, GateLexicon } from '../types.js';
import { splitByFirstLetter } from './concepts-described.js';

/**
 * English hard-drug use, dealing and making told in street slang without the drug's name
 * (issue 11, class drugs-slang), as word families: street names with no innocent sense (yayo,
 * nose candy, xans, china white beside a dose word), injecting (tying off, digging for a vein,
 * dope fiend, shooting up beside the kit), snorting (blowing/tooting/railing lines, a bill up the
 * nose), smoking (shards, off the foil, the stem), dealing (slanging, copping, a trapper, a
 * cartel's bricks, parachuting molly) and the people (junkie, fiend) beside their scene. Words
 * with an everyday sense (a fur trapper, a demon fiend, an adrenaline junkie, a surgeon tying off
 * a vessel, a nurse looking for a vein, china-white paint, the cereal Special K, a girl named
 * Tina or Molly) only count beside a second drug word. Cannabis, alcohol and tobacco stay allowed.
 */

/** A dose word: what makes "fiending for his next …" a craving for drugs. */
const EN_HIT = '(hit|fix|bump|line|rock|shot|score|high|next)';

/** Street names that are drugs whatever the verb: they go with any dealing or using verb. */
const EN_STREET_NAME = '(blow|yayo|molly|percs|smack|crack|zips|fent|xans|shards|work|packs?|rocks|rock|ounces|grams)';

export const enDrugsParaphrase: GateLexicon = {
  name: 'en-drugs-paraphrase',
  lang: 'en',
  category: 'drugs',
  block: splitByFirstLetter([
    // Street names with no innocent sense.
    '<(yayo|yeyo|yayyo|nose candy|booger sugar|devils dandruff|devil s dandruff|peruvian marching powder|colombian marching powder|skag|flakka|ghb|liquid ecstasy|black tar heroin)>',
    '<(xans|xannies|xanny|xanbars|xan bars|xanax bars|oxys|oxies|roxies|roxys|percocets|dilaudid|mephedrone|mefedron|meph|mef)>',
    '<baryg(a|i|u|oi|ami)?>',
    '<dope ?(fiends?|heads?|boys?)>',
    '<trap ?(phone|phones|car|spot|spots|house|houses)>',
    // People of the scene, beside their scene.
    {
      pattern: '<(fiend|fiends)>', // a demon in a fantasy fight is a fiend too
      context: {
        en: '<(dope|crack pipe|glass pipe|trap|crack|needle|vein|veins|junkie|corner|serving|bando|spoon|resin|scraping|plug|re ?up|stem|fix|bump)>',
      },
    },
    { pattern: '<(fiendin|fiending|fienin|jonesing|jonesin)>', context: { en: `<(dope|${EN_HIT}|pipe|crack|needle|spoon|plug|stem)>` } },
    {
      pattern: '<junkies?>',
      context: {
        en: '<(needle|needles|syringe|spoon|spoons|vein|veins|nod|nodding|nodded|track marks|shoot|shooting|shot up|dope|smack|overdose|od|withdrawal|withdrawals|pipe|tourniquet|gallery|foil|crack|stall|alley|heroin|fent|street|sidewalk|frozen|holes|splitting|bag|bags)>',
      },
    },
    {
      pattern: '<trapp(er|ers|in|ing)>',
      context: { en: '<(plug|fiends|bando|re ?up|baggies|zips|grams|bricks|burner|trap phone|trap house|serving|counting (packs|bands))>' },
    },
    {
      pattern: '<cartels?>',
      context: { en: '<(brick|bricks|kilo|kilos|powder|product|cook|cooking|lab|shipment|taped|mule|mules|blow|packages|keys)>' },
    },
    // Injecting.
    '<(tying|tie|tied|ties|tyin) (it |him |her )?off (his|her|my|their|your|an|the) (arm|bicep|biceps)>',
    {
      pattern: '<(tying|tie|tied|ties|tyin) (it |him |her )?off>',
      context: { en: '<(belt|needle|needles|spoon|junkie|fix|dope|shot|syringe|stall|smack|fent)>' },
    },
    {
      pattern: '<(digging|dig|digs|dug|fishing|hunting|probing) for (a |the )?(vein|veins)>',
      context: { en: '<(fiend|junkie|dope|spoon|belt|shoot|shot|toes|foot|neck|groin|fix|bathroom|smack)>' },
    },
    {
      pattern: '<(shooting|shoot|shoots|shot|shootin) up>',
      context: {
        en: '<(junkie|junkies|fiend|fiends|dope|needle|needles|syringe|veins?|spoon|tourniquet|belt|track marks|smack|heroin|fent|tied off|bathroom|toilet|restroom|addict|addicts)>',
      },
    },
    '<(cook|cooking|cooked|cooks|cookin) (up )?(his|her|my|their|a|the|your) (shot|fix|dose|spoon)>',
    {
      pattern: '<(needles?|syringes?)>',
      context: { en: '<(tied off|tying off|dope|smack|fent|fiend|fiends|dopehead)>' },
    },
    { pattern: '<spoons?>', context: { en: '<(junkie|junkies|fix|dope|smack|fent|burnt black|burned black|cottons)>' } },
    // Snorting.
    '<(blowing|blew|tooting|toot|toots|tooted|railing|railed|hoovering|hoovered) (some |two |three |fat |big |few |more )?(lines|rails|bumps|fat ones)>',
    {
      // "blowing a line of bubbles": one line needs its scene
      pattern:
        '<(blowing|blew|blow|blows|tooting|toot|toots|tooted|railing|railed|hoovering|hoovered) (a |another |the )?(fat |big )?(line|rail|bump|fat one)>',
      context: { en: '<(nose|mirror|bill|table|club|bathroom|toilet|powder|white|key|card|party|straw|snort|sniff|rolled|coke)>' },
    },
    '<(rail|rails|line|lines|bump|bumps|key|gram|grams|bag|baggie|baggies) of (ket|keta|yayo|nose candy)>', // a bag of Special K is cereal
    {
      pattern: '<(on|off|doing|snorting|sniffing|railing) ket>',
      context: { en: '<(club|rave|k ?hole|nose|line|lines|bump|bumps|party|afterparty|bathroom)>' },
    },
    {
      pattern: '<special k>',
      context: { en: '<(snort|snorting|line|lines|bump|bumps|k ?hole|rave|baggie|gram|grams|sniff|sniffing|horse tranq)>' },
    },
    '<(bill|note|banknote|dollar|twenty|hundred|fifty|tenner) (up|in|into) (his|her|my|their|your|a|the) (nose|nostril|nostrils)>',
    {
      pattern: '<straws? (up|in|into) (his|her|my|their|your|a|the) (nose|nostril|nostrils)>',
      context: { en: '<(mirror|line|lines|powder|table|white|sniff|snort|plate|card|toilet|bathroom)>' },
    },
    {
      pattern: '<(crushed|crush|crushing) (up )?(some )?(pills|percs|oxys|xans|bars|addies|roxies|tabs)>',
      context: { en: '<(snort|snorting|line|lines|sniff|sniffing|bill|straw|nose|rail|rails)>' },
    },
    {
      pattern: '<(8|eight) ?balls?>',
      context: { en: '<(sniffing|snorting|sniffed|snorted|off (a|the) (plate|mirror)|nose|dealer|plug|baggie)>' },
    },
    // Smoking.
    '<(smoking|smoke|smoked|smokes|chasing) (the |some |those )?shards>',
    '<(smoking|smoke|smoked|smokes|hitting|chasing|chase|chased) (it |dope |h |fent |blues |pills |shards? )?off (the |some |tin |a )?(foil|tinfoil)>',
    {
      pattern: '<(hitting|blast|blasting|blasted) (the|a|that|his|her|my) stem>',
      context: { en: '<(pipe|lighter|torch|crack|rock|rocks|chore boy|brillo|fiend|fiends|crackhead)>' },
    },
    // Dealing.
    `<(slanging|slangin|slang|slangs|slung|copping|coppin|copped) (some |a few |the |his |her |them |a couple |two |three )?${EN_STREET_NAME}>`,
    '<(selling|sell|sells|sold|dealing|deal|deals|dealt) (some |a few |the |his |her |them |a couple |two |three )?(yayo|percs|crack|fent|xans)>',
    '<(selling|sell|sells|sold|buying|buy|bought|scoring|scored|copping|copped) (some |an ounce of |a gram of |an eight of )?blow>',
    '<(high on|geeked on|zooted on|rolling on|tweaking on|wired on|fried on|spun on) (xans|bars|percs|beans|tina|yayo|blow|nose candy|pills)>',
    '<on (xans|percs|yayo|nose candy)>',
    { pattern: '<tina>', context: { en: '<(grindr|pnp|party and play|slam|slamming|tweak|tweaking|tweaker|plug|dealer|baggie|geeked)>' } },
    {
      pattern: '<(smack)>',
      context: { en: '<(shoot|shooting|needle|spoon|junkie|nod|nodding|dealer|sniff|snort|bindle|vein|addicted|dopesick|bindles)>' },
    },
    '<(bindle|bindles|balloon|balloons|bag|bags|baggie|baggies|gram|grams|bundle|bundles|point|points|spoon|spoonful|stamp|stamps|dime|dimes) of (smack|dope|black tar|fent|china white|h)>',
    { pattern: '<china white>', context: { en: '<(baggie|baggies|snort|snorting|gram|grams|dealer|needle|spoon|bindle|fent|nose)>' } },
    {
      pattern: '<(parachut(e|es|ed|ing))>',
      context: { en: '<(molly|mdma|powder|crushed|pill|pills|ket|capsule|capsules)>' },
    },
    '<(popped|popping|pop|pops|poppin|snort|snorting|snorted|parachuting|parachuted) (some |a |half a |a cap of |a capsule of )?molly>',
    { pattern: '<molly>', context: { en: '<(capsules?|caps|baggie|baggies|plug|dealer|snort|snorting|parachut(e|ed|ing)|pupils)>' } },
    // Unnamed stuff (powder, pills, crystals, "something") beside the scene that makes it a drug.
    {
      pattern: '<white (powder|substance|stuff)>',
      context: {
        en: '<(mirror|card|bill|nose|nostrils?|lines?|baggies?|ziplocs?|club|straw|razor|scales?|high|snort[a-z]*|sniff[a-z]*|dealer|rolled|gums|sink|toilet|bathroom)>',
      },
    },
    {
      pattern: '<powders?>',
      context: {
        en: '<(snort|snorting|snorted|sniff|sniffing|sniffed|nostrils?|rolled (up )?(bill|dollar|note)|straw|credit card|razor|baggies?|ziplocs?|ziplocks?|dealer|bloody nose|nosebleed|(under|up|from) (his|her|my|their|your) nose|gums|feel my face|face numb|high on|lines)>',
      },
    },
    {
      pattern: '<(pills|tablets|tabs|capsules)>',
      context: {
        en: '<(smiley|smileys|smiley faces|skulls?|logos?|stamped|rave|festival|teenagers|teens|popping|crushed|snort|snorting|party|club|candy flip)>',
      },
    },
    '<(handful|pile|bag|bowl|bunch) of (colorful|colourful|rainbow|candy|party) (pills|tablets|tabs)>',
    '<(high|high as a kite|tweaking|tweaked) (out )?on (pills|powder|crystals?|tabs|something|stuff|uppers|downers|painkillers|ice|glass|shards|rocks)>',
    {
      pattern: '<(getting|get|got|gets|gettin|being|stay|stays|staying) high>',
      context: { en: '<(alley|pills|powder|needle|crack|pipe|stall|crystals?|tabs|spoon|foil|bulb|shrooms|dealer|plug|junkie|bathroom)>' },
    },
    '<chasing (the|that) (first )?high>',
    // Injecting "something", passing out with a needle, a bulb or a pipe with crystals.
    {
      pattern: '<(inject|injects|injecting|injected|shooting|shoots) (something|stuff|it|himself|herself|themselves|myself) (in|into)>',
      context: {
        en: '<(alley|bathroom|stall|toilet|spoon|belt|bridge|dirty|track marks|junkie|abandoned|nodding|passed out|street|gutter)>',
      },
    },
    '<(needle|needles|syringe|syringes) (sticking out of|hanging out of|hanging from|still in|stuck in) (his|her|my|their|your|the|an) (arm|vein|veins|neck|foot)>',
    {
      pattern: '<(syringe|syringes|needle|needles)>',
      context: { en: '<(passed out|overdos[a-z]*|junkie|bathroom stall|abandoned|dirty needles?|used needles?|gutter|dumpster|nodding)>' },
    },
    '<(smoking|smokes|smoke|smoked|hitting|hits|hit) (from |out of |off )(a |the )?(light ?bulb|bulb)>',
    {
      pattern: '<(hit|hits|hitting|toke|tokes|puff|puffs|taking a hit) (from|off|of|out of) (a|the|his|her|my) (glass )?(pipe|bulb|stem)>',
      context: { en: '<(crystals?|shards|rocks|ice|torch|lighter|white|glass)>' },
    },
    {
      pattern:
        '<(cooking|cook|cooks|cooked|heating|heat|heats|heated) (something|stuff|it|powder|the powder|brown|tar|it up|something up) (in|on|over) (a |the )?spoon>',
      context: { en: '<(lighter|flame|needle|syringe|belt|cotton|junkie|dope|vein)>' },
    },
    // Withdrawal, addicts, bleeding noses, licked stamps, mushrooms.
    {
      pattern: '<(withdrawal|withdrawals|withdrawing|detoxing|dopesick)>',
      context: { en: '<(shaking|sweating|shakes|sweats|needle|pills|junkie|dope|fix|vomiting|puking|itching|heroin|fent|curled up)>' },
    },
    {
      pattern: '<addicts?>',
      context: {
        en: '<(needles?|spoons?|syringes?|pills|powder|alley|track marks|crack|meth|shaking|withdrawal|sores|rotten teeth|fix|veins?|pipe|junkie|overdos[a-z]*|before and after|dealer)>',
      },
    },
    {
      pattern: '<(bloody nose|nosebleed|nose bleed|nose bleeding)>',
      context: { en: '<(powder|lines?|club|party|rave|bill|straw|white|mirror|bathroom|snort[a-z]*|sniff[a-z]*)>' },
    },
    {
      pattern: '<(licking|lick|licked|licks) (a |the )?(stamp|stamps|tab|tabs|paper|blotter)>',
      context: { en: '<(seeing colou?rs|trip|tripping|hallucinat[a-z]*|melting|visuals|psychedelic|trippy|walls breathing|rainbows?)>' },
    },
    { pattern: '<microdos(e|es|ing|ed)>', context: { en: '<(mushrooms?|shrooms|lsd|acid|tabs?|psilocybin)>' } },
    {
      pattern: '<magic mushrooms?>',
      context: { en: '<(trip|tripping|hallucinat[a-z]*|psychedelic|microdos[a-z]*|visuals)>' },
    },
    {
      pattern: '<(pinned|pinpoint) (pupils|eyes)>',
      context: { en: '<(scratching|nodding|nod|itch|itching|junkie|needle|dope|spoon|track marks)>' },
    },
    // Smuggling and drops.
    '<drug (mule|mules|deal|deals|trafficker|traffickers|smuggler|smugglers|money|runner|runners|house|party|parties|binge|user|users|kingpin|kingpins|cartel|cartels|bust|busts|stash)>',
    {
      pattern: '<swallow(ing|ed|s)? (balloons|condoms|capsules|pellets)>',
      context: { en: '<(mule|mules|smuggl[a-z]*|airport|customs|packages|cartel)>' },
    },
    '<coordinates (for|to) (the |a )?(buyer|buyers|client|clients|customer|customers)>',
    {
      pattern: '<(dead ?drop|drop ?spot|stash ?spot)>',
      context: { en: '<(buyer|plug|grams?|pills|powder|baggies?|darknet|dark web|vendor)>' },
    },
    {
      pattern: '<(tiny|little|small|mini) (baggies|ziplocs?|ziplocks?|zip ?lock bags|baggy)>',
      context: { en: '<(powder|pills|crystals?|white|dealer|grams?)>' },
    },
    { pattern: '<breaking bad>', context: { en: '<(cook|cooking|cooked|blue|crystals?|lab|rv)>' } },
    {
      pattern: '<(making|make|makes|made|cooking|cook|cooks|cooked|brewing|mixing) (crystals|stuff|drugs|product|something|chemicals)>',
      context: { en: '<(gas masks?|respirators?|fumes|trailer|rv|toxic|blue crystals|sell|selling|dealer|batch)>' },
    },
    {
      pattern: '<(pablo escobar|escobar|el chapo|tony montana|scarface)>',
      context: { en: '<(powder|bricks|kilos|blow|mountain|pile|snort|yayo|white lines|cartel)>' },
    },
    '<weekend (on|of) (tina|molly|ket|blow|pills|crystal|ice|glass|shards)>',
    '<(geeked|zooted|tweakin|tweaking|geekin|geeking) (up )?(in|at) the trap>',
    '<(ever|never) (tried|took|done|did|had|do|dropped) (some )?molly>',
    '<(dissolv[a-z]*|crush|crushing|crushed|cook|cooking|cooked) (the |some |his |her |my )?(pills|tabs|oxys|percs|bars) (to|and) (inject|shoot|snort|sniff)>',
    { pattern: '<bowl of (ice|glass|tina|shards|crystal)>', context: { en: '<(hit|hitting|smoke|smoking|pipe|torch|lighter)>' } },
    '<(druggie|druggies|druggy|drugged up|druggo)>',
    {
      pattern:
        '<(selling|sells|sell|sold|slinging|handing out|hands out|passing) ~~(little|small|tiny|plastic|zip) (bags|baggies|packets|bag|baggie)>',
      context: { en: '<(hoodie|shady|alley|car window|corner|club|teens|students|playground|behind)>' },
    },
    { pattern: '<(foil|tinfoil|tin foil)>', context: { en: '<(passed out|nodding|straw|streaks|tooter)>' } },
    {
      pattern: '<(hasnt|hasn t|havent|haven t|not|no) (slept|sleep|sleeping) (in|for) (three|four|five|six|seven|3|4|5|6|7) days>',
      context: { en: '<(scratching|picking|sores|jaw|paranoid|shadow|pipe|twitch|twitching|tweak[a-z]*)>' },
    },
    '<mirror (full|covered) (of|in|with) (white )?(powder|lines)>', // not a baking tray
    '<(sell|sells|selling|sold|trade|trades|trading|traded) ~for (a |his |her |their |one more |another |the next |his next |her next )?(fix|hit|rock|bump)>',
    {
      pattern: '<(dealer|dealers)>',
      context: { en: '<(scale|scales|weighing|crystals|little bags|small bags|hoodie)>' },
    },
    '<illegal (substances?|pills|powder|narcotics)>',
    '<(needle|injection) marks>',
    '<(on|high on|snorting|smoking) bath salts>',
    {
      pattern:
        '<(buying|buy|bought|cop|copping|copped|scoring|scored|picking up|grab|grabbing|grabbed) (a|an|one|two|three|half a) (gram|g|eighth|8th|zip|point)>',
      context: { en: '<(guy|car|dealer|plug|corner|alley|behind|hoodie)>' },
    },
    '<(od d|oded|od ed|odeed)>',
    '<(odd|od) on (pills|dope|fent|heroin|smack|percs|xans|bars)>',
    { pattern: '<kensington (ave|avenue)>', context: { en: '<(zombies?|fent|junkies?|nodding|needles?|tranq)>' } },
    {
      pattern: '<(nodding|nodded|nods) out>',
      context: { en: '<(kensington|sidewalk|street|needles?|foil|junkies?|fent|dope|pills|bench|bus stop|alley)>' },
    },
    '<fent (fold|lean|bend|zombie|zombies)>',
    '<(pill|pills|opioid|heroin|meth|coke|crack|drug|painkiller|oxy|xanax|fent|dope) (addiction|addict|addicts|habit)>',
    '<pill ?(head|heads|popper|poppers)>',
    '<(my|his|her|our|the) dealer (texting|texted|called|calling|dropped|pulled up|coming|came|is late|ghosted)>',
    '<(does|doin|doing|do|did|done) (some |a lot of |lots of |the |a little )?(coke|blow|yayo)>',
    {
      pattern: '<(lines?|rails?) of (sugar|flour|salt|baking soda|powdered sugar|powder)>|<(sugar|flour|salt) (lines|rails)>',
      context: { en: '<(mirror|card|bill|straw|wink|nose|snort[a-z]*|razor)>' },
    },
    {
      pattern: '<(walls|wall|faces|ceiling|floor) (melting|breathing|breathe|breathes|melt|melts|are breathing|are melting)>',
      context: { en: '<(tabs?|stamps?|tongue|acid|trip|tripping|shrooms|blotter)>' },
    },
    '<(tripping|trippin|tripped) on (a |one |two |three |some |the )?(tabs?|shrooms|acid|lsd)>',
    '<tab of (acid|lsd)>',
    '<(a|the) rolled (up )?(20|100|50|10|twenty|hundred|fifty)>',
    {
      pattern: '<(baggie|baggies|vial|vials) of (rocks|ice|glass|shards|crystal|crystals)>',
      context: { en: '<(pipe|lighter|torch|stem|smoke|smoking)>' },
    },
    { pattern: '<(bag|bags) of (rocks|ice|glass|shards|crystal|crystals)>', context: { en: '<(lighter|torch|stem|smoke|smoking)>' } }, // a plumber's pipe, an aquarium
    '<(sniffing|snorting|sniff|snort|sniffed|snorted|bump|bumps) (from|off|of) (a|the|my|his|her|their|your) (house |car )?key>',
    { pattern: '<mirror with (white )?(stripes|lines|powder)>', context: { en: '<(razor|bill|straw|card)>' } },
    '<(no sleep|not sleeping|awake) (on|off) (glass|ice|tina|crystal|shards|speed|molly)>',
    '<(buying|buy|bought|copping|copped|scoring|scored|selling|sold|sells|sell) (some )?smack>',
    { pattern: '<snort(ing|ed|s)?>', context: { en: '<(afterparty|after party|club)>' } },
    '<(slinging|slingin|slangin|slanging|trapping|trappin) (on|at) (the|my|his|her|our) (block|corner|strip)>',
    { pattern: '<re ?up(ping|ped|s)?>', context: { en: '<(connect|plug|zips|bricks|packs|grams|kilos?|trap)>' } },
    { pattern: '<connect>', context: { en: '<(brick|bricks|kilo|kilos|zips|re ?up|re ?upping)>' } },
    {
      pattern: '<(coming|come|came|comes) down (hard|off|from)>',
      context: { en: '<(molly|pills|tina|ice|glass|blow|rave|pupils|jaw|tabs|acid|bender)>' },
    },
    '<come ?down (from|off) (molly|mdma|pills|tabs|acid|tina|ice|glass|blow|speed|the pills)>',
    '<(rip|rips|ripping|hit|hits|hitting) (from|off|of) (the|a|my|his|her) bubble>',
    // Innuendo: an innocent powder or sweet with a wink, or a drug joke's stock phrases.
    {
      pattern: '<(wink wink|iykyk|if you know what i mean|you know what i mean|if ya know|nudge nudge)>',
      context: { en: '<(sugar|snow|candy|powder|flour|vitamins|salt|nose|mirror|baggies?|sniff[a-z]*|lines)>' },
    },
    {
      pattern: '<(powder|powdering|powdered) (my|his|her|their|your) nose>',
      context: { en: '<(club|rave|party|if you know|wink|iykyk|lines?)>' },
    },
    {
      pattern: '<(sells|selling|sold|delivering|delivers|handing out|hands out|dealing) snow>',
      context: { en: '<(club|party|nose|rave|bathroom|lines?)>' },
    },
    {
      pattern: '<(white lady|colombian (sugar|export|snow|flour|gift)|columbian (sugar|export|snow|flour|gift))>',
      context: { en: '<(nose|lines?|mirror|snort[a-z]*|sniff[a-z]*|club|bill|straw)>' },
    },
    '<(colombian|columbian|bolivian|peruvian) marching powder>',
    '<nose like a (vacuum|hoover|dyson)>',
    {
      pattern: '<(bathroom|toilet|restroom) every (5|10|15|five|ten|fifteen|few) (minutes|mins)>',
      context: { en: '<(club|party|rave|nose|sniff[a-z]*)>' },
    },
    { pattern: '<up since (friday|saturday|thursday|the weekend)>', context: { en: '<(powder|party|pills|jaw|talking|club|rave|nose)>' } },
    '<(street|alley) (pharmacist|pharmacists|chemist)>', // not the corner pharmacy
    '<(pharmacist|chemist) (from|on) the (street|corner|street corner|block)>',
    '<candy that (isnt|is not|aint|isn t) candy>',
    '<party (powder|pills|dust)>',
    {
      pattern: '<(candy|candies|vitamins|sweets|skittles)>',
      context: { en: '<(wink|iykyk|if you know|isnt candy|not candy|pupils|jaw|rolling)>' },
    },
    '<(doing|abusing|selling|dealing|using) (hard |illicit |illegal )?substances>',
    {
      pattern: '<narcotics>', // a narcotics dog or officer alone is police work
      context: { en: '<(selling|sells|sold|dealing|doing|using|bags?|pile|smuggl[a-z]*|addicted|high|snort[a-z]*|inject[a-z]*)>' },
    },
    '<fake (percs|xans|bars|blues|m30s|oxys)>',
    // Highs.
    {
      pattern: '<(walter white|heisenberg|jesse pinkman|pinkman)>',
      context: { en: '<(cook|cooking|cooked|cooks|rv|crystals?|batch|blue stuff|meth)>' },
    },
    '<(dropping|dropped) (some |a tab of |tabs of |a few tabs of )?acid>',
    { pattern: '<drop (some )?acid>', context: { en: '<(trip|tripping|festival|tabs?|rave|blotter|concert)>' } },
    '<tripping (balls|face)>',
    '<tripping (at|in) (a |the )?(festival|rave|concert|club)>',
    '<rolling (hard |so hard |balls |face |tits )?(at|in) (a |the |an |this )?(rave|edc|festival|club|afterparty|after party|warehouse party)>',
    { pattern: '<(pacifier|pacifiers|binky|binkies)>', context: { en: '<(rave|rolling|edc|festival|kandi|molly|glowsticks?)>' } },
  ]),
};

/** Look-alikes the rules above could reach: a fur trapper's line, a bump on the road. */
export const enDrugsParaphraseAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(fur|beaver|fox|rabbit|mountain) trappers?>',
    '<(blood donor|donor|nurse|doctor|phlebotomist|hospital|iv) ~~(needle|needles) (in|into) (his|her|my|the|your|an) (arm|vein|veins)',
    '<(vitamin|vitamins|gummy|gummies|candy|mint|mints|sugar|fish oil) (pills|tablets|tabs|capsules)',
    '<(sniff|sniffs|sniffing|sniffed|snort|snorting) (a |the )?(line|lines) of (ants|ducks|ducklings|cars|people|trees|flowers|kids|children|soldiers|code|text)>',
  ],
};
