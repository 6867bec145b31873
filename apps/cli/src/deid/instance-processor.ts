import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deidentifyInstance, type DeidContext, type DeidentifiedOutcome } from '@lattice/deid';
import { publishFile } from './atomic-file';
import { InputTooLargeError, ReusableFileReader } from './input-reader';
import { outputPlacement } from './output-name';
import { storeQuarantinedOriginal } from './quarantine-store';
import { createThreadTemporaryFolder, removeThreadTemporaryFolder } from './temporary-folders';
import { RunCodes } from './run-codes';
import type { FileResult } from './worker-protocol';

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code ?? (error instanceof Error ? error.name : 'error');
}

/**
 * De-identifies input files one at a time in one thread: read, run the pipeline, then publish the output
 * (or copy a quarantined original). File system problems become `failed` results naming the error code,
 * never a path's content or a value.
 */
export class InstanceProcessor {
  private readonly reader = new ReusableFileReader();
  private readonly folders = new Set<string>();
  private temporaryFolder: string | undefined;

  constructor(
    private readonly context: DeidContext,
    private readonly outputRoot: string,
    private readonly quarantineRoot: string | undefined,
  ) {}

  async process(path: string): Promise<FileResult> {
    let bytes: Uint8Array;
    try {
      bytes = this.reader.read(path);
    } catch (error) {
      if (error instanceof InputTooLargeError) {
        return {
          status: 'rejected',
          code: RunCodes.tooLarge,
          reason: error.message,
          bytesIn: 0,
          bytesOut: 0,
        };
      }
      return {
        status: 'failed',
        code: RunCodes.inputUnreadable,
        reason: `the file cannot be read (${describeIoError(error)})`,
        bytesIn: 0,
        bytesOut: 0,
      };
    }
    try {
      const outcome = await deidentifyInstance(bytes, this.context);
      switch (outcome.status) {
        case 'deidentified':
          return this.publish(outcome, bytes);
        case 'quarantined':
          return this.hold(bytes, outcome.code, outcome.reason);
        case 'rejected':
        case 'failed':
          return {
            status: outcome.status,
            code: outcome.code,
            reason: outcome.reason,
            bytesIn: bytes.byteLength,
            bytesOut: 0,
          };
      }
    } finally {
      // The outcome's chunks are views of the read buffer: it is reused only after they are written.
      this.reader.release();
    }
  }

  private publish(outcome: DeidentifiedOutcome, input: Uint8Array): FileResult {
    const placement = outputPlacement(outcome);
    if ('missing' in placement) {
      return this.hold(
        input,
        RunCodes.noStudyOrSeries,
        `the instance has no ${placement.missing} to place it under`,
      );
    }
    if ('unsafe' in placement) {
      return this.hold(input, RunCodes.unsafeOutputName, 'a UID of the output cannot be used as a file name');
    }
    const output = placement.path;
    const target = join(this.outputRoot, output);
    let published;
    try {
      const folder = dirname(target);
      if (!this.folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.folders.add(folder);
      }
      this.temporaryFolder ??= createThreadTemporaryFolder(this.outputRoot);
      published = publishFile(target, outcome.chunks, outcome.byteLength, {
        temporaryFolder: this.temporaryFolder,
      });
    } catch (error) {
      return {
        status: 'failed',
        code: RunCodes.outputWriteFailed,
        reason: `the output file cannot be written (${describeIoError(error)})`,
        bytesIn: input.byteLength,
        bytesOut: 0,
      };
    }
    if (published === 'conflict') {
      return this.hold(
        input,
        RunCodes.outputConflict,
        'a different file already exists at this output path: two instances share patient, study, series and SOP Instance UIDs',
      );
    }
    return {
      status: 'deidentified',
      output,
      ...(published === 'identical' ? { alreadyPresent: true } : {}),
      bytesIn: input.byteLength,
      bytesOut: published === 'identical' ? 0 : outcome.byteLength,
    };
  }

  /** Removes the thread's scratch folder. */
  close(): void {
    if (this.temporaryFolder) removeThreadTemporaryFolder(this.temporaryFolder);
    this.temporaryFolder = undefined;
  }

  private hold(input: Uint8Array, code: string, reason: string): FileResult {
    if (!this.quarantineRoot)
      return { status: 'quarantined', code, reason, bytesIn: input.byteLength, bytesOut: 0 };
    try {
      const quarantineFile = storeQuarantinedOriginal(this.quarantineRoot, input);
      return { status: 'quarantined', code, reason, quarantineFile, bytesIn: input.byteLength, bytesOut: 0 };
    } catch (error) {
      return {
        status: 'failed',
        code: RunCodes.quarantineWriteFailed,
        reason: `quarantined (${code}) but the original cannot be copied into the quarantine folder (${describeIoError(error)})`,
        bytesIn: input.byteLength,
        bytesOut: 0,
      };
    }
  }
}
