import type { GateLexicon } from '../types.js';
import { EN_DEHUMAN, EN_GROUP, splitByFirstLetter } from './concepts-described.js';

/**
 * English 18+ told without the named word (issue 11, classes 3–6): the spellable part of
 * paraphrase. Each entry is a family of phrasings (a verb root, a group word, a picture),
 * never one message. Look-alikes left alone on purpose are listed in src/gate/README.md.
 */

/** People a hateful picture targets. */
const GROUP =
  '(jews|jewish people|muslims|blacks|black (people|folks|men|women|kids)|africans|immigrants|migrants|refugees|illegals|gays|gay (people|men|guys)|trans (people|women|folks)|gypsies|roma|roma people|asians|mexicans|mexican (family|families|people)|arabs|chinese people|disabled people|the disabled|homeless people|women|negroes|indians)';
const DEHUMAN =
  '(rats|rat|apes|monkeys|gorillas|vermin|cockroaches|roaches|insects|bugs|pigs|swine|cattle|animals|parasites|lice|locusts|trash|garbage|trash bags|vegetables|monsters|bats|subhumans|spiders|snakes|maggots|leeches|pickpocket rats|dogs)';

export const enHateDescribed: GateLexicon = {
  name: 'en-described',
  lang: 'en',
  category: 'hate',
  block: splitByFirstLetter([
    // The group is a context, not the rule's start: a rule starting with 30 group words is tried
    // at every word beginning with one of their letters, and that halved the gate's speed.
    // One rule for both animal lists (each extra "as …" rule is tried at every "as" and "like").
    { pattern: `<(as|like) ~(${DEHUMAN}>|${EN_DEHUMAN})`, context: { en: `<${GROUP}>|${EN_GROUP}` } },
    `<(kill|killing|burn|burning|burned|hang|hanging|lynch|lynching|gas|gassing|shoot|shooting|beat|beating|beaten|chase|chasing|drown|drowning|stomp|stomping|exterminate|exterminating) ~${GROUP}>`,
    { pattern: '<(being )?(burned|killed|lynched|gassed|beaten|hanged|drowned|exterminated|set on fire)>', context: { en: `<${GROUP}>` } },
    '<(lesser|inferior|master) races?',
    '<day of the rope',
    '<(gas|gassing) (shower|showers|chamber|chambers)',
    '<(funny|happy|cute|pastel|fun) ~(gas chamber|gas shower|concentration camp|death camp|holocaust|auschwitz)', // not a cute oven or a fun summer camp
    '<train (ride )?to the camps',
    '<(6|six) million ~(funny|joke|scoreboard|score|lol|hoax|didnt|never)',
    '<yellow stars? on (a |the |his |her |their )?(coat|coats|jacket|jackets|clothes|sleeve|chest|shirt)',
    '<(hooked|crooked) cross', // not a broken cross on an old grave
    '<black sun ~(runes|lightning|bolts|nazi|twelve)',
    '<(twelve|12) (broken )?(lightning|sig|sowilo) (bolts|runes)',
    {
      pattern: '<(lightning|sig|sowilo|ss) runes',
      context: { en: '<(armband|frog|nazi|flag|black sun|eagle|helmet|uniform|salute|collar|peaked|skull|badge|patch|tattoo|officer)' },
    }, // a wizard's runes are fine
    '<(stiff|straight) ?arm(ed)? salute',
    '<toothbrush (mustache|moustache) ~(salute|balcony|armband|speech)',
    '<(burning|flaming) cross',
    '<(skull|totenkopf) ~(peaked|officer|ss) cap',
    '<eagle (holding|on|over|with) (a )?wreath',
    '<(people|nation|race|ethnic group) (erased|wiped out|exterminated|cleansed)',
    '<ethnic(ally)? cleans',
    '<no dogs (or |no |and )?(gypsies|jews|blacks|irish|negroes|mexicans)',
    { pattern: '<(furnace|furnaces|oven|ovens)>', context: { en: '<(illegals|jews|the camps|camp)>' } },
  ]),
};

export const enGoreDescribed: GateLexicon = {
  name: 'en-described',
  lang: 'en',
  category: 'gore',
  block: splitByFirstLetter([
    '<throats? (slit|cut)',
    '<stab wounds',
    '<(fresh|deep|bleeding) cuts on (my|his|her|the|their)? ?(arm|arms|wrist|wrists|thighs|thigh|legs)',
    '<wrists? cut',
    '<(corpse|body|dead body|man|woman|person) hanging (in|from) (a |the )?(closet|ceiling|tree|rafters|beam)',
    '<(chair|stool) (and|with) a noose',
    '<(with|in) a noose',
    '<(fingernails|nails|teeth|eyes) (pulled|ripped|torn) out',
    '<(compound|open) fracture',
    '<bones? sticking out',
    '<(insides|guts|organs) (out|hanging out|spilling)',
    '<(fed|feeding|thrown|pushed) into a (woodchipper|wood chipper|meat grinder)',
    '<skin (peels|peeling|peeled|melting|melts) off',
    '<(face|skin) melting',
    '<eyes? ?balls? (hanging|popped|popping) out',
    '<(eye|eyeball) (hanging|popped|popping) out',
    '<(intestines|guts) as a (jump )?rope',
    '<bloated ~(body|corpse)',
    '<drowned (body|corpse|man|woman|child|kid|girl|boy)',
    '<(kid|child|person|man|woman|girl|boy|dog|cat|someone) (getting|got|gets|being) (hit|run over|crushed) by a (truck|train|car|bus)',
    '<self ?delete',
    '<end it all',
    '<roping>',
    '<rope (myself|tonight)',
    '<(jumping|jumped|falling|fell) off (a|the) (bridge|roof|building|skyscraper) ~mid ?fall',
    '<(taking|take|took|swallow|swallowing|swallowed|down|downing) (the |a )?(whole )?(bottle|handful|pack|jar) of (pills|sleeping pills|tablets)',
    '<(me|myself|i) ~sleeping forever', // Sleeping Beauty sleeps forever too
    '<after (a|the) (school )?shooting',
  ]),
};

