/**
 * What happens to one element, after composite codes and options are resolved:
 * - keep: unchanged (sequences are kept and their items processed);
 * - remove: the element goes (X);
 * - empty: zero-length value, or a sequence with no items (Z);
 * - dummy: a value consistent with the VR that carries no information; sequences keep their items with
 *   every text value replaced (D);
 * - clean: dates shifted, text cleaned, AE titles pseudonymized, sequences kept with their text cleaned (C);
 * - remapUid: every UID value replaced by its keyed remap (U).
 */
export type ElementAction = 'keep' | 'remove' | 'empty' | 'dummy' | 'clean' | 'remapUid';
