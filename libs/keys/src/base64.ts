/** Decodes strict base64 (standard alphabet, padded), or returns null: Buffer.from alone skips bad characters. */
export function decodeBase64(text: string): Buffer | null {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  // Rejects non-canonical encodings (stray bits in the last character).
  return bytes.toString('base64') === text ? bytes : null;
}
