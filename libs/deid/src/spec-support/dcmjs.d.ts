// dcmjs ships no types: the little these tests call, to check that a second toolkit reads the outputs.
declare module 'dcmjs' {
  interface DcmjsElement {
    vr: string;
    Value: unknown[];
  }
  interface DcmjsMessage {
    meta: Record<string, DcmjsElement>;
    dict: Record<string, DcmjsElement>;
  }
  const dcmjs: {
    data: {
      DicomMessage: { readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): DcmjsMessage };
      DicomMetaDictionary: { naturalizeDataset(dict: Record<string, DcmjsElement>): Record<string, unknown> };
    };
  };
  export default dcmjs;
}
