import { createJsonLog } from './json-log';

describe('createJsonLog', () => {
  it('writes one JSON object per line, event first', () => {
    const lines: string[] = [];
    const log = createJsonLog(
      (line) => lines.push(line),
      () => new Date('2026-01-02T03:04:05.000Z'),
    );
    log.info('ready', { url: 'http://127.0.0.1:8080' });
    log.warn('sign_in_failed');
    expect(lines).toEqual([
      '{"event":"ready","url":"http://127.0.0.1:8080","level":"info","time":"2026-01-02T03:04:05.000Z"}\n',
      '{"event":"sign_in_failed","level":"warn","time":"2026-01-02T03:04:05.000Z"}\n',
    ]);
  });
});
