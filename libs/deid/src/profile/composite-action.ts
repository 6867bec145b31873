import type { ElementAction } from './element-action';
import type { ActionCode } from './profile-table-row';

/**
 * Resolves an action code of Table E.1-1a without IOD module tables. A composite code offers a choice
 * that depends on the attribute's Type in the IOD, which the standards data does not give, so the
 * choice is the one that keeps the file valid whatever the Type is while carrying no information:
 * Z/D, X/D and X/Z/D become D (a Type 1 attribute must keep a value), X/Z becomes Z (a Type 2 attribute
 * must stay present), and X/Z/U* keeps the referencing sequence with every UID inside remapped.
 */
export function resolveActionCode(code: ActionCode, isSequence: boolean): ElementAction {
  switch (code) {
    case 'K':
      return 'keep';
    case 'X':
      return 'remove';
    case 'Z':
    case 'X/Z':
      return 'empty';
    case 'D':
    case 'Z/D':
    case 'X/D':
    case 'X/Z/D':
      return 'dummy';
    case 'C':
      return 'clean';
    case 'U':
      return 'remapUid';
    case 'X/Z/U*':
      // The sequence stays; its Referenced SOP Instance UIDs are remapped by their own U rows.
      return isSequence ? 'keep' : 'remapUid';
  }
}
