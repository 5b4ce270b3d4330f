import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/dsl/index.js';
import { compilePlan, frameAt } from '../../../src/raster/index.js';
import { createBuiltinPlanner, explainPlan, planFromMessage, SUBJECTS } from '../../../src/planner/builtin/index.js';

/** Several inflections / synonyms per subject, Russian and English. */
const NAMES: Record<string, string[]> = {
  cat: ['кот', 'котика', 'котиком', 'котёнок', 'котенка', 'кошку', 'котята', 'cat', 'cats', 'kitten', 'kitties'],
  dog: ['собака', 'собачку', 'пёсика', 'щенка', 'псом', 'собаками', 'dog', 'dogs', 'puppy', 'puppies'],
  rocket: ['ракета', 'ракету', 'ракетой', 'ракеты', 'rocket', 'rockets', 'spaceship'],
  heart: ['сердце', 'сердечко', 'сердечком', 'сердца', 'heart', 'hearts', 'love'],
  pizza: ['пицца', 'пиццу', 'пиццей', 'пиццы', 'pizza', 'pizzas'],
  dragon: ['дракон', 'драконом', 'дракона', 'дракончика', 'dragon', 'dragons'],
  sun: ['солнце', 'солнышко', 'солнца', 'солнцем', 'sun', 'sunshine'],
  'christmas-tree': ['ёлка', 'ёлочку', 'елку', 'ёлочкой', 'christmas tree', 'Christmas trees', 'xmas tree', 'fir'],
  house: ['дом', 'домик', 'домика', 'домом', 'house', 'houses', 'home'],
  flower: ['цветок', 'цветочек', 'цветка', 'цветы', 'розу', 'ромашку', 'flower', 'flowers', 'rose'],
  fish: ['рыба', 'рыбку', 'рыбкой', 'рыбы', 'fish', 'fishes', 'goldfish'],
  star: ['звезда', 'звезду', 'звёздочку', 'звездой', 'star', 'stars'],
  moon: ['луна', 'луну', 'луной', 'месяц', 'moon', 'moons'],
  tree: ['дерево', 'деревья', 'деревом', 'дуб', 'tree', 'trees'],
  car: ['машина', 'машинку', 'машиной', 'автомобиль', 'car', 'cars'],
  mushroom: ['гриб', 'грибок', 'грибочек', 'мухомор', 'грибы', 'mushroom', 'mushrooms'],
  ship: ['корабль', 'кораблик', 'корабле', 'лодку', 'ship', 'ships', 'boat', 'boats'],
  plane: ['самолёт', 'самолетик', 'самолётом', 'самолеты', 'plane', 'planes', 'airplane'],
  robot: ['робот', 'робота', 'роботом', 'роботы', 'robot', 'robots'],
  ghost: ['призрак', 'призрака', 'привидение', 'приведение', 'ghost', 'ghosts'],
  turtle: ['черепаха', 'черепаху', 'черепашку', 'черепахой', 'turtle', 'turtles', 'tortoise'],
  bird: ['птица', 'птичку', 'птицей', 'воробья', 'bird', 'birds'],
  butterfly: ['бабочка', 'бабочку', 'бабочкой', 'бабочек', 'butterfly', 'butterflies'],
  fox: ['лиса', 'лису', 'лисичку', 'лисёнка', 'fox', 'foxes'],
  panda: ['панда', 'панду', 'пандой', 'панды', 'panda', 'pandas'],
  rabbit: ['кролик', 'кролика', 'зайца', 'зайчика', 'зайку', 'rabbit', 'rabbits', 'bunny', 'bunnies'],
  castle: ['замок', 'замка', 'замком', 'крепость', 'castle', 'castles'],
  sword: ['меч', 'меча', 'мечом', 'мечи', 'sword', 'swords'],
  crown: ['корона', 'корону', 'короной', 'короны', 'crown', 'crowns'],
  cake: ['торт', 'тортик', 'торта', 'тортиком', 'cake', 'cakes', 'cupcake'],
  'ice-cream': ['мороженое', 'мороженку', 'мороженого', 'ice cream', 'ice-cream', 'icecream', 'ice creams'],
  apple: ['яблоко', 'яблочко', 'яблоки', 'яблоком', 'apple', 'apples'],
  banana: ['банан', 'банана', 'бананы', 'бананом', 'banana', 'bananas'],
  watermelon: ['арбуз', 'арбуза', 'арбузом', 'арбузик', 'watermelon', 'watermelons'],
  coffee: ['кофе', 'кофейку', 'чашку кофе', 'чай', 'coffee', 'cup of tea', 'mugs'],
  guitar: ['гитара', 'гитару', 'гитарой', 'электрогитару', 'guitar', 'guitars'],
  rainbow: ['радуга', 'радугу', 'радугой', 'rainbow', 'rainbows'],
  cloud: ['облако', 'облачко', 'облака', 'тучку', 'cloud', 'clouds'],
  snowman: ['снеговик', 'снеговика', 'снеговиком', 'снеговички', 'snowman', 'snowmen'],
  pumpkin: ['тыква', 'тыкву', 'тыковку', 'тыквой', 'pumpkin', 'pumpkins'],
  elephant: ['слон', 'слона', 'слоника', 'слонёнка', 'слоном', 'elephant', 'elephants'],
  penguin: ['пингвин', 'пингвина', 'пингвинчика', 'пингвинёнка', 'penguin', 'penguins'],
  frog: ['лягушка', 'лягушку', 'лягушонка', 'жабу', 'frog', 'frogs', 'toad'],
  bear: ['медведь', 'медведя', 'мишку', 'медвежонка', 'bear', 'bears', 'teddy bear'],
  owl: ['сова', 'сову', 'совушку', 'совёнка', 'филина', 'owl', 'owls'],
  whale: ['кит', 'кита', 'китом', 'китёнка', 'whale', 'whales'],
  octopus: ['осьминог', 'осьминога', 'осьминожку', 'octopus', 'octopuses'],
  pig: ['свинья', 'свинку', 'поросёнка', 'хрюшу', 'pig', 'pigs', 'piglet'],
  unicorn: ['единорог', 'единорога', 'единорожку', 'единорогом', 'unicorn', 'unicorns'],
  dinosaur: ['динозавр', 'динозавра', 'динозаврика', 'тираннозавра', 'dinosaur', 'dinosaurs', 't-rex'],
  donut: ['пончик', 'пончика', 'пончики', 'donut', 'donuts', 'doughnut'],
  burger: ['бургер', 'бургера', 'гамбургер', 'чизбургером', 'burger', 'burgers', 'cheeseburger'],
  gift: ['подарок', 'подарка', 'подарочек', 'подарки', 'gift', 'gifts'],
  balloon: ['шарик', 'шарики', 'воздушный шар', 'шарами', 'balloon', 'balloons'],
  knight: ['рыцарь', 'рыцаря', 'рыцарем', 'богатыря', 'knight', 'knights'],
  ninja: ['ниндзя', 'ниндзю', 'ниндзи', 'самурая', 'ninja', 'ninjas', 'samurai'],
  pirate: ['пират', 'пирата', 'пиратом', 'капитана', 'pirate', 'pirates'],
  astronaut: ['космонавт', 'космонавта', 'астронавтом', 'космонавтика', 'astronaut', 'astronauts', 'cosmonaut'],
  alien: ['инопланетянин', 'инопланетянина', 'пришельца', 'пришелец', 'alien', 'aliens', 'martian'],
  zombie: ['зомби', 'зомбака', 'зомбаком', 'zombie', 'zombies'],
  wizard: ['волшебник', 'волшебника', 'мага', 'колдуна', 'wizard', 'wizards', 'mage'],
  vampire: ['вампир', 'вампира', 'вампиром', 'дракулу', 'vampire', 'vampires', 'dracula'],
  mermaid: ['русалка', 'русалку', 'русалочку', 'русалкой', 'mermaid', 'mermaids'],
  santa: ['деда мороза', 'дед мороз', 'санту', 'санта клауса', 'santa', 'santa claus'],
  monster: ['монстр', 'монстра', 'монстрика', 'чудовище', 'monster', 'monsters', 'ogre'],
  bus: ['автобус', 'автобуса', 'автобусом', 'автобусик', 'bus', 'buses'],
  tank: ['танк', 'танка', 'танком', 'танчик', 'tank', 'tanks'],
  bicycle: ['велосипед', 'велосипеда', 'велик', 'мотоцикл', 'bicycle', 'bikes'],
  helicopter: ['вертолёт', 'вертолета', 'вертолётик', 'вертолетом', 'helicopter', 'helicopters', 'chopper'],
  train: ['поезд', 'поезда', 'паровоз', 'паровозик', 'train', 'trains'],
  ufo: ['нло', 'летающую тарелку', 'тарелку', 'ufo', 'ufos', 'flying saucer'],
  submarine: ['субмарину', 'подлодку', 'подлодка', 'submarine', 'submarines'],
  shark: ['акула', 'акулу', 'акулой', 'акулёнка', 'shark', 'sharks'],
  dolphin: ['дельфин', 'дельфина', 'дельфинчика', 'дельфином', 'dolphin', 'dolphins'],
  crab: ['краб', 'краба', 'крабика', 'крабом', 'crab', 'crabs'],
  jellyfish: ['медуза', 'медузу', 'медузой', 'медузы', 'jellyfish'],
  shield: ['щит', 'щита', 'щитом', 'shield', 'shields'],
  potion: ['зелье', 'зелья', 'эликсир', 'колбу', 'potion', 'potions'],
  gamepad: ['геймпад', 'джойстик', 'джойстика', 'приставку', 'gamepad', 'controller', 'joysticks'],
  'block-face': ['крипер', 'крипера', 'крипером', 'майнкрафт', 'creeper', 'creepers', 'minecraft'],
  coin: ['монета', 'монетку', 'монеты', 'монеткой', 'coin', 'coins'],
  trophy: ['кубок', 'кубка', 'трофей', 'медаль', 'trophy', 'trophies'],
  'eiffel-tower': ['эйфелеву башню', 'эйфелева башня', 'париж', 'eiffel tower', 'eiffel'],
  pyramid: ['пирамида', 'пирамиду', 'пирамиды', 'египет', 'pyramid', 'pyramids'],
  'clock-tower': ['биг бен', 'бигбен', 'лондон', 'big ben', 'clock tower'],
  'kremlin-tower': ['кремль', 'кремля', 'кремлёвскую башню', 'kremlin'],
  hat: ['шляпа', 'шляпу', 'шляпе', 'шапку', 'hat', 'hats', 'top hat'],
  sunglasses: ['очки', 'очках', 'солнцезащитные очки', 'sunglasses', 'glasses'],
  bow: ['бант', 'бантик', 'бантиком', 'bow', 'bows', 'ribbon'],
  fries: ['картошку фри', 'картошка', 'фри', 'fries', 'french fries'],
  'easter-egg': ['пасхальное яйцо', 'яйцо', 'яичко', 'яйца', 'easter egg', 'eggs'],
  fireworks: ['салют', 'салюта', 'фейерверк', 'фейерверки', 'fireworks', 'firework'],
  skull: ['череп', 'черепа', 'черепушку', 'скелета', 'skull', 'skulls', 'skeleton'],
  'electric-mouse': ['пикачу', 'покемона', 'покемон', 'pikachu', 'pokemon'],
  horse: ['лошадь', 'лошадку', 'коня', 'конём', 'horse', 'horses', 'stallion'],
  lion: ['лев', 'льва', 'львёнка', 'тигра', 'lion', 'lions', 'tiger'],
  cow: ['корова', 'корову', 'коровку', 'телёнка', 'cow', 'cows'],
  monkey: ['обезьяна', 'обезьянку', 'мартышку', 'гориллу', 'monkey', 'monkeys', 'gorilla'],
};

