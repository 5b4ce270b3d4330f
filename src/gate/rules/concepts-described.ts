/**
 * Concept lexicons shared by the scene rules (en-scenes-described.ts, ru-scenes-described.ts):
 * each constant is one idea (a group of people, a dehumanising animal, a wound, a farewell…)
 * written as a pattern-language alternation. A scene rule pairs two concepts — the rarer one as
 * its pattern (it decides where the regex is tried), the broad one as its context (tested only
 * after a hit) — so one rule covers every wording that puts the two ideas in one message.
 * Broad alternations never start a rule: see the speed note in src/gate/README.md.
 */
import { splitAlternatives } from '../pattern.js';

/** People a hateful picture targets, as whole words (plural, singular, adjective + person). */
export const EN_GROUP =
  '<(jews?|jewish|yids?|muslims?|islam|blacks|(black|gay|trans) ppl|black (people|folks|man|men|woman|women|guy|guys|dudes?|lad(y|ies)|teens?|kid|kids|boys?|girls?|children|students?|couple|person|family|classmates?|neighbou?rs?|coworkers?|friends?)|africans?|african american|immigrants?|migrants?|refugees?|illegals|gays?|gay (people|men|man|guys|couple)|lesbians?|trans (people|women|woman|folks|kids)|transgender|gypsies|gypsy|roma|asians?|mexicans?|arabs?|chinese people|disabled|homeless|negroes|negro|latinos?|hispanics?|pakistanis?|somalis?|syrians?|asylum seekers?|natives|native americans?|indigenous (people|folks)|aboriginals?|trans (man|men|person|girl|guy|kid)|lgbt( people)?|lgbtq|queers?|sikhs?|hindus?|romani|down syndrome|autistic (people|kids|kid|person|children)|autists?|cripples|wheelchair users?)>';

/** Russian groups as roots (case endings left open); "еврив" is "evreev" read by sound. */
export const RU_GROUP =
  '<(евре|еврив|жид|мусульман|мигрант|беженц|цыган|негр|чернокож|темнокож|африкан(ец|ц)|геев|геи>|ге(я|ю|ем|ям|ями)>|гомосек|азиат|таджик|узбек|киргиз|кавказ(ец|ц)|хач(еи|и|а|ам|ами)?>|чурок|чурк|арабов|арабы|араб>|китаи(ец|ц)|хохл|инвалид|бомж|нерусск|приезж|понаехавш|иноверц|чуркобес|косоглаз|иммигрант|гастарбаитер|трансгендер|транс(ов|ы|ам|ами)>|лгбт|лесбиянк|колясочник|аутист|черн[а-я]* (парн|мужик|человек|люд|ребен|мальчик|девочк|женщин|чувак|раб|семь))';

/** Groups in the accusative/genitive plural: the object of a verb ("таджиков избивают"), not its subject. */
export const RU_GROUP_OBJECT =
  '<(евреев|жидов|цыган|негров|чернокожих|мигрантов|беженцев|таджиков|узбеков|киргизов|кавказцев|хачеи|чурок|арабов|китаицев|геев|азиатов|мусульман|бомжеи|инвалидов|приезжих|хохлов|нерусских)>';

/** Animals and pests a group is drawn as, singular and plural. */
export const EN_DEHUMAN =
  '<(rats?|rodents?|apes?|monkeys?|gorillas?|chimps?|chimpanzees?|baboons?|vermin|cockroach(es)?|roach(es)?|insects?|bugs|pigs?|swine|cattle|animals|parasites?|lice|louse|locusts?|maggots?|leeches?|spiders?|snakes?|subhumans?|hyenas?|jackals?|termites?|plague|infestation|invaders|savages|barbarians|beasts|terrorists|thieves|cavemen|cannibals|primitives|freaks|virus|disease|cancer|tumou?r|infection|germs|pests?|bacteria|potatoes|vegetables|goblins|orcs|demons|bats)>';

export const RU_DEHUMAN =
  '<(крыс|обезь?ян|горилл|макак|мартышк|шимпанз|тарака|муравь|саранч|свин|скот|паразит|вшеи|вши>|вшам|черве|глист|пауков|паук|насеком|животн|клоп|блох|баран|гиен|шакал|термит|грызун|зараз|болезн|вирус|чум(а|у|ои|ы)>|плесен|бактери|микроб|летуч|уродов|уродами|отброс|нелюд|недочелов|овощ)';

/** Jokes, cheer and party: what turns a genocide picture into mockery. */
export const EN_LEVITY =
  '<(funny|cheerful|happy|cute|smiling|smiley|smile|laughing|laugh|lol|lmao|haha|joke|jokes|meme|memes|party|balloons|confetti|comic|cartoon|kawaii|fun|celebrating|dancing|jolly|lighthearted|cheering|scoreboard|disneyland|disney|theme park|amusement park|waterslide|resort|comedy|comedic|hilarious|silly|goofy|sitcom|musical|bbq|barbecue|bake sale|cookies|roast|roasted|lmfao|xd|giggling|giggle|lulz|kek)>';

