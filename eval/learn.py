#!/usr/bin/env python3
"""A pair score fitted on labelled pairs (issue 11, hundred-and-sixth round).

Reads the rows of tools/pairs (`make pairs`: one row per pair of posts the
grouping compared, its features, what the rules made of it, the gold label)
and fits a logistic regression with an L2 penalty by plain (full-batch,
momentum) gradient descent, with leave-days-out cross-validation: the days
are dealt into 5 folds (each language dealt on its own, in name order), and
each fold's pairs are scored by weights fitted on the other four folds'
days. On the pooled held-out scores it reports, beside each of the current
decisions (an edge that weighs, any edge, an edge or a weak link, one group
at the end), the learned score's recall at the decision's precision and its
precision at the decision's recall, and the precision-recall points around
them; the same per language and per fold. Standard library only.

    python3 eval/learn.py build/pairs.tsv [--model plain|rules] [--weights FILE]

--model plain (default) fits on the pair's own features; rules adds the
rules' verdicts (skipped, refused, weak, thin, edge and its weight) as
features. --weights FILE writes, per fold, the held-out days, the feature
means and scales, the weights and the threshold of the current edge's
precision on the fitting days (for tools/pairs -w, the pipeline trial).
"""
import argparse
import csv
import math
import multiprocessing
import operator
import sys
from itertools import repeat

PLAIN = [
    "same_lang", "minutes", "cos", "halves", "toll", "hub", "need", "titles", "n_shared",
    "n_name", "n_word", "n_shingle", "n_country", "n_region", "n_facility", "n_alias",
    "n_figure", "n_org", "n_person", "n_other_name", "name_tt", "name_tb", "name_bb",
    "word_tt", "word_tb", "word_bb", "min_df", "idf_sum", "name_idf_sum", "keys_min", "keys_max",
    "halves_over_need",
]
RULES = ["v_skipped", "v_refused", "cur_weak", "cur_thin_edge", "cur_edge_w", "cur_w"]
LOG = {"minutes", "halves", "toll", "hub", "n_shared", "n_name", "n_word", "n_shingle",
       "name_tt", "name_tb", "name_bb", "word_tt", "word_tb", "word_bb", "min_df", "idf_sum",
       "name_idf_sum", "keys_min", "keys_max"}

DECISIONS = [
    ("an edge that weighs (current)", lambda r: r["cur_edge"] == "2"),
    ("any edge (thin too)", lambda r: r["cur_edge"] != "0"),
    ("an edge or a weak link", lambda r: r["cur_edge"] != "0" or r["cur_weak"] == "1"),
    ("one group at the end", lambda r: r["cur_group"] == "1"),
]


def features(r):
    f = {k: float(r[k]) for k in PLAIN}
    f["v_skipped"] = float(r["cur_verdict"] in ("1", "2"))
    f["v_refused"] = float(r["cur_verdict"] == "5")
    f["cur_weak"] = float(r["cur_weak"])
    f["cur_thin_edge"] = float(r["cur_edge"] == "1")
    f["cur_edge_w"] = float(r["cur_edge"] == "2")
    f["cur_w"] = float(r["cur_w"])
    for k in LOG:
        f[k] = math.log1p(max(f[k], 0.0))
    return f


def folds_of(rows, k=5):
    """Day -> fold: each language's days in name order, dealt round."""
    by_lang = {}
    for r in rows:
        by_lang.setdefault(r["lang"][:2], set()).add(r["day"])
    fold = {}
    for lang in sorted(by_lang):
        for i, d in enumerate(sorted(by_lang[lang])):
            fold[d] = i % k
    return fold


def standardise(xs):
    n, m = len(xs), len(xs[0])
    mean = [sum(x[j] for x in xs) / n for j in range(m)]
    sd = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x in xs) / n) or 1.0 for j in range(m)]
    return mean, sd


