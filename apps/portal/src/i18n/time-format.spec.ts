import { formatRelativeTime } from './time-format';

const now = new Date('2026-05-04T10:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatRelativeTime', () => {
  it.each([
    [0, 'now'],
    [8, '8 seconds ago'],
    [44, '44 seconds ago'],
    [90, '2 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [86_400 + 60, 'yesterday'],
    [5 * 86_400, '5 days ago'],
    [400 * 86_400, 'last year'],
  ])('%i seconds ago reads "%s" in English', (seconds, expected) => {
    expect(formatRelativeTime(ago(seconds), now, 'en')).toBe(expected);
  });

  it.each([
    [8, '8 秒前'],
    [120, '2 分鐘前'],
    [3 * 3600, '3 小時前'],
  ])('%i seconds ago reads "%s" in Traditional Chinese', (seconds, expected) => {
    expect(formatRelativeTime(ago(seconds), now, 'zh-TW')).toBe(expected);
  });

  it('reads a time slightly in the future (clock skew) as now, not "in 3 seconds"', () => {
    expect(formatRelativeTime(ago(-3), now, 'en')).toBe('now');
  });
});
