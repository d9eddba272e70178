import { visit } from 'jsonc-parser'
import { regionMessage } from '../region/messages.ts'
import { formatPath, type Issue, type Lang } from '../shared/issues.ts'
import { withoutBom } from '../shared/text.ts'

/**
 * Every key that appears a second time in the same JSON object, as an error at the second
 * occurrence (`duplicate_key`). JSON.parse and jsonc-parser keep the last value without a word,
 * other tools the first, so `"status": "active", "status": "inactive"` means different things
 * to different readers; Weerbaar refuses to guess. The text must be valid JSON.
 */
export function duplicateKeyIssues(text: string, lang: Lang = 'nl'): Issue[] {
  const issues: Issue[] = []
  // Per open object: its keys and the 1-based line each was first seen on.
  const open: Map<string, number>[] = []
  visit(
    withoutBom(text),
    {
      onObjectBegin: () => void open.push(new Map()),
      onObjectEnd: () => void open.pop(),
      onObjectProperty: (key, _offset, _length, startLine, startCharacter, pathSupplier) => {
        const keys = open.at(-1)
        if (!keys) return
        const first = keys.get(key)
        if (first === undefined) {
          keys.set(key, startLine + 1)
          return
        }
        issues.push({
          severity: 'error',
          code: 'duplicate_key',
          path: formatPath([...pathSupplier(), key]),
          message: regionMessage('duplicate_key', lang, { key, line: first }),
          line: startLine + 1,
          column: startCharacter + 1,
        })
      },
    },
    { disallowComments: true },
  )
  return issues
}
