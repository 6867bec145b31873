import { tagElement, tagGroup, type Tag } from '@lattice/dicom';
import { SAFE_PRIVATE_ROWS } from '../generated/safe-private-table';
import type { SafePrivateRow } from './safe-private-row';

// Group, then normalized creator, then the element's low byte.
type Index = Map<number, Map<string, Map<number, SafePrivateRow>>>;
let index: Index | null = null;

/** Creator strings compare without regard to case or surrounding spaces, as PS3.15 E.3.10 matches them. */
export function normalizeCreator(creator: string): string {
  return creator.trim().toUpperCase();
}

function buildIndex(): Index {
  const built: Index = new Map();
  for (const row of SAFE_PRIVATE_ROWS) {
    let creators = built.get(row.group);
    if (!creators) {
      creators = new Map();
      built.set(row.group, creators);
    }
    const creator = normalizeCreator(row.creator);
    let elements = creators.get(creator);
    if (!elements) {
      elements = new Map();
      creators.set(creator, elements);
    }
    elements.set(row.element, row);
  }
  return built;
}

/**
 * The Table E.3.10-1 row for a private data element, matched by its group, the creator of its block and
 * the low byte of its element number (never the whole element: the block a creator gets varies).
 */
export function findSafePrivateRow(tag: Tag, creator: string): SafePrivateRow | undefined {
  if (!index) index = buildIndex();
  const creators = index.get(tagGroup(tag));
  if (!creators) return undefined;
  return creators.get(normalizeCreator(creator))?.get(tagElement(tag) & 0xff);
}
