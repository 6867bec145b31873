/** The five components of one Person Name group (PS3.5 6.2.1.1), in their order on the wire. */
export interface PersonNameGroup {
  readonly familyName: string;
  readonly givenName: string;
  readonly middleName: string;
  readonly namePrefix: string;
  readonly nameSuffix: string;
}

/** A PN value: alphabetic, ideographic and phonetic groups separated by `=`. */
export interface PersonName {
  readonly alphabetic: PersonNameGroup;
  readonly ideographic: PersonNameGroup;
  readonly phonetic: PersonNameGroup;
}

const EMPTY_GROUP: PersonNameGroup = {
  familyName: '',
  givenName: '',
  middleName: '',
  namePrefix: '',
  nameSuffix: '',
};

function parseGroup(text: string | undefined): PersonNameGroup {
  if (!text) return EMPTY_GROUP;
  // Spaces around components are padding, not part of the name (PS3.5 6.2).
  const [familyName = '', givenName = '', middleName = '', namePrefix = '', nameSuffix = ''] = text
    .split('^')
    .map((part) => part.trim());
  return { familyName, givenName, middleName, namePrefix, nameSuffix };
}

/**
 * Splits one decoded PN value (not a multi-valued string: split on `\` first) into its groups and components.
 * Components beyond the fifth and groups beyond the third are not part of the standard and are ignored.
 */
export function parsePersonName(text: string): PersonName {
  const [alphabetic, ideographic, phonetic] = text.replace(/[\s\0]+$/, '').split('=');
  return {
    alphabetic: parseGroup(alphabetic),
    ideographic: parseGroup(ideographic),
    phonetic: parseGroup(phonetic),
  };
}

/** The components of a group in wire order. */
export function personNameComponents(group: PersonNameGroup): string[] {
  return [group.familyName, group.givenName, group.middleName, group.namePrefix, group.nameSuffix];
}

function formatGroup(group: PersonNameGroup): string {
  const components = personNameComponents(group);
  while (components.length > 0 && components[components.length - 1] === '') components.pop();
  return components.join('^');
}

/** Formats a PN value with trailing empty components and groups left out, as PS3.5 recommends. */
export function formatPersonName(name: Partial<PersonName>): string {
  const groups = [name.alphabetic, name.ideographic, name.phonetic].map((group) =>
    formatGroup(group ?? EMPTY_GROUP),
  );
  while (groups.length > 0 && groups[groups.length - 1] === '') groups.pop();
  return groups.join('=');
}

/** Every non-empty component of every group: the words a name check has to look for. */
export function personNameParts(name: PersonName): string[] {
  return [name.alphabetic, name.ideographic, name.phonetic].flatMap((group) =>
    personNameComponents(group).filter((component) => component.trim() !== ''),
  );
}
