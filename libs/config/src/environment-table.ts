import type { z } from 'zod';
import type { ConfigSpec } from './define-config';
import { centerConfigSpec } from './center.config';
import { devIdpConfigSpec } from './dev-idp.config';
import { launcherConfigSpec } from './launcher.config';
import { nodeConfigSpec } from './node.config';
import { portalConfigSpec } from './portal.config';

/** Every configurable part, in the order the README documents them. */
export const CONFIGURABLE_PARTS: readonly { name: string; title: string; spec: ConfigSpec }[] = [
  {
    name: 'lattice start',
    title: '`npm start` / `lattice start` (embedded platform)',
    spec: launcherConfigSpec,
  },
  { name: 'center', title: 'center', spec: centerConfigSpec },
  { name: 'node', title: 'node (each hospital node)', spec: nodeConfigSpec },
  { name: 'portal', title: 'portal server', spec: portalConfigSpec },
  { name: 'dev-idp', title: 'dev-idp (development identity provider)', spec: devIdpConfigSpec },
];

/** The default a variable's schema fills in, or undefined when it has none (required or optional). */
export function defaultOf(schema: z.ZodType): string | undefined {
  const result = schema.safeParse(undefined);
  if (!result.success || result.data === undefined) return undefined;
  const value: unknown = result.data;
  if (Array.isArray(value)) return value.join(',');
  // Maps (node-id=URL lists) are written back in the form the variable is given in.
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, entry]) => `${key}=${String(entry)}`)
      .join(',');
  }
  return String(value);
}

function isRequired(schema: z.ZodType): boolean {
  return !schema.safeParse(undefined).success;
}

/** Markdown tables of every variable of every part: name, default or "required", meaning. */
export function renderEnvironmentTables(): string {
  return CONFIGURABLE_PARTS.map(({ title, spec }) => {
    const rows = Object.entries(spec).map(([name, { schema, description, sensitive }]) => {
      const fallback = defaultOf(schema);
      const shown =
        fallback === ''
          ? '_empty_'
          : fallback !== undefined
            ? `\`${fallback}\``
            : isRequired(schema)
              ? '**required**'
              : '';
      return `| \`${name}\` | ${shown} | ${description}${sensitive ? ' _(secret)_' : ''} |`;
    });
    return [`#### ${title}`, '', '| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
  }).join('\n\n');
}