def scaled(xs, mean, sd):
    return [[(x[j] - mean[j]) / sd[j] for j in range(len(x))] + [1.0] for x in xs]


def fit(xs, ys, l2=1e-3, iters=200, lr=0.5, mom=0.9):
    """Logistic regression, L2 on the weights (not the bias), full-batch
    gradient descent with heavy-ball momentum on standardised features
    (the last column is the bias's 1). Column-wise sums, for speed."""
    m = len(xs[0])
    cols = [[x[j] for x in xs] for j in range(m)]
    w = [0.0] * m
    v = [0.0] * m
    n = float(len(xs))
    for _ in range(iters):
        z = [0.0] * len(xs)
        for j in range(m):
            if w[j]:
                z = list(map(operator.add, z, map(operator.mul, cols[j], repeat(w[j]))))
        d = [(1.0 / (1.0 + math.exp(-t)) if t > -30 else 0.0) - y for t, y in zip(z, ys)]
        g = [sum(map(operator.mul, d, cols[j])) / n + (l2 * w[j] if j < m - 1 else 0.0)
             for j in range(m)]
        v = [mom * vj - lr * gj for vj, gj in zip(v, g)]
        w = [wj + vj for wj, vj in zip(w, v)]
    return w


def loss(w, xs, ys):
    s = 0.0
    for x, y in zip(xs, ys):
        z = score(w, x)
        s += math.log1p(math.exp(-abs(z))) + max(z, 0.0) - y * z
    return s / len(xs)


def score(w, x):
    return sum(a * b for a, b in zip(w, x))


