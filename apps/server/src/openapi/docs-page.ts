/**
 * A readable page of the API, rendered on the server from the OpenAPI document: no script, no
 * CDN, so it works under the strictest Content-Security-Policy.
 */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

interface Operation {
  summary?: string
  parameters?: { name: string; in: string; required?: boolean; description?: string }[]
  responses?: Record<string, { description?: string }>
  security?: unknown[]
}

export function docsPage(document: {
  info: { title: string; description: string }
  paths: Record<string, Record<string, unknown>>
}): string {
  const sections: string[] = []
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (method === 'parameters') continue
      const op = value as Operation
      const params = [
        ...((item.parameters as Operation['parameters']) ?? []),
        ...(op.parameters ?? []),
      ]
      sections.push(`<section>
<h2><code>${method.toUpperCase()} /api/v1${escapeHtml(path)}</code></h2>
<p>${escapeHtml(op.summary ?? '')}${op.security && op.security.length === 0 ? ' <strong>(no sign-in)</strong>' : ''}</p>
${params.length ? `<ul>${params.map((p) => `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''})${p.description ? `: ${escapeHtml(p.description)}` : ''}</li>`).join('')}</ul>` : ''}
<p>Answers: ${Object.entries(op.responses ?? {})
        .map(([status, r]) => `<code>${status}</code> ${escapeHtml(r.description ?? '')}`)
        .join('; ')}</p>
</section>`)
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h2{font-size:1.05rem;margin-top:2rem}code{background:#f2f2f2;padding:0 .2em}</style>
</head><body>
<h1>${escapeHtml(document.info.title)}</h1>
<p>${escapeHtml(document.info.description)}</p>
<p>The machine-readable description: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
${sections.join('\n')}
</body></html>`
}
