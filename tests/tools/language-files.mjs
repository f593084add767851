// The language files' layout in the repository, and the hash their translations carry.

/**
 * The hash the site keeps of the English a translation was made from (32-bit FNV-1a over the
 * UTF-8 bytes, hex), as `english_hash` in src/data/translation.rs computes it.
 */
export function englishHash(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A date pattern with any special forms of the day (French `{day, select, 1 {1er} …}`) as `{day}`. */
export function plainDay(pattern) {
  return pattern.replace(/\{day, select,(?:[^{}]|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*\}/, '{day}');
}

/** A content translation file's text, one entry per line, as the repository keeps them. */
export function contentText(file) {
  const lines = Object.entries(file.content).map(
    ([key, { from, text }]) =>
      `    ${JSON.stringify(key)}: {"from": ${JSON.stringify(from)}, "text": ${JSON.stringify(text)}}`,
  );
  return `{\n  "lang": ${JSON.stringify(file.lang)},\n  "content": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** An interface file's text, its grammar laid out and one message per line. */
export function interfaceText(file) {
  const grammar = JSON.stringify(file.grammar, null, 2).replace(/\n/g, '\n  ');
  const lines = Object.entries(file.messages).map(
    ([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value).replace(/","/g, '", "')}`,
  );
  return `{\n  "lang": ${JSON.stringify(file.lang)},\n  "grammar": ${grammar},\n  "messages": {\n${lines.join(',\n')}\n  }\n}\n`;
}
