/* pla's eps when none is given: how many segments a larger eps would make,
 * estimated on a sample of the keys so that choosing costs a small part of
 * a build. The sample is 16 contiguous slices (3% of the keys) rather than
 * every s-th key: a slice keeps the local shape the segments follow (runs
 * of duplicates, dense clusters) at the same eps, and only the
 * extrapolation from the slices to the whole is approximate. Scaling the
 * count measured on all keys by the ratio of the sample's counts corrects
 * for a sample that is easier or harder than the whole. */
#include "indexes/pla.h"

/* Segments of the sample at eps: 16 slices of n/512 keys, or every key up
 * to 2M keys (a pass over 2M keys is a few milliseconds). */
static int sample_segments(const uint64_t *keys, size_t n, size_t eps, size_t *count,
                           omen_error *err)
{
    size_t slices = n > ((size_t)1 << 21) ? 16 : 1, len = slices > 1 ? n / 512 : n;
    *count = 0;
    for (size_t k = 0; k < slices; k++) {
        size_t from = slices > 1 ? (n - len) / (slices - 1) * k : 0, c;
        int rc = omen_pla_count_segments(keys + from, len, eps, &c, err);
        if (rc)
            return rc;
        *count += c;
    }
    return 0;
}

int omen_pla_next_eps(const uint64_t *keys, size_t n, size_t eps0, size_t nseg0,
                      double target, size_t max_eps, size_t *eps, double *estimate,
                      omen_error *err)
{
    size_t c0;
    int rc = sample_segments(keys, n, eps0, &c0, err);
    size_t e = eps0;
    double est = (double)nseg0;
    while (!rc && e < max_eps) {
        e = e * 2 < max_eps ? e * 2 : max_eps;
        size_t c;
        rc = sample_segments(keys, n, e, &c, err);
        est = c0 ? (double)nseg0 * (double)c / (double)c0 : 0;
        if (est <= target)
            break;
    }
    *eps = e;
    *estimate = est;
    return rc;
}
