/**
 * Renders the data specification page (`reference/data-spec.md`) from the zod schemas of
 * `@weerbaar/core`: the region file through its JSON Schema (`regionJsonSchema()`), the guideline
 * edition through `z.toJSONSchema(GuidelineEditionSchema)`. Every field gets its type, whether it
 * is required and its meaning; a meaning comes from the schema's `description`, else from
 * `fieldNotes` below.
 */
import {
  GuidelineEditionSchema,
  PROGRAMME_SCHEMA_VERSION,
  programmeJsonSchema,
  REGION_SCHEMA_VERSION,
  regionJsonSchema,
} from '@weerbaar/core'
import { programmeMessages, regionMessages, riskMessages } from '@weerbaar/core/internal'
import { z } from 'zod'
// The report contract is the CLI's own (not exported) module; this page documents it.
import { ReportSchema } from '../../packages/cli/src/report/contract.ts'
import { ProgrammeJsonSchema } from '../../packages/cli/src/report/programme-contract.ts'
import {
  fieldNotes,
  programmeProgressCodes,
  programmeWarningCodes,
  riskWarningCodes,
  warningCodes,
} from './field-notes.ts'

/** The subset of JSON Schema (draft 2020-12) that zod 4 emits for our schemas. */
export interface JsonSchema {
  type?: string | string[]
  const?: unknown
  enum?: unknown[]
  description?: string
  default?: unknown
  pattern?: string
  format?: string
  minLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  minItems?: number
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: JsonSchema | boolean
  propertyNames?: JsonSchema
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
}

/** One documented object: a heading, its anchor and its fields. */
interface Section {
  /** Where the object lives, e.g. `points[].location`. */
  path: string
  anchor: string
  schema: JsonSchema
  /** Other paths with an identical shape, which link here instead of repeating it. */
  alsoAt: string[]
  /** For one variant of a union: its discriminating property and value. */
  variant?: string
}

interface Document {
  /** Prefix of anchors and of `fieldNotes` keys: `region` or `guideline`. */
  key: string
  sections: Section[]
}

