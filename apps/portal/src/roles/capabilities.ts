import { paths } from '../routing/paths';
import type { PortalRoute } from '../routing/portal-route';
import { portalRoles, type PortalRole } from './portal-role';

/** Something a role does in Lattice; each has a title and summary in the dictionaries. */
export type CapabilityId =
  | 'nodes'
  | 'keys'
  | 'audit'
  | 'settings'
  | 'studies'
  | 'centerQuarantine'
  | 'curation'
  | 'accessCommittee'
  | 'releaseApproval'
  | 'catalog'
  | 'datasetRequests'
  | 'releases'
  | 'modelValidation'
  | 'notice'
  | 'purposes'
  | 'optOut'
  | 'usageHistory'
  | 'ingest'
  | 'quarantine'
  | 'recordOptOut'
  | 'validationTasks';

/**
 * One capability of a role: either usable now, at a place in the portal (a page, or a section of the
 * home page when the href has a fragment), or only announced.
 */
export type Capability =
  | { readonly id: CapabilityId; readonly availability: 'available'; readonly href: string }
  | { readonly id: CapabilityId; readonly availability: 'coming' };

const at = (id: CapabilityId, href: string): Capability => ({ id, availability: 'available', href });
const coming = (id: CapabilityId): Capability => ({ id, availability: 'coming' });

/**
 * What each role does, from the architecture. Only capabilities whose screens exist are `available`;
 * the rest are shown as announcements, never as links.
 */
export const capabilitiesByRole: Readonly<Record<PortalRole, readonly Capability[]>> = {
  'center-admin': [
    at('nodes', '/#nodes'),
    at('studies', paths.studies),
    at('centerQuarantine', paths.centerQuarantine),
    coming('keys'),
    coming('audit'),
    coming('settings'),
  ],
  'data-steward': [
    at('studies', paths.studies),
    at('centerQuarantine', paths.centerQuarantine),
    coming('curation'),
    coming('accessCommittee'),
    coming('releaseApproval'),
  ],
  researcher: [coming('catalog'), coming('datasetRequests'), coming('releases'), coming('modelValidation')],
  'node-operator': [
    at('ingest', paths.ingest),
    at('quarantine', paths.nodeQuarantine),
    at('recordOptOut', paths.optOuts),
    coming('validationTasks'),
  ],
  patient: [coming('notice'), coming('purposes'), coming('optOut'), coming('usageHistory')],
};

/** The capability a page belongs to; the home page (everyone's) and unknown paths belong to none. */
export function capabilityOfRoute(route: PortalRoute): CapabilityId | null {
  switch (route.page) {
    case 'home':
    case 'notFound':
      return null;
    case 'ingest':
      return 'ingest';
    case 'nodeQuarantine':
      return 'quarantine';
    case 'optOuts':
      return 'recordOptOut';
    case 'studies':
    case 'study':
      return 'studies';
    case 'centerQuarantine':
      return 'centerQuarantine';
  }
}

/** The roles for which a capability is available now, in display order. */
export function rolesWithCapability(id: CapabilityId): PortalRole[] {
  return portalRoles.filter((role) =>
    capabilitiesByRole[role].some(
      (capability) => capability.id === id && capability.availability === 'available',
    ),
  );
}
