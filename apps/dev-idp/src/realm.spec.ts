import { isTaiwanNationalId } from '@lattice/testing';
import { authenticate } from './credentials';
import { findClient, findUserByUsername, latticeRealm } from './realm';
import { serviceAccountAccessClaims, userAccessClaims } from './token-claims';

describe('the lattice realm', () => {
  it('gives the demo patients synthetic national ids that no real person can hold', () => {
    expect(isTaiwanNationalId('A123456789')).toBe(true); // the checksum itself works
    const patients = latticeRealm.users.filter((user) =>
      (user.realmRoles as readonly string[]).includes('patient'),
    );
    expect(patients.map((user) => user.username)).toEqual(['patient1', 'patient2']);
    for (const patient of patients) {
      const id = (patient.attributes as { national_id?: string }).national_id ?? '';
      expect(id).toMatch(/^[A-Z][12][0-9]{8}$/);
      expect(isTaiwanNationalId(id)).toBe(false);
    }
  });

  it('accepts the demo password for every demo user and nothing else', () => {
    for (const user of latticeRealm.users) {
      expect(authenticate(user.username, 'lattice')?.id).toBe(user.id);
      expect(authenticate(user.username.toUpperCase(), 'lattice')?.id).toBe(user.id);
      expect(authenticate(user.username, 'Lattice')).toBeUndefined();
      expect(authenticate(user.username, '')).toBeUndefined();
    }
    expect(authenticate('service-account-node-a', 'lattice')).toBeUndefined();
    expect(authenticate('nobody', 'lattice')).toBeUndefined();
  });

  it('builds Keycloak-shaped claims from the client mappers', () => {
    const cli = findClient('lattice-cli');
    const patient = findUserByUsername('patient1');
    const operator = findUserByUsername('operator-b');
    if (!cli || !patient || !operator) throw new Error('realm is missing demo entries');

    expect(userAccessClaims(patient, cli)).toEqual({
      typ: 'Bearer',
      azp: 'lattice-cli',
      preferred_username: 'patient1',
      realm_access: { roles: ['patient'] },
      resource_access: {},
      national_id: 'A123456780',
    });
    const operatorClaims = userAccessClaims(operator, cli);
    expect(operatorClaims['node_id']).toBe('node-b');
    expect(operatorClaims).not.toHaveProperty('national_id');
    expect(operatorClaims).not.toHaveProperty('client_id');
  });

  it('gives node service accounts role node and their client id', () => {
    const nodeA = findClient('node-a');
    if (!nodeA) throw new Error('realm is missing node-a');
    expect(serviceAccountAccessClaims(nodeA)).toEqual({
      typ: 'Bearer',
      azp: 'node-a',
      preferred_username: 'service-account-node-a',
      realm_access: { roles: ['node'] },
      resource_access: {},
      client_id: 'node-a',
    });
    const portal = findClient('lattice-portal');
    expect(portal && serviceAccountAccessClaims(portal)).toBeUndefined();
  });
});
