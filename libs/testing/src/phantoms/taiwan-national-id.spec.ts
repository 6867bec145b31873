import { SeededRandom } from './seeded-random';
import { isTaiwanNationalId, taiwanNationalId } from './taiwan-national-id';

describe('Taiwan national identification numbers', () => {
  it('accepts the well-known valid example and refuses a wrong check digit', () => {
    expect(isTaiwanNationalId('A123456789')).toBe(true);
    expect(isTaiwanNationalId('A123456788')).toBe(false);
    expect(isTaiwanNationalId('A323456789')).toBe(false);
  });

  it('generates valid numbers whose sex digit matches', () => {
    const random = new SeededRandom('national-id');
    for (let i = 0; i < 200; i += 1) {
      const sex = i % 2 === 0 ? 'M' : 'F';
      const id = taiwanNationalId(random, sex);
      expect(isTaiwanNationalId(id)).toBe(true);
      expect(id.charAt(1)).toBe(sex === 'M' ? '1' : '2');
    }
  });
});
