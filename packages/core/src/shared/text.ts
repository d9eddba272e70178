/** The UTF-8 byte order mark, as Excel writes it at the start of a CSV file. */
export const BOM = '\uFEFF'

/** The text without a leading byte order mark. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text
}
