/* Deterministic integer-only random numbers: identical bits on every
 * machine and compiler, so a dataset name always means the same keys. */
#ifndef OMEN_RNG_H
#define OMEN_RNG_H

#include <stdint.h>

/* splitmix64: used to seed and as a stateless mixer of ranks and seeds. */
static inline uint64_t omen_mix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/* xoshiro256** (Blackman & Vigna): fast, good quality, 2^256 period. */
typedef struct omen_rng {
    uint64_t s[4];
} omen_rng;

static inline void omen_rng_seed(omen_rng *r, uint64_t seed)
{
    for (int i = 0; i < 4; i++) {
        seed = omen_mix64(seed);
        r->s[i] = seed;
    }
}

static inline uint64_t omen_rotl64(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static inline uint64_t omen_rng_next(omen_rng *r)
{
    uint64_t *s = r->s;
    uint64_t out = omen_rotl64(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = omen_rotl64(s[3], 45);
    return out;
}

/* Uniform in [0, bound) without modulo bias worth caring about (Lemire's
 * multiply-shift; bias < bound / 2^64). bound == 0 means the full range. */
static inline uint64_t omen_rng_below(omen_rng *r, uint64_t bound)
{
    uint64_t x = omen_rng_next(r);
    if (bound == 0)
        return x;
    return (uint64_t)(((unsigned __int128)x * bound) >> 64);
}

#endif