/** A field without a meaning, reported by `missingMeanings()` and the drift test. */
export interface MissingMeaning {
  note: string
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$'

const DOCUMENT_NAMES: Record<string, string> = {
  region: 'region file',
  guideline: 'guideline edition',
  report: 'report',
  programme: 'programme file',
  'programme-json': 'programme result',
}

function shapeOf(schema: JsonSchema): string {
  return JSON.stringify({ ...schema, description: undefined, default: undefined })
}

function anchorOf(key: string, path: string): string {
  const slug = path
    .replace(/\.\*/g, '-each')
    .replace(/\[\]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
  return slug ? `${key}-${slug}` : key
}

function isObject(schema: JsonSchema): boolean {
  return schema.type === 'object' && schema.properties !== undefined
}

/** Name of a union variant from its discriminator, e.g. `type: "minimum"`. */
function variantName(schema: JsonSchema): string | undefined {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (property.const !== undefined) return `${name}: ${JSON.stringify(property.const)}`
  }
  return undefined
}

/** Collects every object in a schema, depth first, so nested objects follow their parent. */
function collect(key: string, root: JsonSchema, shapes: Map<string, Section>): Document {
  const sections: Section[] = []
  const visit = (schema: JsonSchema, path: string, variant?: string) => {
    if (schema.items) return visit(schema.items, `${path}[]`)
    if (typeof schema.additionalProperties === 'object')
      return visit(schema.additionalProperties, `${path}.*`)
    const union = schema.oneOf ?? schema.anyOf
    if (union) {
      union.forEach((member) => visit(member, path, variantName(member)))
      return
    }
    if (!isObject(schema)) return
    const shape = shapeOf(schema)
    const known = shapes.get(shape)
    if (known) {
      known.alsoAt.push(`${DOCUMENT_NAMES[key] ?? key}: \`${path}\``)
      return
    }
    const anchor = anchorOf(key, variant ? `${path}-${variant.replace(/^.*: /, '')}` : path)
    const section: Section = { path, anchor, schema, alsoAt: [], ...(variant ? { variant } : {}) }
    shapes.set(shape, section)
    sections.push(section)
    // Properties that all share one object shape (the three norms) are documented once as `.*`.
    const properties = Object.entries(schema.properties ?? {})
    const shared =
      properties.length > 1 &&
      properties.every(([, p]) => isObject(p) && shapeOf(p) === shapeOf(properties[0]![1]))
    if (shared) return visit(properties[0]![1], `${path}.*`)
    for (const [name, property] of properties) {
      visit(property, path ? `${path}.${name}` : name)
    }
  }
  visit(root, '')
  return { key, sections }
}

function code(text: string): string {
  return `\`${text}\``
}

function json(value: unknown): string {
  return code(JSON.stringify(value))
}

/** Escapes what a Markdown table cell or a Vue template would misread. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\{\{/g, '{ {').replace(/\n/g, ' ')
}

function numberRange(schema: JsonSchema): string {
  const parts: string[] = []
  if (schema.exclusiveMinimum !== undefined) parts.push(`> ${schema.exclusiveMinimum}`)
  if (schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER)
    parts.push(`≥ ${schema.minimum}`)
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER)
    parts.push(`≤ ${schema.maximum}`)
  return parts.join(', ')
}

/** A readable type: `string matching …`, `one of …`, `array of Point`, `map from … to …`. */
function typeOf(
  schema: JsonSchema,
  path: string,
  sectionAt: (path: string, schema: JsonSchema) => Section | undefined,
): string {
  if (Array.isArray(schema.type)) {
    return schema.type.map((type) => typeOf({ ...schema, type }, path, sectionAt)).join(', or ')
  }
  if (schema.const !== undefined) return `${json(schema.const)} (constant)`
  if (schema.enum) return `one of ${schema.enum.map(json).join(', ')}`
  const union = schema.oneOf ?? schema.anyOf
  const nonNull = union?.filter((member) => member.type !== 'null')
  if (union && nonNull && nonNull.length === 1 && union.length === 2) {
    return `${typeOf(nonNull[0]!, path, sectionAt)}, or \`null\``
  }
  if (union) {
    const links = union.map((member) => {
      const section = sectionAt(path, member)
      const name = variantName(member) ?? typeOf(member, path, sectionAt)
      return section ? `[${code(name)}](#${section.anchor})` : name
    })
    return `one of: ${links.join(', ')}`
  }
  switch (schema.type) {
    case 'string': {
      if (schema.pattern === DATE_PATTERN || schema.format === 'date')
        return `calendar date ${code('YYYY-MM-DD')}`
      if (schema.format === 'uri') return 'URL (string)'
      const base = schema.minLength ? 'non-empty string' : 'string'
      return schema.pattern ? `${base} matching ${code(schema.pattern)}` : base
    }
    case 'number':
    case 'integer': {
      const range = numberRange(schema)
      return range ? `${schema.type} ${range}` : schema.type
    }
    case 'boolean':
      return 'boolean'
    case 'null':
      return '`null`'
    case 'array': {
      const items = schema.items ? typeOf(schema.items, `${path}[]`, sectionAt) : 'anything'
      const min = schema.minItems ? ` (at least ${schema.minItems})` : ''
      return `array of ${items}${min}`
    }
    case 'object': {
      const section = sectionAt(path, schema)
      if (section) return `object, see [${code(section.path || 'top level')}](#${section.anchor})`
      if (typeof schema.additionalProperties === 'object') {
        const keys = schema.propertyNames?.enum
          ? `key ${schema.propertyNames.enum.map(json).join(', ')}`
          : 'key (string)'
        return `map from ${keys} to ${typeOf(schema.additionalProperties, `${path}.*`, sectionAt)}`
      }
      return 'object'
    }
    default:
      return 'any'
  }
}

/** Descriptions found on more than one field belong to a shared type (a calendar date, a tier). */
let sharedDescriptions = new Set<string>()

function findSharedDescriptions(roots: JsonSchema[]): Set<string> {
  const seen = new Map<string, number>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk)
    if (typeof value !== 'object' || value === null) return
    const { description } = value as JsonSchema
    if (typeof description === 'string') seen.set(description, (seen.get(description) ?? 0) + 1)
    Object.values(value).forEach(walk)
  }
  roots.forEach(walk)
  return new Set([...seen].filter(([, count]) => count > 1).map(([description]) => description))
}

