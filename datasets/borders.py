"""Boundary points of GMT's DCW (dcw-gmt.nc) as S2 cell ids, with numpy.

s2_cell_ids is convert_real.s2_cell_id over arrays: the same floating-point
operations in the same order (the trigonometry through Python's math module,
as numpy's own sin/cos may differ from libm in the last bit), so a point gets
the same cell id as cities_s2 would give it; tests/test_convert_large.py
checks the two against each other.
"""
import math

import numpy as np

# The Hilbert-curve tables of convert_real.py.
# (flattened: row = orientation, column = i-bit j-bit).
IJ_TO_POS = np.array([0, 1, 3, 2, 0, 3, 1, 2, 2, 3, 1, 0, 2, 1, 3, 0], dtype=np.uint8)
POS_TO_ORIENTATION = np.array([1, 0, 0, 3], dtype=np.uint8)


def _st_from_uv(u):
    with np.errstate(invalid="ignore"):
        return np.where(u >= 0, 0.5 * np.sqrt(1 + 3 * u), 1 - 0.5 * np.sqrt(1 - 3 * u))


def s2_cell_ids(lat_deg, lng_deg):
    """Level-30 S2 cell ids (uint64) of arrays of latitudes and longitudes in degrees."""
    lat = np.asarray(lat_deg, dtype=np.float64) * (math.pi / 180.0)
    lng = np.asarray(lng_deg, dtype=np.float64) * (math.pi / 180.0)
    lat_l, lng_l = lat.tolist(), lng.tolist()
    cos_lat = np.array(list(map(math.cos, lat_l)), dtype=np.float64)
    z = np.array(list(map(math.sin, lat_l)), dtype=np.float64)
    x = cos_lat * np.array(list(map(math.cos, lng_l)), dtype=np.float64)
    y = cos_lat * np.array(list(map(math.sin, lng_l)), dtype=np.float64)
    xyz = np.stack([x, y, z])
    face = np.argmax(np.abs(xyz), axis=0)  # the first of equal maxima, as list.index
    face = face + 3 * (np.take_along_axis(xyz, face[None], 0)[0] < 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        faces_uv = [(y / x, z / x), (-x / y, z / y), (-x / z, -y / z),
                    (z / x, y / x), (z / y, -x / y), (-y / z, -x / z)]
    u = np.select([face == f for f in range(6)], [p[0] for p in faces_uv])
    v = np.select([face == f for f in range(6)], [p[1] for p in faces_uv])
    size = float(1 << 30)
    i = np.clip(np.floor(_st_from_uv(u) * size), 0, size - 1).astype(np.int64)
    j = np.clip(np.floor(_st_from_uv(v) * size), 0, size - 1).astype(np.int64)
    orientation = (face & 1).astype(np.uint8)
    pos = np.zeros(lat.shape, dtype=np.uint64)
    for k in range(29, -1, -1):
        ij = (((i >> k) & 1) << 1) | ((j >> k) & 1)
        p = IJ_TO_POS[(orientation << 2) | ij]
        pos = (pos << np.uint64(2)) | p.astype(np.uint64)
        orientation ^= POS_TO_ORIENTATION[p]
    return (face.astype(np.uint64) << np.uint64(61)) | (pos << np.uint64(1)) | np.uint64(1)


def dcw_points(path):
    """Latitudes and longitudes (degrees) of every boundary point of every
    country and state in dcw-gmt.nc. Each polygon is a pair of uint16
    variables NAME_lon, NAME_lat scaled into [min, max] (value = raw / scale +
    min, as GMT decodes them); 65535 marks a break between segments."""
    import netCDF4  # Debian python3-netcdf4; only this kind of input needs it

    lats, lngs = [], []
    with netCDF4.Dataset(path) as nc:
        names = sorted(n[:-4] for n in nc.variables if n.endswith("_lon"))
        if not names:
            raise ValueError("no NAME_lon variables: is this GMT's dcw-gmt.nc?")
        for name in names:
            parts = []
            for axis in ("lon", "lat"):
                var = nc.variables["%s_%s" % (name, axis)]
                var.set_auto_maskandscale(False)
                raw = np.asarray(var[:], dtype=np.uint16)
                parts.append((raw, 1.0 / float(var.getncattr("scale")),
                              float(var.getncattr("min"))))
            (rx, sx, mx), (ry, sy, my) = parts
            keep = (rx != 65535) & (ry != 65535)
            lngs.append(rx[keep] * sx + mx)
            lats.append(ry[keep] * sy + my)
    return np.concatenate(lats), np.concatenate(lngs)
