import { z } from 'zod';

// Reusable variable schemas: each gives a clear message when a value is malformed.

export const port = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

export const httpUrl = () =>
  z
    .string()
    .url('must be an absolute URL such as http://127.0.0.1:8080')
    .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
    .transform((value) => value.replace(/\/+$/, ''));

export const postgresUrl = () =>
  z.string().refine((value) => /^postgres(ql)?:\/\/.+/.test(value), 'must be a postgresql:// connection URL');

export const boolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const positiveInt = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .positive('must be positive')
    .default(fallback);

export const list = (fallback: string[]) =>
  z
    .string()
    .default(fallback.join(','))
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0),
    );

export const filePath = () => z.string().min(1, 'must be a file path');

export const logLevel = () =>
  z
    .enum(['error', 'warn', 'info', 'debug'], { message: 'must be one of error, warn, info, debug' })
    .default('info');

export const host = () => z.string().min(1).default('127.0.0.1');
