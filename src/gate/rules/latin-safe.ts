/**
 * Latin-script words that are ordinary English (or names) but would read as Russian мат
 * once transliterated or mapped by shape: "her" is not "хер", "hue" is not "хуе".
 * Tokens in this list are never matched against the Russian lexicon.
 * Found by running an English dictionary through the gate; extend it the same way.
 */
export const latinSafe: string[] = [
  'her', 'hers', 'herb', 'herbs', 'hero', 'heron', 'hue', 'hues', 'huey', 'hui', 'nah', 'hail', 'hails',
  'ebay', 'ebook', 'ebooks', 'ebony', 'ebola', 'ebert', 'jeb', 'yob', 'yobs', 'webb', 'hooey',
];
