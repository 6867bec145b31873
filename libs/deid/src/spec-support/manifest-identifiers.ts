/** One identifying value a corpus manifest lists for a file, e.g. PatientName='Doe^Jane'. */
export interface ManifestIdentifier {
  readonly key: string;
  readonly value: string;
}

/** The "header identifiers: Key='value'; ..." part of a manifest note. */
export function manifestIdentifiers(notes: string): ManifestIdentifier[] {
  const section = /header identifiers: (.*?)(?:; dcmdump [^;]*reports error)?$/.exec(notes)?.[1] ?? '';
  const found: ManifestIdentifier[] = [];
  for (const match of section.matchAll(/(\w+)='(.*?)'(?=; \w+=|$)/g)) {
    found.push({ key: match[1] as string, value: match[2] as string });
  }
  return found;
}

/** Every string a dcmjs-naturalized dataset holds, at every depth, with the keyword it sits under. */
export function naturalizedStrings(
  value: unknown,
  keyword = '',
  out: { keyword: string; text: string }[] = [],
): { keyword: string; text: string }[] {
  if (typeof value === 'string') out.push({ keyword, text: value });
  else if (typeof value === 'number') out.push({ keyword, text: String(value) });
  else if (Array.isArray(value)) for (const entry of value) naturalizedStrings(entry, keyword, out);
  else if (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof ArrayBuffer) &&
    !ArrayBuffer.isView(value)
  ) {
    for (const [key, entry] of Object.entries(value)) {
      if (key === '_vrMap' || key === 'PixelData') continue;
      // Person names come back as { Alphabetic, Ideographic, Phonetic }: keep the attribute's keyword.
      naturalizedStrings(entry, /^(Alphabetic|Ideographic|Phonetic)$/.test(key) ? keyword : key, out);
    }
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `needle` appears in `text` as a whole word or number, ignoring case. */
export function containsWord(text: string, needle: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
