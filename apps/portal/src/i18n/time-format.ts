import type { Locale } from './locale';

const steps: readonly { unit: Intl.RelativeTimeFormatUnit; seconds: number; upTo: number }[] = [
  { unit: 'second', seconds: 1, upTo: 45 },
  { unit: 'minute', seconds: 60, upTo: 45 * 60 },
  { unit: 'hour', seconds: 3600, upTo: 22 * 3600 },
  { unit: 'day', seconds: 86_400, upTo: 26 * 86_400 },
  { unit: 'month', seconds: 30 * 86_400, upTo: 320 * 86_400 },
  { unit: 'year', seconds: 365 * 86_400, upTo: Number.POSITIVE_INFINITY },
];

/**
 * How long ago an instant was, in words of the locale ("3 minutes ago", "3 分鐘前").
 * Instants slightly in the future (clocks of two machines disagree) read as "now", never "in 2 seconds".
 */
export function formatRelativeTime(then: Date, now: Date, locale: Locale): string {
  const elapsedSeconds = Math.max(0, (now.getTime() - then.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const step = steps.find(({ upTo }) => elapsedSeconds < upTo) ?? steps[steps.length - 1];
  if (step === undefined) return format.format(0, 'second');
  return format.format(-Math.round(elapsedSeconds / step.seconds), step.unit);
}

/** A full date and time in the locale, for tooltips beside relative times. */
export function formatDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(instant);
}

/** A time of day to the second in the locale ("14:05:09"), for instants earlier today. */
export function formatClockTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
    instant,
  );
}

/** A time of day in the locale ("14:05"), for instants within the next hours. */
export function formatTimeOfDay(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(instant);
}