const COLORS: [string, string][] = [
  ['красный', '#e0333a'],
  ['красного', '#e0333a'],
  ['red', '#e0333a'],
  ['синий', '#2f6fd8'],
  ['синюю', '#2f6fd8'],
  ['blue', '#2f6fd8'],
  ['зелёный', '#3fb04a'],
  ['green', '#3fb04a'],
  ['жёлтую', '#f7d02a'],
  ['yellow', '#f7d02a'],
  ['розового', '#f58ab8'],
  ['pink', '#f58ab8'],
  ['фиолетовый', '#9b5de5'],
  ['purple', '#9b5de5'],
  ['оранжевый', '#f28a1e'],
  ['orange', '#f28a1e'],
  ['чёрного', '#2a2a30'],
  ['black', '#2a2a30'],
  ['белый', '#f4f4f8'],
  ['white', '#f4f4f8'],
  ['золотой', '#f2c12e'],
  ['golden', '#f2c12e'],
  ['голубой', '#5ac8f0'],
  ['серого', '#8d8d96'],
];

const BACKGROUNDS: [string, string][] = [
  ['в космосе', 'space'],
  ['in space', 'space'],
  ['ночью', 'night'],
  ['at night', 'night'],
  ['на пляже', 'beach'],
  ['on the beach', 'beach'],
  ['под водой', 'underwater'],
  ['underwater', 'underwater'],
  ['в лесу', 'forest'],
  ['in the forest', 'forest'],
  ['зимой', 'snow'],
  ['in the snow', 'snow'],
  ['на закате', 'sunset'],
  ['at sunset', 'sunset'],
];

