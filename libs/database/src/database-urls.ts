/**
 * Derives one service's database URL from a shared server URL: `postgresql://u:p@host/lattice`
 * becomes `.../lattice_center` for the center. Per-service URLs win when given.
 */
export function serviceDatabaseUrl(serverUrl: string, service: string): string {
  const url = new URL(serverUrl);
  const base = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'lattice';
  url.pathname = `/${base}_${service.replace(/-/g, '_')}`;
  return url.toString();
}

/** The database name inside a connection URL. */
export function databaseName(connectionUrl: string): string {
  return decodeURIComponent(new URL(connectionUrl).pathname.replace(/^\//, ''));
}
