import { resolveRoute } from '../routing/portal-route';
import { capabilitiesByRole, capabilityOfRoute, rolesWithCapability } from './capabilities';
import { portalRoles } from './portal-role';

describe('capabilities', () => {
  it('gives every available capability with a page a path that leads to that capability', () => {
    for (const role of portalRoles) {
      for (const capability of capabilitiesByRole[role]) {
        if (capability.availability !== 'available' || capability.href.includes('#')) continue;
        expect([role, capabilityOfRoute(resolveRoute(capability.href))]).toEqual([role, capability.id]);
      }
    }
  });

  it('opens the node pages to node operators only, and the catalog to stewards and administrators', () => {
    expect(rolesWithCapability('ingest')).toEqual(['node-operator']);
    expect(rolesWithCapability('quarantine')).toEqual(['node-operator']);
    expect(rolesWithCapability('recordOptOut')).toEqual(['node-operator']);
    expect(rolesWithCapability('studies')).toEqual(['center-admin', 'data-steward']);
    expect(rolesWithCapability('centerQuarantine')).toEqual(['center-admin', 'data-steward']);
  });

  it('keeps announced capabilities closed to everyone', () => {
    expect(rolesWithCapability('curation')).toEqual([]);
    expect(rolesWithCapability('validationTasks')).toEqual([]);
  });

  it('files the study page under the studies and the home page under no capability', () => {
    expect(capabilityOfRoute({ page: 'study', studyInstanceUid: '2.25.1' })).toBe('studies');
    expect(capabilityOfRoute({ page: 'home' })).toBeNull();
    expect(capabilityOfRoute({ page: 'notFound' })).toBeNull();
  });
});