export const enDrugsDescribed: GateLexicon = {
  name: 'en-described',
  lang: 'en',
  category: 'drugs',
  block: splitByFirstLetter([
    '<(cook|cooking|cooked|cooks) (meth|dope)>',
    // "cooking crystal clear soup": crystal is meth only where it is cooked like it
    {
      pattern: '<(cook|cooking|cooked|cooks) (crystal|crystals|rock|rocks)>|<(crystal|crystals|rock|dope) (being )?(cooked|cooking)',
      context: { en: '<(trailer|lab|baggie|blue|woods|jugs|tubing|pills|powder|rv|meth|camper)>' },
    },
    '<(blue|white|pink) crystals? ~(teacher|heisenberg|baggie)',
    '<bag of blue crystals',
    '<(nose|face) full of (snow|powder|white)',
    '<lines? (on|off) (a |the |my |his |her )?(mirror|key)',
    '<(plate|mirror|table) of white lines',
    { pattern: '<white lines', context: { en: '<(party|nose|mirror|rolled|bill|straw|club|snort|sniff)' } }, // road markings are white lines too
    '<rolled (up )?(bill|dollar|banknote|twenty|hundred)', // not a rolled note in a bottle
    '<(baggie|bag|pile|line|lines|bump|key) of (white |pink )?powder',
    '<(smoking|smoke|smokes|smoked) (rocks|ice|glass|foil)',
    '<tweakers?>', // not "tweaking the settings"
    '<dope ?sick',
    '<fiend(ing|in) for (another|a|more|the next) (hit|fix|bump|line)',
    '<(injecting|shooting up) ~(toes|veins|heroin|arm)',
    '<chasing the dragon',
    '<huff(ing|s)? (paint|glue|gas|spray|markers)',
    '<geek(in|ing) off',
    '<tripping balls',
    '<(on|dropping|drop|took) tabs>',
    '<tabs of (acid|lsd)',
    '<rolling on (pills|molly|x|e|ecstasy)>',
    '<purple drank',
    '<lean in a',
    '<bump (off|of) (my|a|the|his|her) (house |car )?key',
    '<key bump',
    '<the plug ~(dropping|drop|drops|package|delivery)',
    '<(selling|sell|sold|sells) (zips|grams|baggies|molly|coke|dope)',
    '<dealer (handing|selling|giving) (a )?(baggie|bag|pills|teen|teenager|kid|student)', // a casino dealer hands cards
    '<weed (brownies|cookies|gummies)',
    '<(rolling|roll|rolled|rolls|smoking|smoke|smoked|fat|lit) (a )?(fat )?(blunt|blunts|spliff|spliffs)',
    '<dab rig',
    // a kitchen lab is also a science lesson: only with what is cooked there
    {
      pattern: '<(kitchen|trailer|garage|basement) lab|<lab in the (woods|desert|trailer|basement|garage)',
      context: { en: '<(crystal|crystals|cook|cooking|meth|powder|pills|jugs|tubing)>' },
    },
    '<cooking down pills',
    '<belt tied around (an|his|her|my|the) arm',
    '<pill (press|mill)',
  ]),
};

export const enSexualDescribed: GateLexicon = {
  name: 'en-described',
  lang: 'en',
  category: 'sexual',
  block: [
    '<(girlfriend|gf|wife|streamer|girl|woman|her|him|me|mom|sister|teacher) ~with nothing on>',
    '<in bed ~nothing on>',
    '<booty call',
    '<(thigh highs|stockings|heels|socks|hands|apron|necktie|tie|towel|panties|bra|lingerie) and nothing else', // not "just a cat and nothing else"
    '<nothing else on>',
    '<under her (bikini|skirt|dress|towel|panties|clothes|top)',
    '<on (her|his) knees in front of (me|him|her)',
    '<going down on (her|him|me)',
    '<sitting on ~face>',
    '<touching (herself|himself|themselves|myself|yourself)',
    '<(riding|rides|ride) (someone|somebody|him|a guy|her boyfriend)>', // not "riding his bike"
    '<missionary (style|position)', // a missionary in a village is fine
    '<morning wood',
    '<(pants|panties|underwear) (down|off)',
    '<skirt (up|lifted|pulled up|rides up|riding up)',
    '<bent over ~(skirt|naked|panties|ass|nothing)',
    '<massage ~happy ending', // a fairy tale's happy ending is fine
    '<(streamer|her|him|girl|woman|wife|girlfriend|gf|me|she|he) ~(in the )?shower ~no towel',
    '<(videos|pictures|pics|ones) on those sites',
    '<(takes|taking|take|took|slowly) off (her|his) (bra|panties|underwear|stockings|clothes|dress)', // not a boy taking off his shirt to swim
    '<undress(ing|es|ed)? ~(slowly|in steps|step by step|frame by frame|completely|fully)',
    '<strip(s|ping|ped)? (down )?(naked|nude|to nothing)',
  ],
};
