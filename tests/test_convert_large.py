"""The conversions behind the large real key sets, on tiny hand-made inputs
whose keys are worked out by hand (datasets/kmers.py, borders.py,
convert_large.py). Run by test_convert_large.sh under CTest."""
import math
import os
import random
import struct
import sys
import tempfile
import unittest

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "datasets"))
import borders  # noqa: E402
import convert_large  # noqa: E402
import convert_real  # noqa: E402
import kmers  # noqa: E402

B = kmers.BREAK
FASTA = b">r1 first\nACGT\nAC\n>r2\nGGNT\n"


def keys(codes, k, bits, **kw):
    out, total = kmers.kmer_keys(np.asarray(codes, dtype=np.uint8), k, bits, **kw)
    if "limit" not in kw:
        assert total == out.size
    return out.tolist()


class Kmers(unittest.TestCase):
    def test_fasta_joins_lines_and_breaks_at_headers_and_n(self):
        self.assertEqual(kmers.fasta_codes(FASTA).tolist(),
                         [B] * 9 + [0, 1, 2, 3, 0, 1] + [B] * 3 + [2, 2, B, 3])

    def test_fasta_header_only_at_a_line_start(self):
        self.assertEqual(kmers.fasta_codes(b">a>b\nAC>GT\n>c").tolist(),
                         [B, B, B, B, 0, 1, B, 2, 3, B, B])

    def test_dna_3mers(self):
        # ACG=000110 CGT=011011 GTA=101100 TAC=110001; nothing in GGNT
        self.assertEqual(keys(kmers.fasta_codes(FASTA), 3, 2), [6, 27, 44, 49])

    def test_windows_do_not_change_the_keys(self):
        codes = kmers.fasta_codes(FASTA)
        for chunk in (1, 2, 3, 5, 64):
            self.assertEqual(keys(codes, 3, 2, chunk=chunk), [6, 27, 44, 49])

    def test_limit_takes_evenly_spaced_kmers_in_file_order(self):
        codes = kmers.fasta_codes(FASTA)
        self.assertEqual(keys(codes, 3, 2, limit=2), [6, 44])  # k-mers 0 and 2 of 4
        self.assertEqual(keys(codes, 3, 2, limit=3, chunk=2), [6, 27, 44])  # 0, 1, 2
        self.assertEqual(keys(codes, 3, 2, limit=9), [6, 27, 44, 49])
        self.assertEqual(kmers.kmer_keys(codes, 3, 2, limit=2)[1], 4)

    def test_32mers_fill_64_bits_first_base_highest(self):
        self.assertEqual(keys([3] * 32, 32, 2), [2**64 - 1])
        self.assertEqual(keys([0] * 31 + [1], 32, 2), [1])
        self.assertEqual(keys([1] + [0] * 31, 32, 2), [1 << 62])
        self.assertEqual(keys([0] * 31 + [1, 2], 32, 2), [1, 6])

    def test_too_many_bits(self):
        with self.assertRaises(ValueError):
            kmers.kmer_keys(np.zeros(20, dtype=np.uint8), 13, 5)

    def test_protein_12mers_skip_separators_and_ambiguous_residues(self):
        psq = bytes([0, 1, 3, 4, 0, 21, 1, 3, 0, 2, 5])  # A C D | X A C | B E
        codes = kmers.protein_codes(psq)
        self.assertEqual(codes.tolist(), [B, 1, 3, 4, B, B, 1, 3, B, B, 5])
        self.assertEqual(keys(codes, 2, 5), [1 << 5 | 3, 3 << 5 | 4, 1 << 5 | 3])
        twelve = kmers.protein_codes(bytes([0] + list(range(3, 15)) + [0]))
        want = 0
        for c in range(3, 15):
            want = want << 5 | c
        self.assertEqual(keys(twelve, 12, 5), [want])

    def test_even_sample_by_rank(self):
        self.assertEqual(kmers.even_sample(np.arange(10, dtype=np.uint64), 4).tolist(),
                         [0, 2, 5, 7])
        self.assertEqual(kmers.even_sample(np.arange(3, dtype=np.uint64), 4).tolist(),
                         [0, 1, 2])


