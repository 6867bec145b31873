/** The kind of identifying value a verification finding is about. */
export type IdentifierKind =
  | 'patient-name'
  | 'person-name'
  | 'patient-id'
  | 'identifier'
  | 'date'
  | 'uid'
  | 'address'
  | 'contact'
  | 'institution'
  | 'device'
  | 'text-token';

/** One identifying value of an original file, and where it was found. */
export interface CollectedIdentifier {
  readonly kind: IdentifierKind;
  /** The value as written in the original (decoded text). Never log it. */
  readonly value: string;
  /** Tag path in the original, e.g. (0040,A730)[0]/(0040,A160): locations only, never values. */
  readonly path: string;
}
