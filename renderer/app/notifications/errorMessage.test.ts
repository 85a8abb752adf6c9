import { describe, expect, it } from 'vitest';
import { RecordGoneError } from '../../db/recordGone';
import { errorMessageKey } from './errorMessage';

describe('errorMessageKey', () => {
  it('tells a record deleted meanwhile in the user’s words, without the id', () => {
    const error = new RecordGoneError('staff', 'a963cb40-0000-4000-8000-000000000000');
    const { key, detail } = errorMessageKey(error);
    expect(key).toBe('error.recordGone');
    expect(detail).toBe('');
  });

  it('keeps the generic message, with its detail, for any other error', () => {
    expect(errorMessageKey(new Error('boom'))).toEqual({ key: 'error.generic', detail: 'boom' });
  });
});
