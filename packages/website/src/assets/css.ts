/**
 * The site's one stylesheet: system fonts, high contrast (AA), logical properties so a
 * right-to-left language mirrors without changes, no fixed widths (320 px and 400% zoom reflow).
 */
export const SITE_CSS = `:root { color-scheme: light; --blue: #154273; --line: #b3c3d6; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a; background: #fff; overflow-wrap: break-word; }
[hidden] { display: none !important; }
a { color: var(--blue); text-underline-offset: .15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #c15d00; outline-offset: 2px; }
main:focus { outline: none; }
.skip { position: absolute; inset-inline-start: .5rem; top: -4rem; background: #fff; padding: .5rem 1rem; border: 2px solid var(--blue); z-index: 10; }
.skip:focus { top: .5rem; }
.site-header { background: var(--blue); color: #fff; }
.site-header a { color: #fff; }
.bar, main, .site-footer { max-width: 48rem; margin: 0 auto; padding-inline: 1rem; }
.bar { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; justify-content: space-between; padding-block: .75rem; }
.site-title { margin: 0; font-weight: 700; font-size: 1.2rem; }
.site-title .region { font-weight: 400; font-size: 1rem; display: inline-block; }
.languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .75rem; }
h1 { font-size: clamp(1.45rem, 7vw, 1.9rem); line-height: 1.2; margin: 1.25rem 0 .75rem; color: var(--blue); }
h2 { font-size: clamp(1.25rem, 5.5vw, 1.45rem); line-height: 1.25; margin: 2rem 0 .5rem; color: var(--blue); border-bottom: 1px solid var(--line); }
h3 { font-size: 1.2rem; margin: 1.25rem 0 .25rem; }
h4 { font-size: 1.05rem; margin: .75rem 0 .25rem; }
p, ul, ol { margin: .25rem 0 .75rem; }
ul, ol { padding-inline-start: 1.5rem; }
li { margin: .2rem 0; }
.lead { font-size: 1.2rem; }
.notice { border: 2px solid #8a5a00; background: #fff6e0; padding: .5rem .75rem; margin: 1rem 0; }
.data-language { border-inline-start: 4px solid var(--line); padding-inline-start: .75rem; }
.hint { font-size: 1rem; color: #333; }
.toc ul { padding-inline-start: 1.25rem; }
.toc h2 { font-size: 1.1rem; border: 0; margin-top: 1rem; }
.municipalities { list-style: none; padding: 0; }
.municipalities li { padding: .5rem 0; border-bottom: 1px solid var(--line); }
.municipalities a { font-size: 1.2rem; font-weight: 700; }
.places { font-size: 1rem; color: #333; }
.points li { margin: .4rem 0; }
.address { color: #333; }
.risks { padding-inline-start: 1.75rem; }
.risk { border-inline-start: 4px solid var(--blue); padding-inline-start: .75rem; margin: 1rem 0; }
.risk > h3 { margin-top: 0; }
.labels { font-size: 1rem; color: #333; }
.checklist { list-style: none; padding-inline-start: 0; }
.checklist li { padding-inline-start: 1.75rem; position: relative; }
.checklist li::before { content: ""; position: absolute; inset-inline-start: 0; top: .3em; width: 1em; height: 1em; border: 2px solid #1a1a1a; }
.search { border: 2px solid var(--blue); padding: .25rem 1rem 1rem; margin: 1.5rem 0; }
.search h2 { margin-top: .75rem; }
.search-row { display: flex; flex-wrap: wrap; gap: .5rem; }
label { display: block; font-weight: 700; }
input[type="text"] { font: inherit; flex: 1 1 12rem; min-width: 0; padding: .4rem .5rem; border: 2px solid #1a1a1a; border-radius: 0; }
button { font: inherit; padding: .4rem 1rem; border: 2px solid var(--blue); background: var(--blue); color: #fff; cursor: pointer; }
button:hover { background: #0f2f52; }
.map-button { background: #fff; color: var(--blue); margin-top: .5rem; }
.map-button:hover { background: #eef3f9; }
.results ol { padding-inline-start: 1.5rem; }
.map { position: relative; overflow: hidden; height: 20rem; max-height: 70vh; border: 1px solid var(--line); background: #e8eef4; margin-top: .75rem; }
.map img { position: absolute; width: 256px; height: 256px; max-width: none; }
.map .marker { position: absolute; transform: translate(-50%, -100%); min-width: 1.6rem; padding: 0 .3rem; border-radius: .8rem .8rem .8rem 0; background: var(--blue); color: #fff; font-size: .9rem; font-weight: 700; text-align: center; border: 2px solid #fff; }
.map-tools { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .5rem; }
.map-tools button { padding: .2rem .75rem; }
.attribution { font-size: .9rem; color: #333; margin: 0; }
.sources li { font-size: 1rem; }
.site-footer { border-top: 1px solid var(--line); margin-top: 2.5rem; padding-block: .75rem 2rem; font-size: 1rem; color: #333; }
.embed main { padding: .5rem; }
.embed h1 { font-size: 1.4rem; margin-top: .25rem; }
@media print {
  .site-header, .skip, .toc, .search, .map-area, .languages { display: none !important; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
}
`
