import { ConsentDecisionPoint, InMemoryConsentRecords } from './consent-decision-point';

const patient = { kind: 'patient-digest', digest: 'd1' } as const;
const pseudonym = { kind: 'pseudonym', pseudonym: 'P1' } as const;

describe('the consent decision point', () => {
  it('includes everyone in an opt-out programme until an opt-out is recorded', async () => {
    const records = new InMemoryConsentRecords();
    const point = new ConsentDecisionPoint('opt-out', records);
    expect(await point.decide(patient)).toEqual({ included: true, reason: 'no-objection-on-record' });
    records.record(patient, 'opted-out');
    expect(await point.decide(patient)).toEqual({ included: false, reason: 'opted-out' });
    expect(await point.decide(pseudonym)).toEqual({ included: true, reason: 'no-objection-on-record' });
  });

  it('includes only those who agreed in an opt-in programme, and an opt-out always wins', async () => {
    const records = new InMemoryConsentRecords();
    const point = new ConsentDecisionPoint('opt-in', records);
    expect(await point.decide(pseudonym)).toEqual({ included: false, reason: 'no-consent-on-record' });
    records.record(pseudonym, 'opted-in');
    expect(await point.decide(pseudonym)).toEqual({ included: true, reason: 'opted-in' });
    records.record(pseudonym, 'opted-out');
    expect(await point.decide(pseudonym)).toEqual({ included: false, reason: 'opted-out' });
  });
});
