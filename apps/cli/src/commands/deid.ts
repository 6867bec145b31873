import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ExitCode, type Command } from '../command';
import { DeidRun } from '../deid/deid-run';
import { runVerify } from '../deid/deid-verify';
import { runDeidWorker } from '../deid/deid-worker';
import { TerminalProgress } from '../deid/progress-display';
import type { RunReport } from '../deid/run-report';
import { parseRunSettings } from '../deid/run-settings';
import { isDeidWorkerData } from '../deid/worker-protocol';

const USAGE = `Usage: lattice deid <input> <output> --key-file FILE [options]
       lattice deid verify <original> <deidentified> [--report FILE] [--profile NAME] [--option NAME ...] [--stage 1|2]

De-identifies DICOM files: <input> is a file or a folder (read recursively). Outputs are written as
<output>/<pseudonym>/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm, named only by
pseudonyms and new UIDs. A rerun with the same key and settings skips what is already done (a journal in
the output folder, keyed by HMACs, names no input file).

  --key-file FILE     the stage's secret key (lattice keys generate); required
  --profile NAME      research-default (default) or basic
  --option NAME       switch on a PS3.15 option as well (repeatable): retainSafePrivate, retainUids,
                      retainDeviceIdentity, retainInstitutionIdentity, retainPatientCharacteristics,
                      retainLongitudinalFullDates, retainLongitudinalModifiedDates, cleanDescriptors,
                      cleanStructuredContent, cleanGraphics
  --stage 1|2         1 at the hospital node (default), 2 at the center over stage-1 output
  --jobs N            worker threads (default: the number of CPUs)
  --report FILE       write the JSON report (every input with its status; it names input files, so it
                      may not be inside the output folder)
  --quarantine DIR    copy quarantined originals here, named by content hash, each with a JSON note
                      (without it they are only reported)
  --pixel-rules FILE  a site's burned-in text rules, tried before the shipped ones
  --ocr               read redacted images with OCR and quarantine those that still show text

Statuses: deidentified, quarantined (held for a person), rejected (not usable DICOM), failed (a bug or an
I/O error: rerun to retry). Exit codes: 0 when nothing failed, 1 when any file failed, 2 for usage or
configuration errors, 130 when interrupted (Ctrl-C finishes the files in hand and writes the report).

verify checks a de-identified file against its original, or two folders matched through the report, and
prints every finding by kind and tag path (never the value): exit 0 clean, 1 findings, 2 usage.`;

/**
 * The script the worker threads run: the dedicated worker bundle when the build produced one beside this
 * bundle (it loads only the engine), else the CLI itself, which routes threads here through workerData.
 */
function workerScript(): string {
  const dedicated = join(__dirname, 'deid-worker.js');
  // Without it, threads start the way this process started (bin/lattice.cjs), which routes them back here.
  return existsSync(dedicated) ? dedicated : (process.argv[1] ?? __filename);
}

function summaryLine(report: RunReport): string {
  const { summary } = report;
  const megabytes = summary.bytesRead / 1e6;
  const rate = summary.seconds > 0 ? (megabytes / summary.seconds).toFixed(0) : '0';
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} already done` : '';
  return (
    `${summary.files} files in ${summary.seconds.toFixed(2)} s (${summary.filesPerSecond.toFixed(0)} files/s, ${rate} MB/s): ` +
    `${summary.counts.deidentified} de-identified, ${summary.counts.quarantined} quarantined, ` +
    `${summary.counts.rejected} rejected, ${summary.counts.failed} failed${skipped}` +
    (summary.interrupted ? ' (interrupted)' : '')
  );
}

/** `lattice deid`: de-identifies a file or folder with a worker-thread pool; `lattice deid verify` checks a result. */
export const deidCommand: Command = {
  name: 'deid',
  usage: USAGE,
  async run(argv) {
    // The worker threads run this same bundle: workerData says which part.
    if (!isMainThread && isDeidWorkerData(workerData) && parentPort) {
      await runDeidWorker(workerData, parentPort);
      return ExitCode.ok;
    }
    if (argv[0] === 'verify') return runVerify(argv.slice(1), (line) => process.stdout.write(`${line}\n`));

    const settings = parseRunSettings(argv);
    const log = (line: string) => process.stderr.write(`lattice deid: ${line}\n`);
    const run = new DeidRun(settings, {
      workerScript: workerScript(),
      workerArgv: ['deid'],
      ...(process.stderr.isTTY ? { progress: new TerminalProgress(process.stderr) } : {}),
      log,
    });
    let interrupts = 0;
    const onSignal = () => {
      interrupts += 1;
      if (interrupts === 1) {
        log('stopping: finishing the files in hand (press Ctrl-C again to stop at once)');
        run.requestStop();
      } else {
        void run.forceStop();
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const { exitCode, report } = await run.execute();
      process.stdout.write(
        `${summaryLine(report)}\n${settings.report ? `report: ${settings.report}\n` : ''}`,
      );
      return exitCode;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
