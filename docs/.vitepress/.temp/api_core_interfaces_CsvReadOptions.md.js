import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CsvReadOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/CsvReadOptions.md","filePath":"api/core/interfaces/CsvReadOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/CsvReadOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-csvreadoptions" tabindex="-1">Interface: CsvReadOptions <a class="header-anchor" href="#interface-csvreadoptions" aria-label="Permalink to &quot;Interface: CsvReadOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lang" tabindex="-1">lang? <a class="header-anchor" href="#lang" aria-label="Permalink to &quot;lang?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">optional </span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">lang</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">: Lang;</span></span></code></pre></div><p>Language of the messages; Dutch by default.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/CsvReadOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CsvReadOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CsvReadOptions as default
};
