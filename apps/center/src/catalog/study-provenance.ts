import type { DeidentificationCode, StudyProvenanceView } from './catalog.dto';

/** Provenance as stored per instance (see ingest/stored-instance.ts). */
export interface StoredProvenance {
  readonly patientIdentityRemoved?: string | null;
  readonly longitudinalTemporalInformationModified?: string | null;
  readonly methods?: readonly string[];
  readonly codes?: readonly DeidentificationCode[];
  readonly stages?: readonly {
    stage: number;
    methods: readonly string[];
    codes: readonly DeidentificationCode[];
  }[];
}

/**
 * A study's provenance from its instances': methods and codes in first-seen order without repeats,
 * Patient Identity Removed YES only if every instance says so, and the temporal flag when all agree.
 */
export function studyProvenance(instances: readonly StoredProvenance[]): StudyProvenanceView {
  const identity = new Set(instances.map((p) => p.patientIdentityRemoved ?? null));
  const temporal = new Set(instances.map((p) => p.longitudinalTemporalInformationModified ?? null));
  const stages = new Map<number, { methods: string[]; codes: DeidentificationCode[] }>();
  for (const provenance of instances) {
    for (const stage of provenance.stages ?? []) {
      const entry = stages.get(stage.stage) ?? { methods: [], codes: [] };
      addMethods(entry.methods, stage.methods);
      addCodes(entry.codes, stage.codes);
      stages.set(stage.stage, entry);
    }
  }
  const methods: string[] = [];
  const codes: DeidentificationCode[] = [];
  for (const provenance of instances) {
    addMethods(methods, provenance.methods ?? []);
    addCodes(codes, provenance.codes ?? []);
  }
  return {
    patientIdentityRemoved:
      instances.length === 0 ? null : identity.size === 1 && identity.has('YES') ? 'YES' : 'NO',
    longitudinalTemporalInformationModified:
      temporal.size === 1 ? ([...temporal][0] ?? null) : temporal.size > 1 ? 'MIXED' : null,
    methods,
    codes,
    stages: [...stages.entries()].sort(([a], [b]) => a - b).map(([stage, entry]) => ({ stage, ...entry })),
  };
}

function addMethods(into: string[], methods: readonly string[]): void {
  for (const method of methods) if (!into.includes(method)) into.push(method);
}

function addCodes(into: DeidentificationCode[], codes: readonly DeidentificationCode[]): void {
  for (const code of codes) {
    if (!into.some((known) => known.value === code.value && known.scheme === code.scheme))
      into.push({ ...code });
  }
}
