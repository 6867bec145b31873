import type { Locale } from './locale';
import { en } from './messages.en';
import { zhTW } from './messages.zh-TW';
import type { Messages } from './translate';

/** Every locale's complete dictionary. */
export const dictionaries: Readonly<Record<Locale, Messages>> = { en, 'zh-TW': zhTW };
