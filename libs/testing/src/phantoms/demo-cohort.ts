import { generateCtStudy, type CtStudy } from './ct-study';
import type { CtVendor } from './ct-vendor';
import { phantomPatient, type PhantomPatient } from './phantom-patient';
import { SeededRandom } from './seeded-random';

/** Options of generateDemoCohort. */
export interface DemoCohortOptions {
  /** Same seed, same cohort (default "lattice-demo"). */
  readonly seed?: string;
  /** Slices per study (default 24). */
  readonly slices?: number;
  /** Image size (default 256 × 256: demo data should seed in seconds). */
  readonly rows?: number;
  readonly columns?: number;
}

/** The demo data of a node: patients and their CT studies. */
export interface DemoCohort {
  readonly patients: readonly PhantomPatient[];
  /** Every study, in patient order; a patient's second study follows the first. */
  readonly studies: readonly CtStudy[];
}

// Who had which scan: two patients come back a year later, and both scanner vendors appear.
const PLAN: readonly (readonly CtVendor[])[] = [
  ['GE', 'SIEMENS'],
  ['GE'],
  ['SIEMENS', 'SIEMENS'],
  ['SIEMENS'],
];

/** A few synthetic patients, two of them with two studies, scanned on GE and Siemens CTs. Deterministic for a seed. */
export function generateDemoCohort(options: DemoCohortOptions = {}): DemoCohort {
  const seed = options.seed ?? 'lattice-demo';
  const random = new SeededRandom(seed);
  const patients: PhantomPatient[] = [];
  const studies: CtStudy[] = [];
  PLAN.forEach((vendors, patientIndex) => {
    const dates = random.fork(`dates-${patientIndex}`);
    const firstYear = dates.int(2021, 2024);
    const patient = phantomPatient(random.fork(`patient-${patientIndex}`), firstYear);
    patients.push(patient);
    vendors.forEach((vendor, studyIndex) => {
      const studyDate = `${firstYear + studyIndex}${String(dates.int(1, 12)).padStart(2, '0')}${String(dates.int(1, 28)).padStart(2, '0')}`;
      studies.push(
        generateCtStudy({
          seed: `${seed}/patient-${patientIndex}/study-${studyIndex}`,
          vendor,
          patient,
          study: { studyDate },
          slices: options.slices ?? 24,
          rows: options.rows ?? 256,
          columns: options.columns ?? 256,
        }),
      );
    });
  });
  return { patients, studies };
}
