import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResolveRulesetOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/guidelines/interfaces/ResolveRulesetOptions.md","filePath":"api/guidelines/interfaces/ResolveRulesetOptions.md"}');
const _sfc_main = { name: "api/guidelines/interfaces/ResolveRulesetOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-resolverulesetoptions" tabindex="-1">Interface: ResolveRulesetOptions <a class="header-anchor" href="#interface-resolverulesetoptions" aria-label="Permalink to &quot;Interface: ResolveRulesetOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="version" tabindex="-1">version? <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">optional </span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">version</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">: string;</span></span></code></pre></div><p>Resolve under another edition of the same guideline than the one the region names (for impact analysis).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/guidelines/interfaces/ResolveRulesetOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolveRulesetOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolveRulesetOptions as default
};