/**
 * A field's meaning: its own description in the schema; else a note written for it (which also
 * replaces a description that only describes a shared type); else the description of its type
 * or of its array items.
 */
function meaningOf(key: string, path: string, schema: JsonSchema): string | undefined {
  const note = fieldNotes[`${key}:${path}`]
  const own = schema.description
  if (own !== undefined && !sharedDescriptions.has(own)) return own
  return note ?? own ?? schema.items?.description
}

/** Notes that no longer matter: their field is gone, or has a description of its own. */
export function staleNotes(): string[] {
  const { region, guideline, report, programme, programmeJson } = collectAll()
  const used = new Set<string>()
  for (const document of [region, guideline, report, programme, programmeJson]) {
    for (const section of document.sections) {
      const sectionKey = `${document.key}:${section.path}`
      if (fieldNotes[sectionKey] !== undefined) used.add(sectionKey)
      for (const [name, property] of Object.entries(section.schema.properties ?? {})) {
        const key = `${document.key}:${section.path ? `${section.path}.${name}` : name}`
        const own = property.description
        if (own === undefined || sharedDescriptions.has(own)) used.add(key)
      }
    }
  }
  return Object.keys(fieldNotes).filter((key) => !used.has(key))
}

function renderSection(
  document: Document,
  section: Section,
  sectionAt: (path: string, schema: JsonSchema) => Section | undefined,
): string[] {
  const { key } = document
  const title = section.path ? code(section.path) : 'Top level'
  const lines = [
    `### ${title}${section.variant ? ` with ${code(section.variant)}` : ''} {#${section.anchor}}`,
    '',
  ]
  const about = meaningOf(key, section.path, section.schema)
  if (about && section.path) lines.push(cell(about), '')
  if (section.alsoAt.length)
    lines.push(`The same shape is used in the ${section.alsoAt.join('; ')}.`, '')
  if (section.schema.additionalProperties === false) lines.push('No other fields are allowed.', '')
  lines.push('| Field | Type | Required | Meaning |', '| --- | --- | --- | --- |')
  const required = new Set(section.schema.required ?? [])
  for (const [name, property] of Object.entries(section.schema.properties ?? {})) {
    const path = section.path ? `${section.path}.${name}` : name
    const type = typeOf(property, path, sectionAt)
    const presence = required.has(name)
      ? 'yes'
      : property.default !== undefined
        ? `no, default ${json(property.default)}`
        : 'no'
    const meaning = meaningOf(key, path, property) ?? ''
    lines.push(`| ${code(name)} | ${cell(type)} | ${cell(presence)} | ${cell(meaning)} |`)
  }
  lines.push('')
  return lines
}

function renderDocument(document: Document, all: Section[]): string[] {
  // A field's object type is the section collected at its path (or the identical shape
  // documented elsewhere).
  const sectionAt = (_path: string, schema: JsonSchema): Section | undefined => {
    const shape = shapeOf(schema)
    return all.find((s) => shapeOf(s.schema) === shape)
  }
  return document.sections.flatMap((section) => renderSection(document, section, sectionAt))
}

