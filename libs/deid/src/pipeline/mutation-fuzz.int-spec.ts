import { CharsetError, parseDicom, Tags } from '@lattice/dicom';
import { isVerdict, type DeidOutcome } from '../outcome';
import { syntheticCtBytes } from '../spec-support/synthetic-study';
import { findCorpus } from '@lattice/dicom/testing';
import { joinChunks, testContext } from '../spec-support/test-context';
import { verify } from '../verify/verify';
import { deidentifyInstance } from './deidentify-instance';

// LATTICE_DEID_FUZZ_RUNS raises the number of mutants per seed file (default 25); the seed is fixed.
const RUNS = Number(process.env['LATTICE_DEID_FUZZ_RUNS'] ?? 25);
const MAX_MS_PER_INPUT = 3_000;
const MAX_SEED_BYTES = 120_000;

/** xorshift32: a small, seeded, repeatable generator. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

type Mutation =
  'truncate' | 'huge-length' | 'wrong-length' | 'bad-vr' | 'break-delimiter' | 'flip-bytes' | 'cut-middle';
const MUTATIONS: readonly Mutation[] = [
  'truncate',
  'huge-length',
  'wrong-length',
  'bad-vr',
  'break-delimiter',
  'flip-bytes',
  'cut-middle',
];

function mutate(input: Uint8Array, mutation: Mutation, next: () => number): Uint8Array {
  const bytes = Uint8Array.from(input);
  const at = (limit = bytes.byteLength) => Math.floor(next() * Math.max(1, limit));
  const view = new DataView(bytes.buffer);
  switch (mutation) {
    case 'truncate':
      return bytes.subarray(0, at());
    case 'huge-length': {
      const offset = at(bytes.byteLength - 4);
      view.setUint32(offset, 0xfffffff0 - (at(16) << 1), true);
      return bytes;
    }
    case 'wrong-length': {
      const offset = at(bytes.byteLength - 2);
      view.setUint16(offset, at(0x10000), true);
      return bytes;
    }
    case 'bad-vr': {
      // Overwrite a plausible VR position (after a tag) with letters that are no VR.
      const offset = 132 + at(bytes.byteLength - 140);
      bytes[offset] = 0x51 + at(8);
      bytes[offset + 1] = 0x51 + at(8);
      return bytes;
    }
    case 'break-delimiter': {
      for (let i = 0; i + 4 <= bytes.byteLength; i += 2) {
        if (
          bytes[i] === 0xfe &&
          bytes[i + 1] === 0xff &&
          (bytes[i + 2] === 0xdd || bytes[i + 2] === 0x0d) &&
          bytes[i + 3] === 0xe0 &&
          next() < 0.5
        ) {
          bytes.fill(0, i, i + 4);
        }
      }
      return bytes;
    }
    case 'flip-bytes':
      for (let i = 0; i < 8; i += 1) bytes[at()] = at(256);
      return bytes;
    case 'cut-middle': {
      const start = at();
      const end = Math.min(bytes.byteLength, start + 1 + at(64));
      return Uint8Array.from([...bytes.subarray(0, start), ...bytes.subarray(end)]);
    }
  }
}

function seedFiles(): { name: string; bytes: Uint8Array }[] {
  const seeds = [{ name: 'synthetic CT', bytes: syntheticCtBytes({ size: 32 }) }];
  const corpus = findCorpus();
  if (!corpus) {
    console.warn('DICOM corpus not found: fuzzing the synthetic CT only');
    return seeds;
  }
  const picked = corpus.entries
    .filter((entry) => !entry.malformed && entry.notes.length > 0)
    .map((entry) => ({ name: entry.file, bytes: corpus.read(entry.file) }));
  return [
    ...seeds,
    ...picked.filter((seed) => seed.bytes.byteLength <= MAX_SEED_BYTES).filter((_, i) => i % 3 === 0),
  ];
}

describe('mutation fuzzing', () => {
  const context = testContext(1);

  it(`ends every mutant (${RUNS} per seed file) with a verdict, quickly, and never emits a leak or a refused input`, async () => {
    const next = random(0x1a77ce);
    const problems: string[] = [];
    let mutants = 0;
    for (const seed of seedFiles()) {
      for (let run = 0; run < RUNS; run += 1) {
        const mutation = MUTATIONS[run % MUTATIONS.length] as Mutation;
        const input = mutate(seed.bytes, mutation, next);
        mutants += 1;
        const started = performance.now();
        let outcome: DeidOutcome;
        try {
          outcome = await deidentifyInstance(input, context);
        } catch {
          problems.push(`${seed.name} ${mutation} #${run}: threw`);
          continue;
        }
        const elapsed = performance.now() - started;
        if (elapsed > MAX_MS_PER_INPUT)
          problems.push(`${seed.name} ${mutation} #${run}: ${elapsed.toFixed(0)} ms`);
        if (!isVerdict(outcome)) {
          problems.push(`${seed.name} ${mutation} #${run}: ${outcome.reason}`);
          continue;
        }
        if (outcome.status !== 'deidentified') continue;
        // Success only for what the parser accepts, and the output must be clean, valid DICOM.
        let original;
        try {
          original = parseDicom(input);
        } catch {
          problems.push(`${seed.name} ${mutation} #${run}: deidentified an input the parser refuses`);
          continue;
        }
        const output = parseDicom(joinChunks(outcome.chunks));
        try {
          const residual = verify(original, output, { profile: context.profile }).findings.filter(
            (finding) => finding.kind !== 'date',
          );
          if (residual.length > 0)
            problems.push(`${seed.name} ${mutation} #${run}: ${residual.length} residual findings`);
        } catch (error) {
          // A mutant whose character set term is garbage but whose text is ASCII: the pipeline declared UTF-8.
          if (!(error instanceof CharsetError)) throw error;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(mutants).toBeGreaterThanOrEqual(RUNS);
  }, 600_000);

  it('refuses a file cut anywhere inside its pixel data', async () => {
    const bytes = syntheticCtBytes({ size: 32 });
    const pixels = parseDicom(bytes).dataset.get(Tags.PixelData);
    const pixelLength = pixels?.kind === 'value' ? pixels.bytes.byteLength : 0;
    const next = random(7);
    for (let i = 0; i < 20; i += 1) {
      const cut = bytes.byteLength - 1 - Math.floor(next() * (pixelLength - 1));
      expect(await deidentifyInstance(bytes.subarray(0, cut), context)).toMatchObject({
        status: 'rejected',
        code: 'TRUNCATED',
      });
    }
  });
});
