import type { SeededRandom } from './seeded-random';
import { taiwanNationalId } from './taiwan-national-id';

/** A person name with its DICOM PN parts; `ideographic` is the Han form of a Taiwanese name. */
export interface PhantomName {
  readonly family: string;
  readonly given: string;
  readonly prefix?: string;
  readonly ideographicFamily?: string;
  readonly ideographicGiven?: string;
}

/** The identifying values of a synthetic patient. Every one of them is invented. */
export interface PhantomPatient {
  readonly name: PhantomName;
  /** Medical record number: the hospital's Patient ID. */
  readonly patientId: string;
  readonly issuerOfPatientId: string;
  /** A Taiwan-style national identification number, carried in Other Patient IDs. */
  readonly nationalId: string;
  /** YYYYMMDD. */
  readonly birthDate: string;
  readonly sex: 'M' | 'F';
  readonly address: string;
  readonly phone: string;
  readonly sizeMetres: number;
  readonly weightKg: number;
}

// Common Taiwanese family and given names (romanized as on passports), with their characters.
const TAIWANESE_FAMILIES: readonly (readonly [string, string])[] = [
  ['CHEN', '陳'],
  ['LIN', '林'],
  ['HUANG', '黃'],
  ['CHANG', '張'],
  ['LEE', '李'],
  ['WANG', '王'],
  ['WU', '吳'],
  ['LIU', '劉'],
  ['TSAI', '蔡'],
  ['YANG', '楊'],
];
const TAIWANESE_GIVEN: Readonly<Record<'M' | 'F', readonly (readonly [string, string])[]>> = {
  F: [
    ['MEI-LING', '美玲'],
    ['YA-TING', '雅婷'],
    ['SHU-FEN', '淑芬'],
    ['CHIA-HUI', '佳慧'],
    ['PEI-SHAN', '珮珊'],
  ],
  M: [
    ['CHIH-HAO', '志豪'],
    ['CHUN-HUNG', '俊宏'],
    ['WEN-HSIUNG', '文雄'],
    ['CHENG-EN', '承恩'],
    ['KUAN-YU', '冠宇'],
  ],
};
const WESTERN_FAMILIES = ['MILLER', 'HARTMANN', 'OKAFOR', 'LINDQVIST', 'MORENO', 'FITZGERALD'];
const WESTERN_GIVEN: Readonly<Record<'M' | 'F', readonly string[]>> = {
  F: ['ANNA', 'CLAIRE', 'INGRID', 'AMARA'],
  M: ['JONAS', 'DANIEL', 'TOBIAS', 'EMEKA'],
};
const ROADS = ['Zhongshan N. Rd.', 'Heping E. Rd.', 'Minsheng W. Rd.', 'Guangfu S. Rd.', 'Roosevelt Rd.'];
const CITIES: readonly (readonly [string, string, string])[] = [
  ['Taipei City', '104', '2'],
  ['New Taipei City', '220', '2'],
  ['Taichung City', '403', '4'],
  ['Kaohsiung City', '802', '7'],
];

/** A person name with both romanized and Han forms when the person is Taiwanese. */
export function phantomName(
  random: SeededRandom,
  sex: 'M' | 'F',
  taiwanese: boolean,
  prefix?: string,
): PhantomName {
  if (!taiwanese) {
    return {
      family: random.pick(WESTERN_FAMILIES),
      given: random.pick(WESTERN_GIVEN[sex]),
      ...(prefix ? { prefix } : {}),
    };
  }
  const [family, ideographicFamily] = random.pick(TAIWANESE_FAMILIES);
  const [given, ideographicGiven] = random.pick(TAIWANESE_GIVEN[sex]);
  return { family, given, ideographicFamily, ideographicGiven, ...(prefix ? { prefix } : {}) };
}

/** The PN value: `Family^Given^^Prefix`, then `=Family^Given` in characters when there is a Han form. */
export function formatPhantomName(name: PhantomName): string {
  const alphabetic = name.prefix
    ? `${name.family}^${name.given}^^${name.prefix}`
    : `${name.family}^${name.given}`;
  if (!name.ideographicFamily || !name.ideographicGiven) return alphabetic;
  return `${alphabetic}=${name.ideographicFamily}^${name.ideographicGiven}`;
}

/** "Given Family", as people write a name in free text. */
export function spokenName(name: PhantomName): string {
  return `${name.given} ${name.family}`;
}

/** A synthetic patient with realistic identifying values, drawn from `random`. */
export function phantomPatient(random: SeededRandom, studyYear: number): PhantomPatient {
  const sex = random.pick(['M', 'F'] as const);
  const taiwanese = random.next() < 0.75;
  const [city, zip, areaCode] = random.pick(CITIES);
  const birthYear = studyYear - random.int(34, 82);
  const birthDate = `${birthYear}${pad(random.int(1, 12))}${pad(random.int(1, 28))}`;
  return {
    name: phantomName(random, sex, taiwanese),
    patientId: random.digits(8),
    issuerOfPatientId: 'HIS-MRN',
    nationalId: taiwanNationalId(random, sex),
    birthDate,
    sex,
    address: `No. ${random.int(2, 180)}, Ln. ${random.int(3, 99)}, ${random.pick(ROADS)}, ${city} ${zip}`,
    phone: `+886-${areaCode}-${random.digits(4, false)}-${random.digits(4)}`,
    sizeMetres: random.decimal(sex === 'M' ? 1.62 : 1.5, sex === 'M' ? 1.86 : 1.74, 2),
    weightKg: random.int(sex === 'M' ? 58 : 45, sex === 'M' ? 98 : 80),
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
