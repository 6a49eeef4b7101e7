"""Sequence readers and k-mer packing for the large real key sets (numpy).

Every reader returns one uint8 array of residue codes for the whole input, in
file order, with BREAK wherever a k-mer must not reach: between records, and
at any residue that is not one of the alphabet's definite letters (N and the
other IUPAC ambiguity codes for DNA; X, B, Z, J and '*' for proteins). A
k-mer's key packs its k codes, the first residue in the highest bits, so keys
sort as the k-mers do letter by letter.
"""
import numpy as np

BREAK = 255

# DNA: A C G T (either case) are 0..3; line ends are dropped; anything else breaks.
_DROP = 254
_DNA = np.full(256, BREAK, dtype=np.uint8)
for _i, _c in enumerate(b"ACGT"):
    _DNA[_c] = _DNA[_c + 32] = _i
_DNA[ord("\n")] = _DNA[ord("\r")] = _DROP

# Proteins in a BLAST .psq file are NCBIstdaa, one byte a residue, records
# separated by 0. Kept: the 20 standard amino acids, U and O (codes 1, 3..20,
# 22, 24, 26); breaks: 0, B (2), X (21), Z (23), '*' (25), J (27), anything >27.
_AA = np.full(256, BREAK, dtype=np.uint8)
for _c in [1] + list(range(3, 21)) + [22, 24, 26]:
    _AA[_c] = _c


def fasta_codes(data):
    """DNA codes of a FASTA text (bytes): header lines (starting with '>')
    break, the sequence lines of one record are joined."""
    raw = np.frombuffer(data, dtype=np.uint8)
    heads = np.flatnonzero(raw == ord(">"))
    # Only a '>' that starts a line starts a header; any other is header text
    # or, in a sequence line, a letter that breaks.
    heads = heads[(heads == 0) | (raw[heads - 1] == ord("\n"))]
    ends = np.flatnonzero(raw == ord("\n"))
    stop = np.searchsorted(ends, heads)  # the newline ending each header
    stop = np.where(stop < ends.size, ends[np.minimum(stop, ends.size - 1)], raw.size)
    codes = _DNA[raw]
    edge = np.zeros(raw.size + 1, dtype=np.int8)
    np.add.at(edge, heads, 1)
    np.add.at(edge, stop, -1)
    codes[np.cumsum(edge[:-1], dtype=np.int8) > 0] = BREAK
    return codes[codes != _DROP]


def protein_codes(data):
    """Residue codes of a BLAST protein sequence file (.psq bytes)."""
    return _AA[np.frombuffer(data, dtype=np.uint8)]


def _be32(buf, off, n=1):
    return np.frombuffer(buf, dtype=">u4", count=n, offset=off).astype(np.int64)


def blast_nucleotide_codes(nin, nsq):
    """DNA codes of a BLAST (version 4) nucleotide database from its index
    (.nin bytes) and its sequence file (.nsq bytes). Bases are packed four a
    byte (ncbi2na); a record's last byte holds its length mod 4 in the low two
    bits; after it come the ambiguity runs, whose bases break."""
    version, dbtype = _be32(nin, 0, 2)
    if version != 4 or dbtype != 0:
        raise ValueError("not a version-4 nucleotide BLAST index (version %d, type %d)"
                         % (version, dbtype))
    off = 8
    for _ in range(2):  # title, then date: a big-endian length and the bytes
        off += 4 + int(_be32(nin, off)[0])
    count = int(_be32(nin, off)[0])
    off += 4 + 8 + 4  # count, total length (8 bytes), longest record
    seq = _be32(nin, off + 4 * (count + 1), count + 1)
    amb = _be32(nin, off + 8 * (count + 1), count + 1)
    packed = np.frombuffer(nsq, dtype=np.uint8)
    codes = np.empty(packed.size * 4, dtype=np.uint8)
    for j in range(4):
        codes[j::4] = (packed >> (6 - 2 * j)) & 3
    valid = np.zeros(codes.size, dtype=bool)
    lengths = (amb[:count] - 1 - seq[:count]) * 4 + (packed[amb[:count] - 1] & 3)
    for i in range(count):
        start = int(seq[i]) * 4
        valid[start:start + int(lengths[i])] = True
        if seq[i + 1] > amb[i]:  # ambiguity runs of record i
            _clear_ambiguous(valid, start, nsq, int(amb[i]))
    codes[~valid] = BREAK
    return codes


