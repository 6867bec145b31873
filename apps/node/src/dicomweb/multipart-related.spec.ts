import fc from 'fast-check';
import { MultipartError, MultipartRelatedReader, type MultipartPart } from './multipart-related';

const BOUNDARY = 'b0undary-xyz';

function body(
  parts: readonly { headers?: string; content: Buffer }[],
  options: { preamble?: string; epilogue?: string; padding?: string } = {},
): Buffer {
  const pieces: Buffer[] = [];
  if (options.preamble !== undefined) pieces.push(Buffer.from(`${options.preamble}\r\n`));
  for (const part of parts) {
    pieces.push(
      Buffer.from(
        `--${BOUNDARY}${options.padding ?? ''}\r\n${part.headers ?? 'Content-Type: application/dicom\r\n'}\r\n`,
      ),
    );
    pieces.push(part.content);
    pieces.push(Buffer.from('\r\n'));
  }
  pieces.push(
    Buffer.from(`--${BOUNDARY}--${options.epilogue !== undefined ? `\r\n${options.epilogue}` : ''}`),
  );
  return Buffer.concat(pieces);
}

function read(
  stream: Buffer,
  cuts: readonly number[] = [],
): { parts: MultipartPart[]; end: ReturnType<MultipartRelatedReader['end']> } {
  const reader = new MultipartRelatedReader(BOUNDARY);
  const parts: MultipartPart[] = [];
  let offset = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < stream.length)]
    .sort((a, b) => a - b)
    .concat(stream.length)) {
    parts.push(...reader.push(stream.subarray(offset, cut)));
    offset = cut;
  }
  return { parts, end: reader.end() };
}

const joined = (part: MultipartPart | undefined) => Buffer.concat((part?.chunks ?? []) as Buffer[]);

describe('the multipart/related reader', () => {
  const contents = [
    Buffer.from('DICM first part with \r\n-- almost a boundary'),
    Buffer.alloc(5000, 7),
    Buffer.alloc(0),
    Buffer.from('last'),
  ];

  it('returns every part byte for byte, however the body is cut into chunks', () => {
    const stream = body(
      contents.map((content) => ({ content })),
      { preamble: 'ignored', epilogue: 'ignored too' },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: stream.length }), { maxLength: 20 }), (cuts) => {
        const { parts, end } = read(stream, cuts);
        expect(end).toEqual({ complete: true, truncated: null });
        expect(parts.map((part) => joined(part))).toEqual(contents);
        expect(parts.map((part) => part.byteLength)).toEqual(contents.map((content) => content.length));
        expect(parts[0]?.headers.get('content-type')).toBe('application/dicom');
      }),
      { numRuns: 200 },
    );
  });

  it('reads parts without headers and boundaries followed by transport padding', () => {
    const { parts } = read(body([{ headers: '', content: Buffer.from('x') }], { padding: ' \t ' }));
    expect(parts).toHaveLength(1);
    expect(parts[0]?.headers.size).toBe(0);
    expect(joined(parts[0]).toString()).toBe('x');
  });

  it('reports a body that ends inside a part', () => {
    const stream = body([{ content: Buffer.from('complete') }, { content: Buffer.from('cut short') }]);
    const { parts, end } = read(stream.subarray(0, stream.length - 30));
    expect(parts).toHaveLength(1);
    expect(end.complete).toBe(false);
    expect(end.truncated).not.toBeNull();
  });

  it('refuses a body without its boundary and parts with too many headers', () => {
    expect(() => read(Buffer.from('no boundary here at all'))).toThrow(MultipartError);
    expect(() => read(Buffer.alloc(100_000, 0x41))).toThrow(
      expect.objectContaining({ code: 'NO_FIRST_BOUNDARY' }),
    );
    const huge = Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nX-Big: `), Buffer.alloc(20_000, 0x41)]);
    expect(() => read(huge)).toThrow(expect.objectContaining({ code: 'HEADERS_TOO_LARGE' }));
    expect(() => read(body([{ headers: 'no colon here\r\n', content: Buffer.from('x') }]))).toThrow(
      expect.objectContaining({ code: 'MALFORMED_PART_HEADERS' }),
    );
  });
});
