import type { GateAllowList } from '../types.js';

/**
 * Innocent phrases that contain a described-scene or gore/drug root (see en-scenes-described.ts):
 * a block match lying wholly inside one of these is ignored.
 */
export const describedAllowEn: GateAllowList = {
  lang: 'en',
  allow: [
    // "kms" is kilometres after a number or a distance verb ("ran 5 kms"), kill-myself alone.
    '<[0-9][0-9]* ?kms>',
    '<(ran|run|running|walked|walk|drove|drive|cycled|biked|rode|hiked|swam) ~kms>',
    // A toy losing a limb is not a wound.
    '<(teddy|teddy bear|toy|doll|plush|plushie|robot|lego|action figure|barbie|scarecrow) ~~(arm|arms|leg|legs|head|hand|hands|ear|ears) (torn|ripped|cut|chopped|bitten|blown) off',
    '<corpse (bride|brides|party|flower|flowers|paint|reviver)',
  ],
};

export const describedAllowRu: GateAllowList = {
  lang: 'ru',
  allow: ['<жив(ои|ого|ым|ом) труп', '<сундук[а-я]* мертвец'],
};
