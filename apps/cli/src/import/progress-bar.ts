/** The terminal line the bar is drawn on. */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/**
 * A one-line progress bar redrawn in place on a terminal (`\r`), nothing at all elsewhere (logs and
 * pipes get only the summary).
 */
export class ProgressBar {
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly output: ProgressOutput,
    private readonly total: number,
  ) {}

  update(done: number, bytes: number): void {
    if (!this.output.isTTY || this.total === 0) return;
    this.output.write(
      `\r${renderProgress(done, this.total, bytes, Date.now() - this.started, this.output.columns ?? 80)}`,
    );
    this.drawn = true;
  }

  /** Clears the line before the summary is printed. */
  finish(): void {
    if (this.drawn) this.output.write('\r\u001b[2K');
  }
}

/** The bar's text: `[#####-----] 120/300 files  61.2 MB  35.0 files/s`, fitted to the terminal width. */
export function renderProgress(
  done: number,
  total: number,
  bytes: number,
  elapsedMs: number,
  columns: number,
): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const text = ` ${done}/${total} files  ${(bytes / 1_000_000).toFixed(1)} MB  ${rate.toFixed(1)} files/s`;
  const width = Math.max(10, Math.min(40, columns - text.length - 3));
  const filled = Math.round((Math.min(done, total) / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${text}`;
}
