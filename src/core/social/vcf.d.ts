/**
 * The small part of the `vcf` package (jhermsmeier/node-vcf) Steady uses. The package ships no
 * types; @types/vcf exists but would be one more dependency for four members.
 */
declare module 'vcf' {
  namespace vCard {
    interface Property {
      /** Parameters land on the property itself, e.g. `encoding`, `charset`, `type`, `group`. */
      readonly [param: string]: unknown;
      valueOf(): string | undefined;
      is(type: string): boolean;
    }
  }
  class vCard {
    version: string;
    data: Record<string, vCard.Property | vCard.Property[]>;
    parse(text: string): vCard;
    get(key: string): vCard.Property | vCard.Property[] | undefined;
  }
  export = vCard;
}
