import type { GateAllowList, GateLexicon } from '../types.js';
import { PARTNER_EN, PRIVATE_PLACE_EN, TARGET_EN, TARGET_NOUN_EN } from './sexual-concepts.js';

/**
 * Sexual content by paraphrase, English (issue 11, class sexual-paraphrase, third round): the
 * vocabularies viewers use instead of the sex word — algospeak (seggs, corn, spicy pics, OF),
 * euphemisms for the act (doing it, going at it, hooking up, netflix and chill, a quickie), idioms
 * of nakedness (in the buff, without a stitch on), body slang (milkers, boobas, thicc), acts told by
 * position (riding me, bouncing on my lap, reverse cowgirl), undressing told in steps ("first the
 * jacket, then the shirt, then the rest") and suggestive scenes (a shower peek, handcuffs on a bed,
 * a towel that slips). Words with an innocent reading (corn, doing it, handcuffs, thicc, quickie,
 * bent over) need a second concept in the message: a target, a couple, a bed.
 */

/** Two people together: what makes "doing it" or "going at it" about sex. */
const COUPLE_EN =
  '<(me and (my|her|the)|two of them|both of them|couple|lovers|(my|the) (gf|girlfriend|wife|crush|neighbou?r|teacher|classmate|streamer) and (me|i|him)|him and her|her and (him|me))>';

/** Garments named in turn: the earlier steps of an undressing story. */
const GARMENT_STEP_EN =
  '<(first|then|next|after that) (off )?(the |her |his |my |your )?(jacket|coat|shirt|top|blouse|hoodie|sweater|dress|skirt|jeans|pants|trousers|shorts|bra|stockings|tights|socks|shoes|heels|robe|towel)>';

