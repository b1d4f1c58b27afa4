import { IsInt, Max, Min, validateSync } from 'class-validator';
import { Stacked } from './stacked';

class WrittenOut {
  @IsInt()
  @Min(0)
  @Max(10)
  n: unknown = 'x';
}

class Composed {
  @Stacked(IsInt(), Min(0), Max(10))
  n: unknown = 'x';
}

describe('Stacked', () => {
  it('checks a field, and lists its errors, as the same decorators written out above it', () => {
    const [written] = validateSync(new WrittenOut());
    const [composed] = validateSync(new Composed());
    expect(Object.keys(composed.constraints ?? {})).toEqual(['max', 'min', 'isInt']);
    expect(Object.keys(composed.constraints ?? {})).toEqual(Object.keys(written.constraints ?? {}));
  });
});