function collectAll() {
  const shapes = new Map<string, Section>()
  const guidelineSchema = z.toJSONSchema(GuidelineEditionSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema
  const regionSchema = regionJsonSchema() as JsonSchema
  const reportSchema = z.toJSONSchema(ReportSchema, {
    io: 'output',
    unrepresentable: 'any',
  }) as JsonSchema
  const programmeSchema = programmeJsonSchema() as JsonSchema
  const programmeResultSchema = z.toJSONSchema(ProgrammeJsonSchema, {
    io: 'output',
    unrepresentable: 'any',
  }) as JsonSchema
  sharedDescriptions = findSharedDescriptions([
    regionSchema,
    guidelineSchema,
    reportSchema,
    programmeSchema,
    programmeResultSchema,
  ])
  const region = collect('region', regionSchema, shapes)
  const guideline = collect('guideline', guidelineSchema, shapes)
  // The report is its own page: its shapes are not linked to the data specification's.
  const report = collect('report', reportSchema, new Map())
  // So are the programme file and the programme result.
  const programme = collect('programme', programmeSchema, new Map())
  const programmeJson = collect('programme-json', programmeResultSchema, new Map())
  return {
    region,
    guideline,
    report,
    programme,
    programmeJson,
    all: [...region.sections, ...guideline.sections],
  }
}

/** Every field that has neither a schema description nor a note, as `key:path`. */
export function missingMeanings(): string[] {
  const { region, guideline, report, programme, programmeJson } = collectAll()
  const missing: string[] = []
  for (const document of [region, guideline, report, programme, programmeJson]) {
    for (const section of document.sections) {
      for (const [name, property] of Object.entries(section.schema.properties ?? {})) {
        const path = section.path ? `${section.path}.${name}` : name
        if (!meaningOf(document.key, path, property)) missing.push(`${document.key}:${path}`)
      }
    }
  }
  return missing
}

function placeholders(): Record<string, string> {
  return new Proxy({}, { get: (_target, name) => `‹${String(name)}›` })
}

type Messages = Record<string, { en: (params: Record<string, string>) => string }>

function renderChecks(messages: Messages, warnings: Set<string>): string[] {
  const lines = [
    '| Code | Severity | Message (English; Dutch is the default) |',
    '| --- | --- | --- |',
  ]
  for (const [name, message] of Object.entries(messages)) {
    const severity = warnings.has(name) ? 'warning' : 'error'
    lines.push(`| ${code(name)} | ${severity} | ${cell(message.en(placeholders()))} |`)
  }
  return lines
}

/** The complete Markdown page. */
export function renderDataSpec(): string {
  const { region, guideline, all } = collectAll()
  const lines = [
    '<!-- Generated by docs/scripts/generate-data-spec.ts from the zod schemas of @weerbaar/core.',
    '     Do not edit by hand: run `npm run data-spec -w @weerbaar/docs`. -->',
    '',
    '# Data specification',
    '',
    'This page is generated from the zod schemas in `@weerbaar/core`, the same schemas that',
    '`parseRegion` validates with and that the JSON Schema for editors is made from, so it cannot',
    'disagree with what the library accepts. For the rules about changing this contract see',
    '[Versioning policy](./versioning.md); for a walk through the region file see',
    '[The region file](../guide/region-file.md).',
    '',
    'Conventions: field names are English and case-sensitive; dates are calendar dates',
    '`YYYY-MM-DD` without time or time zone; coordinates are WGS84 degrees; codes follow CBS',
    '(`GM####` for municipalities, `VR##` for safety regions). Fields marked *no, default …* may be',
    'left out; the library then fills in the default.',
    '',
    `## Region file (schema version ${REGION_SCHEMA_VERSION}) {#region-file}`,
    '',
    "One JSON document holds one safety region's data. Its JSON Schema ships with `@weerbaar/core`",
    'as `@weerbaar/core/region.schema.json`.',
    '',
    ...renderDocument(region, all),
    '## Checks beyond the shape {#region-checks}',
    '',
    '`parseRegion` also checks the document as a whole and reports every problem it finds, each',
    'with its path (`points[3].municipality`) and, for files, line and column. Warnings leave the',
    'file valid. References to national requirements, risk methods and handelingsperspectieven',
    'are checked when a rules catalog is passed (`catalog` from `@weerbaar/guidelines`; the',
    '`weerbaar` command always passes it). Without one, the result carries one warning,',
    '`requirements_not_checked`, instead of a clean bill.',
    '',
    'Shape errors name the field and what it takes, in the language asked for: `Verplicht veld',
    'ontbreekt: tier (coordination of local)`, `Ongeldige waarde "open": kies planned, active of',
    'inactive`, `Onbekend veld "Naam"` (one issue per unknown field, at the field).',
    '',
    '- **Duplicate keys.** A key that appears twice in one JSON object (`"status": "active",',
    '  "status": "inactive"`) is an error, `duplicate_key`, at the second occurrence with its line',
    '  and column (`parseRegionJson`). JSON readers disagree on which of the two values counts, so',
    '  Weerbaar does not guess.',
    '- **Assessments dated after today** are a warning, `assessment_in_future`, when the caller',
    '  passes `today` (core reads no clock; the `weerbaar` command passes the local date). They are',
    "  compared with today, not with a report's `asOf`: a report on a past date rightly ignores",
    '  later assessments, but one dated after today is most likely a typo in the year.',
    '',
    ...renderChecks(regionMessages, warningCodes),
    '',
    'The risk profile is also checked against its risk method and the library of',
    'handelingsperspectieven by `validateRiskProfile` (method and library come from',
    '`@weerbaar/guidelines`). Classes outside A–E/X and unknown tags are already refused by the',
    'shape.',
    '',
    ...renderChecks(riskMessages, riskWarningCodes),
    '',
    '## Guideline edition {#guideline-edition}',
    '',
    'An edition of the national rules, as shipped in `@weerbaar/guidelines` (for example',
    '`noodsteunpunten@2026.1`). Regions do not write these files; they name an edition in',
    '`guideline` and add their own rules in `supplement`. See',
    '[Publishing a guideline update](../maintainers/publishing-guidelines.md).',
    '',
    ...renderDocument(guideline, all),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * The field tables of the JSON report of `weerbaar report --format json`, generated from the
 * CLI's zod contract; included into guide/cli.md.
 */
export function renderReportContract(): string {
  const { report } = collectAll()
  const lines = [
    '<!-- Generated by docs/scripts/generate-data-spec.ts from the zod contract in packages/cli/src/report/contract.ts.',
    '     Do not edit by hand: run `npm run data-spec -w @weerbaar/docs`. -->',
    '',
    ...renderDocument(report, report.sections).map((line) => line.replace(/^### /, '#### ')),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * The reference page of the programme file (`reference/programme-file.md`), generated from
 * `ProgrammeSchema` through its JSON Schema, with the checks `parseProgramme` makes.
 */
export function renderProgrammeSpec(): string {
  const { programme } = collectAll()
  const checks = Object.fromEntries(
    Object.entries(programmeMessages).filter(([name]) => !programmeProgressCodes.has(name)),
  )
  const lines = [
    '<!-- Generated by docs/scripts/generate-data-spec.ts from the zod schemas of @weerbaar/core.',
    '     Do not edit by hand: run `npm run data-spec -w @weerbaar/docs`. -->',
    '',
    '# Programme file',
    '',
    'This page is generated from `ProgrammeSchema` in `@weerbaar/core`, the schema `parseProgramme`',
    'validates with. For what the file is for, how progress is computed and the status rule, see',
    '[Programme and board report](../guide/programme.md). The same conventions as the',
    '[region file](./data-spec.md) hold: English, case-sensitive field names; calendar dates',
    '`YYYY-MM-DD`; ids of lower-case letters, digits, `.`, `_` and `-`.',
    '',
    `## The file (schema version ${PROGRAMME_SCHEMA_VERSION}) {#file}`,
    '',
    'One JSON document holds one programme. Its JSON Schema ships with `@weerbaar/core` as',
    '`@weerbaar/core/programme.schema.json` (and with the command as',
    '`@weerbaar/cli/programme.schema.json`). A file with a newer `schemaVersion` is refused with',
    'one message asking to upgrade Weerbaar, never with shape errors.',
    '',
    ...renderDocument(programme, programme.sections),
    '## Checks beyond the shape {#programme-checks}',
    '',
    '`parseProgramme` (text, with line and column) and `validateProgramme` (a value) report every',
    'problem they find, each with its path. A key twice in one object is an error, `duplicate_key`,',
    "as in region files. The goals' `risks` are checked against the risk profiles of the regions",
    'passed in `regions`, and only when every region of the programme is passed; otherwise one',
    'warning, `risks_not_checked`. Warnings leave the file valid.',
    '',
    ...renderChecks(checks as Messages, programmeWarningCodes),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}

/** The field tables of `weerbaar programme --format json`; included into guide/programme.md. */
export function renderProgrammeContract(): string {
  const { programmeJson } = collectAll()
  const lines = [
    '<!-- Generated by docs/scripts/generate-data-spec.ts from the zod contract in packages/cli/src/report/programme-contract.ts.',
    '     Do not edit by hand: run `npm run data-spec -w @weerbaar/docs`. -->',
    '',
    ...renderDocument(programmeJson, programmeJson.sections).map((line) =>
      line.replace(/^### /, '#### '),
    ),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}
