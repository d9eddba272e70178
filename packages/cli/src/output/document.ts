import type { Lang } from '../i18n.ts'
import { renderMarkdownTable, renderTerminalTable, type Table } from './table.ts'

/** A titled sequence of facts and tables, printed for a terminal or as Markdown. */
export type Block =
  | { type: 'title'; text: string }
  | { type: 'text'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'facts'; facts: Array<[label: string, value: string]> }
  | { type: 'table'; table: Table }

export function renderTerminal(blocks: readonly Block[], lang: Lang): string {
  const parts: string[] = []
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        parts.push(`${block.text}\n`)
        break
      case 'text':
        parts.push(`${block.text}\n`)
        break
      case 'heading':
        parts.push(`\n${block.text}\n`)
        break
      case 'facts': {
        const width = Math.max(...block.facts.map(([label]) => [...label].length))
        parts.push(
          block.facts.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n') +
            '\n',
        )
        break
      }
      case 'table':
        parts.push(renderTerminalTable(block.table, lang))
        break
    }
  }
  return parts.join('')
}

export function renderMarkdown(blocks: readonly Block[], lang: Lang): string {
  const parts: string[] = []
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        parts.push(`# ${block.text}\n`)
        break
      case 'text':
        parts.push(`${block.text}\n`)
        break
      case 'heading':
        parts.push(`## ${block.text}\n`)
        break
      case 'facts':
        parts.push(
          block.facts.map(([label, value]) => `- **${label}**: ${value}`).join('\n') + '\n',
        )
        break
      case 'table':
        parts.push(renderMarkdownTable(block.table, lang))
        break
    }
  }
  return parts.join('\n')
}
