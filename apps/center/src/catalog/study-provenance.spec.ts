import { studyProvenance, type StoredProvenance } from './study-provenance';

const basic = { value: '113100', scheme: 'DCM', meaning: 'Basic Application Confidentiality Profile' };
const dates = {
  value: '113107',
  scheme: 'DCM',
  meaning: 'Retain Longitudinal Temporal Information Modified Dates Option',
};
const pixels = { value: '113101', scheme: 'DCM', meaning: 'Clean Pixel Data Option' };
const stage1 = 'LATTICE stage 1: research-default (PS3.15 2026d)';
const stage2 = 'LATTICE stage 2: research-default (PS3.15 2026d)';

function instance(overrides: Partial<StoredProvenance> = {}): StoredProvenance {
  return {
    patientIdentityRemoved: 'YES',
    longitudinalTemporalInformationModified: 'MODIFIED',
    methods: [stage1, stage2],
    codes: [basic, dates, basic, dates],
    stages: [
      { stage: 1, methods: [stage1], codes: [basic, dates] },
      { stage: 2, methods: [stage2], codes: [basic, dates] },
    ],
    ...overrides,
  };
}

describe('studyProvenance', () => {
  it('gathers methods and codes of every instance once, stage by stage', () => {
    const redacted = instance({
      codes: [basic, dates, pixels, basic, dates],
      stages: [
        { stage: 1, methods: [stage1], codes: [basic, dates, pixels] },
        { stage: 2, methods: [stage2], codes: [basic, dates] },
      ],
    });
    const view = studyProvenance([instance(), redacted, instance()]);
    expect(view.methods).toEqual([stage1, stage2]);
    expect(view.codes.map((code) => code.value)).toEqual(['113100', '113107', '113101']);
    expect(view.stages).toEqual([
      { stage: 1, methods: [stage1], codes: [basic, dates, pixels] },
      { stage: 2, methods: [stage2], codes: [basic, dates] },
    ]);
    expect(view.patientIdentityRemoved).toBe('YES');
    expect(view.longitudinalTemporalInformationModified).toBe('MODIFIED');
  });

  it('says NO unless every instance had its identity removed, and MIXED when the temporal flags differ', () => {
    const view = studyProvenance([
      instance(),
      instance({ patientIdentityRemoved: null, longitudinalTemporalInformationModified: 'REMOVED' }),
    ]);
    expect(view.patientIdentityRemoved).toBe('NO');
    expect(view.longitudinalTemporalInformationModified).toBe('MIXED');
  });

  it('puts methods of tools before Lattice first, as stage 0', () => {
    const earlier = 'VENDOR ANONYMIZER 2.1';
    const view = studyProvenance([
      instance({
        methods: [earlier, stage1, stage2],
        stages: [
          { stage: 2, methods: [stage2], codes: [] },
          { stage: 0, methods: [earlier], codes: [] },
        ],
      }),
    ]);
    expect(view.stages.map((stage) => stage.stage)).toEqual([0, 2]);
    expect(view.methods[0]).toBe(earlier);
  });

  it('has nothing to say about a study without instances', () => {
    expect(studyProvenance([])).toEqual({
      patientIdentityRemoved: null,
      longitudinalTemporalInformationModified: null,
      methods: [],
      codes: [],
      stages: [],
    });
  });
});
