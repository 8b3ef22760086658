import type { LogisticModel } from './types.js'

/** The model's probability for one feature vector (same order as `model.features`). */
export function probability(model: LogisticModel, x: ArrayLike<number>): number {
  return 1 / (1 + Math.exp(-score(model, x)))
}

/** The linear score under the probability: what a choice among candidates compares. */
export function score(model: LogisticModel, x: ArrayLike<number>): number {
  let z = model.bias
  const w = model.weights
  for (let j = 0; j < w.length; j++) z += (w[j] as number) * (x[j] as number)
  return z
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias): keeps rare features from taking extreme values. */
  l2?: number
  /** Newton steps; logistic regression converges in well under ten on these data. */
  iterations?: number
}

/**
 * Logistic regression by Newton's method (iteratively reweighted least squares). Chosen over
 * gradient descent because it needs no learning rate or random start: the same rows always give
 * the same weights, which lets a test check that the committed weights are the current fit.
 */
export function fitLogistic(names: readonly string[], rows: readonly ArrayLike<number>[], labels: readonly number[], opts: FitOptions = {}): LogisticModel {
  const d = names.length + 1 // the bias is the last coordinate
  const l2 = opts.l2 ?? 1
  const iterations = opts.iterations ?? 8
  const beta = new Float64Array(d)
  const grad = new Float64Array(d)
  const hess = new Float64Array(d * d)
  const x = new Float64Array(d)
  for (let it = 0; it < iterations; it++) {
    grad.fill(0)
    hess.fill(0)
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as ArrayLike<number>
      for (let j = 0; j < d - 1; j++) x[j] = row[j] as number
      x[d - 1] = 1
      let z = 0
      for (let j = 0; j < d; j++) z += (beta[j] as number) * (x[j] as number)
      const p = 1 / (1 + Math.exp(-z))
      const g = p - (labels[r] as number)
      const h = Math.max(p * (1 - p), 1e-9)
      for (let j = 0; j < d; j++) {
        const xj = x[j] as number
        if (xj === 0) continue
        grad[j] = (grad[j] as number) + g * xj
        const hx = h * xj
        for (let k = 0; k <= j; k++) hess[j * d + k] = (hess[j * d + k] as number) + hx * (x[k] as number)
      }
    }
    for (let j = 0; j < d - 1; j++) {
      grad[j] = (grad[j] as number) + l2 * (beta[j] as number)
      hess[j * d + j] = (hess[j * d + j] as number) + l2
    }
    hess[(d - 1) * d + (d - 1)] = (hess[(d - 1) * d + (d - 1)] as number) + 1e-6
    for (let j = 0; j < d; j++) for (let k = j + 1; k < d; k++) hess[j * d + k] = hess[k * d + j] as number
    const step = solve(hess, grad, d)
    for (let j = 0; j < d; j++) beta[j] = (beta[j] as number) - (step[j] as number)
  }
  const round = (v: number): number => Math.round(v * 1e6) / 1e6
  return { features: [...names], weights: [...beta.slice(0, d - 1)].map(round), bias: round(beta[d - 1] as number) }
}

/** Solves A x = b for a symmetric positive definite A (Cholesky); A and b are left as they were. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j] as number
      for (let k = 0; k < j; k++) s -= (l[i * n + k] as number) * (l[j * n + k] as number)
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / (l[j * n + j] as number)
    }
  }
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let s = b[i] as number
    for (let k = 0; k < i; k++) s -= (l[i * n + k] as number) * (y[k] as number)
    y[i] = s / (l[i * n + i] as number)
  }
  const out = new Float64Array(n)
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] as number
    for (let k = i + 1; k < n; k++) s -= (l[k * n + i] as number) * (out[k] as number)
    out[i] = s / (l[i * n + i] as number)
  }
  return out
}

/** One choice among candidates: each candidate's features, and which candidates are right. */
export interface Choice {
  rows: readonly ArrayLike<number>[]
  labels: readonly number[]
}

/**
 * Conditional logit: weights under which the right candidate of each choice outscores the others
 * (a softmax over the page's candidates), rather than each candidate judged alone. Suited to
 * picking one title among a page's lines. Choices with no right candidate teach nothing and are
 * skipped; with several right ones, any of them counts. Newton's method as fitLogistic; the
 * returned bias is 0 (a constant cannot change which candidate wins).
 */
export function fitChoice(names: readonly string[], choices: readonly Choice[], opts: FitOptions = {}): LogisticModel {
  const d = names.length
  const l2 = opts.l2 ?? 1
  const useful = choices.filter((c) => c.labels.some((y) => y > 0))
  let beta = new Float64Array(d)
  let loss = choiceLoss(beta, useful, l2)
  for (let it = 0; it < (opts.iterations ?? 10); it++) {
    const grad = new Float64Array(d)
    const hess = new Float64Array(d * d)
    for (const { rows, labels } of useful) {
      const p = softmax(beta, rows)
      // The right candidates' share of the probability, spread over them as the target.
      const right = p.reduce((a, v, i) => a + (labels[i] ? v : 0), 0)
      const count = labels.filter((y) => y > 0).length
      const q = p.map((v, i) => (labels[i] ? (right > 0 ? v / right : 1 / count) : 0))
      const mean = new Float64Array(d)
      rows.forEach((x, i) => {
        for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (p[i] as number) * (x[j] as number)
      })
      rows.forEach((x, i) => {
        const pi = p[i] as number
        const g = pi - (q[i] as number)
        for (let j = 0; j < d; j++) {
          const xj = (x[j] as number) - (mean[j] as number)
          grad[j] = (grad[j] as number) + g * (x[j] as number)
          for (let k = 0; k <= j; k++) hess[j * d + k] = (hess[j * d + k] as number) + pi * xj * ((x[k] as number) - (mean[k] as number))
        }
      })
    }
    for (let j = 0; j < d; j++) {
      grad[j] = (grad[j] as number) + l2 * (beta[j] as number)
      hess[j * d + j] = (hess[j * d + j] as number) + l2
      for (let k = j + 1; k < d; k++) hess[j * d + k] = hess[k * d + j] as number
    }
    const step = solve(hess, grad, d)
    // Halve the step until the loss falls: the Hessian used is the softmax's over every
    // candidate, an approximation when several candidates are right.
    for (let scale = 1; scale > 1e-4; scale /= 2) {
      const next = beta.map((b, j) => b - scale * (step[j] as number))
      const nextLoss = choiceLoss(next, useful, l2)
      if (nextLoss < loss) {
        beta = next
        loss = nextLoss
        break
      }
    }
  }
  return { features: [...names], weights: [...beta].map((v) => Math.round(v * 1e6) / 1e6), bias: 0 }
}

function softmax(beta: Float64Array, rows: readonly ArrayLike<number>[]): number[] {
  const z = rows.map((x) => {
    let s = 0
    for (let j = 0; j < beta.length; j++) s += (beta[j] as number) * (x[j] as number)
    return s
  })
  const max = Math.max(...z)
  const e = z.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}

/** The negative log of the right candidates' share, summed over choices, plus the L2 penalty. */
function choiceLoss(beta: Float64Array, choices: readonly Choice[], l2: number): number {
  let loss = 0
  for (const { rows, labels } of choices) {
    const p = softmax(beta, rows)
    loss -= Math.log(Math.max(1e-300, p.reduce((a, v, i) => a + (labels[i] ? v : 0), 0)))
  }
  for (const b of beta) loss += 0.5 * l2 * b * b
  return loss
}
