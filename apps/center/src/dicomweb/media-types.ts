import { DicomwebError } from './dicomweb.error';

/** One entry of an Accept header. */
interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly params: Readonly<Record<string, string>>;
  readonly q: number;
}

/** What a WADO-RS retrieve will send: a transfer syntax UID, or `*` for each instance as stored. */
export interface RetrieveMediaType {
  readonly transferSyntax: string;
}

/** Parses an Accept header (RFC 9110 12.5.1); an absent or empty header accepts anything. */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (!header || header.trim() === '') return [{ type: '*', subtype: '*', params: {}, q: 1 }];
  const ranges: MediaRange[] = [];
  for (const entry of splitOutsideQuotes(header, ',')) {
    const [mediaType = '', ...parameters] = splitOutsideQuotes(entry, ';');
    const [type, subtype] = mediaType.trim().toLowerCase().split('/');
    if (!type || !subtype) continue;
    const params: Record<string, string> = {};
    let q = 1;
    for (const parameter of parameters) {
      const at = parameter.indexOf('=');
      if (at < 0) continue;
      const name = parameter.slice(0, at).trim().toLowerCase();
      const value = parameter
        .slice(at + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
      if (name === 'q') q = Number.isFinite(Number(value)) ? Number(value) : 0;
      else params[name] = value;
    }
    if (q > 0) ranges.push({ type, subtype, params, q });
  }
  // Stable: equal weights keep the client's order.
  return ranges.sort((a, b) => b.q - a.q);
}

/**
 * The media type of a WADO-RS instance retrieve: `multipart/related; type="application/dicom"`, with an
 * optional transfer-syntax (`*` or a UID), or a wildcard range. DicomwebError NOT_ACCEPTABLE otherwise.
 */
export function negotiateRetrieve(header: string | undefined): RetrieveMediaType {
  for (const range of parseAccept(header)) {
    const anything = range.type === '*' || (range.type === 'multipart' && range.subtype === '*');
    if (anything) return { transferSyntax: '*' };
    if (range.type !== 'multipart' || range.subtype !== 'related') continue;
    const partType = (range.params['type'] ?? 'application/dicom').toLowerCase();
    if (partType !== 'application/dicom') continue;
    return { transferSyntax: range.params['transfer-syntax'] ?? '*' };
  }
  throw new DicomwebError(
    'NOT_ACCEPTABLE',
    'Instances are retrieved as multipart/related; type="application/dicom".',
  );
}

/** Accepts `application/dicom+json` (or JSON or a wildcard) for search results and metadata; else 406. */
export function negotiateDicomJson(header: string | undefined): void {
  for (const range of parseAccept(header)) {
    if (range.type === '*') return;
    if (range.type !== 'application') continue;
    if (range.subtype === '*' || range.subtype === 'dicom+json' || range.subtype === 'json') return;
  }
  throw new DicomwebError('NOT_ACCEPTABLE', 'Search results and metadata are application/dicom+json.');
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}
