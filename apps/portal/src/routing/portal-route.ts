import { paths } from './paths';

/** The page a path names, with what the page needs from the path. */
export type PortalRoute =
  | { readonly page: 'home' }
  | { readonly page: 'ingest' }
  | { readonly page: 'nodeQuarantine' }
  | { readonly page: 'optOuts' }
  | { readonly page: 'studies' }
  | { readonly page: 'study'; readonly studyInstanceUid: string }
  | { readonly page: 'centerQuarantine' }
  | { readonly page: 'notFound' };

const fixedPages: Readonly<Record<string, PortalRoute>> = {
  [paths.home]: { page: 'home' },
  [paths.ingest]: { page: 'ingest' },
  [paths.nodeQuarantine]: { page: 'nodeQuarantine' },
  [paths.optOuts]: { page: 'optOuts' },
  [paths.studies]: { page: 'studies' },
  [paths.centerQuarantine]: { page: 'centerQuarantine' },
};

// A DICOM UID: dot-separated numbers, at most 64 characters (PS3.5 9.1).
const dicomUid = /^(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*$/;

/** Resolves a location's path to a page; a trailing slash is ignored, anything unknown is not found. */
export function resolveRoute(pathname: string): PortalRoute {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const fixed = fixedPages[path];
  if (fixed !== undefined) return fixed;
  const studyPrefix = `${paths.studies}/`;
  if (path.startsWith(studyPrefix)) {
    let uid: string;
    try {
      uid = decodeURIComponent(path.slice(studyPrefix.length));
    } catch {
      return { page: 'notFound' };
    }
    if (uid.length <= 64 && dicomUid.test(uid)) return { page: 'study', studyInstanceUid: uid };
  }
  return { page: 'notFound' };
}
