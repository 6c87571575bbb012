#!/usr/bin/python3
"""PSNR of GeoMap's tiles against gdal2tiles' at one zoom level.

usage: compare.py REFERENCE_DIR CANDIDATE_DIR ZOOM

Both folders are XYZ pyramids ({z}/{x}/{y}.png). Every tile of the reference at ZOOM is
compared with the candidate's tile at the same address (a missing candidate tile counts as
fully transparent). PSNR is over the RGB of pixels opaque in both; the alpha agreement says
how many pixels are opaque in one and transparent in the other (edge pixels, mostly).
"""
import math
import os
import sys

import numpy as np
from osgeo import gdal

gdal.UseExceptions()


def read_rgba(path):
    if not os.path.exists(path):
        return np.zeros((256, 256, 4), np.uint8)
    ds = gdal.Open(path)
    a = ds.ReadAsArray()
    if a.ndim == 2:
        a = a[None]
    a = np.transpose(a, (1, 2, 0))
    if a.shape[2] == 1:
        a = np.repeat(a, 3, axis=2)
    if a.shape[2] == 2:
        a = np.concatenate([np.repeat(a[:, :, :1], 3, axis=2), a[:, :, 1:]], axis=2)
    if a.shape[2] == 3:
        a = np.concatenate([a, np.full(a.shape[:2] + (1,), 255, np.uint8)], axis=2)
    return a


def main():
    ref_root, cand_root, zoom = sys.argv[1], sys.argv[2], sys.argv[3]
    sq_err = 0.0
    n = 0
    mismatched = 0
    covered = 0
    tiles = 0
    for x in sorted(os.listdir(os.path.join(ref_root, zoom))):
        for name in sorted(os.listdir(os.path.join(ref_root, zoom, x))):
            if not name.endswith('.png'):
                continue
            ref = read_rgba(os.path.join(ref_root, zoom, x, name))
            cand = read_rgba(os.path.join(cand_root, zoom, x, name))
            tiles += 1
            ref_on = ref[:, :, 3] > 127
            cand_on = cand[:, :, 3] > 127
            both = ref_on & cand_on
            mismatched += int(np.count_nonzero(ref_on ^ cand_on))
            covered += int(np.count_nonzero(ref_on | cand_on))
            d = ref[both][:, :3].astype(np.float64) - cand[both][:, :3].astype(np.float64)
            sq_err += float(np.sum(d * d))
            n += d.size
    mse = sq_err / max(n, 1)
    psnr = float('inf') if mse == 0 else 10 * math.log10(255 * 255 / mse)
    print(f"tiles={tiles} compared_pixels={n // 3} psnr_db={psnr:.2f} "
          f"alpha_mismatch_pct={100.0 * mismatched / max(covered, 1):.3f}")


if __name__ == '__main__':
    main()
