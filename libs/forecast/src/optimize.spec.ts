import { minimize } from './optimize';

describe('Nelder–Mead', () => {
  it('finds the minimum of a quadratic bowl', () => {
    const { x } = minimize(([a, b]) => (a - 3) ** 2 + 2 * (b + 1) ** 2, [0, 0]);
    expect(x[0]).toBeCloseTo(3, 5);
    expect(x[1]).toBeCloseTo(-1, 5);
  });

  it("finds Rosenbrock's banana minimum at (1, 1)", () => {
    const { x } = minimize(([a, b]) => 100 * (b - a * a) ** 2 + (1 - a) ** 2, [-1.2, 1], { maxIterations: 5000 });
    expect(x[0]).toBeCloseTo(1, 3);
    expect(x[1]).toBeCloseTo(1, 3);
  });

  it('treats an infinite or NaN value as the worst possible', () => {
    const { x } = minimize(([a]) => (a < 0 ? Number.NaN : (a - 2) ** 2), [1]);
    expect(x[0]).toBeCloseTo(2, 4);
  });
});
