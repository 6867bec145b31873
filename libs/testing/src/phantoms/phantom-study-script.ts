// Entry point, bundled by the de-identification benchmark and the CLI's tests (which may not import this
// library): writes synthetic CT studies below a folder and prints, as JSON, what it wrote and every
// identifying value it planted.
//   node phantom-study.js <folder> [--slices N] [--rows N] [--columns N] [--vendor GE|SIEMENS] [--seed S] [--cohort]
import { parseArgs } from 'node:util';
import { generateCtStudy, type CtStudy } from './ct-study';
import { generateDemoCohort } from './demo-cohort';
import { writePhantomFiles } from './phantom-files';

/** The JSON this script prints. */
export interface PhantomScriptOutput {
  readonly files: number;
  readonly bytes: number;
  readonly studies: readonly {
    readonly studyInstanceUid: string;
    readonly vendor: string;
    readonly patientId: string;
    readonly slices: number;
    readonly planted: CtStudy['planted'];
  }[];
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      slices: { type: 'string' },
      rows: { type: 'string' },
      columns: { type: 'string' },
      vendor: { type: 'string', default: 'GE' },
      seed: { type: 'string' },
      cohort: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const [folder] = positionals;
  if (!folder || positionals.length !== 1) {
    process.stderr.write(
      'usage: phantom-study <folder> [--slices N] [--rows N] [--columns N] [--vendor GE|SIEMENS] [--seed S] [--cohort]\n',
    );
    return 2;
  }
  const vendor = values.vendor === 'SIEMENS' ? 'SIEMENS' : values.vendor === 'GE' ? 'GE' : undefined;
  if (!vendor) {
    process.stderr.write('--vendor must be GE or SIEMENS\n');
    return 2;
  }
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  const size = {
    ...(values.slices !== undefined ? { slices: number(values.slices) } : {}),
    ...(values.rows !== undefined ? { rows: number(values.rows) } : {}),
    ...(values.columns !== undefined ? { columns: number(values.columns) } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
  };
  const studies = values.cohort ? generateDemoCohort(size).studies : [generateCtStudy({ ...size, vendor })];
  let files = 0;
  let bytes = 0;
  for (const study of studies) {
    const written = writePhantomFiles(study.files(), folder);
    files += written.paths.length;
    bytes += written.bytes;
  }
  const output: PhantomScriptOutput = {
    files,
    bytes,
    studies: studies.map((study) => ({
      studyInstanceUid: study.studyInstanceUid,
      vendor: study.vendor,
      patientId: study.patient.patientId,
      slices: study.slices,
      planted: study.planted,
    })),
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
