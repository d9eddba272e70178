import { formatDateNl } from '../readiness/format.ts'
import { printable, shortAddress, WITHOUT_ADDRESS } from './risicowijzer-html.ts'
import type { RisicowijzerModel, RisicowijzerPoint } from './risicowijzer.ts'

/**
 * Escapes text so Markdown shows it literally: no emphasis, links, HTML or entities from data,
 * and no list or heading when it starts a line. Line breaks in data become spaces.
 */
export function escapeMarkdown(text: string): string {
  return printable(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~&]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1')
}

function link(address: string, text: string): string {
  return /^https?:\/\/[^\s<>()]+$/i.test(address)
    ? `[${escapeMarkdown(text)}](<${address}>)`
    : escapeMarkdown(text)
}

/** One noodsteunpunt as a list item, like `pointItem` in the HTML page. */
function pointLine(p: RisicowijzerPoint): string {
  const address = p.address ? `, ${escapeMarkdown(p.address)}` : ''
  return `- **${escapeMarkdown(p.name)}**${address}${p.planned ? ' *(wordt nog ingericht)*' : ''}`
}

/** The risicowijzer in Markdown, with the same content as the HTML page. All data is escaped. */
export function renderRisicowijzerMarkdown(model: RisicowijzerModel): string {
  const m = escapeMarkdown(model.municipality.name)
  const out: string[] = []
  const bullets = (items: readonly string[], checkbox = false) => {
    for (const i of items) out.push(`- ${checkbox ? '[ ] ' : ''}${escapeMarkdown(i)}`)
    out.push('')
  }
  out.push(
    `# Risicowijzer ${m}`,
    '',
    `Wat kunt u doen bij een ramp of crisis? Informatie van ${escapeMarkdown(model.region.name)}.`,
    '',
  )
  if (model.notice) out.push(`> **Let op:** ${escapeMarkdown(model.notice)}`, '')
  out.push(
    'Soms valt alles uit: stroom, water, telefoon of internet. Bereid u daarom voor. ' +
      'Zorg dat u 3 dagen (72 uur) voor uzelf en uw huisgenoten kunt zorgen. ' +
      'Bewaar deze pagina op papier: dan kunt u hem ook lezen als er geen stroom is.',
    '',
    `## De risico’s in ${m}`,
    '',
  )
  if (model.risks.length === 0)
    out.push('Voor deze gemeente zijn nog geen risico’s beschreven.', '')
  else
    out.push(
      `Dit zijn de rampen en crises die in ${m} kunnen gebeuren. De belangrijkste staat bovenaan. Bij elk risico leest u wat u zelf kunt doen.`,
      '',
    )
  const shown = new Map<string, string>()
  for (const r of model.risks) {
    out.push(`### ${escapeMarkdown(r.title)}`, '')
    if (r.description) out.push(escapeMarkdown(r.description), '')
    out.push(
      `Hoe erg: ${escapeMarkdown(r.impact)}. Hoe groot is de kans: ${escapeMarkdown(r.likelihood)}.`,
      '',
    )
    if (r.actions.length === 0)
      out.push('Luister naar de calamiteitenzender en doe wat de overheid zegt.', '')
    for (const a of r.actions) {
      const first = shown.get(a.id)
      if (first) {
        out.push(`${escapeMarkdown(a.title)}: zie hierboven bij ${escapeMarkdown(first)}.`, '')
      } else {
        shown.set(a.id, r.title)
        out.push(`#### ${escapeMarkdown(a.title)}`, '')
        bullets(a.steps)
      }
    }
  }

  out.push(
    `## Noodsteunpunten in ${m}`,
    '',
    'Werkt er niets meer, zoals stroom, telefoon of internet? Ga dan naar een noodsteunpunt. ' +
      'Daar krijgt u in ieder geval belangrijke informatie. ' +
      'Een noodsteunpunt is geen plek om te slapen. Reken er niet op dat u er uw telefoon kunt opladen.',
    '',
  )
  if (model.places.length === 0 && model.withoutAddress.length === 0) {
    out.push(
      'In deze gemeente zijn nog geen noodsteunpunten bekendgemaakt. Ga bij nood naar het gemeentehuis of de brandweerkazerne.',
      '',
    )
  }
  for (const place of model.places) {
    out.push(`### ${escapeMarkdown(place.name)}`, '')
    out.push(...place.points.map(pointLine), '')
  }
  if (model.withoutAddress.length > 0) {
    out.push(`### ${WITHOUT_ADDRESS.heading}`, '', WITHOUT_ADDRESS.text, '')
    out.push(...model.withoutAddress.map(pointLine), '')
  }
  if (model.informationPoints.length > 0) {
    out.push('### Andere plekken voor informatie', '')
    for (const p of model.informationPoints) {
      const address = p.address ? `, ${escapeMarkdown(p.address)}` : ''
      const note = p.note ? `. ${escapeMarkdown(p.note)}` : ''
      out.push(`- **${escapeMarkdown(p.name)}**${address}${note}`)
    }
    out.push('')
  }

  const { noodpakket, noodplan, helpElkaar } = model.basics
  out.push('## Denk vooruit: bereid u voor', '', `### 1. ${escapeMarkdown(noodpakket.title)}`, '')
  if (noodpakket.intro) out.push(escapeMarkdown(noodpakket.intro), '')
  bullets(noodpakket.steps, true)
  out.push(`### 2. ${escapeMarkdown(noodplan.title)}`, '')
  if (noodplan.intro) out.push(escapeMarkdown(noodplan.intro), '')
  bullets(noodplan.steps)
  out.push(`### 3. ${escapeMarkdown(helpElkaar.title)}`, '')
  if (helpElkaar.intro) out.push(escapeMarkdown(helpElkaar.intro), '')
  bullets(helpElkaar.steps)

  out.push('## Blijf op de hoogte', '')
  for (const c of model.stayInformed) {
    let text = escapeMarkdown(c.text)
    if (c.id === 'calamity-radio' && model.calamityRadio) {
      const r = model.calamityRadio
      text += ` In uw regio is dat **${escapeMarkdown(r.name)}**${r.frequency ? ` (${escapeMarkdown(r.frequency)})` : ''}.`
    }
    out.push(`- **${c.address ? link(c.address, c.title) : escapeMarkdown(c.title)}**: ${text}`)
  }
  if (model.website)
    out.push(
      `- **${link(model.website.address, model.website.title)}**: meer over de risico’s in uw regio.`,
    )
  out.push(
    '- **112**: bel alleen bij direct gevaar. Werkt de telefoon niet? Ga naar een noodsteunpunt of de brandweerkazerne.',
    '',
  )

  if (model.sources.length > 0) {
    out.push('## Bronnen', '')
    for (const s of model.sources) {
      const address = s.address ? `, ${link(s.address, shortAddress(s.address))}` : ''
      out.push(`- ${escapeMarkdown(s.publisher)}: ${escapeMarkdown(s.title)}${address}`)
    }
    out.push('')
  }
  out.push(
    '---',
    '',
    `${escapeMarkdown(model.region.name)}, gemeente ${m}. Stand van ${formatDateNl(model.date)}. Gemaakt met Weerbaar.`,
    '',
  )
  return out.join('\n')
}