function subjectOf(message: string, seed = 1): string {
  return explainPlan(message, seed).choice.subjectId;
}

function finalFrame(raw: unknown): { frame: Uint8ClampedArray; totalMs: number } {
  const parsed = parsePlan(raw);
  if (!parsed.plan) throw new Error('invalid plan');
  const compiled = compilePlan(parsed.plan);
  return { frame: frameAt(compiled, compiled.totalMs), totalMs: compiled.totalMs };
}

function variedMessages(): string[] {
  const msgs: string[] = [
    '',
    ' ',
    '!!!',
    '🙂🙂🙂',
    '🎉',
    '🐱',
    '❤️❤️',
    '💩',
    '\u200b\u200b',
    'нарисуй',
    'draw',
    'GG',
    '12345',
    'null',
    '{}',
    '{"op":"rect"}',
    '<script>alert(1)</script>',
    'a'.repeat(10_000),
    'кот '.repeat(2500),
    'ываыва пролдж',
    'qwertyuiop asdf',
    '\n\t\r',
    'ЁЁЁЁ',
    'ⓒⓐⓣ',
    '𝕔𝕒𝕥',
    'ca\u0301t',
    'котика котика котика',
    'x'.repeat(100_000),
  ];
  const subjects = Object.values(NAMES);
  let k = 0;
  for (const forms of subjects) {
    for (const form of forms.slice(0, 4)) {
      const [color] = COLORS[k % COLORS.length];
      const [bg] = BACKGROUNDS[k % BACKGROUNDS.length];
      msgs.push(k % 3 === 0 ? `нарисуй ${color} ${form} ${bg}` : k % 3 === 1 ? `draw me a ${form} ${bg} please!!` : `${form}`);
      k++;
    }
  }
  for (let i = 0; i < 60; i++)
    msgs.push(`Привет стример! ${'лол '.repeat(i % 7)} спасибо за стрим #${i} ${String.fromCharCode(0x400 + i * 7)}`);
  // Gibberish from a fixed LCG: letters, emoji, punctuation, surrogates, control characters.
  const alphabet = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz0123456789 ,.!?-_ёЁ🙂🐱🚀❤\u0000\u200b\ud800\n';
  let state = 12345;
  for (let i = 0; i < 80; i++) {
    let text = '';
    const length = (i * 37) % 300;
    for (let j = 0; j < length; j++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      text += alphabet[state % alphabet.length];
    }
    msgs.push(text);
  }
  return msgs;
}

