import type { DeidentificationCode, StudyProvenance } from './catalog-client';

/** What one run of de-identification recorded, ready to show. */
export interface ProvenanceRun {
  /**
   * The run: 1 at the hospital node and 2 at the center (Lattice's stages), 0 for tools before Lattice,
   * null when the center reported no runs and the record is shown whole.
   */
  readonly stage: number | null;
  /** The De-identification Method (0012,0063) values of this run, notes such as an operator's review included. */
  readonly methods: readonly string[];
  /** The profile a Lattice stage names in its method, such as research-default. */
  readonly profile: string | null;
  /** The PS3.15 edition the profile was generated from, such as 2026d. */
  readonly edition: string | null;
  readonly codes: readonly DeidentificationCode[];
}

const latticeMethod = /^LATTICE stage \d+: (.+?) \(PS3\.15 ([^)]+)\)$/;

/**
 * The runs of a study's provenance in order, each with the profile and edition its Lattice method names.
 * Without runs from the center, the recorded methods and codes are shown as one record: their flat lists
 * do not say which stage wrote which code.
 */
export function provenanceRunsOf(provenance: StudyProvenance): ProvenanceRun[] {
  if (provenance.stages.length === 0) {
    if (provenance.methods.length === 0 && provenance.codes.length === 0) return [];
    return [
      { stage: null, ...profileOf(provenance.methods), methods: provenance.methods, codes: provenance.codes },
    ];
  }
  return [...provenance.stages]
    .sort((a, b) => a.stage - b.stage)
    .map(({ stage, methods, codes }) => ({ stage, ...profileOf(methods), methods, codes }));
}

function profileOf(methods: readonly string[]): { profile: string | null; edition: string | null } {
  for (const method of methods) {
    const match = latticeMethod.exec(method);
    if (match) return { profile: match[1] ?? null, edition: match[2] ?? null };
  }
  return { profile: null, edition: null };
}
