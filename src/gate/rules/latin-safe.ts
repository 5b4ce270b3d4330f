/**
 * Latin-script words that are ordinary English (or names) but would read as Russian мат
 * once transliterated or mapped by shape: "her" is not "хер", "hue" is not "хуе".
 * Tokens in this list are never matched against the Russian lexicon.
 * Found by running an English dictionary through the gate; extend it the same way.
 */
export const latinSafe: string[] = [
  'suicide', 'suicides', 'suicidal', 'epa', 'met', 'mets', 'meet', 'meets', 'penistone', 'faq', 'faker', 'fakers', "faker's", 'faking', 'sheet', 'sheets',
  'ballyhooed', 'ballyhooing', 'donahue', 'donahue\'s', 'ebay', 'ebay\'s', 'ebb', 'ebb\'s',
  'ebbed', 'ebbing', 'eben', 'eben\'s', 'ebeneezer', 'ebeneezer\'s', 'ebert', 'ebert\'s', 'ebola',
  'ebola\'s', 'ebonics', 'ebonics\'s', 'ebonies', 'ebony', 'ebony\'s', 'ebook', 'ebooks',
  'ebullience', 'ebullience\'s', 'ebullient', 'epoxyed', 'epoxying', 'eyeball', 'eyeball\'s',
  'eyeballed', 'eyeballing', 'eyeballs', 'gowned', 'hail', 'hail\'s', 'hails', 'her', 'hera',
  'herb', 'herbs', 'here', 'hernandez', 'hernandez\'s', 'hernia', 'hernia\'s', 'herniae',
  'hernias', 'hero', 'heron', 'hers', 'hoo', 'hooe', 'hooey', 'hooey\'s', 'hue', 'hue\'s', 'hued',
  'huerta', 'huerta\'s', 'hues', 'huey', 'huey\'s', 'huge', 'hui\'s', 'huitzilopotchli',
  'huitzilopotchli\'s', 'huygens', 'huygens\'s', 'ibis\'s', 'jeb', 'job', 'job\'s', 'jobbed',
  'jobber', 'jobber\'s', 'jobbers', 'jobbing', 'jobless', 'joblessness', 'joblessness\'s',
  'lapidaries', 'lapidary', 'lapidary\'s', 'mandy', 'moodily', 'nah', 'niebuhr', 'niebuhr\'s',
  'niggard', 'niggard\'s', 'niggardliness', 'niggardliness\'s', 'niggardly', 'niggards', 'sissier',
  'sissies', 'sissiest', 'spays', 'sperm', 'sperm\'s', 'spermatozoa', 'spermatozoon',
  'spermatozoon\'s', 'spermicide', 'spermicide\'s', 'spermicides', 'sperms', 'sukarno',
  'sukarno\'s', 'taxying', 'topples', 'wagging', 'waging', 'webb', 'who', 'yob', 'yobs',
];
