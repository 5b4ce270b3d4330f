import type { GateRules } from '../types.js';
import { enProfanity } from './en-profanity.js';
import { enSexual } from './en-sexual.js';
import { enHate } from './en-hate.js';
import { enGore } from './en-gore.js';
import { enDrugs } from './en-drugs.js';
import { ruProfanity } from './ru-profanity.js';
import { ruSexual } from './ru-sexual.js';
import { ruHate } from './ru-hate.js';
import { ruGore } from './ru-gore.js';
import { ruDrugs } from './ru-drugs.js';
import { hateSymbols, profanitySymbols, sexualSymbols, goreSymbols, drugSymbols } from './symbols.js';
import { enAllow } from './allow-en.js';
import { ruAllow } from './allow-ru.js';
import { latinSafe } from './latin-safe.js';
import { enHateDescribed, enGoreDescribed, enDrugsDescribed, enSexualDescribed } from './en-described.js';
import { ruHateDescribed, ruGoreDescribed, ruDrugsDescribed, ruSexualDescribed } from './ru-described.js';
import { EMOJI_COMBOS, EMOJI_FAMILIES } from './emoji-meaning.js';
import { EMOJI_WORD_COMBOS } from './emoji-word-combos.js';
import { EMOJI_SCENE_COMBOS, EMOJI_SCENE_FAMILIES } from './emoji-scenes.js';
import { conceptsAllowEn, conceptsAllowRu } from './sexual-concepts.js';
import { ruSexualConcepts } from './ru-sexual-concepts.js';
import { enSexualConcepts } from './en-sexual-concepts.js';
import { enHateScenes, enGoreScenes } from './en-scenes-described.js';
import { enDrugScenes } from './en-drugs-scenes-described.js';
import { ruHateScenes, ruGoreScenes, ruDrugScenes } from './ru-scenes-described.js';
import { describedAllowEn, describedAllowRu } from './allow-described.js';
import { enDrugsParaphrase, enDrugsParaphraseAllow } from './en-drugs-paraphrase.js';
import { ruDrugsParaphrase, ruDrugsParaphraseAllow } from './ru-drugs-paraphrase.js';
import { enHateParaphrase, hateParaphraseAllowEn, hateParaphraseRaw } from './en-hate-paraphrase.js';
import { ruHateParaphrase } from './ru-hate-paraphrase.js';
import { enHateVocabulary, enHateVocabularyAllow, enHateVocabularyRaw } from './en-hate-vocabulary.js';
import { ruHateVocabulary, ruHateVocabularyAllow } from './ru-hate-vocabulary.js';
import { enGoreParaphrase, enGoreParaphraseAllow } from './en-gore-paraphrase.js';
import { ruGoreParaphrase, ruGoreParaphraseAllow } from './ru-gore-paraphrase.js';
import { enSexualParaphrase, enSexualParaphraseAllow } from './en-sexual-paraphrase.js';
import { ruSexualParaphrase, ruSexualParaphraseAllow } from './ru-sexual-paraphrase.js';
import { enSexualScenes, enSexualScenesAllow } from './en-sexual-scenes.js';
import { ruSexualScenes, ruSexualScenesAllow } from './ru-sexual-scenes.js';
import { ruDrugsEveryday, ruDrugsEverydayAllow } from './ru-drugs-everyday.js';
import { enDrugsEveryday, enDrugsEverydayAllow, drugsEverydayRaw } from './en-drugs-everyday.js';
import { ruDrugsVocabulary, ruDrugsVocabularyAllow } from './ru-drugs-vocabulary.js';
import { enDrugsVocabulary, enDrugsVocabularyAllow } from './en-drugs-vocabulary.js';
import { enGoreInjuries, enGoreInjuriesAllow } from './en-gore-injuries.js';
import { ruGoreInjuries, ruGoreInjuriesAllow } from './ru-gore-injuries.js';
import { enCruelty, ruCruelty, enCrueltyAllow, ruCrueltyAllow } from './cruelty.js';
import { enTerrorAttacks, enTerrorGroups, ruTerrorAttacks, ruTerrorGroups, enTerrorAllow, ruTerrorAllow } from './terror-attacks.js';
import { enGoreVocabulary, enGoreVocabularyAllow } from './en-gore-vocabulary.js';
import { ruGoreVocabulary, ruGoreVocabularyAllow } from './ru-gore-vocabulary.js';
import { ruGoreOrdinaryMix, ruDrugsOrdinaryMix, ruSexualOrdinaryMix, ruHateOrdinaryMix } from './ru-ordinary-mix.js';
import {
  enGoreOrdinaryMix,
  enDrugsOrdinaryMix,
  enSexualOrdinaryMix,
  enHateOrdinaryMix,
  enProfanityOrdinaryMix,
} from './en-ordinary-mix.js';

