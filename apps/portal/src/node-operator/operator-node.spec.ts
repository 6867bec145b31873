import { operatorNodeOf } from './operator-node';

const nodeUrls = { 'node-a': 'http://127.0.0.1:3101' };

describe('operatorNodeOf', () => {
  it('finds the URL of the node named in the token', () => {
    expect(operatorNodeOf({ nodeId: 'node-a' }, nodeUrls)).toEqual({
      kind: 'ready',
      nodeId: 'node-a',
      nodeUrl: 'http://127.0.0.1:3101',
    });
  });

  it('says when the account names no node, and when the portal has no URL for it', () => {
    expect(operatorNodeOf({}, nodeUrls)).toEqual({ kind: 'no-node' });
    expect(operatorNodeOf({ nodeId: 'node-b' }, nodeUrls)).toEqual({ kind: 'no-url', nodeId: 'node-b' });
  });

  it('does not mistake inherited object properties for node URLs', () => {
    expect(operatorNodeOf({ nodeId: 'constructor' }, nodeUrls)).toEqual({
      kind: 'no-url',
      nodeId: 'constructor',
    });
  });
});
