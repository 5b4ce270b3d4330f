import type { GateLexicon } from '../types.js';

/**
 * English harm as an ordinary donation stream writes it, learned from the misses of blind sets once their
 * first scores were recorded (issue 11): the ordinary mixes 8, 12, 14 and 16 in the eighth round, then each
 * round's test sets in the next (18–36; src/gate/README.md, "Eighth to eleventh rounds"). Roots and word
 * orders, not the sentences; each entry says which look-alike it leaves alone.
 */
export const enGoreOrdinaryMix: GateLexicon = {
  lang: 'en',
  category: 'gore',
  block: [
    // a gutted body or animal hanging (a gutted fish on a cooking stream stays clean)
    '<gutted (pig|pigs|deer|cow|man|men|body|bodies|guy|corpse|person|human|victim|dog|cat|girl|woman|boy)>',
    '<(innards|intestines|entrails|guts) (on|all over|across) (the )?(floor|ground|table|road|walls?)>',
    // organs shown on a body (an anatomy chart says "diagram", not "visible")
    '<organs (visible|exposed|showing|spilling|hanging out|everywhere)>',
    '<(pull|pulling|pulled|pulls|rip|ripping|ripped|tear|tearing|yank|yanking) out (a |the |his |her |some )?(guys?|mans?|persons?|victims?|kids?|womans?|girls?) (intestines|guts|organs|entrails|innards)>',
    '<(no|without) an(a|e)sthesia ~~(scream|screaming|screams|blood|bloody|cutting|cut)',
    // a pet cooked or blended (a cat beside a microwave is not)
    '<(put|puts|putting|stuck|shoved|throw|threw|thrown)[a-z]* (a |the |my |his |her )?(cat|kitten|dog|puppy|hamster|pet|baby|bird)s? in(to)? (a |the )?(microwave|oven|blender|freezer)>',
    '<(cat|kitten|dog|puppy|hamster|pet|baby|bird) (that )?(got |was )?(put|stuck|shoved|cooked|microwaved|blended) in(to)? (a |the )?(microwave|oven|blender)>',
    '<microwav(ed|ing) (a |the |my )?(cat|kitten|dog|puppy|hamster|pet|baby)>',
    // ninth round (test sets 21–28 read): a pet under a mower, what a shark left, kicked till it stops moving, a bombing
    {
      pattern: '<(cat|cats|dog|dogs|kitten|kittens|puppy|puppies|bird|hamster|rabbit|hedgehog|frog) ~~(lawn ?mower|mower|wood ?chipper)',
      context: { en: '<(pieces|blood|bloody|guts|mangled|shredded|splattered|everywhere|went over|ran over)>' },
    },
    {
      pattern: '<(whats|what is|what was|what remains) left of',
      context: {
        en: '<(shark|truck|train|bomb|bombing|explosion|crash|grenade|landmine|bear|crocodile|gator|lawn ?mower|wood ?chipper|ran (him|her) over|run over)>',
      },
    },
    '<until (it|he|she|they|the (dog|cat|guy|man|kid)) (stops|stop|stopped) (moving|breathing|twitching)>',
    {
      pattern: '<not in one piece>',
      context: { en: '<(bomb|bombing|bombed|explosion|blast|crash|grenade|shelling|massacre|terror|attack|people|bodies|body)>' },
    },
    // tenth round (test sets 29–34 read): a face peeled off, human meat, a person field-dressed, a neck sawn
    // through, a fall from a skyscraper, a bloated body, a blood pool, pills "to end it"
    '<(face|skin|scalp)s? (thats been |that s been |that was |been |was |got )?(peeled|ripped|torn|flayed|skinned) off>|<peeled off (face|skin)',
    '<(meat|carcass|carcasses) ~~(is|are|was|were) (people|humans|human|a person|human beings)>|<human meat>',
    '<(field dressing|field dressed|gutting|skinning|butchering) (a |the )?(person|human|man|woman|guy|girl|kid|body)>',
    '<(saw|sawing|sawed|cut|cutting|slicing|hacking)[a-z]* (through|off) (the |his |her |a )?(neck|head|throat)>',
    '<(after|when|while) (jumping|falling|jumped|fell) (off|from) (a |the )?(skyscraper|roof|building|bridge|balcony|cliff)>',
    '<(body|bodies|corpse|corpses) ~~(bloated|rotting|rotten|decomposing|decomposed|maggots)>|<bloated (body|bodies|corpse|corpses)>',
    { pattern: '<blood pools?>', context: { en: '<(dead|body|corpse|lying|victim)>' } },
    { pattern: '<to end it( all)?>', context: { en: '<(pills|bottle|swallow|swallowed|overdose|rope|bridge|jump|meds)>' } },
    // eleventh round: a pet in a running microwave
    '<(cat|cats|kitten|kittens|dog|puppy|hamster|pet|baby|bird)s? in (a |the )?(running|hot|switched on|turned on) (microwave|blender|oven)>',
    // validation sets 18–20: what is left of a person after a crash
    '<(whats|what is|what was|what remains) left of (a |an |the )?(biker|cyclist|body|guy|man|woman|person|driver|victim|pedestrian|him|her|kid|child)>',
  ],
};

