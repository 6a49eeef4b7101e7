"""One colour and point type per index, the same in every plot.

Colours are the Okabe-Ito palette (distinguishable with every common form of
colour blindness). omen's own indexes get filled points and solid lines; the
systems omen is compared with (RocksDB, the PGM-index and RadixSpline peers)
get hollow points and dashed lines, each peer in the colour of omen's variant
of the same design, so the pair reads as a comparison.
"""

BLACK, ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE = (
    "#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
GREY = "#666666"

# gnuplot point types (cairo and svg terminals): 4/5 square, 6/7 circle,
# 8/9 triangle up, 10/11 triangle down, 12/13 diamond, 14/15 pentagon;
# the odd one of each pair is filled.
INDEX_STYLE = {
    "binsearch":        (BLACK,      7, False),
    "btree":            (BLUE,       5, False),
    "linear":           (ORANGE,     9, False),
    "rmi":              (VERMILLION, 13, False),
    "pla":              (GREEN,      11, False),
    "radixspline":      (PURPLE,     15, False),
    "hotcold":          (SKY,        3, False),
    "rocksdb":          (GREY,       6, True),
    "peer_pgm":         (GREEN,      10, True),
    "peer_radixspline": (PURPLE,     14, True),
    "floor":            (GREY,       1, True),
}
# Indexes not named above (new variants) take these in order of appearance.
SPARE = [(SKY, 12, False), (ORANGE, 4, False), (BLUE, 8, False), (VERMILLION, 2, False)]
# A second, third... parameter setting of one index keeps the index's colour
# and takes the next other shape, filled for omen's, hollow for the peers'.
FILLED = [9, 13, 5, 7, 11, 15]
HOLLOW = [8, 12, 4, 6, 10, 14]

# The order of ISAs on the x axis of the ISA plot, narrowest vector first.
ISA_ORDER = ["scalar", "sse42", "avx2", "avx512", "neon"]


class Styler:
    """Hands out (colour, point type, dashed) per series label, stable within a run."""

    def __init__(self):
        self.spare = {}
        self.variants = {}

    def __call__(self, index, params):
        if index in INDEX_STYLE:
            colour, pt, peer = INDEX_STYLE[index]
        else:
            if index not in self.spare:
                self.spare[index] = SPARE[len(self.spare) % len(SPARE)]
            colour, pt, peer = self.spare[index]
        seen = self.variants.setdefault(index, [])
        if params not in seen:
            seen.append(params)
        k = seen.index(params)
        if k > 0:
            shapes = [p for p in (HOLLOW if peer else FILLED) if p != pt]
            pt = shapes[(k - 1) % len(shapes)]
        return colour, pt, peer


def is_peer(index):
    return INDEX_STYLE.get(index, (None, None, False))[2]
