import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: risksByMunicipality()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/risksByMunicipality.md","filePath":"api/core/functions/risksByMunicipality.md"}');
const _sfc_main = { name: "api/core/functions/risksByMunicipality.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-risksbymunicipality" tabindex="-1">Function: risksByMunicipality() <a class="header-anchor" href="#function-risksbymunicipality" aria-label="Permalink to &quot;Function: risksByMunicipality()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">function</span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}"> risksByMunicipality</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">(</span><span style="${ssrRenderStyle({ "--shiki-light": "#E36209", "--shiki-dark": "#FFAB70" })}">analysis</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">, </span><span style="${ssrRenderStyle({ "--shiki-light": "#E36209", "--shiki-dark": "#FFAB70" })}">municipalities</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">)</span><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">:</span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}"> MunicipalityRisks</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">[];</span></span></code></pre></div><p>For every municipality, in the given order, the scenarios that concern it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="analysis" tabindex="-1">analysis <a class="header-anchor" href="#analysis" aria-label="Permalink to &quot;analysis&quot;">​</a></h3><p><a href="./../interfaces/RiskAnalysis"><code>RiskAnalysis</code></a></p><h3 id="municipalities" tabindex="-1">municipalities <a class="header-anchor" href="#municipalities" aria-label="Permalink to &quot;municipalities&quot;">​</a></h3><p>readonly <code>Pick</code>&lt;{ <code>code</code>: <code>string</code>; <code>name</code>: <code>string</code>; <code>population</code>: <code>number</code>; }, <code>&quot;code&quot;</code> | <code>&quot;name&quot;</code>&gt;[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MunicipalityRisks"><code>MunicipalityRisks</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/risksByMunicipality.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const risksByMunicipality = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  risksByMunicipality as default
};
