/**
 * Reason codes the command adds to the engine's: what happened around the file rather than in it.
 * `failed` ones need a retry (the rerun picks them up); the others are verdicts like the engine's.
 */
export const RunCodes = {
  /** failed: the input could not be opened or read (permissions, vanished, I/O error). */
  inputUnreadable: 'INPUT_UNREADABLE',
  /** failed: the output file could not be written (space, permissions, a file where a folder must go). */
  outputWriteFailed: 'OUTPUT_WRITE_FAILED',
  /** failed: the original could not be copied into the quarantine folder. */
  quarantineWriteFailed: 'QUARANTINE_WRITE_FAILED',
  /** failed: the worker thread stopped while it held the file. */
  workerStopped: 'WORKER_STOPPED',
  /** quarantined: a different file already sits at this output path (two instances with one set of UIDs). */
  outputConflict: 'OUTPUT_CONFLICT',
  /** quarantined: a retained UID cannot be used as a file name. */
  unsafeOutputName: 'UNSAFE_OUTPUT_NAME',
  /** quarantined: no Study or Series Instance UID to place the output under (palettes, bare objects). */
  noStudyOrSeries: 'NO_STUDY_OR_SERIES',
  /** rejected: larger than a run can read. */
  tooLarge: 'TOO_LARGE',
  /** rejected: not a regular file (a device, socket or pipe), or a link to a folder (never followed). */
  notAFile: 'NOT_A_FILE',
} as const;
