import { registerEnumType } from "type-graphql";

/** What each value of a `graphqlEnum` means, in the schema. */
export type EnumValueDescriptions<T extends string> = { readonly [K in T]?: { description: string } };

/**
 * A GraphQL enum whose values are a list of strings (usually the database's, `DEVICE_KINDS`),
 * registered under `config.name`; `config.valuesConfig` describes each value.
 */
export function graphqlEnum<T extends string>(values: readonly T[], config: { name: string; description?: string; valuesConfig?: EnumValueDescriptions<T> }): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, config);
  return enumObject;
}
