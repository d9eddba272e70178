import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: RD_NEW_PROJ4","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/variables/RD_NEW_PROJ4.md","filePath":"api/core/variables/RD_NEW_PROJ4.md"}');
const _sfc_main = { name: "api/core/variables/RD_NEW_PROJ4.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-rd-new-proj4" tabindex="-1">Variable: RD_NEW_PROJ4 <a class="header-anchor" href="#variable-rd-new-proj4" aria-label="Permalink to &quot;Variable: RD\\_NEW\\_PROJ4&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">const</span><span style="${ssrRenderStyle({ "--shiki-light": "#005CC5", "--shiki-dark": "#79B8FF" })}"> RD_NEW_PROJ4</span><span style="${ssrRenderStyle({ "--shiki-light": "#D73A49", "--shiki-dark": "#F97583" })}">:</span><span style="${ssrRenderStyle({ "--shiki-light": "#005CC5", "--shiki-dark": "#79B8FF" })}"> string</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">;</span></span></code></pre></div><p>RD New (Rijksdriehoekstelsel, EPSG:28992) in proj4 notation: the standard definition, with the 7-parameter Helmert shift from Bessel 1841 to WGS84. It agrees with the official RDNAPTRANS transformation to within about a metre, plenty for distances of hundreds of metres.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/RD_NEW_PROJ4.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RD_NEW_PROJ4 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RD_NEW_PROJ4 as default
};
