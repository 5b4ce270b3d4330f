import type { GateAllowList, GateLexicon } from '../types.js';

/**
 * Cruelty told by how it ends (fifth round): beaten, kicked or stabbed to death, burned or buried
 * alive, a kitten drowned, a dog beaten bloody. A battery of my own wording missed these while the
 * rules knew a cat in a microwave and a dog skinned alive. The verbs are violent ones only:
 * "bored / scared / tickled / loved to death", "до смерти надоел / напугал" and "eaten alive by
 * mosquitoes" pass; so do a lobster boiled alive on a cooking stream and "утопить горе".
 */

const EN_ANIMAL = '(cat|cats|kitten|kittens|kitty|dog|dogs|puppy|puppies|pup|pups|hamster|rabbit|bunny|horse|pony|bird|animal|animals|pet)';
// Word ends where a root is a prefix of innocent words (котлета, песок, песня).
const RU_ANIMAL =
  '(кот(а|у|ом|ов|ик|ика|ейка)?>|кошк|котенк|котят|собак|собач|щенк|щенят|пес>|пса>|псу>|псин|хомяк|кролик|лошад|птиц|птенц|животн|зверушк)';

export const enCruelty: GateLexicon = {
  name: 'en-cruelty',
  lang: 'en',
  category: 'gore',
  block: [
    '<(beat|beats|beaten|beating|kick|kicks|kicked|kicking|stab|stabs|stabbed|stabbing|stomp|stomped|stomping|club|clubbed|bludgeon|bludgeoned|hack|hacked|torture|tortured|torturing|maul|mauled|trample|trampled|strangle|strangled|choke|choked|whip|whipped|burn|burned|burnt|bleed|bled|bleeding) to death>',
    '<(burn|burns|burned|burnt|burning|set on fire|setting on fire|bury|buries|buried|burying|boil|boils|boiled|boiling|skin|skinned|skinning|flay|flayed|roast|roasted|roasting) ~alive>',
    // not hanging a bird feeder, a burning bird (a phoenix)
    `<(drown|drowns|drowned|drowning|torture|tortures|tortured|torturing|strangle|strangled|strangling|beat|beating|kicked|kicking|stomping|abusing|abused) (a |the |my |his |her |some |little )?${EN_ANIMAL}>`,
    // not a horse that kicked the farmer, a cat hung on the curtain
    `<${EN_ANIMAL} (being )?(beaten|drowned|tortured|strangled|stomped|set on fire) ~(to death|bloody|until|till|dead|alive)`,
    '<beaten (bloody|to a pulp|half to death)|<(beat|beating|beats) (him|her|them|someone|a guy|a man|a woman|a kid|a child) (bloody|to a pulp)',
  ],
};

const RU_ANIMAL_OBJECT =
  '(кота|котика|котенка|котят|кошку|кошек|собаку|собак|собачку|щенка|щенков|щенят|пса|псину|хомяка|кролика|лошадь|лошадеи|птицу|птиц|птенца|животное|животных)>';

export const ruCruelty: GateLexicon = {
  name: 'ru-cruelty',
  lang: 'ru',
  category: 'gore',
  block: [
    '<(избит|избил|избива|забит|забил|забива|запина|запинал|зарез|заколо|замуч|запыта|затопта|задуши|засек|засеч|изрез|искромса|растерза)[а-я]* (до смерти|насмерть|до крови|в кровь|в мясо)',
    '<(сжига|сжечь|сожг|сожж|жгут|закапыва|закопа|зарыва|зары|варит|свари|свар|сдира|сдер|поджига|подожг)[а-я]* ~(заживо|живьем|живого|живую|живых|живои)',
    '<(заживо|живьем) ~(сжига|сжечь|сожг|сожж|жгут|горит|горят|закапыва|закопа|похорон|варит|свари|сдира|сдер|снима[а-я]* кожу|освежева)',
    // exact forms: not пытается / мучается (tries, struggles), топит печь, вешает кормушку для птиц
    `<(утопил|утопила|утопили|утопить|утопит|утопят|мучает|мучают|мучил|мучили|избивает|избивают|избил|избили|пинает|пинают|задушил|задушила|задушили|сжигает|сжигают|сожгли|подожгли|режут|режет|зарезал|зарезали|облили|облил|поджег) ~${RU_ANIMAL}`,
    `<(утоплен|повешен|замучен|задушен|избит|сожжен|замученн|истерзан)[а-я]* ${RU_ANIMAL}`,
    // the animal as the object ("кота повесили"), not the subject ("кот повесил носки")
    `<${RU_ANIMAL_OBJECT} ~(утопили|утопил|топят|повесили|повесил|душат|сжигают|замучили|замучил|задушили|задушил|избили|забили|запинали|сожгли|подожгли|мучают|пытают|облили|облил|режут|давят|раздавил|раздавили)`,
    // hanged right after the animal's name ("кошку вешают"); not "кролик, который вешает гирлянду" (eleventh round)
    `<${RU_ANIMAL_OBJECT} (вешают|вешает|вешали)>`,
    // tenth round: a kitten thrown into a fire, a cat in a microwave
    `<${RU_ANIMAL_OBJECT} ~~(в костер|в огонь|в печь|в кипяток)`,
    '<(кот|кошк|котенк|котят|хомяк|щенк|собак|пес|птиц|попуга)[а-я]* ~~(в микроволновк|в блендер|в духовк)[а-я]*',
  ],
};

/** Seafood boiled alive in a kitchen; "утопить горе в вине"; a doll or a toy tortured in a cartoon. */
export const enCrueltyAllow: GateAllowList = {
  lang: 'en',
  allow: [
    '<(boil|boils|boiled|boiling|cook|cooks|cooked|cooking|roast|roasted|roasting)[a-z]* (a |the |some )?(lobster|lobsters|crab|crabs|crayfish|shrimp|shrimps|mussels|oysters|clams) ~alive>',
    '<(lobster|lobsters|crab|crabs|crayfish|shrimp|shrimps|mussels|oysters|clams) (being |is |are |was |were |gets |got )?(boiled|cooked|roasted) ~alive>',
  ],
};

export const ruCrueltyAllow: GateAllowList = {
  lang: 'ru',
  allow: ['<(варит|свари|свар)[а-я]* (раков|рака|омар|краб|лобстер|мид)[а-я]* ~(заживо|живьем|живых|живого)'],
};
