/**
 * What a developer sees when their data does not fit a public type: the error names the type
 * (`RegionInput`, `Report`) instead of printing the whole expanded zod type, as it did while
 * these were `z.input`/`z.infer` aliases.
 */
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { expect, it } from 'vitest'

const snippet = fileURLToPath(new URL('./type-errors.snippet.ts', import.meta.url))
const source = `
import type { GuidelineEditionInput, RegionInput, Report } from '../src/index.ts'
export const region: RegionInput = { schemaVersion: 1, municipalities: [] }
export const edition: GuidelineEditionInput = { id: 'x' }
declare const report: Report
export const wrong: number = report.region
`

function diagnostics(): string[] {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    exactOptionalPropertyTypes: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    resolveJsonModule: true,
    customConditions: ['@weerbaar/source'],
    types: [],
  }
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (name, language, ...rest) =>
    name === snippet
      ? ts.createSourceFile(name, source, language)
      : getSourceFile(name, language, ...rest)
  const fileExists = host.fileExists.bind(host)
  host.fileExists = (name) => name === snippet || fileExists(name)
  const program = ts.createProgram([snippet], options, host)
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(snippet))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

it('names the public types in type errors, in a few lines', () => {
  const messages = diagnostics()
  expect(messages).toHaveLength(3)
  const [region, edition, report] = messages as [string, string, string]
  expect(region).toMatch(/from type 'RegionInput': region, guideline$/)
  expect(edition).toMatch(/from type 'GuidelineEditionInput': norms, requirements/)
  expect(report).toMatch(/Type 'ReportRegion' is not assignable to type 'number'/)
  // The expanded zod types ran to thousands of characters.
  for (const message of messages) expect(message.length).toBeLessThan(400)
}, 120_000)
