import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import dcmjs from 'dcmjs';

// dcmjs logs what it tolerates (an unknown VR read as OW); the tests judge what it reads, not its notes.
dcmjs.log.setLevel('silent');
dcmjs.log.getLogger('validation.dcmjs').setLevel('silent');

/** Every file below `root`, relative with forward slashes, sorted. */
export function filesBelow(root: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else found.push(relative(root, path).split(sep).join('/'));
    }
  };
  visit(root);
  return found.sort();
}

/** SHA-256 of every file below `root`, by relative path. */
export function treeDigests(root: string): Record<string, string> {
  return Object.fromEntries(
    filesBelow(root).map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(root, path)))
        .digest('hex'),
    ]),
  );
}

/** Every text value dcmjs reads from a file (meta and dataset, every depth, person names by group). */
export function dcmjsText(path: string): string[] {
  const bytes = readFileSync(path);
  const message = dcmjs.data.DicomMessage.readFile(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  const texts: string[] = [];
  const visitValue = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.vr === 'string' || 'Value' in record) visitElement(record);
      else if (['Alphabetic', 'Ideographic', 'Phonetic'].some((group) => group in record)) {
        for (const group of Object.values(record)) if (typeof group === 'string') texts.push(group);
      } else visitDataset(record);
    }
  };
  const visitElement = (element: Record<string, unknown>) => {
    for (const value of Array.isArray(element.Value) ? element.Value : []) visitValue(value);
  };
  const visitDataset = (dataset: Record<string, unknown>) => {
    for (const element of Object.values(dataset))
      if (element && typeof element === 'object') visitElement(element as Record<string, unknown>);
  };
  visitDataset(message.meta as unknown as Record<string, unknown>);
  visitDataset(message.dict as unknown as Record<string, unknown>);
  return texts;
}

/** The first value of a top-level attribute as dcmjs reads it (tag as 8 hex digits), if it has one. */
export function dcmjsValue(path: string, tag: string): unknown {
  const bytes = readFileSync(path);
  const message = dcmjs.data.DicomMessage.readFile(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  return message.dict[tag]?.Value?.[0];
}

/** The tags (8 hex digits, upper case) of a file's top-level dataset as dcmjs reads it. */
export function dcmjsTags(path: string): Set<string> {
  const bytes = readFileSync(path);
  const message = dcmjs.data.DicomMessage.readFile(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  return new Set(Object.keys(message.dict).map((key) => key.toUpperCase()));
}

/** True when `value` occurs in `text` as a whole word (no letter or digit touching it); CJK text as it is. */
export function containsWord(text: string, value: string): boolean {
  if (/[\u3000-\u9fff]/u.test(value)) return text.includes(value);
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
