/** Whether a node is reachable now, judged from its last heartbeat. */
export type NodeStatus = 'online' | 'offline';

export function nodeStatus(lastSeenAt: Date | null, now: Date, offlineAfterSeconds: number): NodeStatus {
  if (!lastSeenAt) return 'offline';
  return now.getTime() - lastSeenAt.getTime() <= offlineAfterSeconds * 1000 ? 'online' : 'offline';
}
