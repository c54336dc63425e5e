/** The kit's data tables (the table view behind a chart or a map): compact, tabular figures. */
import { css } from 'lit';

export const tableStyles = css`
  table {
    border-collapse: collapse;
    margin-top: 0.4em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.25em 0.6em;
    text-align: left;
  }
  td.num,
  th.num {
    text-align: right;
  }
`;
