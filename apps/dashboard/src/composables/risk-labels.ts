import type { RiskAnalysis } from '@weerbaar/core'
import { useI18n } from 'vue-i18n'

type Axis = 'impact' | 'likelihood'

/**
 * The NRB's class words in the interface language. The method data names the classes in Dutch
 * only (beperkt … catastrofaal, zeer onwaarschijnlijk … zeer waarschijnlijk); the classes are
 * the method's fixed A–E (and X), so English mode shows their English names by class, and keeps
 * the data's word for a class it does not know.
 */
export function useRiskLabels() {
  const { t, te, locale } = useI18n()
  function label(axis: Axis, cls: string, dutch: string): string {
    if (locale.value === 'nl') return dutch
    const key = `daily.riskScale.${axis}.${cls}`
    return te(key) ? t(key) : dutch
  }
  /** The analysis with its class words in the interface language (for charts and tables). */
  function localize(analysis: RiskAnalysis): RiskAnalysis {
    if (locale.value === 'nl') return analysis
    return {
      ...analysis,
      scenarios: analysis.scenarios.map((s) => ({
        ...s,
        impact: { ...s.impact, label: label('impact', s.impact.class, s.impact.label) },
        likelihood: {
          ...s.likelihood,
          label: label('likelihood', s.likelihood.class, s.likelihood.label),
        },
      })),
    }
  }
  return { label, localize }
}

/** A unit from the guideline data (Dutch: `uur`, `personen`) in the interface language. */
export function useUnitLabel() {
  const { t, te } = useI18n()
  return (unit: string) => (te(`daily.units.${unit}`) ? t(`daily.units.${unit}`) : unit)
}
