/* The exact plane geometry of pla's fitting (indexes/pla_fit.c): points
 * relative to a segment's first point, orientation decided in floating
 * point when clear and in 128-bit integers otherwise, and the hulls the
 * fitting walks. Inline: it is the inner loop of every pla build. */
#ifndef OMEN_PLA_GEOM_H
#define OMEN_PLA_GEOM_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pt {
    uint64_t x; /* key minus the segment's first key */
    int64_t y;  /* rank minus the segment's first rank, +-eps for interval ends */
} pt;

typedef struct hull {
    pt *v;
    size_t len, cap, start; /* points before start can no longer support a line */
} hull;

/* x * y as a 128-bit integer from one 64x64 multiply: y's two's complement
 * read as unsigned is y + 2^64 when y < 0, and x * 2^64 takes that back. */
static inline __int128 mul_us(uint64_t x, int64_t y)
{
    unsigned __int128 p = (unsigned __int128)x * (uint64_t)y;
    p -= ((unsigned __int128)(x & (uint64_t)(y >> 63))) << 64;
    return (__int128)p;
}

/* Twice the signed area of (o, a, b), for o.x <= a.x <= b.x: > 0 when b is
 * above the line o->a. x differences are below 2^64 and y differences below
 * 2^62 in magnitude, so each product fits in 127 bits. */
static inline __int128 cross(pt o, pt a, pt b)
{
    return mul_us(a.x - o.x, b.y - o.y) - mul_us(b.x - o.x, a.y - o.y);
}

static inline int sign128(__int128 v)
{
    return (v > 0) - (v < 0);
}

/* The sign of cross(o, a, b). The floating-point estimate is off by at
 * most a few units in the last place of its two products (relative error
 * about 1e-15), so a margin of 1e-12 of their size leaves no doubt; inside
 * it, near-collinear points go to the exact test. */
static inline int orient(pt o, pt a, pt b)
{
    double t1 = (double)(a.x - o.x) * (double)(b.y - o.y);
    double t2 = (double)(a.y - o.y) * (double)(b.x - o.x);
    double c = t1 - t2, tol = 1e-12 * (fabs(t1) + fabs(t2));
    if (c > tol)
        return 1;
    if (c < -tol)
        return -1;
    return sign128(cross(o, a, b));
}

typedef struct line {
    pt a, c;   /* a.x < c.x; the line runs through both */
    double w;  /* c.x - a.x, rounded */
    double dy; /* c.y - a.y, rounded */
    double ew; /* 2 eps w: how much lower the lower end of a point is, times w */
} line;

static inline line line_through(pt a, pt c, int64_t eps)
{
    double w = (double)(c.x - a.x);
    return (line){a, c, w, (double)(c.y - a.y), (double)(2 * eps) * w};
}

/* Where the upper end u (and the lower end u - 2eps) of a point lies
 * relative to ln, as w times the height above it: the orientation
 * cross(a, c, u) in floating point, with no division. Every input is an
 * integer below 2^64 rounded once and each result is at most a few
 * roundings away, so the error is below 1e-15 of |t1| + |t2| + ew; *tol is
 * 1e-12 of that, and a value beyond it has the sign of the exact one. */
static inline double height(const line *ln, pt u, double *tol)
{
    double t1 = (double)(u.y - ln->a.y) * ln->w;
    double t2 = ln->dy * (double)(u.x - ln->a.x);
    *tol = 1e-12 * (fabs(t1) + fabs(t2) + ln->ew);
    return t1 - t2;
}

/* The side of ln (+1 above, 0 on, -1 below) of point p whose scaled
 * height is h: the estimate when it is clear, the exact test otherwise. */
static inline int side(const line *ln, pt p, double h, double tol)
{
    return h > tol ? 1 : h < -tol ? -1 : sign128(cross(ln->a, ln->c, p));
}

#endif
