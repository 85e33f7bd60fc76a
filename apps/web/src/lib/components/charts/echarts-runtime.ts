import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The part of ECharts the client draws with, registered once. Only this module imports ECharts at run time, and
 * only `EChart.svelte` imports this module, dynamically: the library is a chunk of its own, fetched the first time
 * a screen shows a chart, never part of the shell's first load. The SVG renderer (not canvas) keeps charts sharp
 * when printed or zoomed, and its text is real text.
 */
use([LineChart, BarChart, GridComponent, TooltipComponent, MarkAreaComponent, MarkLineComponent, SVGRenderer]);

export { init };
