import { ConsentDecisionPoint, InMemoryConsentRecords, type ConsentSubject } from '@lattice/consent';
import { ConsentDecisions, DECISION_MEMORY_MS } from './consent-decisions';

function decisions(programme: 'opt-out' | 'opt-in' = 'opt-out') {
  const records = new InMemoryConsentRecords();
  const asked: ConsentSubject[] = [];
  const point = new ConsentDecisionPoint(programme, {
    stateOf: (subject) => {
      asked.push(subject);
      return records.stateOf(subject);
    },
  });
  return { records, asked, decisions: new ConsentDecisions(point) };
}

describe('consent decisions at ingest', () => {
  afterEach(() => jest.useRealTimers());

  it('ask the decision point once per patient per second', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { asked, decisions: subject } = decisions();
    const answers = await Promise.all([subject.decide('d1'), subject.decide('d1'), subject.decide('d2')]);
    expect(answers.map((answer) => answer.included)).toEqual([true, true, true]);
    expect(asked).toEqual([
      { kind: 'patient-digest', digest: 'd1' },
      { kind: 'patient-digest', digest: 'd2' },
    ]);
    await subject.decide('d1');
    expect(asked).toHaveLength(2);
    jest.setSystemTime(1_000_000 + DECISION_MEMORY_MS + 1);
    await subject.decide('d1');
    expect(asked).toHaveLength(3);
  });

  it('see an opt-out at once when told the records changed', async () => {
    const { records, decisions: subject } = decisions();
    expect((await subject.decide('d1')).included).toBe(true);
    records.record({ kind: 'patient-digest', digest: 'd1' }, 'opted-out');
    subject.forget();
    expect(await subject.decide('d1')).toEqual({ included: false, reason: 'opted-out' });
  });

  it('do not remember a lookup that started before the records changed', async () => {
    const { records, decisions: subject } = decisions();
    const early = subject.decide('d1');
    records.record({ kind: 'patient-digest', digest: 'd1' }, 'opted-out');
    subject.forget();
    await early;
    expect((await subject.decide('d1')).included).toBe(false);
  });

  it('follow the programme', async () => {
    expect(decisions('opt-in').decisions.programme).toBe('opt-in');
    expect(await decisions('opt-in').decisions.decide('d9')).toEqual({
      included: false,
      reason: 'no-consent-on-record',
    });
  });
});