export const enSexualParaphrase: GateLexicon = {
  name: 'en-sexual-paraphrase',
  lang: 'en',
  category: 'sexual',
  block: [
    // undressing in steps: a last step after garments named in turn
    {
      pattern: '<(then|and then|next|finally|after that) (everything|the rest|all the rest|everything else|all of it|nothing|whats left)>',
      context: { en: GARMENT_STEP_EN },
    },
    '<(slipping|slips|slipped|slides|sliding|slid|wriggling|wriggles|peels|peeling) out of (her|the) (dress|clothes|clothing|skirt|jeans|shirt|top|bikini|swimsuit|pajamas|nightie|robe|towel|lingerie|underwear)',
    '<(her )?(undies|panties|bra|underwear|lingerie|bikini) (coming off|come off|comes off|off)>',
    '<(her|no|without|without any) undies>',
    {
      pattern: '<towels?>',
      context: {
        en: '<towels? (that )?(slips|slipping|slipped|drops|dropping|dropped|falls|falling|fell|falls off|slides)|<(drops|dropped|dropping|drop|loses|lost|lets go of|let go of|pulls away|pull away) (her|the) towel',
      },
    },
    {
      pattern: '<without (the|her|any|a) (top|shirt|bra|clothes|dress|skirt|pants|panties|underwear|bikini|swimsuit)>',
      context: { en: TARGET_EN },
    },
    // nakedness as an idiom
    '<in the (buff|nude)>',
    '<(without|not) a (stitch|thread|scrap)( of clothing| of clothes)? on',
    '<(barely|hardly|scantily) (dressed|clad|clothed|covered|anything on)>',
    '<skinny ?dip(ping|s)?>',
    '<going commando>',
    { pattern: '<nothing else on>', context: { en: `${TARGET_EN}|${PRIVATE_PLACE_EN}|<curves>` } },
    { pattern: '<wearing (nothing|absolutely nothing|nothing at all)>', context: { en: TARGET_EN } },
    {
      pattern: '<everything (out|hanging out|showing|on display)>',
      context: { en: '<(pinup|pin up|pose|posing|naked|nude|lingerie|bikini|bed|tits|boobs)>' },
    },
    // algospeak: the sex word said around the filter
    '<(seggs|segs|secks|s3ggs|seggsy|sexo|sexx)',
    {
      pattern: '<(corn|c0rn)>',
      context: {
        en: `<corn (pics|pictures|art|vids?|videos?|site|sites|star|stars|hub|stash|addict|account)>|<corn (of|with) (my |the |your |a )?${TARGET_EN.slice(1)}|<(watching|watch|spicy|lewd|free|hardcore|furry|hentai) corn>`,
      },
    },
    '<(spicy|naughty|lewd|saucy|risque|thirst ?trap|nsfw|explicit|raunchy|steamy|x rated) (pics|picz|pix|selfies?|photos?|content|vids|videos?|snaps|fanart|pictures|shots|nudes|drawings?|art|photoshoot|shoot)>',
    '<thirst ?traps?>',
    "<(her|his|their|streamer's|streamers|girlfriend's|gf's|wife's|teacher's|crush's|classmate's|neighbour's|neighbor's) of (content|pics|leaks?|page|account|vids)>",
    '<fansly',
    '<adult (content|pics|pictures|photos|scenes?|stuff|fanart|site|sites|film|films|movie|movies|videos?|toys?|entertainment)>',
    '<(feet|foot) (pics|pictures|photos|content)>',
    '<boudoir (shoot|photos?|pics|photoshoot|session|style|pictures)>',
    // the act, said around
    { pattern: '<(doing|do|did|does) it>', context: { en: COUPLE_EN } },
    { pattern: '<going at it>', context: { en: `${COUPLE_EN}|${PRIVATE_PLACE_EN}|<(couch|sofa|car|back ?seat)>` } },
    '<(hooking|hooked|hook|hooks) up (in|on|at) (the|a|her|my) (back ?seat|bathroom|bed|couch|car|stall|closet|club|party|office)',
    '<(hooking|hooked|hook|hooks) up with (her|my|the|a) (gf|girlfriend|crush|teacher|classmate|streamer|neighbou?r|coworker|boss|stranger|girl|chick)',
    '<(a |the )?hook ?ups? (in|at) (the|a) (back ?seat|bathroom|stall|bed|club|party|closet|car|office)',
    '<(doing|do) the (nasty|deed|horizontal)',
    '<(making|make|made|makes) whoopee',
    '<horizontal (tango|mambo|refreshments?)',
    { pattern: '<quickies?>', context: { en: `${PARTNER_EN}|<(office|bed|bathroom|car|closet|stall|back ?seat|with her)>` } },
    '<booty ?calls?>',
    '<(friends with benefits|fwb|one ?night ?stands?)>',
    '<netflix (and|n|an|&) chill',
    '<(getting|get|got) busy (in|on) (the |my |her )?(bed|couch|sofa|back ?seat)',
    '<(smash|smashing|smashed) (her|my (gf|girlfriend|crush|teacher|classmate|neighbou?r))>',
    '<(bouncing|bounces|bounce|grinding|grinds|grind) on (my|his|her) (lap|dick|cock|face)',
    { pattern: '<(riding|rides|ride) (me|him)>', context: { en: `${TARGET_EN}|<(bed|naked|nude|lingerie|cowgirl|moaning)` } },
    '<(reverse cowgirl|in cowgirl|cowgirl on top|cowgirl style)',
    { pattern: '<on top of (me|him)>', context: { en: `${PARTNER_EN}|<(naked|nude|bed|riding|grinding|bouncing|lingerie|panties)>` } },
    { pattern: '<legs (wide )?(open|apart)>', context: { en: '<(bed|couch|sofa|naked|nude|panties|skirt|for me|camera|towards)' } },
    '<lap ?danc(e|es|ing|er)',
    '<strip ?poker',
    '<(happy ending massage|massage with a happy ending)',
    '<(cheeks|booty|ass) clap',
    '<clapping (cheeks|booty)',
    { pattern: '<from behind>', context: { en: '<(booty|ass|butt|cakes|cheeks|thong|panties|naked|nude|bent over|doggy)>' } },
    '<dat (ass|booty|butt)>',
    '<(touching|touches|touch|pleasuring|pleasures) (herself|himself|themselves|yourself)>',
    {
      pattern: '<suggestive(ly)?>',
      context: { en: `${TARGET_EN}|<(pose|posing|popsicle|lollipop|banana|bikini|lingerie|bed|licking|sucking)` },
    },
    {
      pattern:
        '<(wearing|in) (only|just|nothing but) (my|his|your|a|an|her) (shirt|tshirt|t shirt|hoodie|jersey|sweater|apron|bedsheet|sheet|blanket|towel|tie|bathrobe)>',
      context: { en: `${TARGET_EN}|${PRIVATE_PLACE_EN}` },
    },
    '<nothing but (a |her |my )?(bedsheet|bed sheet|sheet|blanket|duvet)>',
    {
      pattern: '<(steamy|passionate|naughty|spicy) nights?>',
      context: { en: `${COUPLE_EN}|${PARTNER_EN}|<(together|in bed|bedroom|with (her|him|me))>` },
    },
    {
      pattern: '<wet (white )?(t ?shirt|tshirt|tee|shirt|top|blouse)',
      context: { en: `${PARTNER_EN}|<(contest|no bra|braless|see ?through|clinging|nipples|her chest)` },
    },
    '<(hand|hands|fingers) (down|inside|under) (her|his|my|your) (pants|panties|shorts|skirt|underwear|jeans|shirt|bra|top)>',
    '<spread(ing|s)? (for me|for him|for the camera|wide for)',
    { pattern: '<69>', context: { en: '<(in|doing|do) (the )?69>' } },
    {
      pattern: '<(doing|do|did) (you know what|ykw|the thing|that thing|stuff)>',
      context: { en: `${COUPLE_EN}|${PRIVATE_PLACE_EN}|<(under the covers|in bed)` },
    },
    { pattern: '<(making|make|made|makes) love>', context: { en: `${COUPLE_EN}|${PARTNER_EN}|${PRIVATE_PLACE_EN}` } },
    { pattern: '<skimpy>|<revealing (outfit|outfits|clothes|clothing|top|lingerie|costume|bikini|swimsuit)', context: { en: TARGET_EN } },
    '<flash(ing|es|ed)? (me|us|him|her (boobs|tits|chest|breasts|butt|ass))>',
    '<(show|shows|showing|showed|flash|flashing|flashes|reveal|revealing|reveals) (off )?her (goods|assets|goodies|bits|cleavage|chest|boobs|tits|butt|ass|everything)>',
    '<(pressing|presses|squeezing|squishing|squeezes) (her|his|your|my) (chest|breasts|boobs|tits|butt|ass) (against|together|on)',
    {
      pattern: '<(no|without) (swimsuits?|bathing suits?|swimwear|swim ?trunks|bikinis?)>',
      context: { en: `${PARTNER_EN}|<(hot tub|jacuzzi|skinny|us|together|her)>` },
    },
    {
      pattern: '<(ball ?gag|gagged)',
      context: { en: `${PRIVATE_PLACE_EN}|<(latex|leather|lingerie|handcuffs|collar|leash|tied|teacher|maid|streamer|sexy|kinky)` },
    },
    // paid sex and its places
    '<lad(y|ies) of the night>',
    { pattern: '<working girls?>', context: { en: '<(corner|street|johns|clients|customers|red light|pimp|curb)' } },
    '<red light district',
    "<(gentlemen's|gentlemens|gentleman's|gentlemans) club",
    '<waiting for (johns|clients|customers) ~(corner|street|curb)',
    '<glory ?holes?>',
    { pattern: '<sugar (baby|babies|daddy|daddies|mommy)>', context: { en: `${TARGET_EN}|${PRIVATE_PLACE_EN}` } },
    { pattern: '<(hotel|motel) (room )?(for|by) (an|the) hour>', context: { en: `${TARGET_EN}|<with (my|her|the|a) ` } },
    // power play
    '<dominatrix',
    '<(dom|domme|master|mistress) (and|&) (sub|slave)',
    {
      pattern: '<(sub|submissive|slave) (girl|boy|pet)>|<(collar|collared) and (a )?leash',
      context: { en: '<(master|mistress|kneeling|on her knees|naked|lingerie|crawling|owner|her)>' },
    },
    { pattern: '<(bimbo|bimbos)>', context: { en: '<(heat|lingerie|bed|naked|sexy|boobs|bent|bimbofication|slutty)' } },
    { pattern: '<in heat>', context: { en: PARTNER_EN } },
    // arousal, "like one of your French girls", the morning after
    '<like (one of )?(your|his|my|those) french girls',
    '<(turn|turns|turned|turning) (me|him|you|us) on>',
    '<compromising (position|positions|pose|poses|photo|photos|pics)',
    '<woohoo(ing|ed)>',
    '<(doing|do|did|having|have) (the )?woohoo>',
    { pattern: '<(panting|pants heavily)>', context: { en: `${PRIVATE_PLACE_EN}|<(under the (sheets|covers)|naked|moaning|sweaty)` } },
    { pattern: '<gagging on', context: { en: PARTNER_EN } },
    { pattern: '<hickeys?>', context: { en: `${PRIVATE_PLACE_EN}|<(all over|everywhere|naked|clothes everywhere|after)` } },
    { pattern: '<private lessons?>', context: { en: '<(bedroom|in bed|her bed|his bed|lingerie|naked|after hours)' } },
    // his body and hers, told around: his package, what's under her skirt
    {
      pattern: '<(package|bulge|bulging)>',
      context: {
        en: '<(bulge|bulging|package) in (his|the|my) (pants|shorts|jeans|boxers|underwear|speedo|briefs)|<package (up close|outline)|<(grab|grabbing|grabs|touching|touches) (his|my) package',
      },
    },
    "<(his|guys|guy's|mans|man's|your|my) (member|manhood|wang|willy|pecker|schlong|dong|todger)>",
    {
      pattern: '<thing>',
      context: {
        en: '<(grabbing|touching|stroking|sucking|licking) (his|your|my) thing>|<(his|your|my) thing (in her (hand|mouth)|hard|up close)',
      },
    },
    {
      pattern:
        "<under (her|the streamer's|the streamers|my (gf's|girlfriend's|crush's|classmate's|teacher's|wife's)) (skirt|dress|towel|panties|clothes|robe|underwear|bikini|swimsuit|nightie)>",
      context: { en: '<(what|whats|view|looking|look|see|peek|camera|angle)' },
    },
    '<(you know (which|what) sites?|like (on|in) those (sites|websites|videos|vids|movies)|like the (girls|women) in those (videos|vids|movies))',
    '<like those (videos|vids) on the internet',
    '<eat(ing|s)? (her|him|me) out>',
    { pattern: '<pov>', context: { en: '<(kneeling|on (her|my|your) knees|in front of me|bed|naked|nude|riding|lingerie)' } },
    { pattern: '<the d>', context: { en: '<(wants|want|needs|need|take|takes|taking|ride|riding|sucking|suck|craving) the d>' } },
    { pattern: '<her bush>', context: { en: '<(naked|nude|trimmed|hairy|shaved|no panties|panties)' } },
    '<between (her|his) (thighs|cheeks|breasts|boobs|tits)',
    '<(hand|hands|fingers) (in|inside|down|under) (his|her|my) (boxers|briefs|panties|underwear|undies|knickers)',
    '<(pulling|pulls|pulled|pull|yanking|tugging|sliding|slides) (down )?(his|her) (boxers|briefs|panties|underwear|undies|knickers) ?(down|off)?>',
    '<(her )?(nips|nipples) (poking|showing|visible|out|through)',
    // the act in clinical words, "the first time", a bed or a car that rocks
    '<(sexual )?intercourse>',
    '<coitus',
    '<copulat',
    '<deflower',
    '<(losing|lose|lost|loses|take|took|taking|takes|took) (her|his|my|their|your) (virginity|v card|v-card|cherry)',
    {
      pattern: '<(their|our|her|his|my) first (time|night)>',
      context: { en: '<(bed|bedroom|sheets|together|naked|nude|night together)>' },
    },
    { pattern: '<(making|make|made|makes) (a )?bab(y|ies)>', context: { en: '<(bed|bedroom|together|tonight|naked|sheets)>' } },
    {
      pattern: '<(bed|car|van|couch|sofa) (squeaking|squeaks|rocking|rocks|shaking|shakes|creaking|creaks|bouncing)',
      context: { en: '<(with them|with a couple|couple|them in it|us in it|inside|two of them|lovers)' },
    },
    '<thot(s|ty)?>',
    '<x ?rated>',
    '<not safe for work',
    {
      pattern: "<(cant|can't|can not|cannot|couldnt|couldn't) show (my|to my) (mom|mum|mother|parents|kids|boss)",
      context: { en: `${PARTNER_EN}|<(naked|nude|body|bed)>` },
    },
    { pattern: '<dirty (pictures?|pics|drawings?|photos?|fantasies|fantasy|thoughts|things)>', context: { en: TARGET_EN } },
    {
      pattern: '<(giving|gives|gave|give) it up',
      context: { en: '<(giving|gives|gave|give) it up (in|on) (the |a |his |her |my )?(back ?seat|bed|couch|car)' },
    },
    {
      pattern: '<nothing (covering|underneath|under it|under there|under that)',
      context: { en: `${TARGET_EN}|${PRIVATE_PLACE_EN}|<(body|naked)` },
    },
    // body slang
    '<(boobas|boobies|bewbies|bazongas|badonkers|milkies)>',
    {
      pattern: '<(milkers|thicc|voluptuous|curvaceous)>',
      context: { en: `${TARGET_EN}|<(booty|bouncing|jiggl|twerk|shorts|bikini|lingerie|naked|nude|from behind)` },
    },
    { pattern: '<cakes>', context: { en: '<(booty|bouncing|jiggl|twerk|clap|from behind|thong|yoga pants)' } },
    // suggestive scenes: a peek, handcuffs on a bed, tied up, the morning after
    {
      pattern:
        '<(peek|peeking|peeks|peeked|peep|peeping|peeps|spy|spying|spies|perving) (at|on) (the |a |my |her |some |our )?(girl|girls|woman|women|her|neighbou?r|teacher|classmate|streamer|gf|girlfriend|stepsister|lady|ladies|wife|crush)',
      context: { en: '<(shower|showers|showering|changing|locker ?room|undressing|bathroom|bath|bathing|window)' },
    },
    '<(shower|locker ?room|changing ?room) (peek|peeking|peep|peeping|spy|cam)',
    '<peeping tom',
    { pattern: '<handcuff(s|ed)?>', context: { en: `${PRIVATE_PLACE_EN}|<(naked|nude|lingerie|sexy|kinky|blindfold|whip|teacher|maid)` } },
    '<tied (up )?to (the|a|her|my|his) (bed|bedpost|headboard)',
    {
      pattern: '<(messed|tangled|rumpled|wrecked|messy) (up )?(sheets|bed)>',
      context: { en: '<(sweaty|naked|nude|both of us|couple|after)' },
    },
    { pattern: '<(sheets|bed) (all )?(messed|tangled|rumpled|wrecked) up>', context: { en: '<(sweaty|naked|nude|both of us|couple)' } },
    '<(shower|bath|bathtub|jacuzzi|hot tub) for two',
    {
      pattern: '<(bent|bending|bends) over',
      context: {
        en: '<(fishnets|bunny|maid outfit|lingerie|stockings|thigh ?highs|femboy|yoga pants|leggings|mini ?skirt|short skirt|for me|for the camera|thong)',
      },
    },
    '<(bunny girl|bunny suit|maid outfit|french maid) ~(bent over|bending|lifting|lifts|no panties|lingerie)',
    '<(lifting|lifts|lifted|lift|hiking|hikes|hiked|pulling up|pulls up) (up )?her (skirt|dress)',
    '<(unbuttoned|undone|open) (shirt|blouse) ~(skirt up|no bra|bra showing)',
    '<skirt (up|lifted|hiked)>',
  ],
};

/** "Netflix and chill with my cat", a dog "doing it" on command: the euphemism needs a partner, not a pet. */
export const enSexualParaphraseAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(sleep|sleeps|sleeping|slept) with (her|him) (cat|dog|kitty|puppy|puppies|pups|kittens|cubs|babies|teddy|toy|plush|baby|kid|kids|son|daughter|doll|bear)',
    '<make love not war',
    '<(glassblowing|glass blowing|furnace|glassblowers) glory ?holes?>',
    '<eat(ing|s)? (her|him|me) out of (house|the house|business)',
    '<netflix (and|n|an|&) chill (with|and) (my |a |the )?(cat|dog|kitty|puppy|pizza|popcorn|snacks|family|mom|dad|brother|kids)',
    '<(peek|peeking|peeks|peep|peeping) (at|on|into|in) (the )?(bathroom|bath) (mirror|door|window|cabinet)',
  ],
};
