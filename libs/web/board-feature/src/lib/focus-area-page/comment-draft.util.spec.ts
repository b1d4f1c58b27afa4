import { commentDraftKey, commentProblem, readCommentDraft, writeCommentDraft } from './comment-draft.util';

describe('comment drafts', () => {
  beforeEach(() => localStorage.clear());

  it('keys a draft by focus area, year and region', () => {
    expect(commentDraftKey('fa', 2020, null)).toBe('suunta.commentDraft.fa.2020.all');
    expect(commentDraftKey('fa', 2020, 'kp')).toBe('suunta.commentDraft.fa.2020.kp');
  });

  it('keeps the text until it is cleared', () => {
    const key = commentDraftKey('fa', 2020, null);
    expect(readCommentDraft(key)).toBe('');
    writeCommentDraft(key, 'Kesken');
    expect(readCommentDraft(key)).toBe('Kesken');
    writeCommentDraft(key, '');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('requires 1–4000 characters after trimming', () => {
    expect(commentProblem('   ')).toBe('required');
    expect(commentProblem('x'.repeat(4001))).toBe('tooLong');
    expect(commentProblem(` ${'x'.repeat(4000)} `)).toBeNull();
    expect(commentProblem('Hyvä')).toBeNull();
  });
});
