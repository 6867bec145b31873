import type { BrowserConfig } from './browser-config';

/**
 * Headers sent with every response. The content security policy allows scripts and styles from the
 * portal itself only, and network calls to the portal, the issuer (discovery, token), the center and the
 * hospital nodes whose operators use the portal.
 */
export function securityHeaders(
  config: Pick<BrowserConfig, 'issuerUrl' | 'centerUrl' | 'nodeUrls'>,
): Record<string, string> {
  const connectSources = [
    ...new Set([
      "'self'",
      new URL(config.issuerUrl).origin,
      new URL(config.centerUrl).origin,
      ...Object.values(config.nodeUrls).map((url) => new URL(url).origin),
    ]),
  ];
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSources.join(' ')}`,
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
