"""The one rule by which omen labels a published claim (issue 17).

A claim is tested as a figure (a ratio such as "1.39x faster", a range such
as "5-30 ns") or as a bound ("under 1 ms", "faster than"), against one or
more measured cases, each a median with its min-max spread. verdict()
returns exactly one of the labels below with a sentence that says why.

For a ratio the neutral point is 1 (no difference); the side of 1 the claim
lies on is its direction. Per case:
  reproduced      the claimed figure lies inside the measured min-max, or
                  within +-15 % of the measured median, and the spread does
                  not reach the neutral point;
  inconclusive    the spread reaches the neutral point (so it overlaps the
                  claim's opposite);
  not reproduced  the whole spread lies on the opposite side;
  direction only  the whole spread lies on the claim's side, but the claimed
                  size is outside it and more than 15 % from the median.
For a bound ("below 1 ms", "above 1x") a case is reproduced when its whole
spread is on the claimed side, not reproduced when it is all on the other,
inconclusive when it straddles the bound.
Several cases (datasets, indexes): one label when they agree; when they
disagree, cases on both sides of the neutral point make it inconclusive,
and otherwise the weakest label wins (direction only over reproduced,
inconclusive over either).
not tested      what omen measures is not what was claimed; the caller says
                what is missing, and no numbers are judged.
"""
from collections import namedtuple

LABELS = ("reproduced", "direction only", "not reproduced", "inconclusive", "not tested")
TOLERANCE = 0.15  # "within +-15 % of the median"

Case = namedtuple("Case", "median lo hi")
Verdict = namedtuple("Verdict", "label detail")


def case(median, lo=None, hi=None):
    """A measured figure: its median and min-max (a single number when the
    measurement records no spread)."""
    lo = median if lo is None else lo
    hi = median if hi is None else hi
    if not lo <= median <= hi:
        raise ValueError("case %r: the median must lie in [lo, hi]" % ((median, lo, hi),))
    return Case(float(median), float(lo), float(hi))


def ratio_case(num, den):
    """The ratio num/den of two measured rows, each (median, lo, hi), with
    the widest spread the two spreads allow (they are not paired)."""
    return case(num[0] / den[0], num[1] / den[2], num[2] / den[1])


def fmt(x):
    if x >= 10:
        return "%.0f" % x
    if x >= 0.995:
        return "%.2f" % x
    return "%.3g" % x


def span(lo, hi, unit="×"):
    a, b = fmt(lo), fmt(hi)
    return "%s%s" % (a, unit) if a == b else "%s–%s%s" % (a, b, unit)


def _ratio_case(claimed, c, neutral):
    lo_c, hi_c = (claimed, claimed) if not isinstance(claimed, tuple) else claimed
    up = lo_c > neutral  # the claim's direction
    if c.lo <= neutral <= c.hi:
        return "inconclusive"
    if (c.lo > neutral) != up:
        return "not reproduced"
    inside = lo_c <= c.hi and c.lo <= hi_c
    near = any(abs(x / c.median - 1) <= TOLERANCE for x in (lo_c, hi_c)) or lo_c <= c.median <= hi_c
    return "reproduced" if inside or near else "direction only"


def _bound_case(bound, below, c):
    if (c.hi < bound) if below else (c.lo > bound):
        return "reproduced"
    if (c.lo >= bound) if below else (c.hi <= bound):
        return "not reproduced"
    return "inconclusive"


def _combine(labels, sides):
    if len(set(labels)) == 1:
        return labels[0]
    if "inconclusive" in labels or len(set(sides)) > 1:
        return "inconclusive"
    return "direction only"  # reproduced in some cases, only the direction in others


def verdict(claimed, cases, words=("faster", "slower"), unit="×", neutral=1.0):
    """A claimed figure (a number, or a (lo, hi) range) against measured
    cases. words: what the claim's direction and its opposite are called,
    e.g. ("learned faster", "learned slower")."""
    if not cases:
        raise ValueError("verdict: no measured case (use not_tested() to say what is missing)")
    lo_c = claimed[0] if isinstance(claimed, tuple) else claimed
    if lo_c == neutral:
        raise ValueError("verdict: a claimed figure equal to the neutral point has no direction")
    labels = [_ratio_case(claimed, c, neutral) for c in cases]
    sides = [c.median > neutral for c in cases]
    label = _combine(labels, sides)
    meds = sorted(c.median for c in cases)
    lo, hi = min(c.lo for c in cases), max(c.hi for c in cases)
    want = span(*claimed, unit=unit) if isinstance(claimed, tuple) else span(claimed, claimed, unit)
    got = span(meds[0], meds[-1], unit)
    spread = "min–max %s" % span(lo, hi, unit)
    if label == "reproduced":
        detail = "%s, %s (%s) against the claimed %s" % (words[0], got, spread, want)
    elif label == "direction only":
        detail = "%s, but %s rather than %s (%s)" % (words[0], got, want, spread)
    elif label == "not reproduced":
        detail = "%s, %s (%s), where the claim says %s %s" % (words[1], got, spread, words[0], want)
    else:
        detail = "%s (%s) does not separate %s from %s beyond noise; claimed %s" % (
            got, spread, words[0], words[1], want)
    return Verdict(label, detail)


def verdict_bound(bound, cases, below, what, unit=""):
    """A claim that the measured figure lies below (or above) bound."""
    if not cases:
        raise ValueError("verdict_bound: no measured case")
    labels = [_bound_case(bound, below, c) for c in cases]
    sides = [(c.median < bound) == below for c in cases]
    label = _combine(labels, sides)
    if label == "direction only":  # a bound has no size to miss: mixed sides
        label = "inconclusive"
    lo, hi = min(c.lo for c in cases), max(c.hi for c in cases)
    meds = sorted(c.median for c in cases)
    rel = "below" if below else "above"
    detail = "%s %s%s (claimed %s %s%s)" % (
        what, span(meds[0], meds[-1], unit),
        "" if lo == meds[0] and hi == meds[-1] else " (min–max %s)" % span(lo, hi, unit),
        rel, fmt(bound), unit)
    return Verdict(label, detail)


def not_tested(missing):
    """What omen measured is not what was claimed; missing says what is."""
    if not missing:
        raise ValueError("not_tested: say what is missing")
    return Verdict("not tested", missing)


RULE_MD = """**How a verdict is decided** (`scripts/verdict.py`, tested by `tests/test_verdict.py`).
Each measured case is a median with its min–max over the timed passes; a ratio of two rows
takes the widest spread the two rows allow. For a claimed ratio, 1× is the neutral point and
the side of 1 the claim is on is its direction.
*reproduced*: the claimed figure lies inside the measured min–max, or within ±15 % of the
median, and the spread does not reach 1×.
*direction only*: the whole spread lies on the claim's side of 1×, but the claimed size is
outside it and more than 15 % from the median (the factor is given).
*not reproduced*: the whole spread lies on the other side of 1×.
*inconclusive*: the spread reaches 1×, so it overlaps the claim's opposite.
*not tested*: what omen measures is not what was claimed (what is missing is said).
A bound ("under 1 ms") is reproduced when the whole spread is on its side, not reproduced
when it is all on the other, inconclusive otherwise. Several cases (datasets, indexes) give
one label when they agree; cases on both sides of 1× give *inconclusive*; otherwise the
weaker label stands (*direction only* over *reproduced*)."""
