// dcmjs ships no types: the little the CLI's tests call, to read outputs with a second toolkit.
declare module 'dcmjs' {
  interface DcmjsElement {
    vr: string;
    Value?: unknown[];
  }
  interface DcmjsMessage {
    meta: Record<string, DcmjsElement>;
    dict: Record<string, DcmjsElement>;
  }
  const dcmjs: {
    log: {
      setLevel(level: 'silent' | 'error' | 'warn' | 'info'): void;
      getLogger(name: string): { setLevel(level: 'silent' | 'error' | 'warn' | 'info'): void };
    };
    data: {
      DicomMessage: { readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): DcmjsMessage };
    };
  };
  export default dcmjs;
}
