import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NetworkOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/NetworkOptions.md","filePath":"api/core/interfaces/NetworkOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/NetworkOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-networkoptions" tabindex="-1">Interface: NetworkOptions <a class="header-anchor" href="#interface-networkoptions" aria-label="Permalink to &quot;Interface: NetworkOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="asof" tabindex="-1">asOf <a class="header-anchor" href="#asof" aria-label="Permalink to &quot;asOf&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">asOf</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">: string;</span></span></code></pre></div><hr><h3 id="expiringwithindays" tabindex="-1">expiringWithinDays? <a class="header-anchor" href="#expiringwithindays" aria-label="Permalink to &quot;expiringWithinDays?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">optional </span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">expiringWithinDays</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">: number;</span></span></code></pre></div><p>Days ahead for <code>expiring</code>; default 90.</p><hr><h3 id="spofthreshold" tabindex="-1">spofThreshold? <a class="header-anchor" href="#spofthreshold" aria-label="Permalink to &quot;spofThreshold?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">optional </span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">spofThreshold</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">: number;</span></span></code></pre></div><p>A partner&#39;s loss is a single point of failure when it leaves more than this share (0..1) of the active points, or of the residents they serve, of the region or of one municipality without the provision. Default 0.25.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/NetworkOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NetworkOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NetworkOptions as default
};
