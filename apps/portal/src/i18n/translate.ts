import type { en } from './messages.en';

/** Every message key the portal uses; the English dictionary defines the set. */
export type MessageKey = keyof typeof en;

/** A complete dictionary for one locale: one string for every key, no more, no fewer. */
export type Messages = { readonly [K in MessageKey]: string };

type ParametersIn<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParametersIn<Rest>
  : never;

/** The values a message needs, one per `{parameter}` in its English text. */
export type MessageParams<K extends MessageKey> = Readonly<
  Record<ParametersIn<(typeof en)[K]>, string | number>
>;

type ParamsArgument<K extends MessageKey> = [ParametersIn<(typeof en)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** A key whose message takes no parameters: what tables that pick a message at run time may hold. */
export type PlainMessageKey = {
  [K in MessageKey]: [ParametersIn<(typeof en)[K]>] extends [never] ? K : never;
}[MessageKey];

/** Looks up a message in the current locale; messages with parameters require their values. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArgument<K>) => string;

const parameterPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Names of the `{parameters}` in a message text, in order of appearance. */
export function parameterNamesOf(text: string): string[] {
  return [...text.matchAll(parameterPattern)].map((match) => match[1] ?? '');
}

/** Fills a message text's parameters; a parameter without a value is left visible rather than dropped. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(parameterPattern, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Builds the translate function of one locale from its dictionary. */
export function createTranslate(messages: Messages): Translate {
  return (key, ...params) => {
    const text = messages[key];
    const values = params[0];
    return values === undefined ? text : interpolate(text, values);
  };
}
