/**
 * How a name is compared when deciding whether a vCard is someone already on the map: NFC so
 * composed and decomposed accents match, lower-cased, whitespace collapsed. Stored as
 * people.name_key so the comparison is one indexed lookup.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
