/** What the progress line shows. */
export interface ProgressState {
  readonly done: number;
  /** Undefined while the input is still being counted. */
  readonly total: number | undefined;
  readonly deidentified: number;
  readonly quarantined: number;
  readonly rejected: number;
  readonly failed: number;
  readonly elapsedSeconds: number;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** One line of progress: bar, files done of total, rate, time left and the counts per status. */
export function formatProgress(state: ProgressState): string {
  const rate = state.elapsedSeconds > 0 ? state.done / state.elapsedSeconds : 0;
  const { total } = state;
  const fraction = total ? Math.min(1, state.done / total) : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar =
    total === undefined ? '░'.repeat(BAR_WIDTH) : `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const eta = total !== undefined && rate > 0 ? `ETA ${clock((total - state.done) / rate)}` : 'ETA -:--';
  return (
    `${bar} ${state.done}/${total ?? '?'} files  ${rate.toFixed(0)} files/s  ${eta}  ` +
    `de-identified ${state.deidentified}  quarantined ${state.quarantined}  rejected ${state.rejected}  failed ${state.failed}`
  );
}

/** Redraws a progress line on a terminal, at most every 100 ms; `finish` clears it. */
export class TerminalProgress {
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(state: ProgressState, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const columns = this.stream.columns || 120;
    this.stream.write(`\r\u001b[2K${formatProgress(state).slice(0, columns - 1)}`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}
