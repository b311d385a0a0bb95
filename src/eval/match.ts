/**
 * One-to-one matching of gold items to output items: a maximum bipartite
 * matching by augmenting paths (Kuhn's algorithm). The lists are a few dozen
 * items at most, so the O(V·E) bound is nothing; unlike a greedy pass it never
 * under-counts when one output item could match several gold items.
 */

/** A matched pair: indexes into the gold and the output list. */
export interface MatchedPair {
  gold: number;
  output: number;
}

export interface Matching {
  pairs: MatchedPair[];
  /** Gold indexes left unmatched (misses), ascending. */
  unmatchedGold: number[];
  /** Output indexes left unmatched (extras), ascending. */
  unmatchedOutput: number[];
}

function candidatesOf<G, O>(gold: readonly G[], output: readonly O[], matches: (g: G, o: O) => boolean): number[][] {
  return gold.map((g) => output.flatMap((o, j) => (matches(g, o) ? [j] : [])));
}

/**
 * Gold items are taken in order and each tries its candidates in output order,
 * so that among equally good matchings the one pairing items in document order
 * is found.
 */
export function matchOneToOne<G, O>(
  gold: readonly G[],
  output: readonly O[],
  matches: (g: G, o: O) => boolean,
): Matching {
  const candidates = candidatesOf(gold, output, matches);
  const goldOfOutput: number[] = new Array<number>(output.length).fill(-1);

  const augment = (g: number, visited: boolean[]): boolean => {
    for (const o of candidates[g]) {
      if (visited[o]) continue;
      visited[o] = true;
      if (goldOfOutput[o] < 0 || augment(goldOfOutput[o], visited)) {
        goldOfOutput[o] = g;
        return true;
      }
    }
    return false;
  };

  for (let g = 0; g < gold.length; g++) {
    augment(g, new Array<boolean>(output.length).fill(false));
  }

  const outputOfGold: number[] = new Array<number>(gold.length).fill(-1);
  goldOfOutput.forEach((g, o) => {
    if (g >= 0) outputOfGold[g] = o;
  });
  return {
    pairs: outputOfGold.flatMap((o, g) => (o >= 0 ? [{ gold: g, output: o }] : [])),
    unmatchedGold: outputOfGold.flatMap((o, g) => (o < 0 ? [g] : [])),
    unmatchedOutput: goldOfOutput.flatMap((g, o) => (g < 0 ? [o] : [])),
  };
}
