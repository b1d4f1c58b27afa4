import { COMMENT_MAX_LENGTH } from '@suunta/shared-domain';
import { browserStore, readStored, writeStored } from '@suunta/web-core';

/** The localStorage key of the unsent comment for one focus area, year and region (or the whole organization). */
export function commentDraftKey(focusAreaId: string, year: number, regionId: string | null): string {
  return `suunta.commentDraft.${focusAreaId}.${year}.${regionId ?? 'all'}`;
}

/** Why a comment cannot be sent, as a translation key under `board.comments.errors`, or null when it can. */
export function commentProblem(text: string): 'required' | 'tooLong' | null {
  const trimmed = text.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > COMMENT_MAX_LENGTH) return 'tooLong';
  return null;
}

export function readCommentDraft(key: string): string {
  return readStored(browserStore(), key) ?? '';
}

/** Keeps the text (an empty text removes the draft). */
export function writeCommentDraft(key: string, text: string): void {
  writeStored(browserStore(), key, text || null);
}
