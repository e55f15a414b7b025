// Reading parsed input (YAML, JSON, a GraphQL answer's caller-specific parts) that has no type yet.

/** `value[key]` when `value` is an object (arrays included), else undefined: what `value?.[key]` reads. */
export function member(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}
