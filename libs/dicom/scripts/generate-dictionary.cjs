#!/usr/bin/env node
// Generates libs/dicom/src/generated/data-dictionary.ts from the PS3.6 data dictionary published as JSON
// (innolitics_attributes_2024b.json). The output is one compact text table, indexed lazily at run time,
// so that every worker thread loads it quickly.
//
// Usage: node libs/dicom/scripts/generate-dictionary.cjs [standardsDir] [--stdout]
//   standardsDir defaults to $LATTICE_STANDARDS_DIR, else ../shared/standards from the repository root.
//   --stdout prints the generated module instead of writing it (the freshness test compares the two).
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const path = require('node:path');

const SOURCE_FILE = 'innolitics_attributes_2024b.json';
const EDITION = 'DICOM PS3.6 2024b';
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const outputFile = path.join(repoRoot, 'libs', 'dicom', 'src', 'generated', 'data-dictionary.ts');

// Keep in step with nameFromKeyword in src/dictionary.ts: a name equal to this derivation is not stored.
function nameFromKeyword(keyword) {
  return keyword.replace(/([a-z0-9])(?=[A-Z])/g, '$1 ').replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ');
}

const VR_PATTERN =
  /^(AE|AS|AT|CS|DA|DS|DT|FD|FL|IS|LO|LT|OB|OD|OF|OL|OV|OW|PN|SH|SL|SQ|SS|ST|SV|TM|UC|UI|UL|UN|UR|US|UT|UV)$/;

function vrChoices(text) {
  // "US or SS", "US or SS or OW"; "See Note 2" (items and delimiters) and "" have no VR.
  const choices = text.split(/\s+or\s+/).map((part) => part.trim());
  return choices.every((choice) => VR_PATTERN.test(choice)) ? choices : [];
}

function assertClean(field, value) {
  // Separators of the table, and what would break the template literal it lives in.
  if (/[\t\n|`\\]|\$\{/.test(value))
    throw new Error(`unexpected separator in ${field}: ${JSON.stringify(value)}`);
}

/** Renders the generated module for the given standards directory. */
function renderDictionary(standardsDir) {
  const sourcePath = path.join(standardsDir, SOURCE_FILE);
  const raw = readFileSync(sourcePath);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const attributes = JSON.parse(raw.toString('utf8'));
  if (!Array.isArray(attributes) || attributes.length < 4000)
    throw new Error(`${SOURCE_FILE} does not look like PS3.6`);

  const rows = [];
  for (const attribute of attributes) {
    const match = /^\(([0-9A-Fa-fXx]{4}),([0-9A-Fa-fXx]{4})\)$/.exec(attribute.tag);
    if (!match) throw new Error(`unexpected tag ${attribute.tag}`);
    const tag = (match[1] + match[2]).toLowerCase();
    const name = attribute.name;
    const keyword = attribute.keyword;
    const vm = attribute.valueMultiplicity;
    for (const [field, value] of [
      ['name', name],
      ['keyword', keyword],
      ['vm', vm],
    ])
      assertClean(field, value);
    const storedName = name === nameFromKeyword(keyword) ? '' : name;
    const storedVm = vm === '1' ? '' : vm;
    const retired = attribute.retired === 'Y' ? 'R' : '';
    rows.push({
      tag,
      line: [
        tag,
        vrChoices(attribute.valueRepresentation).join('/'),
        storedVm,
        retired,
        keyword,
        storedName,
      ].join('|'),
    });
  }
  // Exact tags first, then masks, each sorted, so the file is deterministic.
  rows.sort((a, b) => {
    const aMasked = a.tag.includes('x');
    const bMasked = b.tag.includes('x');
    if (aMasked !== bMasked) return aMasked ? 1 : -1;
    return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
  });

  const lines = [
    `// ${EDITION}, © NEMA. Generated from ${SOURCE_FILE} (sha256 ${sha256})`,
    '// by libs/dicom/scripts/generate-dictionary.cjs: generated, do not edit.',
    '// One attribute per line: tag (hex, x = any digit)|VR choices (/-separated)|VM (empty: 1)|R if retired|keyword|name',
    '// (name empty when it is the keyword split into words before capitals).',
    '',
    `export const DICTIONARY_EDITION = '${EDITION}';`,
    '',
    `export const DICTIONARY_SOURCE_SHA256 = '${sha256}';`,
    '',
    `export const DICTIONARY_TABLE = \`${rows.map((row) => row.line).join('\n')}\`;`,
    '',
  ];
  return lines.join('\n');
}

function defaultStandardsDir() {
  return process.env.LATTICE_STANDARDS_DIR || path.resolve(repoRoot, '..', 'shared', 'standards');
}

function main(argv) {
  const toStdout = argv.includes('--stdout');
  const dir = argv.find((arg) => !arg.startsWith('--')) || defaultStandardsDir();
  if (!existsSync(path.join(dir, SOURCE_FILE))) {
    process.stderr.write(
      `${SOURCE_FILE} not found in ${dir}: pass the standards folder or set LATTICE_STANDARDS_DIR\n`,
    );
    return 2;
  }
  const text = renderDictionary(dir);
  if (toStdout) process.stdout.write(text);
  else {
    writeFileSync(outputFile, text);
    process.stderr.write(`wrote ${path.relative(repoRoot, outputFile)}\n`);
  }
  return 0;
}

module.exports = { renderDictionary, nameFromKeyword };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
