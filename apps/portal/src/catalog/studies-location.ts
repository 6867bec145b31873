// The studies list the steward last looked at (its query string), so a study page can lead back to it.
// Kept in memory only: it holds filter values, never anything about a patient.
let lastStudiesSearch = '';

/** Remembers the query string of the studies list on screen. */
export function rememberStudiesSearch(search: string): void {
  lastStudiesSearch = search;
}

/** The query string of the studies list last shown, or empty. */
export function rememberedStudiesSearch(): string {
  return lastStudiesSearch;
}
