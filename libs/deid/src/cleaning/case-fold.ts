/**
 * Upper-cases text without changing its length (characters whose upper case is longer, such as ß,
 * stay as they are), so offsets found in the folded text are offsets in the original.
 */
export function foldCase(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toUpperCase();
  let out = '';
  for (const char of text) {
    const upper = char.toUpperCase();
    out += upper.length === char.length ? upper : char;
  }
  return out;
}
