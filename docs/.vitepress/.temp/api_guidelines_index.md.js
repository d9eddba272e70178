import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@weerbaar/guidelines","description":"","frontmatter":{},"headers":[],"relativePath":"api/guidelines/index.md","filePath":"api/guidelines/index.md"}');
const _sfc_main = { name: "api/guidelines/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="weerbaar-guidelines" tabindex="-1">@weerbaar/guidelines <a class="header-anchor" href="#weerbaar-guidelines" aria-label="Permalink to &quot;@weerbaar/guidelines&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/ChangedRequirement">ChangedRequirement</a></li><li><a href="./interfaces/FieldChange">FieldChange</a></li><li><a href="./interfaces/GuidelineDiff">GuidelineDiff</a></li><li><a href="./interfaces/GuidelineSummary">GuidelineSummary</a></li><li><a href="./interfaces/NormChange">NormChange</a></li><li><a href="./interfaces/NormSide">NormSide</a></li><li><a href="./interfaces/RequirementDiffEntry">RequirementDiffEntry</a></li><li><a href="./interfaces/ResolveRulesetOptions">ResolveRulesetOptions</a></li><li><a href="./interfaces/RiskMethodSummary">RiskMethodSummary</a></li><li><a href="./interfaces/SourcedRule">SourcedRule</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/DiffedField">DiffedField</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/catalog">catalog</a></li><li><a href="./variables/DIFFED_FIELDS">DIFFED_FIELDS</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/compareEditions">compareEditions</a></li><li><a href="./functions/compareVersions">compareVersions</a></li><li><a href="./functions/diffGuidelines">diffGuidelines</a></li><li><a href="./functions/getActionLibrary">getActionLibrary</a></li><li><a href="./functions/getGuideline">getGuideline</a></li><li><a href="./functions/getRiskMethod">getRiskMethod</a></li><li><a href="./functions/guidelineEditions">guidelineEditions</a></li><li><a href="./functions/guidelineImpactTo">guidelineImpactTo</a></li><li><a href="./functions/latestGuideline">latestGuideline</a></li><li><a href="./functions/listActionIds">listActionIds</a></li><li><a href="./functions/listActionLibraries">listActionLibraries</a></li><li><a href="./functions/listGuidelines">listGuidelines</a></li><li><a href="./functions/listRiskMethods">listRiskMethods</a></li><li><a href="./functions/resolveRuleset">resolveRuleset</a></li><li><a href="./functions/riskMethodFor">riskMethodFor</a></li><li><a href="./functions/sourcedRules">sourcedRules</a></li><li><a href="./functions/supersedingEdition">supersedingEdition</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/guidelines/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