/** The built-in rules. Order matters only for which category a message with several hits reports. */
export const builtInRules: GateRules = {
  lexicons: [
    hateSymbols,
    sexualSymbols,
    profanitySymbols,
    goreSymbols,
    drugSymbols,
    enHate,
    ruHate,
    enSexual,
    ruSexual,
    enGore,
    ruGore,
    enDrugs,
    ruDrugs,
    enHateDescribed,
    ruHateDescribed,
    enHateScenes,
    ruHateScenes,
    enHateParaphrase,
    ruHateParaphrase,
    hateParaphraseRaw,
    enTerrorGroups,
    ruTerrorGroups,
    enHateVocabulary,
    enHateVocabularyRaw,
    ruHateVocabulary,
    enSexualDescribed,
    ruSexualDescribed,
    enSexualConcepts,
    ruSexualConcepts,
    enSexualParaphrase,
    ruSexualParaphrase,
    enSexualScenes,
    ruSexualScenes,
    enGoreDescribed,
    ruGoreDescribed,
    enGoreScenes,
    ruGoreScenes,
    enGoreParaphrase,
    ruGoreParaphrase,
    enGoreInjuries,
    ruGoreInjuries,
    enTerrorAttacks,
    ruTerrorAttacks,
    enCruelty,
    ruCruelty,
    enGoreVocabulary,
    ruGoreVocabulary,
    enHateOrdinaryMix,
    ruHateOrdinaryMix,
    enSexualOrdinaryMix,
    ruSexualOrdinaryMix,
    enGoreOrdinaryMix,
    ruGoreOrdinaryMix,
    enDrugsOrdinaryMix,
    ruDrugsOrdinaryMix,
    enDrugsDescribed,
    ruDrugsDescribed,
    enDrugScenes,
    ruDrugScenes,
    enDrugsParaphrase,
    ruDrugsParaphrase,
    enDrugsEveryday,
    ruDrugsEveryday,
    drugsEverydayRaw,
    enDrugsVocabulary,
    ruDrugsVocabulary,
    enProfanity,
    ruProfanity,
    enProfanityOrdinaryMix,
  ],
  allowLists: [
    enAllow,
    ruAllow,
    conceptsAllowEn,
    conceptsAllowRu,
    describedAllowEn,
    describedAllowRu,
    enDrugsParaphraseAllow,
    ruDrugsParaphraseAllow,
    hateParaphraseAllowEn,
    enHateVocabularyAllow,
    ruHateVocabularyAllow,
    enGoreParaphraseAllow,
    ruGoreParaphraseAllow,
    enGoreInjuriesAllow,
    ruGoreInjuriesAllow,
    enTerrorAllow,
    ruTerrorAllow,
    enCrueltyAllow,
    ruCrueltyAllow,
    enGoreVocabularyAllow,
    ruGoreVocabularyAllow,
    enSexualParaphraseAllow,
    ruSexualParaphraseAllow,
    enSexualScenesAllow,
    ruSexualScenesAllow,
    enDrugsEverydayAllow,
    ruDrugsEverydayAllow,
    enDrugsVocabularyAllow,
    ruDrugsVocabularyAllow,
  ],
  latinSafe,
  emojiFamilies: { ...EMOJI_FAMILIES, ...EMOJI_SCENE_FAMILIES },
  emojiCombos: [...EMOJI_COMBOS, ...EMOJI_WORD_COMBOS, ...EMOJI_SCENE_COMBOS],
  maskFill: ['kill', 'yourself', 'urself', 'myself', 'self', 'heil', 'hitler', 'убеи', 'себя', 'убить', 'вскрыть', 'вены'],
};