export const RU_LEVITY =
  '<(весел|смешн|мем(ы|ом|ами|а|ов|у|е|чик[а-я]*|ас[а-я]*|н[а-я]*)?>|шутк|шуточн|прикол|улыба|смеющ|смеют|смех|смайл|милы|милую|милая|милое|праздн|шарик|ржак|хаха|лол>|угар|радост|счастлив|танцу|вечеринк|комикс|мульт|дисне[ия]|аттракцион|курорт|аквапарк|ржут|ржет|ржем|ржу>|ржач|шашлы|барбекю|копчен|комед|юмор|хохоч|хихик)';

/** Genocide pictures: safe alone in a history drawing, mockery next to levity. */
export const EN_GENOCIDE =
  '<(auschwitz|treblinka|dachau|buchenwald|birkenau|holocaust|final solution|death camps?|concentration camps?|extermination camps?|crematori(um|ums|a)|trail of tears|lynching|lynchings|holodomor|warsaw ghetto|jewish ghetto|nanking|srebrenica|cattle cars?)';

export const RU_GENOCIDE =
  '<(освенцим|аушвиц|треблинк|дахау|бухенвальд|холокост|концлагер|лагер[а-я]* смерти|крематори|газенваген|душегубк|голодомор|линчеван|окончательн[а-я]* решени)';

/** A farewell: what turns pills, a bath or a roof into a suicide scene. */
export const EN_FAREWELL =
  '<(sleep|sleeping|nap|asleep|gone|leaving|leave|goodbye|bye) ~forever>|<(goodbye|good bye|farewell|suicide note|last note|final note|last letter|last words|last step|final step|final post|last post|last (text|message|messages|call|breath|leap|jump)|final (leap|jump)|never wake|wont wake|not wake up|never wak(e|ing)( up)?|sleep forever|one last time|last goodbye|bye world|end it|ending it|the end of me)>';

export const RU_FAREWELL =
  '<(прощаи|прощаите|прощани|прощальн|прощаюсь|прощаемся|навсегда|навечно|предсмертн|последн[а-я]* (записк|письм|шаг|раз|день|слова|смс|сообщени|пост|звон|вздох)|простите меня все|не проснусь|не проснуться|не просыпа|засыпаю навсегда|конец всему)';

/** Hard-drug powders, crystals and slang names that need a use or dealing word next to them. */
export const EN_DRUG_STUFF =
  '<(powder|white|snow|blow|ice|glass|tina|crystals?|product|molly|coke|dope|pills|tabs|baggies?|grams?|zips?|8 ?ball|eight ?ball|bricks?|kilos?|lines?|rails?)>';

export const RU_DRUG_STUFF = '<(порош|кристал|фен(а|ом|у|чик)?>|скорост|сол(ь|и|ью)>|меф|кокс|марк|колес|дорожк|зиплок)';

type BlockEntry = string | { pattern: string; context: { en?: string; ru?: string; raw?: string } };

/** Where the group opened at `open` closes, or -1. */
function groupEnd(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '(') depth++;
    else if (p[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Splits a rule that starts with `<(alt|alt|…)` into one rule per first letter. Why: the matcher
 * files a rule under every letter its match can start with and, at a word starting with "б", runs
 * the whole rule — so "<(бьют|сжечь|веша…)" tried its eleven dead alternatives at every "б…" word.
 * Split, each letter's regex holds only its own alternatives; what the rules match is unchanged.
 * Alternatives starting with a group, class or optional letter are left together.
 */
export function splitByFirstLetter(block: BlockEntry[]): BlockEntry[] {
  return block.flatMap((entry) => {
    const pattern = typeof entry === 'string' ? entry : entry.pattern;
    if (!pattern.startsWith('<(')) return [entry];
    const end = groupEnd(pattern, 1);
    if (end < 0) return [entry];
    const alts = splitAlternatives(pattern.slice(2, end));
    const rest = pattern.slice(end + 1);
    if (rest.startsWith('?') || rest.startsWith('*') || rest.startsWith('{')) return [entry];
    const byLetter = new Map<string, string[]>();
    for (const alt of alts) {
      const first = alt[0] ?? '';
      if (!/[0-9a-zа-яё]/.test(first) || /^.[?*{]/.test(alt)) return [entry];
      byLetter.set(first, [...(byLetter.get(first) ?? []), alt]);
    }
    if (byLetter.size < 2) return [entry];
    return [...byLetter.values()].map((group) => {
      const split = `<(${group.join('|')})${rest}`;
      return typeof entry === 'string' ? split : { ...entry, pattern: split };
    });
  });
}
