import type { DeidentificationCode, StudyProvenance } from './catalog-client';
import { provenanceRunsOf } from './provenance';

const code = (value: string): DeidentificationCode => ({ value, scheme: 'DCM', meaning: `meaning ${value}` });
const stage1 = 'LATTICE stage 1: research-default (PS3.15 2026d)';
const stage2 = 'LATTICE stage 2: basic (PS3.15 2026e)';
const base: StudyProvenance = {
  patientIdentityRemoved: 'YES',
  longitudinalTemporalInformationModified: 'MODIFIED',
  methods: [],
  codes: [],
  stages: [],
};

describe('provenanceRunsOf', () => {
  it('shows the center’s runs in order, each with the profile and edition its Lattice method names', () => {
    const runs = provenanceRunsOf({
      ...base,
      stages: [
        { stage: 2, methods: [stage2], codes: [code('113100')] },
        { stage: 0, methods: ['PACS anonymizer 3.1'], codes: [code('113100'), code('113105')] },
        {
          stage: 1,
          methods: [stage1, 'burned-in text reviewed by the node operator'],
          codes: [code('113100'), code('113101')],
        },
      ],
    });
    expect(
      runs.map(({ stage, profile, edition, methods, codes }) => [
        stage,
        profile,
        edition,
        methods.length,
        codes.length,
      ]),
    ).toEqual([
      [0, null, null, 1, 2],
      [1, 'research-default', '2026d', 2, 2],
      [2, 'basic', '2026e', 1, 1],
    ]);
  });

  it('shows a record without runs whole, never guessing which stage wrote which code', () => {
    expect(
      provenanceRunsOf({ ...base, methods: [stage1, stage2], codes: [code('113100'), code('113107')] }),
    ).toEqual([
      {
        stage: null,
        methods: [stage1, stage2],
        profile: 'research-default',
        edition: '2026d',
        codes: [code('113100'), code('113107')],
      },
    ]);
  });

  it('has nothing to show for an empty record', () => {
    expect(provenanceRunsOf(base)).toEqual([]);
  });
});