def curve(scores, ys):
    """(threshold, precision, recall) at each distinct score, high to low."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    pos = sum(ys)
    tp = fp = 0
    out = []
    for k, i in enumerate(order):
        tp += ys[i]
        fp += 1 - ys[i]
        if k + 1 == len(order) or scores[order[k + 1]] != scores[i]:
            out.append((scores[i], tp / (tp + fp), tp / pos if pos else 0.0))
    return out


def recall_at(cv, prec):
    best = None
    for t, p, r in cv:
        if p >= prec and (best is None or r > best[2]):
            best = (t, p, r)
    return best


def precision_at(cv, rec):
    for t, p, r in cv:
        if r >= rec:
            return (t, p, r)
    return cv[-1]


def pr(pred, ys):
    tp = sum(1 for a, y in zip(pred, ys) if a and y)
    fp = sum(1 for a, y in zip(pred, ys) if a and not y)
    pos = sum(ys)
    return (tp / (tp + fp) if tp + fp else 1.0, tp / pos if pos else 0.0, tp, fp)


def around(cv, prec, rec):
    """Points of the curve around (prec, rec): recall within 0.06."""
    pts = [(p, r) for _, p, r in cv if abs(r - rec) <= 0.06]
    step = max(1, len(pts) // 6)
    return pts[::step]


def report(rows, scores, title):
    ys = [int(r["gold"]) for r in rows]
    cv = curve(scores, ys)
    print(f"\n{title}: {len(rows)} pairs, {sum(ys)} of one story")
    for name, dec in DECISIONS:
        cp, cr, tp, fp = pr([dec(r) for r in rows], ys)
        at = recall_at(cv, cp)
        pa = precision_at(cv, cr)
        lr = f"{at[2]:.3f} (P {at[1]:.3f})" if at else "none"
        print(f"  {name:32s} P {cp:.3f} R {cr:.3f} (tp {tp}, fp {fp}) | learned: R at that P "
              f"{lr}, P at that R {pa[1]:.3f}")
    cp, cr, _, _ = pr([DECISIONS[0][1](r) for r in rows], ys)
    print("  learned curve around the current edge (P, R): " +
          ", ".join(f"({p:.3f}, {r:.3f})" for p, r in around(cv, cp, cr)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tsv")
    ap.add_argument("--model", choices=["plain", "rules"], default="plain")
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--weights")
    a = ap.parse_args()
    with open(a.tsv, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    names = PLAIN + (RULES if a.model == "rules" else [])
    feats = [features(r) for r in rows]
    X = [[f[k] for k in names] for f in feats]
    Y = [int(r["gold"]) for r in rows]
    fold = folds_of(rows)
    held = [0.0] * len(rows)
    wout = open(a.weights, "w") if a.weights else None
    weights = []
    jobs = []
    for k in range(5):
        tr = [i for i, r in enumerate(rows) if fold[r["day"]] != k]
        mean, sd = standardise([X[i] for i in tr])
        jobs.append((scaled([X[i] for i in tr], mean, sd), [Y[i] for i in tr], a.l2, a.iters))
    with multiprocessing.Pool(2) as pool:  # the machine's two cores, one fold each
        fitted = pool.starmap(fit, jobs)
    for k in range(5):
        tr = [i for i, r in enumerate(rows) if fold[r["day"]] != k]
        te = [i for i, r in enumerate(rows) if fold[r["day"]] == k]
        mean, sd = standardise([X[i] for i in tr])
        xs = jobs[k][0]
        w = fitted[k]
        weights.append(w)
        xt = scaled([X[i] for i in te], mean, sd)
        for i, x in zip(te, xt):
            held[i] = score(w, x)
        # the threshold of the current edge's precision, on the fitting days
        trs = [score(w, x) for x in xs]
        cp, _, _, _ = pr([DECISIONS[0][1](rows[i]) for i in tr], [Y[i] for i in tr])
        at = recall_at(curve(trs, [Y[i] for i in tr]), cp)
        days = sorted({rows[i]["day"] for i in te})
        print(f"fold {k}: {len(days)} held-out days, {len(te)} pairs; fitted on {len(tr)} pairs; "
              f"threshold at the current edge's fitting precision {at[0]:.3f} "
              f"(fitting R {at[2]:.3f})", file=sys.stderr)
        if wout:
            wout.write(f"fold {k} threshold {at[0]:.6f}\n")
            wout.write("days " + " ".join(days) + "\n")
            wout.write("names " + " ".join(names) + "\n")
            wout.write("log " + " ".join("1" if n in LOG else "0" for n in names) + "\n")
            wout.write("mean " + " ".join(f"{v:.9g}" for v in mean) + "\n")
            wout.write("sd " + " ".join(f"{v:.9g}" for v in sd) + "\n")
            wout.write("w " + " ".join(f"{v:.9g}" for v in w) + "\n")
    if wout:
        wout.close()
    print(f"model {a.model}: {len(names)} features, L2 {a.l2}, {a.iters} iterations; "
          f"5 folds by day, every score below from weights fitted on the other folds' days")
    report(rows, held, "all held-out pairs")
    for lang in ("fr", "en"):
        idx = [i for i, r in enumerate(rows) if r["lang"].startswith(lang)]
        report([rows[i] for i in idx], [held[i] for i in idx], f"held-out, {lang}")
    print("\nper fold (held-out): current edge P/R, learned R at that P")
    for k in range(5):
        idx = [i for i, r in enumerate(rows) if fold[r["day"]] == k]
        ys = [Y[i] for i in idx]
        cp, cr, _, _ = pr([DECISIONS[0][1](rows[i]) for i in idx], ys)
        at = recall_at(curve([held[i] for i in idx], ys), cp)
        print(f"  fold {k}: current P {cp:.3f} R {cr:.3f}; learned R {at[2]:.3f} (P {at[1]:.3f})")
    # mean weights over the folds, in standard units
    print("\nweights (mean of the 5 folds, per standard deviation of the feature):")
    mw = [sum(w[j] for w in weights) / 5 for j in range(len(names) + 1)]
    for n, v in sorted(zip(names + ["bias"], mw), key=lambda t: -abs(t[1])):
        print(f"  {n:18s} {v:+.3f}")


if __name__ == "__main__":
    main()
