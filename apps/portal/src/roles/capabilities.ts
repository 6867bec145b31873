import type { PortalRole } from './portal-role';

/** Something a role does in Lattice; each has a title and summary in the dictionaries. */
export type CapabilityId =
  | 'nodes'
  | 'keys'
  | 'audit'
  | 'settings'
  | 'studies'
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
  | 'validationTasks';

/** One capability of a role: either usable now, at a place in the portal, or only announced. */
export type Capability =
  | { readonly id: CapabilityId; readonly availability: 'available'; readonly href: string }
  | { readonly id: CapabilityId; readonly availability: 'coming' };

const coming = (id: CapabilityId): Capability => ({ id, availability: 'coming' });

/**
 * What each role does, from the architecture. Only capabilities whose screens exist are `available`;
 * the rest are shown as announcements, never as links.
 */
export const capabilitiesByRole: Readonly<Record<PortalRole, readonly Capability[]>> = {
  'center-admin': [
    { id: 'nodes', availability: 'available', href: '/#nodes' },
    coming('keys'),
    coming('audit'),
    coming('settings'),
  ],
  'data-steward': [
    coming('studies'),
    coming('curation'),
    coming('accessCommittee'),
    coming('releaseApproval'),
  ],
  researcher: [coming('catalog'), coming('datasetRequests'), coming('releases'), coming('modelValidation')],
  'node-operator': [coming('ingest'), coming('quarantine'), coming('validationTasks')],
  patient: [coming('notice'), coming('purposes'), coming('optOut'), coming('usageHistory')],
};
