import { expect } from '@open-wc/testing';
import { PALETTE, quantileScale } from './classes.js';

// Every expected value below is worked out by hand from the input: the k-th of n class
// limits is the value at rank ceil(k / n * count) in the sorted input (1-based).
const [C1, C2, C3, C4, C5] = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

describe('quantileScale', () => {
  it('uses the five-step YlGnBu palette', () => {
    expect([...PALETTE]).to.deep.equal([C1, C2, C3, C4, C5]);
  });

  it('splits 1..10 into five classes of two values each', () => {
    // ranks ceil(2), ceil(4), ceil(6), ceil(8), ceil(10): the 2nd, 4th, ... values
    const s = quantileScale([7, 3, 10, 1, 5, 9, 2, 8, 4, 6]);
    expect(s.limits).to.deep.equal([2, 4, 6, 8, 10]);
    expect(s.min).to.equal(1);
    expect([...s.colors]).to.deep.equal([C1, C2, C3, C4, C5]);
  });

  it('puts a value at a limit in the class the limit ends, and just above it in the next', () => {
    const s = quantileScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const cases: [number, number][] = [
      [1, 0],
      [2, 0],
      [2.001, 1],
      [3, 1],
      [4, 1],
      [4.5, 2],
      [6, 2],
      [6.01, 3],
      [8, 3],
      [8.5, 4],
      [10, 4],
    ];
    for (const [value, cls] of cases) expect(s.classOf(value), `classOf(${value})`).to.equal(cls);
    // below the minimum: still the first class
    expect(s.classOf(0)).to.equal(0);
    expect(s.classOf(-5)).to.equal(0);
  });

  it('counts per class add up, with classes as equal as the count allows (12 values, 5 classes)', () => {
    // ranks ceil(2.4)=3, ceil(4.8)=5, ceil(7.2)=8, ceil(9.6)=10, 12
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];
    const s = quantileScale(values);
    expect(s.limits).to.deep.equal([30, 50, 80, 100, 120]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[s.classOf(v)]++;
    expect(counts).to.deep.equal([3, 2, 3, 2, 2]);
  });

  it('takes another number of classes', () => {
    // six values in three classes: the 2nd, 4th and 6th
    const s = quantileScale([1, 2, 3, 4, 5, 6], 3);
    expect(s.limits).to.deep.equal([2, 4, 6]);
    // three classes spread over the palette: its first, middle and last colour
    expect([...s.colors]).to.deep.equal([C1, C3, C5]);
  });

  it('with fewer unique values than classes, makes one class per value', () => {
    const two = quantileScale([3, 7, 3, 7, 3]);
    expect(two.limits).to.deep.equal([3, 7]);
    expect(two.min).to.equal(3);
    expect([...two.colors]).to.deep.equal([C1, C5]);
    expect(two.classOf(3)).to.equal(0);
    expect(two.classOf(5)).to.equal(1);
    expect(two.classOf(7)).to.equal(1);

    const three = quantileScale([1, 2, 3]);
    expect(three.limits).to.deep.equal([1, 2, 3]);
    expect([...three.colors]).to.deep.equal([C1, C3, C5]);

    const one = quantileScale([5, 5, 5]);
    expect(one.limits).to.deep.equal([5]);
    expect(one.min).to.equal(5);
    expect([...one.colors]).to.deep.equal([C1]);
    expect(one.classOf(5)).to.equal(0);
  });

  it('merges classes whose limits coincide (many equal values)', () => {
    // sorted 1,1,1,1,1,1,2,3,4,5: the 2nd, 4th, 6th, 8th, 10th values are 1, 1, 1, 3, 5
    const s = quantileScale([5, 1, 4, 1, 3, 1, 2, 1, 1, 1]);
    expect(s.limits).to.deep.equal([1, 3, 5]);
    expect([...s.colors]).to.deep.equal([C1, C3, C5]);
    expect(s.classOf(1)).to.equal(0);
    expect(s.classOf(2)).to.equal(1);
    expect(s.classOf(4)).to.equal(2);
  });

  it('handles negative and fractional values', () => {
    const s = quantileScale([-2.5, -1, 0, 0.5, 1.5]);
    expect(s.limits).to.deep.equal([-2.5, -1, 0, 0.5, 1.5]);
    expect(s.min).to.equal(-2.5);
    expect(s.classOf(-1.5)).to.equal(1);
    expect(s.classOf(0.25)).to.equal(3);
  });

  it('leaves its input alone', () => {
    const values = [3, 1, 2];
    quantileScale(values);
    expect(values).to.deep.equal([3, 1, 2]);
  });

  it('with no values: no classes, minimum 0', () => {
    const s = quantileScale([]);
    expect(s.limits).to.deep.equal([]);
    expect([...s.colors]).to.deep.equal([]);
    expect(s.min).to.equal(0);
    expect(s.classOf(1)).to.equal(0);
  });
});
