import type { MatDialogConfig } from '@angular/material/dialog';

/**
 * What every dialog of the app is opened with (`dialog.open(C, { ...DIALOG_DEFAULTS, data })`).
 * The keyboard focus moves into the dialog as it opens, not when its opening animation has ended
 * (Material's default, a 150 ms timer): on a busy machine that timer fired late enough to pull the
 * focus out of a field the user had already gone on to type in, and the text ran into the first
 * field. Not given as MAT_DIALOG_DEFAULT_OPTIONS in the app's providers: importing that token put
 * Material's dialog code (20 kB gzip) into what every page loads first.
 */
export const DIALOG_DEFAULTS = { delayFocusTrap: false } as const satisfies Partial<MatDialogConfig>;
