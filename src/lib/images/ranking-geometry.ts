// Spacing of the ranking share images, shared by the planner (ranking-pages.ts) and the renderer
// (render-progress.ts) so the rows an image is planned for are the rows it draws.

/** A row is this many times its text size tall (text line plus room between bars). */
export const ROW_PITCH = 1.4;
/** Room between a row's name, bar and label, in units of the format (1 % of the short side). */
export const GAP_U = 1.5;
/** Room between two columns of rows, in units of the format. */
export const COLUMN_GAP_U = 4;
