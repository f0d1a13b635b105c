/**
 * A heavy, hostile page on purpose (benchmark and reliability tests). The Azure portal animates
 * tiles, charts and notifications all day; this mutates about `nodesPerSecond` DOM nodes for
 * `seconds`, none of them form controls or header elements. With `throwEvery` the page also throws
 * uncaught errors of its own, as broken portal builds do.
 *
 * Switches: pcgReplicaChurn=<nodes per second>, pcgReplicaChurnSeconds=<s, default 10>,
 * pcgReplicaThrow=<every n frames>, pcgReplicaChurnStart=manual (start with window.__replicaStartChurn()).
 */
interface ChurnStats {
  mutatedNodes: number;
  pageErrors: number;
  running: boolean;
}

declare global {
  interface Window {
    __replicaChurn?: ChurnStats;
    __replicaStartChurn?: () => void;
  }
}

export function startChurn(
  root: HTMLElement,
  options: { nodesPerSecond: number; seconds: number; throwEvery: number },
): void {
  const board = document.createElement('section');
  board.className = 'replica-churn-board';
  board.setAttribute('aria-label', 'Dashboard');
  root.append(board);
  const tiles: HTMLElement[] = [];
  for (let index = 0; index < 200; index += 1) {
    const tile = document.createElement('div');
    tile.className = 'replica-tile';
    tile.textContent = `Resource ${index}`;
    board.append(tile);
    tiles.push(tile);
  }
  const stats: ChurnStats = { mutatedNodes: 0, pageErrors: 0, running: true };
  window.__replicaChurn = stats;
  const startedAt = performance.now();
  let carry = 0;
  let frame = 0;
  const step = (now: number) => {
    frame += 1;
    if (now - startedAt >= options.seconds * 1000) {
      stats.running = false;
      return;
    }
    carry += options.nodesPerSecond / 60;
    const count = Math.floor(carry);
    carry -= count;
    for (let index = 0; index < count; index += 1) {
      const tile = tiles[(stats.mutatedNodes + index) % tiles.length]!;
      // Alternate the kinds of churn a portal makes: text, attributes and subtree swaps.
      switch (index % 3) {
        case 0:
          tile.textContent = `Resource ${index} · ${Math.round(now)} ms`;
          break;
        case 1:
          tile.setAttribute('class', frame % 2 ? 'replica-tile is-busy' : 'replica-tile');
          break;
        default: {
          const bar = document.createElement('span');
          bar.className = 'replica-bar';
          bar.style.width = `${(index * 7) % 100}%`;
          tile.replaceChildren(bar);
        }
      }
    }
    stats.mutatedNodes += count;
    if (options.throwEvery > 0 && frame % options.throwEvery === 0) {
      stats.pageErrors += 1;
      setTimeout(() => {
        throw new Error(`replica page error ${stats.pageErrors}`);
      });
    }
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
