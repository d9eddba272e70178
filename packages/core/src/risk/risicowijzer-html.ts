import { formatDateNl } from '../readiness/format.ts'
import type { RisicowijzerModel, RisicowijzerPoint } from './risicowijzer.ts'

// Control characters and noncharacters are parse errors in HTML and never meant in a name.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g

/** Removes characters that have no place in a document: control characters and noncharacters. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '')
}

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return printable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Only web addresses become links; anything else is printed as text. */
function isWebAddress(address: string): boolean {
  return /^https?:\/\/[^\s"'<>]+$/i.test(address)
}

function link(address: string, text: string): string {
  return isWebAddress(address)
    ? `<a href="${escapeHtml(address)}">${escapeHtml(text)}</a>`
    : escapeHtml(text)
}

/** Display form of a web address: without scheme and trailing slash. */
export function shortAddress(address: string): string {
  return address.replace(/^https?:\/\//i, '').replace(/\/$/, '')
}

// Inline CSS only: the page must work offline and print on A4 (paper is what reaches people
// when the power is out). System fonts, high contrast, no colour needed to understand it.
// In print a risk may run over a page break (its heading stays with its first lines): kept whole,
// a risk longer than what is left of a page left that page mostly empty.
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 4px solid #154273; padding-top: 1.5rem; padding-bottom: 1rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .25rem; color: #154273; }
h2 { font-size: 1.5rem; margin: 2rem 0 .5rem; color: #154273; border-bottom: 1px solid #b3c3d6; }
h3 { font-size: 1.25rem; margin: 1.25rem 0 .25rem; }
h4 { font-size: 1.05rem; margin: .75rem 0 .25rem; }
p, ul, ol { margin: .25rem 0 .75rem; }
li { margin: .15rem 0; }
a { color: #154273; }
.subtitle { margin: 0; font-size: 1.05rem; }
.notice { border: 2px solid #8a5a00; background: #fff6e0; padding: .5rem .75rem; margin: 1rem 0; }
.risk { border-left: 4px solid #154273; padding-left: .75rem; margin: 1rem 0; }
.labels { font-size: 1rem; color: #333; }
.checklist { list-style: none; padding-left: 0; }
.checklist li { padding-left: 1.75rem; position: relative; }
.checklist li::before { content: ""; position: absolute; left: 0; top: .3em; width: 1em; height: 1em; border: 2px solid #1a1a1a; }
.planned { font-style: italic; }
.icon { width: 2rem; height: 2rem; vertical-align: middle; margin-right: .5rem; }
footer { border-top: 1px solid #b3c3d6; margin-top: 2rem; padding-top: .5rem; padding-bottom: 2rem; font-size: .95rem; color: #333; }
.sources li { font-size: .95rem; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { font-size: 11pt; color: #000; }
  header, main, footer { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 15pt; margin-top: 14pt; }
  h3 { font-size: 12.5pt; }
  h4 { font-size: 11.5pt; }
  h1, h2, h3, h4 { color: #000; break-after: avoid; page-break-after: avoid; }
  li, .notice, .labels { break-inside: avoid; page-break-inside: avoid; }
  p, li { orphans: 3; widows: 3; }
  a { color: #000; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
  .notice { background: none; }
  .columns { columns: 2; column-gap: 8mm; }
  a[href^="#"] { text-decoration: underline; }
}
`
  .trim()
  .replace(/\n\s*/g, '\n')

/** The group of points the data gives no address for (both renderers). */
export const WITHOUT_ADDRESS = {
  heading: 'Adres nog niet bekend',
  text: 'Van deze noodsteunpunten staat het adres nog niet in onze gegevens. Vraag de gemeente waar ze zijn.',
} as const

// A noodsteunpunt sign: a house with an "i". It has a text alternative for screen readers.
const POINT_ICON =
  '<svg class="icon" viewBox="0 0 32 32" role="img" aria-label="Teken van een noodsteunpunt"><title>Teken van een noodsteunpunt</title>' +
  '<path d="M4 15 16 4l12 11v13H4z" fill="#154273"/><rect x="14.5" y="14" width="3" height="10" fill="#fff"/><circle cx="16" cy="10.5" r="1.8" fill="#fff"/></svg>'

function list(items: readonly string[], className?: string): string {
  const cls = className ? ` class="${className}"` : ''
  return `<ul${cls}>\n${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`
}

function pointItem(p: RisicowijzerPoint): string {
  const address = p.address ? `, ${escapeHtml(p.address)}` : ''
  const planned = p.planned ? ' <span class="planned">(wordt nog ingericht)</span>' : ''
  return `<li><strong>${escapeHtml(p.name)}</strong>${address}${planned}</li>`
}

/**
 * The risicowijzer as one self-contained HTML page: inline CSS, no scripts, no external
 * requests, `lang="nl"`, headings h1–h4 in order, prints on A4. All data is escaped.
 */
export function renderRisicowijzerHtml(model: RisicowijzerModel): string {
  const m = model.municipality.name
  const out: string[] = []
  out.push(
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Risicowijzer ${escapeHtml(m)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>Risicowijzer ${escapeHtml(m)}</h1>`,
    `<p class="subtitle">Wat kunt u doen bij een ramp of crisis? Informatie van ${escapeHtml(model.region.name)}.</p>`,
    '</header>',
    '<main>',
  )
  if (model.notice)
    out.push(`<p class="notice"><strong>Let op:</strong> ${escapeHtml(model.notice)}</p>`)
  out.push(
    '<p>Soms valt alles uit: stroom, water, telefoon of internet. Bereid u daarom voor. ' +
      'Zorg dat u 3 dagen (72 uur) voor uzelf en uw huisgenoten kunt zorgen. ' +
      'Bewaar deze pagina op papier: dan kunt u hem ook lezen als er geen stroom is.</p>',
  )

  out.push(
    '<section aria-labelledby="risicos">',
    `<h2 id="risicos">De risico’s in ${escapeHtml(m)}</h2>`,
  )
  if (model.risks.length === 0) {
    out.push('<p>Voor deze gemeente zijn nog geen risico’s beschreven.</p>')
  } else {
    out.push(
      `<p>Dit zijn de rampen en crises die in ${escapeHtml(m)} kunnen gebeuren. De belangrijkste staat bovenaan. Bij elk risico leest u wat u zelf kunt doen.</p>`,
    )
    const shown = new Map<string, string>()
    for (const r of model.risks) {
      out.push(
        `<article class="risk" aria-labelledby="risk-${escapeHtml(r.id)}">`,
        `<h3 id="risk-${escapeHtml(r.id)}">${escapeHtml(r.title)}</h3>`,
      )
      if (r.description) out.push(`<p>${escapeHtml(r.description)}</p>`)
      out.push(
        `<p class="labels">Hoe erg: ${escapeHtml(r.impact)}. Hoe groot is de kans: ${escapeHtml(r.likelihood)}.</p>`,
      )
      if (r.actions.length === 0) {
        out.push('<p>Luister naar de calamiteitenzender en doe wat de overheid zegt.</p>')
      }
      for (const a of r.actions) {
        // Each action is printed once; later risks refer back to it, which keeps the paper short.
        const first = shown.get(a.id)
        if (first) {
          out.push(
            `<p>${escapeHtml(a.title)}: zie <a href="#actie-${escapeHtml(a.id)}">hierboven bij ${escapeHtml(first)}</a>.</p>`,
          )
        } else {
          shown.set(a.id, r.title)
          out.push(`<h4 id="actie-${escapeHtml(a.id)}">${escapeHtml(a.title)}</h4>`, list(a.steps))
        }
      }
      out.push('</article>')
    }
  }
  out.push('</section>')

  out.push(
    '<section aria-labelledby="noodsteunpunten">',
    `<h2 id="noodsteunpunten">Noodsteunpunten in ${escapeHtml(m)}</h2>`,
    `<p>${POINT_ICON}Werkt er niets meer, zoals stroom, telefoon of internet? Ga dan naar een noodsteunpunt. ` +
      'Daar krijgt u in ieder geval belangrijke informatie. ' +
      'Een noodsteunpunt is geen plek om te slapen. Reken er niet op dat u er uw telefoon kunt opladen.</p>',
  )
  if (model.places.length === 0 && model.withoutAddress.length === 0) {
    out.push(
      '<p>In deze gemeente zijn nog geen noodsteunpunten bekendgemaakt. Ga bij nood naar het gemeentehuis of de brandweerkazerne.</p>',
    )
  }
  for (const place of model.places) {
    out.push(
      `<h3>${escapeHtml(place.name)}</h3>`,
      `<ul class="columns">\n${place.points.map(pointItem).join('\n')}\n</ul>`,
    )
  }
  if (model.withoutAddress.length > 0) {
    out.push(
      `<h3>${WITHOUT_ADDRESS.heading}</h3>`,
      `<p>${WITHOUT_ADDRESS.text}</p>`,
      `<ul class="columns">\n${model.withoutAddress.map(pointItem).join('\n')}\n</ul>`,
    )
  }
  if (model.informationPoints.length > 0) {
    out.push('<h3>Andere plekken voor informatie</h3>', '<ul>')
    for (const p of model.informationPoints) {
      const address = p.address ? `, ${escapeHtml(p.address)}` : ''
      const note = p.note ? `. ${escapeHtml(p.note)}` : ''
      out.push(`<li><strong>${escapeHtml(p.name)}</strong>${address}${note}</li>`)
    }
    out.push('</ul>')
  }
  out.push('</section>')

  const { noodpakket, noodplan, helpElkaar } = model.basics
  out.push(
    '<section aria-labelledby="voorbereiden">',
    '<h2 id="voorbereiden">Denk vooruit: bereid u voor</h2>',
    `<h3>1. ${escapeHtml(noodpakket.title)}</h3>`,
  )
  if (noodpakket.intro) out.push(`<p>${escapeHtml(noodpakket.intro)}</p>`)
  out.push(list(noodpakket.steps, 'checklist columns'), `<h3>2. ${escapeHtml(noodplan.title)}</h3>`)
  if (noodplan.intro) out.push(`<p>${escapeHtml(noodplan.intro)}</p>`)
  out.push(list(noodplan.steps), `<h3>3. ${escapeHtml(helpElkaar.title)}</h3>`)
  if (helpElkaar.intro) out.push(`<p>${escapeHtml(helpElkaar.intro)}</p>`)
  out.push(list(helpElkaar.steps), '</section>')

  out.push(
    '<section aria-labelledby="informatie">',
    '<h2 id="informatie">Blijf op de hoogte</h2>',
    '<ul>',
  )
  for (const c of model.stayInformed) {
    let text = escapeHtml(c.text)
    if (c.id === 'calamity-radio' && model.calamityRadio) {
      const r = model.calamityRadio
      const frequency = r.frequency ? ` (${escapeHtml(r.frequency)})` : ''
      text += ` In uw regio is dat <strong>${escapeHtml(r.name)}</strong>${frequency}.`
    }
    const title = c.address ? link(c.address, c.title) : escapeHtml(c.title)
    out.push(`<li><strong>${title}</strong>: ${text}</li>`)
  }
  if (model.website) {
    out.push(
      `<li><strong>${link(model.website.address, model.website.title)}</strong>: meer over de risico’s in uw regio.</li>`,
    )
  }
  out.push(
    '<li><strong>112</strong>: bel alleen bij direct gevaar. Werkt de telefoon niet? Ga naar een noodsteunpunt of de brandweerkazerne.</li>',
    '</ul>',
    '</section>',
  )

  if (model.sources.length > 0) {
    out.push(
      '<section aria-labelledby="bronnen">',
      '<h2 id="bronnen">Bronnen</h2>',
      '<ul class="sources">',
    )
    for (const s of model.sources) {
      const address = s.address ? `, ${link(s.address, shortAddress(s.address))}` : ''
      out.push(`<li>${escapeHtml(s.publisher)}: ${escapeHtml(s.title)}${address}</li>`)
    }
    out.push('</ul>', '</section>')
  }

  out.push(
    '</main>',
    '<footer>',
    `<p>${escapeHtml(model.region.name)}, gemeente ${escapeHtml(m)}. Stand van ${escapeHtml(formatDateNl(model.date))}. Gemaakt met Weerbaar.</p>`,
    '</footer>',
    '</body>',
    '</html>',
  )
  return `${out.join('\n')}\n`
}
