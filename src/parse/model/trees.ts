/**
 * Gradient-boosted decision trees for a yes/no question (logistic loss), for where evidence only
 * counts together: a short line is article text inside a list between paragraphs and furniture
 * in a menu, which no single weight can say. Each tree is a flat list of nodes: `[feature,
 * threshold, left, right]` splits (`x[feature] <= threshold` goes left), `[value]` leaves.
 */
export interface TreeModel {
  features: string[]
  base: number
  trees: number[][][]
}

export function treeProbability(model: TreeModel, x: ArrayLike<number>): number {
  const { feature, threshold, left, right, roots } = compiled(model)
  let z = model.base
  for (const root of roots) {
    let node = root
    while (feature[node] !== -1) node = (x[feature[node] as number] as number) <= (threshold[node] as number) ? (left[node] as number) : (right[node] as number)
    z += threshold[node] as number
  }
  return 1 / (1 + Math.exp(-z))
}

/** The trees as flat typed arrays, built once a model: every line of every page walks them. */
interface CompiledTrees {
  /** The feature a node splits on, -1 for a leaf. */
  feature: Int32Array
  /** A split's threshold; a leaf's value. */
  threshold: Float64Array
  left: Int32Array
  right: Int32Array
  roots: Int32Array
}

const compiledTrees = new WeakMap<TreeModel, CompiledTrees>()

function compiled(model: TreeModel): CompiledTrees {
  let c = compiledTrees.get(model)
  if (c !== undefined) return c
  const size = model.trees.reduce((n, t) => n + t.length, 0)
  c = { feature: new Int32Array(size), threshold: new Float64Array(size), left: new Int32Array(size), right: new Int32Array(size), roots: new Int32Array(model.trees.length) }
  let at = 0
  model.trees.forEach((tree, t) => {
    const base = at
    ;(c as CompiledTrees).roots[t] = base
    for (const node of tree) {
      const leaf = node.length !== 4
      c.feature[at] = leaf ? -1 : (node[0] as number)
      c.threshold[at] = leaf ? (node[0] as number) : (node[1] as number)
      c.left[at] = leaf ? 0 : base + (node[2] as number)
      c.right[at] = leaf ? 0 : base + (node[3] as number)
      at++
    }
  })
  compiledTrees.set(model, c)
  return c
}

export interface TreeOptions {
  trees?: number
  depth?: number
  rate?: number
  /** L2 penalty on leaf values, and the least hessian a leaf may hold. */
  lambda?: number
  minLeaf?: number
  /** Most distinct thresholds tried a feature. */
  bins?: number
  /** Each row's weight in the loss (1 each by default). */
  weights?: readonly number[]
}

/** Deterministic: thresholds are quantiles of the data, ties broken by feature and bin order. */
export function fitTrees(names: readonly string[], rows: readonly ArrayLike<number>[], labels: readonly number[], opts: TreeOptions = {}): TreeModel {
  const { trees: count = 60, depth = 3, rate = 0.2, lambda = 1, minLeaf = 50, bins = 32, weights } = opts
  const n = rows.length
  const d = names.length
  const thresholds = names.map((_, j) => cutPoints(rows.map((r) => r[j] as number), bins))
  const binned = new Uint8Array(n * d)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) binned[i * d + j] = binOf(thresholds[j] as number[], rows[i]?.[j] as number)
  }
  const positives = labels.reduce((s, y) => s + y, 0)
  const base = Math.log(Math.max(positives, 1) / Math.max(n - positives, 1))
  const score = new Float64Array(n).fill(base)
  const g = new Float64Array(n)
  const h = new Float64Array(n)
  const out: number[][][] = []
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(score[i] as number)))
      const w = weights === undefined ? 1 : (weights[i] as number)
      g[i] = w * (p - (labels[i] as number))
      h[i] = w * Math.max(p * (1 - p), 1e-6)
    }
    const tree: number[][] = []
    const grow = (members: Uint32Array, level: number): number => {
      const at = tree.length
      tree.push([])
      let G = 0
      let H = 0
      for (const i of members) {
        G += g[i] as number
        H += h[i] as number
      }
      const split = level < depth ? bestSplit(members, G, H) : null
      if (split === null) {
        const value = Math.round((-rate * G) / (H + lambda) * 1e6) / 1e6
        for (const i of members) score[i] = (score[i] as number) + value
        tree[at] = [value]
        return at
      }
      const left = members.filter((i) => (binned[i * d + split.feature] as number) <= split.bin)
      const right = members.filter((i) => (binned[i * d + split.feature] as number) > split.bin)
      const node = [split.feature, (thresholds[split.feature] as number[])[split.bin] as number, 0, 0]
      tree[at] = node
      node[2] = grow(left, level + 1)
      node[3] = grow(right, level + 1)
      return at
    }
    const bestSplit = (members: Uint32Array, G: number, H: number): { feature: number; bin: number } | null => {
      let best: { feature: number; bin: number; gain: number } | null = null
      const parent = (G * G) / (H + lambda)
      for (let j = 0; j < d; j++) {
        const cuts = (thresholds[j] as number[]).length
        if (cuts === 0) continue
        const hg = new Float64Array(cuts + 1)
        const hh = new Float64Array(cuts + 1)
        for (const i of members) {
          const b = binned[i * d + j] as number
          hg[b] = (hg[b] as number) + (g[i] as number)
          hh[b] = (hh[b] as number) + (h[i] as number)
        }
        let GL = 0
        let HL = 0
        for (let b = 0; b < cuts; b++) {
          GL += hg[b] as number
          HL += hh[b] as number
          const GR = G - GL
          const HR = H - HL
          if (HL < minLeaf || HR < minLeaf) continue
          const gain = (GL * GL) / (HL + lambda) + (GR * GR) / (HR + lambda) - parent
          if (gain > 1e-9 && (best === null || gain > best.gain)) best = { feature: j, bin: b, gain }
        }
      }
      return best
    }
    grow(Uint32Array.from({ length: n }, (_, i) => i), 0)
    out.push(tree)
  }
  return { features: [...names], base: Math.round(base * 1e6) / 1e6, trees: out }
}

/** Up to `bins` thresholds: midpoints between distinct values at evenly spaced quantiles. */
function cutPoints(values: number[], bins: number): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b)
  if (sorted.length <= 1) return []
  const picks = sorted.length - 1 <= bins ? sorted.slice(0, -1).map((_, k) => k) : Array.from({ length: bins }, (_, k) => Math.floor(((k + 1) * (sorted.length - 1)) / (bins + 1)))
  const out = [...new Set(picks)].map((k) => Math.round((((sorted[k] as number) + (sorted[k + 1] as number)) / 2) * 1e6) / 1e6)
  return [...new Set(out)]
}

/** How many thresholds lie below x: x <= thresholds[b] for the bin b returned. */
function binOf(thresholds: readonly number[], x: number): number {
  let lo = 0
  let hi = thresholds.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((thresholds[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
