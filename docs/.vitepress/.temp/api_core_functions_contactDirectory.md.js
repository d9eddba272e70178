import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: contactDirectory()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/contactDirectory.md","filePath":"api/core/functions/contactDirectory.md"}');
const _sfc_main = { name: "api/core/functions/contactDirectory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-contactdirectory" tabindex="-1">Function: contactDirectory() <a class="header-anchor" href="#function-contactdirectory" aria-label="Permalink to &quot;Function: contactDirectory()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">function</span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}"> contactDirectory</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">(</span><span style="${ssrRenderStyle({ "--shiki-light": "#E36209", "--shiki-dark": "#FFAB70" })}">region</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">)</span><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">:</span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}"> MunicipalityDirectory</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">[];</span></span></code></pre></div><p>The contact directory per municipality by role, for the network meeting. A partner without <code>municipalities</code> works in every municipality of the region. Personal data (AVG): only for the roles of this region, never for residents and never in an export unless asked for.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="region" tabindex="-1">region <a class="header-anchor" href="#region" aria-label="Permalink to &quot;region&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../type-aliases/Region"><code>Region</code></a>, <code>&quot;municipalities&quot;</code> | <code>&quot;partners&quot;</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MunicipalityDirectory"><code>MunicipalityDirectory</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/contactDirectory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const contactDirectory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  contactDirectory as default
};
