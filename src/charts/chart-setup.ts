/**
 * Chart.js with only what the kit draws: line and bar charts on a category x axis and a
 * linear y axis, with tooltip and legend. Loaded with `import()` by the elements that
 * chart, so a page without charts never downloads it (see TOOLCHAIN.md section 8).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
export type { ChartConfiguration };