def blast_db(ambiguity_words):
    """A two-record nucleotide BLAST db: ACGTA, then GGCCTT with the given
    ambiguity words. Returns (.nin bytes, .nsq bytes)."""
    nsq = bytes([0, 0x1B, 0x01])  # sentinel; ACGT; A + length mod 4 = 1
    rec2 = len(nsq)
    nsq += bytes([0xA5, 0xF2])  # GGCC; TT + length mod 4 = 2
    amb2 = len(nsq)
    nsq += b"".join(struct.pack(">I", w) for w in ambiguity_words)
    seq = [1, rec2, len(nsq)]
    amb = [rec2, amb2, len(nsq)]
    nin = struct.pack(">II", 4, 0)
    for text in (b"tiny", b"today"):
        nin += struct.pack(">I", len(text)) + text
    nin += struct.pack(">I", 2) + struct.pack("<Q", 11) + struct.pack(">I", 6)
    for table in ([0, 0, 0], seq, amb):
        nin += struct.pack(">3I", *table)
    return nin, nsq


class BlastNucleotide(unittest.TestCase):
    def test_records_and_an_ambiguous_base(self):
        nin, nsq = blast_db([1, 0xF0000002])  # one entry: N at offset 2, run 1
        codes = kmers.blast_nucleotide_codes(nin, nsq)
        self.assertEqual(codes[4:9].tolist(), [0, 1, 2, 3, 0])
        self.assertEqual(codes[12:18].tolist(), [2, 2, B, 1, 3, 3])
        self.assertEqual(int(np.count_nonzero(codes != B)), 10)
        # ACG CGT GTA | CTT (011111)
        self.assertEqual(keys(codes, 3, 2), [6, 27, 44, 31])

    def test_wide_ambiguity_entries(self):
        nin, nsq = blast_db([0x80000002, 0xF0010000, 0])  # N at 0, run 2
        # ACG CGT GTA | CCT (010111) CTT
        self.assertEqual(keys(kmers.blast_nucleotide_codes(nin, nsq), 3, 2), [6, 27, 44, 23, 31])

    def test_rejects_a_protein_index(self):
        nin, nsq = blast_db([])
        with self.assertRaises(ValueError):
            kmers.blast_nucleotide_codes(nin[:4] + struct.pack(">I", 1) + nin[8:], nsq)


class S2(unittest.TestCase):
    def test_origin_is_the_centre_of_face_0(self):
        self.assertEqual(borders.s2_cell_ids([0.0], [0.0]).tolist(), [0x1000000000000001])

    def test_same_ids_as_cities_s2(self):
        rnd = random.Random(16)
        pts = [(0.0, 0.0), (90.0, 0.0), (-90.0, 0.0), (45.0, 45.0), (-45.0, 135.0),
               (0.0, 180.0), (0.0, -180.0), (35.26, 45.0), (12.3, 359.0), (-78.57, 298.2)]
        pts += [(rnd.uniform(-90, 90), rnd.uniform(-180, 360)) for _ in range(3000)]
        lat, lng = zip(*pts)
        want = [convert_real.s2_cell_id(a, b) for a, b in pts]
        self.assertEqual(borders.s2_cell_ids(lat, lng).tolist(), want)

    def test_dcw_points(self):
        import netCDF4
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "dcw.nc")
            with netCDF4.Dataset(path, "w") as nc:
                for name, lon, lat in (("ZZ", [0, 65535, 65534], [0, 65535, 100]),
                                       ("AA", [10], [20])):
                    nc.createDimension(name + "_length", len(lon))
                    for axis, raw, lo, scale in (("lon", lon, 300.0, 2.0), ("lat", lat, -10.0, 4.0)):
                        v = nc.createVariable("%s_%s" % (name, axis), "u2", (name + "_length",))
                        v.setncattr("min", lo)
                        v.setncattr("scale", scale)
                        v[:] = np.array(raw, dtype=np.uint16)
            lat, lng = borders.dcw_points(path)
        # AA first (sorted names); raw / scale + min; the 65535 pair dropped
        self.assertEqual(lng.tolist(), [305.0, 300.0, 300.0 + 65534 / 2.0])
        self.assertEqual(lat.tolist(), [-5.0, -10.0, 15.0])


class Sosd(unittest.TestCase):
    def test_write_then_read(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "k")
            convert_large.write_sosd(path, np.array([1, 1, 5, 2**64 - 1], dtype=np.uint64))
            with open(path, "rb") as f:
                raw = f.read()
            self.assertEqual(raw, struct.pack("<5Q", 4, 1, 1, 5, 2**64 - 1))
            self.assertEqual(convert_large.load_sosd(path).tolist(), [1, 1, 5, 2**64 - 1])
            with self.assertRaises(AssertionError):
                convert_large.write_sosd(path, np.array([2, 1], dtype=np.uint64))
            self.assertEqual(os.listdir(d), ["k"])  # no temporary file left


if __name__ == "__main__":
    unittest.main()
