export {
  ensureDevIdpBuilt,
  freePort,
  startDevIdp,
  workspaceRoot,
  type DevIdpProcess,
  type StartDevIdpOptions,
} from './dev-idp-process';
