import { createServer } from 'node:net';

/** Resolves true when nothing listens on the port (on the given interface) right now. */
export function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** Names every configured port already in use, with the variable that moves it. */
export async function portsInUse(ports: Readonly<Record<string, number>>, host: string): Promise<string[]> {
  const busy: string[] = [];
  for (const [variable, port] of Object.entries(ports)) {
    if (!(await isPortFree(port, host)))
      busy.push(`port ${port} is already in use (set ${variable} to use another)`);
  }
  return busy;
}
