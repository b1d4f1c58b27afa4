import type { NextFunction, Request, Response } from 'express';

/** Browser features Suunta never uses; denied so an injected script or frame cannot use them either. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/**
 * `Permissions-Policy` on every answer, and `Cache-Control: no-store` on every API answer: they
 * carry one user's data (or an error about it) and must not stay in a shared or browser cache.
 * A handler that wants caching sets its own header after this.
 */
export function securityHeaders(apiPrefix: string) {
  const prefix = `/${apiPrefix}`;
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    if (req.path === prefix || req.path.startsWith(`${prefix}/`)) {
      res.setHeader('Cache-Control', 'no-store');
    }
    next();
  };
}
