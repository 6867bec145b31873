import type { Principal } from '../auth/principal';

/** Which node an operator's pages talk to, or why they cannot. */
export type OperatorNode =
  | { readonly kind: 'ready'; readonly nodeId: string; readonly nodeUrl: string }
  /** The account carries no node_id claim. */
  | { readonly kind: 'no-node' }
  /** The account's node is not among the portal's NODE_URLS. */
  | { readonly kind: 'no-url'; readonly nodeId: string };

/** Finds the operator's node (the token's node_id claim) among the node URLs the portal knows. */
export function operatorNodeOf(
  principal: Pick<Principal, 'nodeId'>,
  nodeUrls: Readonly<Record<string, string>>,
): OperatorNode {
  const { nodeId } = principal;
  if (nodeId === undefined) return { kind: 'no-node' };
  const nodeUrl = Object.hasOwn(nodeUrls, nodeId) ? nodeUrls[nodeId] : undefined;
  return nodeUrl === undefined ? { kind: 'no-url', nodeId } : { kind: 'ready', nodeId, nodeUrl };
}
