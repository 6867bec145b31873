import { BoundedMemo } from './bounded-memo';
import { protectDates, restoreDates, type TextDatePolicy } from './date-in-text';
import { removeIdentifierShapes } from './identifier-patterns';
import type { KnownIdentifierMatcher } from './known-identifiers';
import { isUnsureText } from './unsure-text';

/** Longest free text the cleaner reads; longer text goes whole (bounded time per value). */
export const MAX_CLEANED_TEXT_LENGTH = 10_240;
const MAX_PASSES = 4;

/** What the cleaner knows about the file it cleans. */
export interface TextCleaningContext {
  /** Identifying values of the same file's headers (names and their parts, ids, addresses, ...). */
  readonly known: KnownIdentifierMatcher;
  /** Year-first dates: removed, kept, or shifted by the patient's offset. */
  readonly dates: TextDatePolicy;
}

const MEANINGFUL = /[\p{L}\p{N}\ue000-\uf8ff]/u;

const UNTIDY = /[ \t]{2}|[ \t]\r?\n|\n[ \t]|^\s|\s$/;

function tidy(text: string): string {
  if (!UNTIDY.test(text)) return text;
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+(\r?\n)/g, '$1')
    .replace(/(\r?\n)[ \t]+/g, '$1')
    .trim();
}

/**
 * Cleans one free-text value: known identifiers of the file and every shape of name, id (including
 * Taiwan's national id), date, phone number, e-mail or address go; year-first dates follow the date
 * policy. When the text cannot be judged (see isUnsureText) or has nothing meaningful left, the
 * result is the empty string: when unsure, the text goes. Cleaning its own output changes nothing.
 */
export function cleanText(text: string, context: TextCleaningContext): string {
  const { dates } = context;
  const policy = dates.kind === 'shift' ? `shift${dates.days}` : dates.kind;
  const key = `${policy}\u0001${context.known.fingerprint}\u0001${text}`;
  let cleaned = cleanedMemo.get(key);
  if (cleaned === undefined) {
    cleaned = clean(text, context);
    cleanedMemo.set(key, cleaned);
  }
  return cleaned;
}

const cleanedMemo = new BoundedMemo<string>(4096);

function clean(text: string, context: TextCleaningContext): string {
  if (text.length > MAX_CLEANED_TEXT_LENGTH || isUnsureText(text)) return '';
  const { text: protectedText, dates } = protectDates(text, context.dates);
  let work = tidy(protectedText);
  let settled = false;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = tidy(removeIdentifierShapes(context.known.removeFrom(work)));
    if (next === work) {
      settled = true;
      break;
    }
    work = next;
  }
  if (!settled || !MEANINGFUL.test(work)) return '';
  const restored = restoreDates(work, dates);
  // Removing a value can join what was around it into a new shape; such text is not trusted.
  return isUnsureText(restored) ? '' : restored;
}
