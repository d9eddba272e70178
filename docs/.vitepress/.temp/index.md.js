import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"Weerbaar","text":"A covering network of noodsteunpunten, ready when the power is out","tagline":"Readiness of emergency support points, population coverage, regional risk profiles and risk communication for Dutch safety regions. Open source, local-first, built on the rules as versioned data.","actions":[{"theme":"brand","text":"Get started","link":"/guide/getting-started"},{"theme":"alt","text":"Voor coördinatoren","link":"/coordinators/"},{"theme":"alt","text":"Data specification","link":"/reference/data-spec"}]},"features":[{"title":"Readiness you can explain","details":"Every noodsteunpunt is scored against the national guideline edition and the region's own supplement. Each point shows which requirement costs how many points and the cheapest fixes.","link":"/reference/readiness","linkText":"How readiness is scored"},{"title":"Coverage and siting","details":"Which residents have a ready point within reach, and where a few new points would help most, with the points you already have kept in place.","link":"/reference/coverage","linkText":"Coverage and siting formulas"},{"title":"Risk profile and risicowijzer","details":"The regional risk profile with the NRB method, readiness per scenario, and a printable risicowijzer per municipality with what residents can do.","link":"/reference/risk-method","linkText":"Risk profile method"},{"title":"One data file, one contract","details":"A region's data is one JSON file with a JSON Schema for your editor, validated with clear messages in Dutch or English, and versioned with a published policy.","link":"/guide/region-file","linkText":"The region file"},{"title":"A command line for scheduled jobs","details":"weerbaar validate, report, coverage, site, risk, risicowijzer: stable exit codes and a documented JSON report for your CI or data repository.","link":"/guide/cli","linkText":"The weerbaar command"},{"title":"A TypeScript library","details":"@weerbaar/core holds the schemas and pure functions; @weerbaar/guidelines holds the national rules as data. The examples on this site are compiled and run in the test suite.","link":"/guide/library","linkText":"Using the library"}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><div class="info custom-block"><p class="custom-block-title">Fictitious example data</p><p>The demo regions Flevoland (VR25) and Gooi en Vechtstreek (VR14) that ship with Weerbaar hold fictitious points and assessments. Populations are rounded estimates, not CBS figures.</p></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