def _clear_ambiguous(valid, start, nsq, off):
    words = int(_be32(nsq, off)[0])
    wide = bool(words & 0x80000000)  # two words an entry: 12-bit run, 32-bit offset
    words &= 0x7FFFFFFF
    w = _be32(nsq, off + 4, words)
    step = 2 if wide else 1
    for e in range(0, words, step):
        if wide:
            run, pos = ((w[e] >> 16) & 0xFFF) + 1, w[e + 1]
        else:
            run, pos = ((w[e] >> 24) & 0xF) + 1, w[e] & 0xFFFFFF
        valid[start + int(pos):start + int(pos) + int(run)] = False


def _windows(codes, k, chunk):
    """Yields (first position, codes[first : first + n + k - 1]) so that every
    k-mer start appears in exactly one window."""
    total = codes.size - k + 1
    for first in range(0, max(total, 0), chunk):
        n = min(chunk, total - first)
        yield first, codes[first:first + n + k - 1]


def _valid_starts(window, k):
    broken = np.concatenate(([0], np.cumsum(window == BREAK, dtype=np.int32)))
    return broken[k:] == broken[:-k]


def _pack(window, k, bits):
    """Key of every k-mer start in the window (garbage where a BREAK falls in
    it), built by doubling: blocks of 1, 2, 4, ... residues."""
    blocks = {1: window.astype(np.uint64)}
    p = 1
    while 2 * p <= k:
        b = blocks[p]
        blocks[2 * p] = (b[:-p] << np.uint64(p * bits)) | b[p:]
        p *= 2
    n = window.size - k + 1
    key, at = None, 0
    while p >= 1:
        if k & p:
            part = blocks[p][at:at + n]
            key = part.copy() if key is None else (key << np.uint64(p * bits)) | part
            at += p
        p //= 2
    return key


def count_kmers(codes, k, chunk=1 << 24):
    """How many k-mers contain no BREAK."""
    return sum(int(_valid_starts(w, k).sum()) for _, w in _windows(codes, k, chunk))


def kmer_keys(codes, k, bits, limit=None, chunk=1 << 24):
    """The keys of the k-mers with no BREAK, in file order (duplicates kept),
    and how many such k-mers there are (M). With limit < M, an evenly spaced
    subset: the k-mers numbered floor(i * M / limit), i < limit, of 0..M-1."""
    if k * bits > 64:
        raise ValueError("%d-mers at %d bits a residue need more than 64 bits" % (k, bits))
    total = count_kmers(codes, k, chunk)
    take = total if limit is None or total <= limit else limit
    pick = None
    if take < total:
        pick = np.arange(take, dtype=np.uint64) * np.uint64(total) // np.uint64(take)
    out = np.empty(take, dtype=np.uint64)
    seen = filled = 0
    for _, w in _windows(codes, k, chunk):
        ok = np.flatnonzero(_valid_starts(w, k))
        if pick is not None:
            lo, hi = np.searchsorted(pick, [seen, seen + ok.size])
            here = ok[(pick[lo:hi] - np.uint64(seen)).astype(np.int64)]
        else:
            here = ok
        out[filled:filled + here.size] = _pack(w, k, bits)[here]
        filled += here.size
        seen += ok.size
    assert filled == take
    return out, total


def even_sample(sorted_keys, n):
    """n keys of a sorted array, evenly spaced by rank: key[floor(i * N / n)]."""
    total = sorted_keys.size
    if total <= n:
        return sorted_keys.copy()
    return sorted_keys[np.arange(n, dtype=np.uint64) * np.uint64(total) // np.uint64(n)]
