/**
 * The colours charts draw with. ECharts writes them into SVG attributes, where CSS variables are not resolved, so
 * they repeat the values of app.css (`--accent`, `--danger`, `--muted`). Both pass 4.5:1 on white.
 */
export const CHART_COLOURS = {
  accent: '#0b5cad',
  danger: '#a4001d',
  muted: '#4a4a4a',
  grid: '#d5d8dc',
  band: 'rgba(11, 92, 173, 0.08)',
} as const;

/** The axis text every chart uses: the client's font size, in the muted colour. */
export const AXIS_LABEL = { color: CHART_COLOURS.muted, fontSize: 12 } as const;
