import { createMemoryAdapter } from './memory-adapter';

describe('createMemoryAdapter', () => {
  let clock = 1_000_000;
  const Adapter = createMemoryAdapter(() => clock);

  it('stores copies per model, expires them and consumes them', async () => {
    const codes = new Adapter('AuthorizationCode');
    const sessions = new Adapter('Session');
    const payload = { grantId: 'g1', accountId: 'u1' };
    await codes.upsert('c1', payload, 60);
    payload.accountId = 'changed';
    expect(await codes.find('c1')).toEqual({ grantId: 'g1', accountId: 'u1' });
    expect(await sessions.find('c1')).toBeUndefined();

    await codes.consume('c1');
    expect((await codes.find('c1'))?.consumed).toBe(1000);

    clock += 61_000;
    expect(await codes.find('c1')).toBeUndefined();
  });

  it('finds sessions by uid and revokes everything of a grant', async () => {
    const sessions = new Adapter('Session');
    const tokens = new Adapter('AccessToken');
    await sessions.upsert('s1', { uid: 'uid-1' });
    await tokens.upsert('t1', { grantId: 'g2' }, 300);
    await tokens.upsert('t2', { grantId: 'g2' }, 300);
    await tokens.upsert('t3', { grantId: 'g3' }, 300);
    expect((await sessions.findByUid('uid-1'))?.uid).toBe('uid-1');

    await tokens.revokeByGrantId('g2');
    expect(await tokens.find('t1')).toBeUndefined();
    expect(await tokens.find('t2')).toBeUndefined();
    expect(await tokens.find('t3')).toEqual({ grantId: 'g3' });

    await sessions.destroy('s1');
    expect(await sessions.findByUid('uid-1')).toBeUndefined();
  });
});
