import { DicomDataset, Tags } from '@lattice/dicom';
import { DEFAULT_PIXEL_RULES } from './default-pixel-rules';
import { parsePixelRules } from './pixel-rules-file';
import { assessPixelRisk, describeDevice } from './risk-classification';

interface Header {
  sopClass?: string;
  modality?: string;
  burnedIn?: string;
  conversionType?: string;
  imageType?: string[];
  seriesDescription?: string;
  manufacturer?: string;
  model?: string;
  rows?: number;
  columns?: number;
  pixels?: boolean;
}

function dataset(header: Header): DicomDataset {
  const ds = new DicomDataset();
  if (header.sopClass) ds.setString(Tags.SOPClassUID, 'UI', header.sopClass);
  if (header.modality) ds.setString(Tags.Modality, 'CS', header.modality);
  if (header.burnedIn) ds.setString(Tags.BurnedInAnnotation, 'CS', header.burnedIn);
  if (header.conversionType !== undefined) ds.setString(Tags.ConversionType, 'CS', header.conversionType);
  if (header.imageType) ds.setStrings(Tags.ImageType, 'CS', header.imageType);
  if (header.seriesDescription) ds.setString(Tags.SeriesDescription, 'LO', header.seriesDescription);
  if (header.manufacturer) ds.setString(Tags.Manufacturer, 'LO', header.manufacturer);
  if (header.model) ds.setString(Tags.ManufacturerModelName, 'LO', header.model);
  ds.setUint16(Tags.Rows, header.rows ?? 512);
  ds.setUint16(Tags.Columns, header.columns ?? 512);
  if (header.pixels !== false)
    ds.set({ kind: 'value', tag: Tags.PixelData, vr: 'OW', bytes: new Uint8Array(8) });
  return ds;
}

const CT = '1.2.840.10008.5.1.4.1.1.2';
const US = '1.2.840.10008.5.1.4.1.1.6.1';
const SC = '1.2.840.10008.5.1.4.1.1.7';

describe('assessPixelRisk', () => {
  it.each<[string, Header, string[]]>([
    ['a plain CT slice', { sopClass: CT, modality: 'CT' }, []],
    [
      'a CT that says Burned In Annotation YES',
      { sopClass: CT, modality: 'CT', burnedIn: 'YES' },
      ['burned-in-annotation'],
    ],
    ['ultrasound by SOP class', { sopClass: US }, ['ultrasound', 'device-rule']],
    [
      'ultrasound that wrongly says NO',
      { sopClass: US, modality: 'US', burnedIn: 'NO' },
      ['ultrasound', 'device-rule'],
    ],
    ['IVUS by modality', { sopClass: CT, modality: 'IVUS' }, ['ultrasound', 'device-rule']],
    ['secondary capture', { sopClass: SC, modality: 'OT' }, ['secondary-capture']],
    [
      'a CT carrying Conversion Type',
      { sopClass: CT, modality: 'CT', conversionType: 'WSD' },
      ['secondary-capture'],
    ],
    ['an MR with an empty Conversion Type', { sopClass: CT, modality: 'MR', conversionType: '' }, []],
    [
      'a whole slide volume scanned (SI)',
      {
        sopClass: '1.2.840.10008.5.1.4.1.1.77.1.6',
        modality: 'SM',
        conversionType: 'SI',
        imageType: ['DERIVED', 'PRIMARY', 'VOLUME'],
      },
      [],
    ],
    [
      'a dose screen saved as CT',
      { sopClass: CT, modality: 'CT', imageType: ['DERIVED', 'SECONDARY', 'SCREEN SAVE'] },
      ['screen-capture'],
    ],
    [
      'a patient protocol page',
      { sopClass: CT, modality: 'CT', seriesDescription: 'Patient Protocol' },
      ['screen-capture'],
    ],
    [
      'a low-dose screening CT',
      { sopClass: CT, modality: 'CT', seriesDescription: 'LOW DOSE SCREENING CHEST' },
      [],
    ],
    [
      'an endoscopy photograph',
      { sopClass: '1.2.840.10008.5.1.4.1.1.77.1.1', modality: 'ES' },
      ['photograph'],
    ],
    [
      'a slide label',
      {
        sopClass: '1.2.840.10008.5.1.4.1.1.77.1.6',
        modality: 'SM',
        imageType: ['ORIGINAL', 'PRIMARY', 'LABEL', 'NONE'],
      },
      ['slide-label'],
    ],
    [
      'a slide volume',
      {
        sopClass: '1.2.840.10008.5.1.4.1.1.77.1.6',
        modality: 'SM',
        imageType: ['ORIGINAL', 'PRIMARY', 'VOLUME', 'NONE'],
      },
      [],
    ],
  ])('%s', (_title, header, reasons) => {
    expect(assessPixelRisk(dataset(header), DEFAULT_PIXEL_RULES).reasons).toEqual(reasons);
  });

  it('treats a device named in a rules file as risky even when its class is not', () => {
    const rules = parsePixelRules(
      JSON.stringify({
        format: 'lattice-pixel-rules',
        version: 1,
        rules: [
          {
            id: 'old-ct',
            match: { manufacturer: 'Acme*', model: 'Tomo 9', rows: 512, columns: 512 },
            regions: [{ x: 0, y: 0, width: 200, height: 20 }],
          },
        ],
      }),
      'site.json',
    );
    const risk = assessPixelRisk(
      dataset({ sopClass: CT, modality: 'CT', manufacturer: 'ACME Imaging', model: 'tomo 9' }),
      rules,
    );
    expect(risk.reasons).toEqual(['device-rule']);
    expect(risk.rule?.id).toBe('old-ct');
    expect(
      assessPixelRisk(
        dataset({ sopClass: CT, modality: 'CT', manufacturer: 'ACME Imaging', model: 'Tomo 8' }),
        rules,
      ).reasons,
    ).toEqual([]);
  });

  it('recognizes encapsulated documents and files without pixels', () => {
    const pdf = assessPixelRisk(
      dataset({ sopClass: '1.2.840.10008.5.1.4.1.1.104.1', modality: 'DOC', pixels: false }),
      DEFAULT_PIXEL_RULES,
    );
    expect(pdf.encapsulatedDocument).toBe(true);
    expect(pdf.pixelData).toBe('none');
  });

  it('describes the device without anything but printable product names and the size', () => {
    const text = describeDevice({
      manufacturer: 'Philips\u0000 "Medical"',
      model: '',
      modality: 'US',
      rows: 600,
      columns: 800,
    });
    expect(text).toBe(`"Philips 'Medical'" unknown model ("US", 800x600)`);
  });
});
