import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: actionsForScenario()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/actionsForScenario.md","filePath":"api/core/functions/actionsForScenario.md"}');
const _sfc_main = { name: "api/core/functions/actionsForScenario.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-actionsforscenario" tabindex="-1">Function: actionsForScenario() <a class="header-anchor" href="#function-actionsforscenario" aria-label="Permalink to &quot;Function: actionsForScenario()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">function</span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}"> actionsForScenario</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">(</span><span style="${ssrRenderStyle({ "--shiki-light": "#E36209", "--shiki-dark": "#FFAB70" })}">communication</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">, </span><span style="${ssrRenderStyle({ "--shiki-light": "#E36209", "--shiki-dark": "#FFAB70" })}">scenario</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">)</span><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">:</span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}"> ResolvedAction</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">[];</span></span></code></pre></div><p>The handelingsperspectieven for a scenario: the ones it names, in its order; when it names none, every action sharing one of its tags, in library order.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="communication" tabindex="-1">communication <a class="header-anchor" href="#communication" aria-label="Permalink to &quot;communication&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/ResolvedCommunication"><code>ResolvedCommunication</code></a>, <code>&quot;actions&quot;</code>&gt;</p><h3 id="scenario" tabindex="-1">scenario <a class="header-anchor" href="#scenario" aria-label="Permalink to &quot;scenario&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../type-aliases/Scenario"><code>Scenario</code></a>, <code>&quot;actions&quot;</code> | <code>&quot;tags&quot;</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ResolvedAction"><code>ResolvedAction</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/actionsForScenario.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const actionsForScenario = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  actionsForScenario as default
};
