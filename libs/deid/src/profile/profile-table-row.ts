import type { ProfileOption } from './profile-options';

/** An action code of PS3.15 Table E.1-1a. */
export type ActionCode = 'D' | 'Z' | 'X' | 'K' | 'C' | 'U' | 'Z/D' | 'X/Z' | 'X/D' | 'X/Z/D' | 'X/Z/U*';

/** Which tags a Table E.1-1 row applies to. */
export type ProfileRowMatch =
  | { readonly match: 'exact'; readonly value: number }
  /** A repeating group such as (50xx,xxxx) or (60xx,3000): the row applies when `tag & mask === value`. */
  | { readonly match: 'mask'; readonly value: number; readonly mask: number }
  /** "(gggg,eeee) where gggg is odd": every private data element. */
  | { readonly match: 'private' };

/** One row of PS3.15 Table E.1-1 as the generator writes it. */
export type ProfileTableRow = ProfileRowMatch & {
  /** The tag cell as the standard prints it. */
  readonly tag: string;
  readonly name: string;
  readonly basic: ActionCode;
  /** The code of each option column that has one; options without a cell leave the basic action. */
  readonly options: Readonly<Partial<Record<ProfileOption, ActionCode>>>;
  readonly retired: boolean;
  readonly inStandardIod: boolean;
};
