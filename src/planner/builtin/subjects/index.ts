import type { Subject } from '../subject.js';
import { animals } from './animals.js';
import { critters } from './critters.js';
import { fantasy } from './fantasy.js';
import { food } from './food.js';
import { nature } from './nature.js';
import { things } from './things.js';
import { characters } from './characters.js';
import { extras } from './extras.js';
import { gaming } from './gaming.js';
import { landmarks } from './landmarks.js';
import { sea } from './sea.js';
import { vehicles } from './vehicles.js';

/** Every subject the built-in planner can draw, in table order (ties between names go to the earlier one). */
export const SUBJECTS: readonly Subject[] = [
  ...animals,
  ...critters,
  ...nature,
  ...food,
  ...things,
  ...fantasy,
  ...characters,
  ...vehicles,
  ...sea,
  ...gaming,
  ...landmarks,
  ...extras,
];
