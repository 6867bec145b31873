/** The portal's pages by name; navigation, homes and routing all read them from here. */
export const paths = {
  home: '/',
  ingest: '/node/ingest',
  nodeQuarantine: '/node/quarantine',
  optOuts: '/node/opt-outs',
  studies: '/studies',
  centerQuarantine: '/center/quarantine',
} as const;

/** The page of one study of the center's catalog. */
export function studyPath(studyInstanceUid: string): string {
  return `${paths.studies}/${encodeURIComponent(studyInstanceUid)}`;
}