export const enDrugsOrdinaryMix: GateLexicon = {
  lang: 'en',
  category: 'drugs',
  block: [
    // pills crushed to snort (a pill swallowed with water is medicine)
    '<(snort|snorts|snorting|snorted|sniff|sniffing|rail|railing) ~(blues|percs|perc|oxys?|oxycontin|roxys?|xans|bars|pills|addy|adderall)>',
    '<(blues|percs|oxys?|roxys?|xans|bars|pills|addy|adderall) to (snort|sniff|rail)>',
    '<crush(ing|ed|es)? (up )?(some |the )?(blues|percs|oxys?|roxys?|xans|bars|addy)>',
    '<(rolled|rolled up|rolling) (dollar |hundred |20 |twenty )?(bill|bills|banknote|note) ~~(nose|snort|sniff|line|lines|table)',
    '<(walter white|heisenberg)s? ~~(product|blue sky|batch|cook|cooking|crystal|meth)>|<blue sky (product|meth|batch|crystal)>',
    // tenth round: china white slipped into a drink, "skiing" in a club bathroom
    { pattern: '<china white>', context: { en: '<(slip|slips|slipping|slipped|coffee|drink|dose|high|shift)>' } },
    '<(skiing|ski trip|going skiing|snowboarding) in (the |a )?(club|bar|toilet|bathroom|restroom|stall)',
  ],
};

export const enSexualOrdinaryMix: GateLexicon = {
  lang: 'en',
  category: 'sexual',
  block: [
    '<suck[a-z]* (on )?(my|his|ur|your|their|a|the) (d|pp|peen|peepee|wiener|weiner|meat|meatstick|johnson|schlong)>',
    '<noods? (pic|pics|photo|photos|selfie|selfies)>|<send noods>',
    // a girl undressing in a changing room or a shower (a knight taking off armour is not a girl)
    '<(girl|girls|woman|women|schoolgirl|schoolgirls|teen|teens|wife|gf|girlfriend|sister|streamer|lady|ladies|chick|babe|milf)s? (undressing|stripping|getting undressed) (in|at|on|for (you|me|us|the camera|daddy)|slowly|completely|fully|naked|live|while|and)>',
    '<(undress|undressing|undresses|stripping) (in|at) (the |a )?(locker|shower|bathroom|bedroom|changing)',
    // validation sets 18–20: nothing on and no censorship; "down and dirty" on a counter
    {
      pattern: '<(no|without) (steam|censor|censor bars|censorship|mosaic)>',
      context: { en: '<(nothing on|naked|nude|undressed|bare|topless)>' },
    },
    '<down and dirty ~~(on|in) (the |a )?(counter|table|bed|desk|couch|sofa|floor|kitchen|car|backseat)>',
    // ninth round: her "pillows" popping out, minus the shorts, the pizza guy's special tip
    '<(your|ur|her|their) (pillows|melons|jugs|puppies|twins|headlights|tatas|ta tas|assets|honkers|bazongas) (popping|falling|spilling|hanging|bursting) out',
    '<minus (the |your |ur |her )?(shorts|pants|panties|skirt|bra|underwear|clothes)>',
    '<(pizza|delivery|pool) (guy|boy|man) (getting|gets|got) (a )?(very )?special',
    // tenth round: rolling in the hay, "his little friend" out, choking the chicken, making a baby on show
    '<roll(ing|s|ed)? in the hay>',
    '<(his|ur|your|my) (little|lil) (friend|buddy|guy|man|soldier) (out|hanging out|waving|standing)',
    '<chok(e|es|ing|ed) the chicken>',
    // eleventh round: "make it explicit" about two people, what parents do behind the bedroom door
    { pattern: '<(make it|in) explicit>', context: { en: '<(birds and the bees|humans|two people|couple|bedroom|parents|naked)>' } },
    { pattern: '<lock(s|ed|ing)? the bedroom door>', context: { en: '<(in detail|detailed|explicit|what they do|what my parents)>' } },
    { pattern: '<making (a )?(baby|babies)>', context: { en: '<(show|showing|process|action|naked|in bed|how they)>' } },
  ],
};

