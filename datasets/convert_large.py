#!/usr/bin/env python3
"""Turns the sequence and map data of Debian packages into large SOSD key files.

usage: convert_large.py KIND OUTPUT INPUT...

KIND is one of
  genome   32-mers (2 bits a base) of a DNA FASTA file such as MetaPhlAn2's
           markers.fasta; k-mers with a base other than A/C/G/T are skipped;
           at most 200M of them, evenly spaced in file order (see kmers.py).
  protein  the distinct 12-mers (5 bits a residue) of BLAST protein sequence
           files (.psq, any number of them, pooled).
  rrna     32-mers of a BLAST nucleotide database (give the .nin, then the
           .nsq); duplicates kept; at most 200M, evenly spaced in file order.
  borders  level-30 S2 cell ids of every boundary point of GMT's dcw-gmt.nc
           (duplicates kept), as cities_s2 is made.
  sample   INPUT is a SOSD file; OUTPUT gets 10M of its keys evenly spaced by
           rank (key[floor(i * N / 10M)]), or all of them if it has fewer.
Output: little-endian uint64 count, then the keys ascending (SOSD format),
written to a temporary file and renamed.
"""
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kmers  # noqa: E402

SOSD_SCALE = 200_000_000
SAMPLE = 10_000_000


def read(path):
    with open(path, "rb") as f:
        return f.read()


def _report(keys_total):
    keys, total = keys_total
    print("%d k-mers, %d kept" % (total, keys.size))
    return keys


def genome(paths):
    return _report(kmers.kmer_keys(kmers.fasta_codes(read(paths[0])), 32, 2, limit=SOSD_SCALE))


def protein(paths):
    codes = np.concatenate([kmers.protein_codes(read(p)) for p in paths])
    keys = _report(kmers.kmer_keys(codes, 12, 5))
    del codes
    keys.sort()  # in place: np.unique would hold two more copies of ~480M keys
    return keys[np.concatenate(([True], keys[1:] != keys[:-1]))]


def rrna(paths):
    nin, nsq = paths
    return _report(kmers.kmer_keys(kmers.blast_nucleotide_codes(read(nin), read(nsq)), 32, 2,
                                   limit=SOSD_SCALE))


def borders(paths):
    import borders as b
    return b.s2_cell_ids(*b.dcw_points(paths[0]))


def load_sosd(path):
    keys = np.fromfile(path, dtype="<u8")
    if keys.size == 0 or int(keys[0]) != keys.size - 1:
        raise ValueError("%s is not a SOSD file (header count vs file size)" % path)
    return keys[1:]


def sample(paths):
    return kmers.even_sample(load_sosd(paths[0]), SAMPLE)


def write_sosd(path, keys):
    keys = np.ascontiguousarray(keys, dtype="<u8")
    if keys.size and bool(np.any(keys[1:] < keys[:-1])):
        raise AssertionError("keys for %s are not sorted" % path)
    tmp = "%s.tmp.%d" % (path, os.getpid())
    try:
        with open(tmp, "wb") as f:
            np.array([keys.size], dtype="<u8").tofile(f)
            keys.tofile(f)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


KINDS = {"genome": (genome, 1), "protein": (protein, None), "rrna": (rrna, 2),
         "borders": (borders, 1), "sample": (sample, 1)}


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in KINDS:
        sys.exit(__doc__)
    kind, out, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    fn, arity = KINDS[kind]
    if arity is not None and len(inputs) != arity:
        sys.exit("convert_large.py %s takes %d input file(s), got %d\n%s"
                 % (kind, arity, len(inputs), __doc__))
    start = time.time()
    try:
        keys = fn(inputs)
    except (OSError, ValueError) as e:
        sys.exit("convert_large.py %s: %s" % (kind, e))
    if keys.size == 0:
        sys.exit("convert_large.py %s: no keys found in %s" % (kind, " ".join(inputs)))
    keys.sort()
    write_sosd(out, keys)
    distinct = 1 + int(np.count_nonzero(keys[1:] != keys[:-1]))
    print("%s: %d keys (%d distinct) from %s in %.0f s"
          % (out, keys.size, distinct, " ".join(os.path.basename(p) for p in inputs),
             time.time() - start))


if __name__ == "__main__":
    main()
