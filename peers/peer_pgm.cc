// peer_pgm: the PGM-index (Ferragina & Vinciguerra, VLDB 2020) through
// omen's vtable, so it runs in the same omen-bench sweep, on the same data
// and lookup streams, with the same validation as omen's own indexes.
//
// A plugin (include/omen_plugin.h): CMake given -DOMEN_PGM_DIR=/path/to/
// PGM-index (a checkout of the header-only library) builds peer_pgm.so, which
// omen-bench loads with --plugin or OMEN_PLUGINS. This file is ours and calls
// only the library's public API: pgm::PGMIndex<K, Epsilon>::search() gives a range
// [lo, hi) that holds the key's first position, searched with
// std::lower_bound as the library's documentation prescribes.
#include <algorithm>
#include <new>

#include "pgm/pgm_index.hpp"

#include "omen_plugin.h"

namespace {

const omen_plugin_routines *omen; // the host's routines

struct peer {
    virtual ~peer() = default;
    virtual size_t lower_bound(uint64_t key) const = 0;
    virtual size_t bytes() const = 0;
};

template <size_t Eps> struct pgm_peer final : peer {
    const uint64_t *keys;
    size_t n;
    pgm::PGMIndex<uint64_t, Eps> index;
    pgm_peer(const uint64_t *k, size_t count) : keys(k), n(count), index(k, k + count) {}
    size_t lower_bound(uint64_t key) const override
    {
        pgm::ApproxPos r = index.search(key);
        return size_t(std::lower_bound(keys + r.lo, keys + r.hi, key) - keys);
    }
    size_t bytes() const override { return index.size_in_bytes(); }
};

} // namespace

struct omen_index {
    const uint64_t *keys;
    const uint64_t *payloads;
    size_t n;
    size_t below_max; // keys < UINT64_MAX: the library reserves that value
    peer *impl;       // NULL when there are none
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

static const char *const eps_choices[] = {"8", "16", "32", "64", "128", "256", nullptr};

static omen_param eps_param()
{
    omen_param p = {};
    p.name = "eps";
    p.kind = OMEN_PARAM_CHOICE;
    p.choices = eps_choices;
    p.what = "the PGM-index's error bound (a template argument: these values only)";
    p.i = 3; // 64, the library's default
    return p;
}

// The table --list prints; build parses into a copy.
static const omen_param pgm_params[1] = {eps_param()};

static int pgm_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[1] = {pgm_params[0]};
    int rc = omen->params_parse("peer_pgm", params, spec, 1, err);
    if (rc)
        return rc;
    omen_index *ix = new (std::nothrow) omen_index();
    if (!ix)
        return omen->errorf(err, OMEN_ENOMEM, "peer_pgm: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    // PGM-index refuses UINT64_MAX as a key (its sentinel): index the keys
    // below it, and answer for UINT64_MAX from the count.
    size_t m = n;
    while (m > 0 && keys[m - 1] == UINT64_MAX)
        m--;
    ix->below_max = m;
    if (m) {
        try {
            switch (spec[0].i) {
            case 0: ix->impl = new pgm_peer<8>(keys, m); break;
            case 1: ix->impl = new pgm_peer<16>(keys, m); break;
            case 2: ix->impl = new pgm_peer<32>(keys, m); break;
            case 3: ix->impl = new pgm_peer<64>(keys, m); break;
            case 4: ix->impl = new pgm_peer<128>(keys, m); break;
            default: ix->impl = new pgm_peer<256>(keys, m); break;
            }
        } catch (const std::bad_alloc &) {
            delete ix;
            return omen->errorf(err, OMEN_ENOMEM, "peer_pgm: out of memory");
        } catch (const std::exception &e) {
            delete ix;
            return omen->errorf(err, OMEN_EINVAL, "peer_pgm: the library refused the keys: %s",
                                e.what());
        }
    }
    *out = ix;
    return OMEN_OK;
}

static size_t pgm_lower_bound(const omen_index *ix, uint64_t key)
{
    // No key below UINT64_MAX: every key is >= any probe. Past the last
    // indexed key the library's range need not hold the answer, which is then
    // the count of keys below UINT64_MAX.
    if (!ix->impl)
        return 0;
    if (key > ix->keys[ix->below_max - 1])
        return ix->below_max;
    return ix->impl->lower_bound(key);
}

static size_t pgm_size_bytes(const omen_index *ix)
{
    return sizeof *ix + (ix->impl ? ix->impl->bytes() : 0);
}

static void pgm_free(omen_index *ix)
{
    delete ix->impl;
    delete ix;
}

static const char *const pgm_test_params[] = {"eps=8", "eps=256", nullptr};

static omen_index_vtable pgm_vtable()
{
    omen_index_vtable vt = {}; // C++17: no designated initializers
    vt.version = OMEN_INDEX_VERSION;
    vt.name = "peer_pgm";
    vt.description = "peer: PGM-index (gvinciguerra/PGM-index, user's checkout) through an adapter";
    vt.build = pgm_build;
    vt.lower_bound = pgm_lower_bound; // get, range: omen's defaults from it
    vt.size_bytes = pgm_size_bytes;
    vt.free = pgm_free;
    vt.test_params = pgm_test_params;
    vt.tune_grid = "eps=8|16|32|64|128|256";
    vt.params = pgm_params;
    vt.nparams = 1;
    return vt;
}

static const omen_index_vtable peer_pgm = pgm_vtable();

OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err)
{
    OMEN_PLUGIN_REQUIRE_API(api_version, routines, err);
    omen = routines;
    return routines->register_index(&peer_pgm, err);
}
