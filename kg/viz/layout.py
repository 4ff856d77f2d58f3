"""A fast force-directed layout for big pictures, in numpy.

vis-network lays a graph out in the browser, which is fine for a few
hundred nodes but takes tens of seconds for thousands.  For big views
the page gets positions from :func:`spread_layout` instead and draws at
once with physics off.

It is Fruchterman–Reingold with the repulsion approximated on a grid:
a node is pushed by the centre of mass of every other occupied cell and,
exactly, by the nodes of its own cell.  Each step costs
O(nodes × cells + edges); 5,000 nodes take about a second.

>>> pos = spread_layout(["a", "b", "c"], [("a", "b"), ("b", "c")], iterations=20)
>>> sorted(pos) == ["a", "b", "c"] and all(len(p) == 2 for p in pos.values())
True
"""
from __future__ import annotations

from typing import Hashable, Iterable, Sequence


def spread_layout(ids: Sequence[Hashable], edges: Iterable[tuple[Hashable, Hashable]], *,
                  iterations: int = 60, seed: int = 7, grid: int = 0,
                  scale: float = 1.0) -> dict[Hashable, tuple[float, float]]:
    """Positions for ``ids``; edges between unknown ids are ignored.

    ``scale`` is the ideal edge length of the result (e.g. pixels).
    """
    import numpy as np

    n = len(ids)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(ids)}
    pairs = [(index[a], index[b]) for a, b in edges if a in index and b in index and a != b]
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    rng = np.random.default_rng(seed)
    side = float(np.sqrt(n))
    pos = rng.uniform(-side, side, (n, 2))  # ideal distance k = 1 in these units
    grid = grid or int(min(20, max(4, np.sqrt(n) / 3)))
    temp = side / 4
    gravity = 2.0 / side
    for step in range(iterations):
        disp = np.zeros_like(pos)
        # --- repulsion from other cells' centres of mass
        lo = pos.min(axis=0)
        span = np.maximum(pos.max(axis=0) - lo, 1e-9)
        cell = np.minimum(((pos - lo) / span * grid).astype(np.int64), grid - 1)
        cid = cell[:, 0] * grid + cell[:, 1]
        mass = np.bincount(cid, minlength=grid * grid).astype(float)
        sx = np.bincount(cid, weights=pos[:, 0], minlength=grid * grid)
        sy = np.bincount(cid, weights=pos[:, 1], minlength=grid * grid)
        occ = np.nonzero(mass)[0]
        m = mass[occ]
        com = np.stack([sx[occ], sy[occ]], axis=1) / m[:, None]
        for a in range(0, n, 1024):
            p = pos[a:a + 1024]
            d = p[:, None, :] - com[None, :, :]
            d2 = np.maximum((d * d).sum(axis=2), 1e-4)
            w = m[None, :] / d2
            w[cid[a:a + 1024, None] == occ[None, :]] = 0.0  # own cell: exact below
            disp[a:a + 1024] += (d * w[:, :, None]).sum(axis=1)
        # --- exact repulsion inside each cell
        order = np.argsort(cid, kind="stable")
        sorted_cid = cid[order]
        for off in range(1, min(int(mass.max()), 64)):
            same = sorted_cid[off:] == sorted_cid[:-off]
            if not same.any():
                break
            i, j = order[off:][same], order[:-off][same]
            d = pos[i] - pos[j]
            d2 = np.maximum((d * d).sum(axis=1), 1e-4)
            f = d / d2[:, None]
            disp += _scatter(i, f, n) - _scatter(j, f, n)
        # --- attraction along edges (d^2 / k) and a weak pull to the centre
        if len(src):
            d = pos[src] - pos[dst]
            dist = np.sqrt((d * d).sum(axis=1)) + 1e-9
            f = d * dist[:, None]
            disp += _scatter(dst, f, n) - _scatter(src, f, n)
        disp -= gravity * pos * np.sqrt((pos * pos).sum(axis=1))[:, None] / side
        # --- move, at most the temperature
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp = max(temp * 0.93, 0.05)
    pos -= np.median(pos, axis=0)
    radius = np.sqrt((pos * pos).sum(axis=1))
    limit = 1.2 * float(np.quantile(radius, 0.98)) + 1.0  # stray nodes (flung out early) come back to the rim
    far = radius > limit
    pos[far] *= (limit / radius[far])[:, None]
    return {v: (float(pos[i, 0] * scale), float(pos[i, 1] * scale)) for i, v in enumerate(ids)}


def _scatter(index, values, n):
    """Sum the rows of ``values`` into ``n`` rows by ``index`` (a fast ``np.add.at``)."""
    import numpy as np

    return np.stack([np.bincount(index, weights=values[:, 0], minlength=n),
                     np.bincount(index, weights=values[:, 1], minlength=n)], axis=1)
