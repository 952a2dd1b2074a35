#!/usr/bin/env python3
"""A story-level merge score (issue 11, hundred-and-seventh round).

Reads the rows of tools/gpairs (`make gpairs`: one row per pair of final
stories of a day that share a key the grouping walks, its features, the
gold label: the two stories' majority gold stories are one) and each
post's story and gold story (gposts.tsv), fits eval/learn.py's logistic
regression with leave-days-out cross-validation (5 folds by day, each
language's days dealt on its own, in name order), and on the held-out
folds applies the merges whose score reaches a threshold (union-find over
the day's stories) and scores the grouping as tools/eval does: B-cubed
over the posts of the day's channel language, and wrong merges (pairs of
gold stories that share a group, each counted once). Against the current
grouping (no merge), per language, for a few fixed thresholds and for the
threshold each fold chose on its fitting days only (the lowest that adds
no wrong merge there, the best F1 among those). Standard library only.

    python3 eval/gmerge.py build/rel/gpairs.tsv build/rel/gposts.tsv [--per-lang]
        [--features a,b,...]

--per-lang fits one model per language (default: one for both, as
eval/learn.py). The threshold each outer fold chooses on its fitting days
is reported two ways: from the scores of its own model on those days
(in-sample, eval/learn.py's way) and from the scores of inner models that
each left one more fold out (nested). eval/README.md, the last section,
tells what came of it: no variant wins in both languages, nothing was
built into the pipeline.
"""
import argparse
import csv
import math
import multiprocessing
import os
import sys

sys.dont_write_bytecode = True  # importing learn leaves no eval/__pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import learn  # noqa: E402  (fit, standardise, scaled, folds_of, score)

FEATURES = [
    "size_min", "size_max", "same_lang", "cos_max", "cos_mean", "hon_max", "compared",
    "meet_min", "meet_max", "minutes", "edges", "edge_w_max", "thin", "weak", "linked",
    "n_shared", "idf_sum", "idf_cover", "name_idf", "name_cover", "word_idf", "word_cover",
    "n_word", "n_shingle", "n_country", "n_region", "n_facility", "n_alias", "n_figure",
    "n_org", "n_person", "n_other_name", "name_tt", "word_tt", "own_name", "own_idf",
    "apart_min", "apart_max", "apart_person",
]
LOG = {"size_min", "size_max", "minutes", "edges", "thin", "weak", "n_shared", "idf_sum",
       "name_idf", "word_idf", "n_word", "n_shingle", "n_country", "n_region", "n_facility",
       "n_alias", "n_figure", "n_org", "n_person", "n_other_name", "name_tt", "word_tt",
       "own_name", "own_idf", "apart_min", "apart_max", "apart_person"}
GRID = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99]
CHOICES = [round(0.995 - 0.005 * k, 3) for k in range(60)]  # 0.995 down to 0.70


def vec(r, names):
    out = []
    for k in names:
        v = float(r[k])
        out.append(math.log1p(max(v, 0.0)) if k in LOG else v)
    return out


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


class Day:
    """A day's posts (story, gold) and its story pairs' scores."""

    def __init__(self, name, lang):
        self.name, self.lang = name, lang
        self.story, self.gold = [], []
        self.pairs = []  # (a, b, row index)

    def score(self, merge):
        """B-cubed sums and the wrong merges after the merges of pairs
        (a, b) in merge, by union-find over the stories."""
        parent = {}

        def find(x):
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for a, b in merge:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        group = [find(s) for s in self.story]
        ng, ns, both = {}, {}, {}
        for g, s in zip(group, self.gold):
            ng[g] = ng.get(g, 0) + 1
            ns[s] = ns.get(s, 0) + 1
            both[g, s] = both.get((g, s), 0) + 1
        prec = sum(n * n / ng[g] for (g, s), n in both.items())
        rec = sum(n * n / ns[s] for (g, s), n in both.items())
        golds = {}
        for (g, s) in both:
            golds.setdefault(g, []).append(s)
        wrong = set()
        for ss in golds.values():
            ss = sorted(ss)
            for i in range(len(ss)):
                for j in range(i + 1, len(ss)):
                    wrong.add((ss[i], ss[j]))
        return prec, rec, len(self.story), len(wrong)


