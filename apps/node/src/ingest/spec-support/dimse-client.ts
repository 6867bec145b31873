import { Client, Dataset, requests, type responses } from 'dcmjs-dimse';

/** One C-STORE (or C-ECHO) to send, and how it was answered. */
export interface SentRequest {
  readonly request: requests.Request;
  status?: number;
  errorComment?: string;
}

/** How an association of the test SCU ended. */
export interface AssociationRun {
  readonly rejected?: { readonly result: number; readonly source: number; readonly reason: number };
  readonly networkError?: string;
  readonly sent: readonly SentRequest[];
}

/** A C-STORE of a Part 10 file as read by dcmjs-dimse (a well-formed object). */
export function storeFile(path: string): requests.CStoreRequest {
  return new requests.CStoreRequest(path);
}

/**
 * A C-STORE whose data set bytes are exactly `bytes`, whatever they hold: the command announces
 * `sopClassUid`/`sopInstanceUid`, the data set is sent as implicit VR little endian bytes unparsed.
 */
export function storeRawBytes(
  bytes: Buffer,
  sopClassUid: string,
  sopInstanceUid: string,
): requests.CStoreRequest {
  const dataset = new Dataset(
    { SOPClassUID: sopClassUid, SOPInstanceUID: sopInstanceUid },
    '1.2.840.10008.1.2',
  );
  (dataset as unknown as { getDenaturalizedDataset: () => Buffer }).getDenaturalizedDataset = () => bytes;
  return new requests.CStoreRequest(dataset);
}

/** Sends requests in one association from `callingAeTitle` and collects every answer. */
export function runAssociation(
  port: number,
  callingAeTitle: string,
  calledAeTitle: string,
  toSend: readonly requests.Request[],
): Promise<AssociationRun> {
  return new Promise((resolve) => {
    const client = new Client();
    const sent: SentRequest[] = toSend.map((request) => ({ request }));
    let rejected: AssociationRun['rejected'];
    let networkError: string | undefined;
    for (const entry of sent) {
      entry.request.on('response', (response: responses.CStoreResponse) => {
        entry.status = response.getStatus();
        const comment = response.getErrorComment();
        if (comment) entry.errorComment = comment;
      });
      client.addRequest(entry.request);
    }
    client.on(
      'associationRejected',
      (result: { result: number; source: number; reason: number }) => (rejected = result),
    );
    client.on('networkError', (error: Error) => (networkError = error.message));
    client.on('closed', () =>
      resolve({ ...(rejected ? { rejected } : {}), ...(networkError ? { networkError } : {}), sent }),
    );
    client.send('127.0.0.1', port, callingAeTitle, calledAeTitle, {
      associationTimeout: 20_000,
      pduTimeout: 20_000,
    });
  });
}
