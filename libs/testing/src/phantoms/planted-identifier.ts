/** What kind of identifying value a phantom plants. */
export type PlantedKind =
  | 'patient-name'
  | 'person-name'
  | 'patient-id'
  | 'national-id'
  | 'birth-date'
  | 'date'
  | 'address'
  | 'phone'
  | 'institution'
  | 'device'
  | 'identifier'
  | 'uid';

/**
 * One identifying value a phantom wrote, and where (attribute keyword, private creator, or sequence path).
 * After de-identification none of these may be found in the output.
 */
export interface PlantedIdentifier {
  readonly kind: PlantedKind;
  readonly value: string;
  readonly where: string;
}
