// The part of dcmjs (which ships no types) that the tests use to check that another toolkit reads our output.
declare module 'dcmjs' {
  interface DicomDictEntry {
    vr: string;
    Value: unknown[];
  }
  interface DicomMessageResult {
    meta: Record<string, DicomDictEntry>;
    dict: Record<string, DicomDictEntry>;
  }
  const dcmjs: {
    data: {
      DicomMessage: { readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): DicomMessageResult };
      DicomMetaDictionary: {
        naturalizeDataset(dict: Record<string, DicomDictEntry>): Record<string, unknown>;
      };
    };
  };
  export default dcmjs;
}
