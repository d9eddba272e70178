/**
 * Population coverage and siting of noodsteunpunten: which share of the residents has a
 * qualifying point within reach, and where new points would add the most. Typed arrays in and
 * out, no DOM or Node APIs: it runs the same in Node and in a Web Worker.
 */
export {
  RD_NEW_PROJ4,
  wgs84ToRd,
  rdToWgs84,
  locationsToRd,
  type RdCoordinate,
  type RdCoordinates,
} from './projection.ts'
export { distanceMeters, straightLineReach } from './distance.ts'
export {
  createPopulationGrid,
  selectMunicipalities,
  prepareGrid,
  assertPopulationGrid,
  type PopulationGrid,
  type PopulationCell,
  type PreparedGrid,
} from './grid.ts'
export {
  parsePopulationGrid,
  parsePopulationCsv,
  parsePopulationGeoJson,
  normalizeMunicipalityCode,
  recogniseCellSize,
  type PopulationGridFile,
  type PopulationGridReadOptions,
} from './grid-parse.ts'
export {
  CandidateSchema,
  CANDIDATES_CSV_COLUMNS,
  parseCandidatesCsv,
  candidatesToCsv,
  type Candidate,
  type CandidatesReadResult,
} from './candidates.ts'
export {
  computeCoverage,
  DEFAULT_HISTOGRAM_EDGES,
  type CoverageOptions,
  type CoverageResult,
  type CoverageTotals,
  type MunicipalityCoverage,
  type HistogramBin,
} from './coverage.ts'
export {
  siteNewPoints,
  type SitingOptions,
  type SitingResult,
  type SitingPick,
  type SitingSwap,
} from './siting.ts'
export {
  uncoveredCellsGeoJson,
  type FeatureCollection,
  type Feature,
  type UncoveredCellProperties,
  type UncoveredCellsOptions,
} from './geojson.ts'
export {
  COVERAGE_INCLUDES,
  levelsFromReadiness,
  qualifyingPoints,
  regionGrid,
  regionCoverage,
  sitingCandidates,
  regionSiting,
  type CoverageInclude,
  type CoverageRegion,
  type PointLevels,
  type RegionCoverage,
  type RegionCoverageOptions,
  type RegionMunicipalityCoverage,
  type SitingCandidate,
  type RegionSiting,
  type RegionSitingOptions,
  type RegionSitingPick,
} from './region.ts'
export {
  handleCoverageMessage,
  createCoverageWorkerState,
  type CoverageRequest,
  type CoverageResponse,
  type CoverageReply,
  type CoverageWorkerState,
} from './worker.ts'
export type { CoverageMessageCode } from './messages.ts'
export { toCoverageReport, type CoverageReport, type CoverageReportMunicipality } from './report.ts'
