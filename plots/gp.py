"""A figure as gnuplot commands plus its data, rendered to SVG, PNG and PDF.

The data travel inside the script as data blocks, so each written .gp file
re-draws its figure on its own (e.g. restyled for a paper) and the .tsv beside
it holds the same numbers with the CSV row each came from.
"""
import os
import subprocess

TSV_COLUMNS = ["panel", "series", "x", "y", "lo", "hi", "dataset", "index", "params",
               "workload", "threads", "isa"]


def q(text):
    """A gnuplot double-quoted string."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


class Figure:
    def __init__(self, name, title, alt, width=1000, height=520):
        self.name, self.title, self.alt = name, title, alt
        self.width, self.height = width, height
        self.blocks = []      # (name, lines)
        self.cmds = []
        self.records = []     # TSV rows: which CSV row went where

    def block(self, points):
        """A data block of (x, y, lo, hi) lines; returns its gnuplot name."""
        name = f"$d{len(self.blocks)}"
        self.blocks.append((name, ["\t".join(f"{v:.6g}" for v in p) for p in points]))
        return name

    def record(self, panel, series, x, y, lo, hi, row):
        self.records.append([panel, series, f"{x:.6g}", f"{y:.6g}", f"{lo:.6g}", f"{hi:.6g}",
                             row["dataset"], row["index"], row["params"], row["workload"],
                             str(row["threads"]), row["isa"]])

    def script(self):
        out = [f"# {self.title}", "# (data blocks first; terminal and output are set by the caller)"]
        for name, lines in self.blocks:
            out.append(f"{name} << EOD")
            out.extend(lines or ["NaN\tNaN\tNaN\tNaN"])
            out.append("EOD")
        out.append('if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger')
        out.append("set termoption noenhanced")
        out.append('set datafile separator "\\t"')
        out.extend(self.cmds)
        return "\n".join(out) + "\n"


def terminals(fig):
    w, h = fig.width, fig.height
    return {
        "svg": f'set terminal svg size {w},{h} dynamic font "DejaVu Sans,11" background "#ffffff"',
        "png": f'set terminal pngcairo size {w},{h} font "DejaVu Sans,10" background "#ffffff"',
        # The PNG's proportions of text to canvas (100 px = 1 in): scaled to a
        # 7-inch text width, a 10-inch figure's 10 pt labels print at 7 pt.
        "pdf": f'set terminal pdfcairo size {w / 100:.2f}in,{h / 100:.2f}in font "DejaVu Sans,10"',
    }


def write(fig, outdir, formats, data_only=False):
    """Writes OUTDIR/NAME.gp, OUTDIR/data/NAME.tsv and each format; returns the formats made."""
    os.makedirs(os.path.join(outdir, "data"), exist_ok=True)
    gp = os.path.join(outdir, fig.name + ".gp")
    replace(gp, fig.script())
    replace(os.path.join(outdir, "data", fig.name + ".tsv"),
            "\t".join(TSV_COLUMNS) + "\n" + "".join("\t".join(r) + "\n" for r in fig.records))
    made = []
    if data_only:
        return made
    for fmt in formats:
        target = os.path.join(outdir, f"{fig.name}.{fmt}")
        tmp = target + ".tmp." + str(os.getpid())
        ps = 0.75 if fmt == "svg" else 1.1
        cmd = f"{terminals(fig)[fmt]}\nPS = {ps}\nset output {q(tmp)}\nload {q(gp)}\nset output\n"
        p = subprocess.run(["gnuplot"], input=cmd, text=True, capture_output=True)
        if p.returncode != 0 or not os.path.exists(tmp) or os.path.getsize(tmp) == 0:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise RuntimeError(f"gnuplot failed on {gp} ({fmt}): {p.stderr.strip()[-600:]}")
        os.replace(tmp, target)
        made.append(fmt)
    return made


def replace(path, text):
    tmp = path + ".tmp." + str(os.getpid())
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)
