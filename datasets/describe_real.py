#!/usr/bin/env python3
"""Counts what is in the real key files, for datasets/README.md.

usage: describe_real.py [--write] [DIR]

Reads every real SOSD file under DIR (default datasets/data) and prints a
Markdown table: keys, distinct keys, duplicate share (1 - distinct / keys),
min and max. Checks that each file is a well-formed, sorted SOSD file. With
--write, replaces the table between the markers in datasets/README.md.
"""
import os
import sys

import numpy as np

FILES = ["geoip_ipv4", "geoip_ipv6", "cities_s2", "words",
         "genome", "genome_10M", "protein", "protein_10M",
         "rrna", "rrna_10M", "borders_s2", "borders_s2_10M"]
BEGIN = "<!-- describe_real.py: begin -->"
END = "<!-- describe_real.py: end -->"
CHUNK = 1 << 24


def describe(path):
    raw = np.memmap(path, dtype="<u8", mode="r")
    if raw.size == 0 or int(raw[0]) != raw.size - 1:
        raise ValueError("%s: header count does not match the file size" % path)
    keys = raw[1:]
    n = keys.size
    distinct = 1 if n else 0
    for lo in range(0, max(n - 1, 0), CHUNK):
        a = np.asarray(keys[lo:lo + CHUNK + 1])
        if np.any(a[1:] < a[:-1]):
            raise ValueError("%s: keys not sorted near position %d" % (path, lo))
        distinct += int(np.count_nonzero(a[1:] != a[:-1]))
    return n, distinct, int(keys[0]), int(keys[-1])


def table(directory):
    rows = ["| file | keys | distinct | duplicate share | min | max |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name in FILES:
        path = os.path.join(directory, name)
        if not os.path.exists(path):
            rows.append("| `%s` | (not built) | | | | |" % name)
            continue
        n, d, lo, hi = describe(path)
        rows.append("| `%s` | %s | %s | %.2f %% | %#x | %#x |"
                    % (name, format(n, ","), format(d, ","), 100.0 * (1 - d / n), lo, hi))
    return "\n".join(rows)


def main():
    args = sys.argv[1:]
    write = "--write" in args
    args = [a for a in args if a != "--write"]
    here = os.path.dirname(os.path.abspath(__file__))
    directory = args[0] if args else os.path.join(here, "data")
    text = table(directory)
    print(text)
    if write:
        readme = os.path.join(here, "README.md")
        doc = open(readme, encoding="utf-8").read()
        if BEGIN not in doc or END not in doc:
            sys.exit("describe_real.py: %s has no %s ... %s markers" % (readme, BEGIN, END))
        head, rest = doc.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        tmp = readme + ".tmp.%d" % os.getpid()
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(head + BEGIN + "\n" + text + "\n" + END + tail)
        os.replace(tmp, readme)


if __name__ == "__main__":
    main()