describe('built-in planner: matching', () => {
  it('knows at least 94 subjects (54 + issue 15) and every one of them is tested here', () => {
    expect(SUBJECTS.length).toBeGreaterThanOrEqual(94);
    for (const s of SUBJECTS) expect(NAMES[s.id], `names for ${s.id}`).toBeDefined();
  });

  for (const [id, forms] of Object.entries(NAMES)) {
    it(`maps Russian and English names of ${id} to it`, () => {
      for (const form of forms) {
        expect(subjectOf(`нарисуй ${form} пожалуйста`), form).toBe(id);
        expect(subjectOf(`Draw ${form.toUpperCase()}!`), form).toBe(id);
      }
    });
  }

  it('does not mistake look-alike words for subjects', () => {
    expect(explainPlan('который час', 1).choice.generic).toBe(true);
    expect(explainPlan('красного цвета', 1).choice.generic).toBe(true);
    expect(explainPlan('розовый', 1).choice.generic).toBe(true);
    expect(explainPlan('category dogma', 1).choice.generic).toBe(true);
    expect(explainPlan('мечта сбылась', 1).choice.generic).toBe(true);
    expect(subjectOf('голубой кот')).toBe('cat');
    expect(subjectOf('подари котика')).toBe('cat');
    expect(subjectOf('Китай и кот')).toBe('cat');
    expect(subjectOf('совсем кот')).toBe('cat');
  });

  it('draws the first subject named', () => {
    expect(subjectOf('кот и собака')).toBe('cat');
    expect(subjectOf('собака и кот')).toBe('dog');
    expect(subjectOf('новогодний котик')).toBe('cat');
    expect(subjectOf('merry christmas')).toBe('christmas-tree');
    expect(subjectOf('С Новым годом!')).toBe('christmas-tree');
    expect(subjectOf('с днём рождения!')).toBe('cake');
    expect(subjectOf('с днём рождения, нарисуй котика')).toBe('cat');
    expect(subjectOf('I love cats')).toBe('cat');
    expect(subjectOf('with love')).toBe('heart');
  });

  it('reads emoji as subjects', () => {
    expect(subjectOf('🐱')).toBe('cat');
    expect(subjectOf('хочу 🚀!!')).toBe('rocket');
    expect(subjectOf('❤️')).toBe('heart');
  });

  it('falls back to a generic picture when nothing matches', () => {
    for (const msg of ['', 'asdfgh', 'спасибо за стрим', '🙂', 'a'.repeat(5000)]) {
      const { plan, choice } = explainPlan(msg, 7);
      expect(choice.generic).toBe(true);
      expect(choice.subjectId).toMatch(/^(generic-|star$|heart$)/);
      expect(plan.steps.length).toBeGreaterThan(5);
      expect(parsePlan(plan).valid).toBe(true);
    }
    const kinds = new Set(Array.from({ length: 40 }, (_, seed) => explainPlan('zzz', seed).choice.subjectId));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  });
});

