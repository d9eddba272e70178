import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isAgreementValid()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/isAgreementValid.md","filePath":"api/core/functions/isAgreementValid.md"}');
const _sfc_main = { name: "api/core/functions/isAgreementValid.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-isagreementvalid" tabindex="-1">Function: isAgreementValid() <a class="header-anchor" href="#function-isagreementvalid" aria-label="Permalink to &quot;Function: isAgreementValid()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">function</span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}"> isAgreementValid</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">(</span><span style="${ssrRenderStyle({ "--shiki-light": "#E36209", "--shiki-dark": "#FFAB70" })}">agreement</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">, </span><span style="${ssrRenderStyle({ "--shiki-light": "#E36209", "--shiki-dark": "#FFAB70" })}">asOf</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">)</span><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">:</span><span style="${ssrRenderStyle({ "--shiki-light": "#005CC5", "--shiki-dark": "#79B8FF" })}"> boolean</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">;</span></span></code></pre></div><p>Whether an agreement is in force on <code>asOf</code>: status <code>signed</code>, signed on or before <code>asOf</code>, and <code>asOf</code> not after <code>validUntil</code> (the last day it is in force). Drafts and ended agreements never are, and neither is a signed agreement without a signing date (<code>parseRegion</code> refuses one).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="agreement" tabindex="-1">agreement <a class="header-anchor" href="#agreement" aria-label="Permalink to &quot;agreement&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../type-aliases/Agreement"><code>Agreement</code></a>, <code>&quot;status&quot;</code> | <code>&quot;signed&quot;</code> | <code>&quot;validUntil&quot;</code>&gt;</p><h3 id="asof" tabindex="-1">asOf <a class="header-anchor" href="#asof" aria-label="Permalink to &quot;asOf&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/isAgreementValid.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isAgreementValid = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isAgreementValid as default
};
