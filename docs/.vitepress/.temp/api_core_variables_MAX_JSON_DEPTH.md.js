import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_JSON_DEPTH","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/variables/MAX_JSON_DEPTH.md","filePath":"api/core/variables/MAX_JSON_DEPTH.md"}');
const _sfc_main = { name: "api/core/variables/MAX_JSON_DEPTH.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-max-json-depth" tabindex="-1">Variable: MAX_JSON_DEPTH <a class="header-anchor" href="#variable-max-json-depth" aria-label="Permalink to &quot;Variable: MAX\\_JSON\\_DEPTH&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">const</span><span style="${ssrRenderStyle({ "--shiki-light": "#005CC5", "--shiki-dark": "#79B8FF" })}"> MAX_JSON_DEPTH</span><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">:</span><span style="${ssrRenderStyle({ "--shiki-light": "#005CC5", "--shiki-dark": "#79B8FF" })}"> 256</span><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}"> =</span><span style="${ssrRenderStyle({ "--shiki-light": "#005CC5", "--shiki-dark": "#79B8FF" })}"> 256</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">;</span></span></code></pre></div><p>Weerbaar&#39;s files are a few levels deep. A file nested so deep that the parser, which recurses per level, runs out of stack (ten thousand <code>[</code>) is refused with one issue at the bracket that opens level <code>MAX_JSON_DEPTH + 1</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/MAX_JSON_DEPTH.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_JSON_DEPTH = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_JSON_DEPTH as default
};
