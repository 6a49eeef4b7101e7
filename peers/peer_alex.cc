// peer_alex: ALEX (Ding et al., SIGMOD 2020), the updatable adaptive learned
// index, through omen's vtable as a plugin (include/omen_plugin.h), so it
// runs in omen's read and read-write sweeps beside omen's own variants.
//
// CMake given -DOMEN_ALEX_DIR=/path/to/ALEX (a checkout of microsoft/ALEX,
// header-only) builds peer_alex.so. This file is ours and calls only ALEX's
// public API: alex::Alex<K, P> with duplicates allowed (bulk_load,
// lower_bound, insert, erase_one, model_size, data_size).
//
// ALEX owns a copy of the data. It reserves the largest key value as the
// sentinel of its gaps, so entries with key UINT64_MAX are kept beside it,
// in a FIFO of their payloads. ALEX counts lookups in a plain (mutable)
// statistics field, so concurrent reads race on that counter (answers are
// unaffected; ThreadSanitizer would report it).
#include <algorithm>
#include <deque>
#include <new>
#include <utility>
#include <vector>

#include "alex.h"

#include "omen_plugin.h"

namespace {

const omen_plugin_routines *omen; // the host's routines
typedef alex::Alex<uint64_t, uint64_t> alex_t;

} // namespace

struct omen_index {
    alex_t *a;
    std::deque<uint64_t> at_max; // payloads of the UINT64_MAX entries, oldest first
};

static int alex_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                      const char *params, omen_index **out, omen_error *err)
{
    int rc = omen->params_parse("peer_alex", params, nullptr, 0, err);
    if (rc)
        return rc;
    if (n > size_t(2147483647))
        return omen->errorf(err, OMEN_EINVAL, "peer_alex: ALEX bulk-loads at most 2^31-1 keys");
    omen_index *ix = nullptr;
    try {
        ix = new omen_index();
        ix->a = new alex_t();
        size_t m = n;
        while (m > 0 && keys[m - 1] == UINT64_MAX)
            m--;
        for (size_t i = m; i < n; i++)
            ix->at_max.push_back(payloads[i]);
        std::vector<std::pair<uint64_t, uint64_t>> v(m);
        for (size_t i = 0; i < m; i++)
            v[i] = std::make_pair(keys[i], payloads[i]);
        ix->a->bulk_load(v.data(), int(m));
    } catch (const std::bad_alloc &) {
        if (ix)
            delete ix->a;
        delete ix;
        return omen->errorf(err, OMEN_ENOMEM, "peer_alex: out of memory");
    }
    *out = ix;
    return OMEN_OK;
}

static int alex_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    if (key == UINT64_MAX) {
        if (ix->at_max.empty())
            return 0;
        *payload = ix->at_max.front();
        return 1;
    }
    alex_t::Iterator it = ix->a->lower_bound(key); // the left-most equal key
    if (it == ix->a->end() || it.key() != key)
        return 0;
    *payload = it.payload();
    return 1;
}

static omen_range_result alex_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    // No ALEX key is UINT64_MAX (its sentinel), and its lower_bound of that
    // value does not return end(): ask it only below.
    if (lo < UINT64_MAX)
        for (alex_t::Iterator it = ix->a->lower_bound(lo); it != ix->a->end() && it.key() <= hi;
             it++)
            r.count++, r.sum += it.payload();
    if (hi == UINT64_MAX)
        for (uint64_t p : ix->at_max)
            r.count++, r.sum += p;
    return r;
}

static int alex_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    try {
        if (key == UINT64_MAX)
            ix->at_max.push_back(payload);
        else
            ix->a->insert(key, payload);
    } catch (const std::bad_alloc &) {
        return omen->errorf(err, OMEN_ENOMEM, "peer_alex: out of memory inserting %llu",
                            (unsigned long long)key);
    }
    return OMEN_OK;
}

static int alex_erase(omen_index *ix, uint64_t key, omen_error *)
{
    if (key == UINT64_MAX) {
        if (ix->at_max.empty())
            return 0;
        ix->at_max.pop_front();
        return 1;
    }
    return ix->a->erase_one(key) > 0; // the left-most equal key: the oldest
}

static size_t alex_size_bytes(const omen_index *ix)
{
    return sizeof *ix + size_t(ix->a->model_size() + ix->a->data_size()) +
           ix->at_max.size() * sizeof(uint64_t);
}

static void alex_free(omen_index *ix)
{
    delete ix->a;
    delete ix;
}

static omen_index_vtable alex_vtable()
{
    omen_index_vtable vt = {}; // C++17: no designated initializers
    vt.version = OMEN_INDEX_VERSION;
    vt.name = "peer_alex";
    vt.description = "peer: ALEX (microsoft/ALEX, user's checkout) through an adapter, updatable";
    vt.params_help = "none";
    vt.caps = OMEN_CAP_OWNS_DATA;
    vt.build = alex_build;
    vt.get = alex_get;
    vt.range = alex_range;
    vt.size_bytes = alex_size_bytes;
    vt.free = alex_free;
    vt.insert = alex_insert;
    vt.erase = alex_erase;
    return vt;
}

static const omen_index_vtable peer_alex = alex_vtable();

OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err)
{
    OMEN_PLUGIN_REQUIRE_API(api_version, routines, err);
    omen = routines;
    return routines->register_index(&peer_alex, err);
}
