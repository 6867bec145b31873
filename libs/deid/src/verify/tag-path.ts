import { formatTag, type Tag } from '@lattice/dicom';

const formatted = new Map<Tag, string>();

/** `(gggg,eeee)` of a tag, formatted once per tag for the life of the process. */
export function tagText(value: Tag): string {
  let text = formatted.get(value);
  if (text === undefined) {
    text = formatTag(value);
    formatted.set(value, text);
  }
  return text;
}