export const enHateOrdinaryMix: GateLexicon = {
  lang: 'en',
  category: 'hate',
  block: [
    // a monkey or an ape said to be black people or Obama (black people and monkeys at the zoo are not)
    {
      pattern: '<(monkey|monkeys|ape|apes|gorilla|gorillas|chimp|chimps|baboon|baboons)>',
      context: {
        en: '<(its|it is|thats|that is|theyre|they are|he is|hes|called|named|as|like) (all )?black (people|person|guys?|man|men|woman|women|kids?|folks|community)>|<(obama|negros?|negroes)>',
      },
    },
    // a black family pictured as monkeys; the hook-nosed puppet masters; the black sun; white sheets and pointy hats
    '<black (family|families|people|kids|guys?|man|men|woman|women|neighbou?rs?|folks|players?) ~~(as|like) (a )?(group of |bunch of |pack of |family of |troop of )?(monkeys|apes|gorillas|chimps|baboons)>',
    {
      pattern: '<hook ?nosed?>',
      context: {
        en: '<(control|controlling|controls|run the world|world|puppets?|puppeteers?|money|banks?|greedy|gold|jews?|jewish|kippah|yarmulke|little hats)>',
      },
    },
    { pattern: '<black sun>', context: { en: '<(nazi|nazis|ss|runes?|reich|aryan|swastika|1488|1487|1489|88|14|wolfsangel|totenkopf)>' } },
    '<white (sheets|robes|hoods) ~~(pointy|pointed|cone|coned) (hats|hoods)>|<(pointy|pointed) (white )?(hats|hoods) ~~(night ride|burning cross|cross burning|rope|lynch)',
    // tenth round: the swastika described, "my struggle" with its author, whites only
    '<(ends|arms|tips) (all )?(bent|hooked|turned) (clockwise|to the right|at right angles)>',
    { pattern: '<my struggle>', context: { en: '<(mustache|moustache|austrian|book|mein|reich|fuhrer|painter|throne)>' } },
    '<(whites|white people) only>|<only for (whites|white people)>',
    // eleventh round: the broken cross of WW2 Germany
    { pattern: '<broken cross(es)?>', context: { en: '<(ww2|wwii|germany|german|nazi|nazis|reich|1939|heroic|third reich)>' } },
    // people of a continent pictured as apes or vermin
    '<(people|folks|immigrants|refugees|migrants) from (africa|the middle east|mexico|asia|india|china|the south) ~~(as|like|are) (monkeys|apes|rats|cockroaches|roaches|animals|vermin|pigs|dogs|gorillas)>',
    // "if you see a muslim, shoot"
    '<(see|meet|find|spot|sees) (a |an )?(muslim|jew|arab|black guy|black person|gay|immigrant|mexican|asian|gypsy|refugee)s? ~(shoot|kill|stab|hang|burn)>',
  ],
};

export const enProfanityOrdinaryMix: GateLexicon = {
  lang: 'en',
  category: 'profanity',
  block: [
    // a hoe on a street corner, not a garden hoe
    { pattern: '<hoes?>', context: { en: '<(corner|paid|pimp|pimps|slut|sluts|thot|whore|street walker|streetwalker)>' } },
  ],
};
