import { ingestActivity } from './ingest-activity';

describe('the activity view', () => {
  it('names every counter, zero when nothing happened, from event outcomes and push states', () => {
    const view = ingestActivity(
      new Map([
        ['received', 5],
        ['excluded-by-consent', 2],
        ['released', 1],
      ]),
      new Map([
        ['pending', 3],
        ['failed', 1],
      ]),
      [],
    );
    expect(view.counts).toEqual({
      received: 5,
      duplicate: 0,
      quarantined: 0,
      rejected: 0,
      excluded: 2,
      failed: 0,
      released: 1,
      discarded: 0,
      pending: 3,
      sent: 0,
      confirmed: 0,
      withdrawn: 0,
      pushFailed: 1,
    });
  });
});
