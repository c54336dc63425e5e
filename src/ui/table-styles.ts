/**
 * The kit's data tables (the table view behind a chart or a map): compact, tabular figures.
 * A table sits in a `.table-wrap` (a focusable region named by the table's caption) that
 * scrolls sideways on a narrow screen, with a shadow on the side where more of it is.
 */
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
  /* the shadows stay at the edges (scroll), covers of the background colour move with the table (local) and hide them at its ends */
  .table-wrap {
    overflow-x: auto;
    background:
      linear-gradient(to right, var(--_bg) 40%, transparent) left / 1.5rem 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 40%, transparent) right / 1.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_text) 40%, transparent), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 40%, transparent), transparent) right / 0.75rem 100% no-repeat scroll;
  }
`;
