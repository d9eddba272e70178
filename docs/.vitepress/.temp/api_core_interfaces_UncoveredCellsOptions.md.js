import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: UncoveredCellsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/UncoveredCellsOptions.md","filePath":"api/core/interfaces/UncoveredCellsOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/UncoveredCellsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-uncoveredcellsoptions" tabindex="-1">Interface: UncoveredCellsOptions <a class="header-anchor" href="#interface-uncoveredcellsoptions" aria-label="Permalink to &quot;Interface: UncoveredCellsOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cellsize" tabindex="-1">cellSize? <a class="header-anchor" href="#cellsize" aria-label="Permalink to &quot;cellSize?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">optional </span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">cellSize</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">: number;</span></span></code></pre></div><p>Draw cells as squares of this edge (metres); default the grid&#39;s <code>cellSize</code>. Without one, cells are points.</p><hr><h3 id="skipempty" tabindex="-1">skipEmpty? <a class="header-anchor" href="#skipempty" aria-label="Permalink to &quot;skipEmpty?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">optional </span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">skipEmpty</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">: boolean;</span></span></code></pre></div><p>Leave out cells without inhabitants (default true).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/UncoveredCellsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UncoveredCellsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UncoveredCellsOptions as default
};
