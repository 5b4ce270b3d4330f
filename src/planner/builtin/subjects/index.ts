import type { Subject } from '../subject.js';
import { animals } from './animals.js';
import { critters } from './critters.js';
import { fantasy } from './fantasy.js';
import { food } from './food.js';
import { nature } from './nature.js';
import { things } from './things.js';

/** Every subject the built-in planner can draw, in table order (ties between names go to the earlier one). */
export const SUBJECTS: readonly Subject[] = [...animals, ...critters, ...nature, ...food, ...things, ...fantasy];