describe('built-in planner: plans', () => {
  it('every plan from hundreds of varied messages is valid, issue-free and draws in 10-25 s', () => {
    const msgs = variedMessages();
    expect(msgs.length).toBeGreaterThanOrEqual(300);
    msgs.forEach((msg, i) => {
      const raw = planFromMessage(msg, i * 7919);
      const parsed = parsePlan(raw);
      expect(parsed.valid, msg.slice(0, 40)).toBe(true);
      expect(parsed.issues, msg.slice(0, 40)).toEqual([]);
      const compiled = compilePlan(parsed.plan!);
      expect(compiled.totalMs).toBeLessThanOrEqual(40_000);
      expect(compiled.totalMs).toBeGreaterThanOrEqual(10_000);
      expect(compiled.totalMs).toBeLessThanOrEqual(25_000);
      expect(raw.steps.length).toBeLessThanOrEqual(120);
    });
  });

  it('every subject visibly paints over its background', () => {
    for (const s of SUBJECTS) {
      const name = NAMES[s.id][0];
      const { frame } = finalFrame(planFromMessage(name, 3));
      const bgOnly = finalFrame({ ...planFromMessage(name, 3), steps: planFromMessage(name, 3).steps.slice(0, 1) }).frame;
      let changed = 0;
      for (let p = 0; p < frame.length; p += 4)
        if (frame[p] !== bgOnly[p] || frame[p + 1] !== bgOnly[p + 1] || frame[p + 2] !== bgOnly[p + 2]) changed++;
      expect(changed, s.id).toBeGreaterThan(96 * 96 * 0.2);
    }
  });

  it('is deterministic per (message, seed) and varies with the seed', () => {
    for (const msg of ['котик в космосе', 'dragon', '', 'привет']) {
      expect(JSON.stringify(planFromMessage(msg, 42))).toBe(JSON.stringify(planFromMessage(msg, 42)));
      const variants = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(planFromMessage(msg, seed))));
      expect(variants.size).toBeGreaterThanOrEqual(15);
    }
  });

  it('puts the seed into the plan', () => {
    expect(planFromMessage('кот', 123456).seed).toBe(123456);
    expect(planFromMessage('кот', NaN).seed).toBe(0);
  });

  it('recolours the subject with a colour word', () => {
    for (const [word, hex] of COLORS) {
      for (const subject of ['кот', 'dragon', 'машину', 'heart']) {
        const plain = JSON.stringify(planFromMessage(`${subject}`, 5));
        const colored = JSON.stringify(planFromMessage(`${word} ${subject}`, 5));
        expect(colored, `${word} ${subject}`).not.toBe(plain);
        expect(colored, `${word} ${subject}`).toContain(hex);
      }
    }
  });

  it('changes the background with background words', () => {
    for (const [words, id] of BACKGROUNDS) {
      const { plan, choice } = explainPlan(`кот ${words}`, 9);
      expect(choice.background, words).toBe(id);
      expect(JSON.stringify(plan)).not.toBe(JSON.stringify(planFromMessage('кот', 9)));
    }
    const space = planFromMessage('котик в космосе', 1);
    expect(space.canvas.bg).toBe('#05051a');
    expect(space.steps.some((s) => s.op === 'pixels' && s.animate.mode === 'pixel_reveal')).toBe(true);
    expect(explainPlan('кот', 1).choice.background).toBe('sky');
    expect(explainPlan('рыбка', 1).choice.background).toBe('underwater');
  });

  it('follows the renderer tempo and the drawing-time cap', () => {
    const quick = finalFrame(planFromMessage('кот', 1, { defaultStepDurationMs: 10 }));
    expect(quick.totalMs).toBeLessThanOrEqual(500);
    const capped = parsePlan(planFromMessage('кот', 1, { maxDrawSec: 2 }), { maxDrawSec: 2 });
    expect(compilePlan(capped.plan!, { maxDrawSec: 2 }).totalMs).toBeLessThanOrEqual(2000);
    const slow = planFromMessage('кот', 1, { defaultStepDurationMs: 10_000, maxDrawSec: 3600 });
    expect(parsePlan(slow, { maxDrawSec: 3600 }).issues).toEqual([]);
  });

  it('plans 1000 messages in under a second', () => {
    const msgs = ['нарисуй котика в космосе', 'red dragon at night', 'x'.repeat(10_000), '', 'ёлочку зимой', 'спасибо!'];
    planFromMessage(msgs[0], 0);
    const started = performance.now();
    for (let i = 0; i < 1000; i++) parsePlan(planFromMessage(msgs[i % msgs.length], i));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('createBuiltinPlanner', () => {
  it('resolves with the normalised plan and source builtin', async () => {
    const planner = createBuiltinPlanner();
    expect(planner.health().state).toBe('ok');
    const result = await planner.plan({ jobId: 'j1', message: 'нарисуй котика в космосе', seed: 77 });
    expect(result.source).toBe('builtin');
    expect(result.plan).toEqual(parsePlan(planFromMessage('нарисуй котика в космосе', 77)).plan);
    expect(result.plan.caption).toBe('All for you');
  });

  it('never rejects, whatever the request holds', async () => {
    const planner = createBuiltinPlanner({ canvasW: 128, canvasH: 64 });
    const bad = [
      { jobId: 'a', message: undefined as unknown as string, seed: NaN },
      { jobId: 'b', message: 42 as unknown as string, seed: -5 },
      { jobId: 'c', message: '\ud800broken surrogate', seed: 2 ** 40 },
      null as unknown as { jobId: string; message: string; seed: number },
    ];
    for (const request of bad) {
      const result = await planner.plan(request);
      expect(result.source).toBe('builtin');
      expect(parsePlan(result.plan).valid).toBe(true);
    }
  });
});
