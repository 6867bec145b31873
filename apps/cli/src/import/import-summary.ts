import type { FileOutcome } from './stow-batch';

/** Every category a file ends in. */
export type ImportCategory = FileOutcome | 'not-dicom';

/** Counts of an import and the files that failed, with the node's reason code. */
export class ImportSummary {
  readonly counts: Record<ImportCategory, number> = {
    stored: 0,
    duplicate: 0,
    quarantined: 0,
    excluded: 0,
    failed: 0,
    'not-dicom': 0,
  };
  readonly failures: { readonly name: string; readonly code: string }[] = [];
  bytesSent = 0;

  add(name: string, category: ImportCategory, code?: string): void {
    this.counts[category] += 1;
    if (category === 'failed') this.failures.push({ name, code: code ?? 'FAILED' });
  }

  /** Files looked at so far. */
  get files(): number {
    return Object.values(this.counts).reduce((sum, count) => sum + count, 0);
  }

  /** 0 when every DICOM file was taken by the node; 1 when any failed. */
  get exitCode(): 0 | 1 {
    return this.counts.failed === 0 ? 0 : 1;
  }

  /** The summary printed at the end: one line per category, then the failed files (at most `maxListed`). */
  format(maxListed = 50): string {
    const rows: [string, number][] = [
      ['stored', this.counts.stored],
      ['duplicate', this.counts.duplicate],
      ['quarantined', this.counts.quarantined],
      ['excluded', this.counts.excluded],
      ['failed', this.counts.failed],
      ['not DICOM', this.counts['not-dicom']],
    ];
    const width = Math.max(...rows.map(([, count]) => String(count).length));
    const lines = rows.map(([label, count]) => `  ${label.padEnd(12)}${String(count).padStart(width)}`);
    if (this.failures.length > 0) {
      lines.push('failed files:');
      for (const failure of this.failures.slice(0, maxListed))
        lines.push(`  ${failure.name}: ${failure.code}`);
      if (this.failures.length > maxListed) lines.push(`  … and ${this.failures.length - maxListed} more`);
    }
    return `${lines.join('\n')}\n`;
  }
}
