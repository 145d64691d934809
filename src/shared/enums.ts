import { registerEnumType } from "type-graphql";

/** What each value of a `graphqlEnum` means, in the schema (type-graphql's shape). */
export type EnumValueDescriptions<T extends string> = { readonly [K in T]?: { description: string } };

/**
 * A GraphQL enum whose values are a list of strings (usually the database's, `DEVICE_KINDS`),
 * registered under `config.name`. Each value is described either by `config.values` (one
 * description per value, required by the type: adding a value to the list without describing it
 * does not compile) or by `config.valuesConfig` (type-graphql's shape).
 */
export function graphqlEnum<T extends string>(
  values: readonly T[],
  config: { name: string; description?: string; values?: Record<T, string>; valuesConfig?: EnumValueDescriptions<T> },
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  const descriptions = config.values;
  registerEnumType(enumObject, {
    name: config.name,
    description: config.description,
    valuesConfig: descriptions
      ? (Object.fromEntries(values.map((v) => [v, { description: descriptions[v] }])) as Record<T, { description: string }>)
      : (config.valuesConfig as Record<T, { description: string }> | undefined),
  });
  return enumObject;
}
