import { describe, expect, it } from 'vitest';
import { glueSpacedLetters, normalizeText, prepareText, transliterate } from '../../src/gate/normalize.js';

describe('gate normaliser', () => {
  it('folds fullwidth, math letters, accents, case and invisible characters', () => {
    expect(prepareText('ＦＵＣＫ')).toBe('fuck');
    expect(prepareText('𝐟𝐮𝐜𝐤')).toBe('fuck');
    expect(prepareText('f\u200bu\u200dc\u2060k\ufeff')).toBe('fuck');
    expect(prepareText('p\u00adorn')).toBe('porn');
    expect(prepareText('Z̴̛a̷l̶g̵o')).toBe('zalgo');
    expect(prepareText('Ёжик ЙОД')).toBe('ежик иод');
  });

  it('reads regional-indicator and squared letters as letters', () => {
    expect(prepareText('🇫🇺🇨🇰')).toBe('fuck');
    expect(prepareText('🅵🆄🅲🅺')).toBe('fuck');
  });

  it('keeps a lone flag a flag for the emoji combos, but reads "🇸🇸" and longer runs as letters', () => {
    expect(prepareText('🐒🇳🇬')).toBe('🐒🇳🇬');
    expect(prepareText('🇸🇸')).toBe('ss');
    expect(prepareText('🇵🇴🇷🇳')).toBe('porn');
  });

  it('reads ⭕ ❌ © ® as letters at a word edge, and adds the folded text for one inside a word', () => {
    expect(prepareText('se❌ ©ock')).toBe('sex cock');
    expect(prepareText('⭕❌⭕ © 2024')).toBe('⭕❌⭕ © 2024');
    expect(prepareText('f⭕ck')).toBe('f⭕ck fock');
  });

  it('reads a symbol with its emoji variation selector inside a word as a symbol inside a word', () => {
    // "х✖️й": the selector after ✖ is not a word end (it once made the ✖ an "x" and lost the word); й folds to и
    expect(prepareText('х✖\ufe0fй')).toBe('х✖и хxи');
    expect(prepareText('se❌\ufe0f')).toBe('sex');
  });

  it('glues different pictographs put between single letters', () => {
    expect(prepareText('f🔥u💦c🍆k')).toBe('fuck');
    expect(prepareText('f 🔥 u 💦 c 🍆 k')).toBe('fuck');
  });

  it('glues letters spelled out with separators but keeps words apart', () => {
    expect(glueSpacedLetters('нарисуй п.о.р.н.о')).toBe('нарисуй порно');
    expect(glueSpacedLetters('s e x')).toBe('sex');
    expect(glueSpacedLetters('f-u-c-k you')).toBe('fuck you');
    expect(glueSpacedLetters('h-e-i-l h-i-t-l-e-r')).toBe('heil hitler');
    expect(glueSpacedLetters('a n_a_k_e_d girl')).toBe('a naked girl');
    expect(glueSpacedLetters('я и ты')).toBe('я и ты');
  });

  it('reads English leet 1 as l and 6 as g too ("b100d", "fa66ot")', () => {
    expect(normalizeText('fa66ot b100d').lat).toContain('faggot');
    expect(normalizeText('fa66ot b100d').lat).toContain('blood');
    expect(normalizeText('draw 16 cats').lat).toBe('draw 16 cats');
  });

  it('reads a root sign or logical or inside a word as у in Cyrillic and v in Latin ("тр√п", "lo∨e")', () => {
    expect(normalizeText('тр√п х∨й').cyr).toBe('труп хуи'); // й folds to и
    expect(normalizeText('lo√e').lat).toBe('love');
    expect(normalizeText('нарисуй √ корень').cyr).toBe('нарисуи корень');
  });

  it('keeps a reading without a one-letter word glued onto spelled letters', () => {
    expect(glueSpacedLetters('г е р о и н в пакетике')).toBe('героинв героин пакетике');
    expect(glueSpacedLetters('a d e c a p i t a t e d')).toBe('adecapitated decapitated');
  });

  it('builds Latin and Cyrillic skeletons of mixed-script and leet words', () => {
    const f = normalizeText('xуй cyka п0рн0 $h1t');
    expect(f.cyr).toContain('хуи');
    expect(f.cyr).toContain('сука');
    expect(f.cyr).toContain('порно');
    expect(f.lat).toContain('shit');
  });

  it('does not read ordinary English words as Russian by shape', () => {
    const f = normalizeText('cucumber hurrah');
    expect(f.cyr).not.toContain('сисим');
    expect(f.cyr).not.toContain('нигга');
  });

  it('reads the word after a request verb typed without a space', () => {
    expect(normalizeText('нарисуйхуй').cyr).toContain('| хуи');
    expect(normalizeText('стримернарисуйпожалуйстапорно').cyr).toContain('| порно');
    expect(normalizeText('drawporn').lat).toContain('| porn');
    expect(normalizeText('drawing').lat).toBe('drawing | ing');
  });

  it('glues a reflexive ending typed apart back onto its verb', () => {
    expect(normalizeText('poves sya').tr).toContain('| повесся');
    expect(normalizeText('убей ся').cyr).toContain('| убеися');
  });

  it('reads 3 as е in a Latin word read by shape', () => {
    expect(normalizeText('c3kc').tr).toBe('секс');
  });

  it('transliterates Latin-written Russian', () => {
    expect(transliterate('pizda')).toBe('пизда');
    expect(transliterate('blyat')).toBe('блят');
    expect(transliterate('nahuj')).toBe('нахуи');
    expect(transliterate('zaebal')).toBe('заебал');
    expect(transliterate('pizdets')).toBe('пиздец');
    expect(transliterate('huy')).toBe('хуи');
  });

  it('cuts stretched letters to two and keeps a glued reading of split words', () => {
    expect(normalizeText('fuuuuuuck').lat).toBe('fuuck');
    expect(normalizeText('хууууй').cyr).toBe('хууи');
    expect(normalizeText('fu-ck').lat).toBe('fu ck | fuck');
    expect(normalizeText('fu ck').lat).toBe('fu ck | fuck');
  });

  it('treats interior asterisks as masks and markdown emphasis as punctuation', () => {
    expect(normalizeText('f*ck').masked).toHaveLength(1);
    expect(normalizeText('бл**').masked).toHaveLength(1);
    expect(normalizeText('*котик*').masked).toHaveLength(0);
    expect(normalizeText('что? #котики').masked).toHaveLength(0);
  });

  it('survives garbage and huge input', () => {
    expect(() => normalizeText('\u0000\ud800💩'.repeat(1000))).not.toThrow();
    expect(normalizeText('').lat).toBe('');
  });
});