def load(pairs_path, posts_path):
    days = {}
    with open(posts_path, newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            d = days.setdefault(r["day"], Day(r["day"], r["lang"][:2]))
            d.story.append(int(r["story"]))
            d.gold.append(r["gold"])
    with open(pairs_path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for i, r in enumerate(rows):
        days[r["day"]].pairs.append((int(r["story_a"]), int(r["story_b"]), i))
    return days, rows


def tally(days, prob, thr):
    """Per language: [prec, rec, posts, wrong merges, merges made, right made]."""
    out = {}
    for d in days:
        merge = [(a, b) for a, b, i in d.pairs if prob[i] >= thr]
        p, r, n, w = d.score(merge)
        t = out.setdefault(d.lang, [0.0, 0.0, 0, 0])
        t[0] += p
        t[1] += r
        t[2] += n
        t[3] += w
    return out


def f1(t):
    p, r = t[0] / t[2], t[1] / t[2]
    return 2 * p * r / (p + r), p, r


def fmt(t):
    f, p, r = f1(t)
    return f"{f:.4f} ({p:.4f}/{r:.4f}) {t[3]}"


def choose(days, prob, lang):
    """The threshold chosen on fitting days: the best F1 among those that
    add no wrong merge to the current grouping (ties: the higher)."""
    ds = [d for d in days if d.lang == lang]
    base = tally(ds, prob, 2.0)[lang]
    best = (2.0, f1(base)[0])
    for thr in CHOICES:
        t = tally(ds, prob, thr)[lang]
        if t[3] <= base[3] and f1(t)[0] > best[1] + 1e-9:
            best = (thr, f1(t)[0])
    return best[0]


def fit_model(rows, idx, names):
    X = [vec(rows[i], names) for i in idx]
    Y = [int(rows[i]["gold"]) for i in idx]
    mean, sd = learn.standardise(X)
    w = learn.fit(learn.scaled(X, mean, sd), Y, l2=1e-3, iters=300)
    return mean, sd, w


def apply(rows, idx, names, model, prob):
    mean, sd, w = model
    for i, x in zip(idx, learn.scaled([vec(rows[i], names) for i in idx], mean, sd)):
        prob[i] = sigmoid(learn.score(w, x))


ROWS, NAMES = [], []


def _fit(idx):
    return fit_model(ROWS, idx, NAMES)


def fits(rows, fold, jobs):
    """The models of jobs (each: the folds left out, the languages), fitted
    two at a time (the machine's two cores)."""
    idx = [[i for i, r in enumerate(rows) if fold[r["day"]] not in out and r["lang"][:2] in grp]
           for out, grp in jobs]
    with multiprocessing.Pool(2) as pool:
        return dict(zip(jobs, pool.map(_fit, idx)))


def held_scores(rows, fold, groups, models, out_of, keep):
    """Each row of a fold in keep scored by the model that left its fold out
    (with the folds of out_of)."""
    prob = [0.0] * len(rows)
    for k in keep:
        for grp in groups:
            te = [i for i, r in enumerate(rows) if fold[r["day"]] == k and r["lang"][:2] in grp]
            apply(rows, te, NAMES, models[tuple(sorted({k} | set(out_of))), grp], prob)
    return prob


def chosen_tally(alld, fold, held, chosen, langs):
    ch = {lg: [0.0, 0.0, 0, 0] for lg in langs}
    for k in range(5):
        for lg in langs:
            ds = [d for d in alld if fold[d.name] == k and d.lang == lg]
            t = tally(ds, held, chosen[k, lg])[lg]
            ch[lg] = [x + y for x, y in zip(ch[lg], t)]
    return ch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs")
    ap.add_argument("posts")
    ap.add_argument("--per-lang", action="store_true", help="one model per language")
    ap.add_argument("--features", help="comma-separated subset of the features")
    a = ap.parse_args()
    NAMES[:] = a.features.split(",") if a.features else FEATURES
    days, rows = load(a.pairs, a.posts)
    ROWS[:] = rows
    fold = learn.folds_of([{"day": d.name, "lang": d.lang} for d in days.values()])
    langs = ["fr", "en"]
    groups = [(lg,) for lg in langs] if a.per_lang else [tuple(langs)]
    jobs = [((k,), g) for k in range(5) for g in groups]
    jobs += [(tuple(sorted((k, j))), g) for k in range(5) for j in range(k + 1, 5) for g in groups]
    models = fits(rows, fold, jobs)
    held = held_scores(rows, fold, groups, models, (), range(5))
    alld = list(days.values())
    insample, nested = {}, {}
    for k in range(5):
        fdays = [d for d in alld if fold[d.name] != k]
        fitp = [0.0] * len(rows)
        for grp in groups:
            tr = [i for i, r in enumerate(rows) if fold[r["day"]] != k and r["lang"][:2] in grp]
            apply(rows, tr, NAMES, models[(k,), grp], fitp)
        inner = held_scores(rows, fold, groups, models, (k,), [j for j in range(5) if j != k])
        for lg in langs:
            insample[k, lg] = choose(fdays, fitp, lg)
            nested[k, lg] = choose(fdays, inner, lg)
        print(f"fold {k}: thresholds chosen on its fitting days: in-sample fr {insample[k, 'fr']} "
              f"en {insample[k, 'en']}; nested fr {nested[k, 'fr']} en {nested[k, 'en']}",
              file=sys.stderr)
    ys = [int(r["gold"]) for r in rows]
    print(f"{len(rows)} story pairs, {sum(ys)} of one gold story; {len(NAMES)} features; "
          f"{'one model per language' if a.per_lang else 'one model'}; 5 folds by day")
    now = tally(alld, held, 2.0)
    print("\nheld-out, all 100 days pooled: F1 (P/R) wrong merges")
    print(f"  {'now':28s} fr {fmt(now['fr'])}   en {fmt(now['en'])}")
    for thr in GRID:
        t = tally(alld, held, thr)
        print(f"  {'p >= ' + str(thr):28s} fr {fmt(t['fr'])}   en {fmt(t['en'])}")
    for label, ch in (("chosen, in-sample fit", insample), ("chosen, nested (inner folds)", nested)):
        t = chosen_tally(alld, fold, held, ch, langs)
        print(f"  {label:28s} fr {fmt(t['fr'])}   en {fmt(t['en'])}")
    print("\nper fold (held-out): now | in-sample threshold | nested threshold")
    for k in range(5):
        for lg in langs:
            ds = [d for d in alld if fold[d.name] == k and d.lang == lg]
            t0 = tally(ds, held, 2.0)[lg]
            t1 = tally(ds, held, insample[k, lg])[lg]
            t2 = tally(ds, held, nested[k, lg])[lg]
            print(f"  fold {k} {lg} ({len(ds)} days) {fmt(t0)} | p >= {insample[k, lg]}: "
                  f"{fmt(t1)} | p >= {nested[k, lg]}: {fmt(t2)}")
    orc = tally(alld, [float(y) for y in ys], 0.5)
    print(f"\nceiling (every same-story pair merged): fr {fmt(orc['fr'])}   en {fmt(orc['en'])}")
    mw = {}
    for (out, grp), (mean, sd, w) in models.items():
        if len(out) == 1:
            for n, x in zip(NAMES + ["bias"], w):
                mw[n] = mw.get(n, 0.0) + x / (5 * len(groups))
    print("\nweights (mean of the outer folds, per standard deviation):")
    for n, v in sorted(mw.items(), key=lambda t: -abs(t[1]))[:14]:
        print(f"  {n:14s} {v:+.3f}")


if __name__ == "__main__":
    main()
