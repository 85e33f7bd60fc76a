import { describe, expect, it } from 'vitest';
import { goalLines, reviewActions, type ReviewFacts } from './review-actions';

const open = (facts: Partial<ReviewFacts>): ReviewFacts => ({
  status: 'open',
  overall: null,
  signedBy: [],
  mySides: [],
  ...facts,
});

describe('what the review screen offers', () => {
  it('lets a manager agree goals and rate until someone signs', () => {
    expect(reviewActions(open({}), true).edit).toBe(true);
    expect(reviewActions(open({ overall: 4, signedBy: ['reviewer'] }), true).edit).toBe(false);
    expect(reviewActions(open({ mySides: ['reviewer'] }), false).edit).toBe(false);
  });

  it('offers signing only once rated, and only for the signed-in person’s own sides', () => {
    expect(reviewActions(open({ mySides: ['employee'] }), false).sign).toEqual([]);
    expect(reviewActions(open({ overall: 3, mySides: ['employee'] }), false).sign).toEqual(['employee']);
    expect(reviewActions(open({ overall: 3 }), true).sign).toEqual([]);
    expect(reviewActions(open({ overall: 3, signedBy: ['employee'], mySides: ['employee'] }), false).sign).toEqual([]);
  });

  it('lets the employee answer a signed review, but not the reviewer rewrite what the employee signed', () => {
    expect(reviewActions(open({ overall: 3, signedBy: ['reviewer'], mySides: ['employee'] }), false).comment).toEqual([
      'employee',
    ]);
    expect(reviewActions(open({ overall: 3, signedBy: ['employee'], mySides: ['reviewer'] }), true).comment).toEqual(
      [],
    );
    expect(reviewActions(open({ mySides: ['reviewer'] }), true).comment).toEqual(['reviewer']);
  });

  it('offers nothing on a completed review', () => {
    const done = { ...open({ overall: 4, signedBy: ['employee', 'reviewer'], mySides: ['employee'] }) };
    expect(reviewActions({ ...done, status: 'completed' }, true)).toEqual({ edit: false, comment: [], sign: [] });
  });

  it('reads goals one per line', () => {
    expect(goalLines('  Lead the IV audit \n\nMentor a student\n')).toEqual(['Lead the IV audit', 'Mentor a student']);
  });
});
