// peer_alex: ALEX (Ding et al., SIGMOD 2020), the updatable adaptive learned
// index, through omen's vtable as a plugin (include/omen_plugin.h), so it
// runs in omen's read and read-write sweeps beside omen's own variants.
//
// CMake given -DOMEN_ALEX_DIR=/path/to/ALEX (a checkout of microsoft/ALEX,
// header-only) builds peer_alex.so. This file is ours and calls only ALEX's
// public API: alex::Alex<K, P> without duplicates (bulk_load, get_payload,
// lower_bound and its iterator, insert, erase, model_size, data_size).
//
// ALEX owns a copy of the data. Two library limits the adapter works
// around to give exact answers on every key set omen-check tries:
// - ALEX reserves the largest key value as the sentinel of its gaps, so the
//   entries with key UINT64_MAX are kept beside it, a FIFO of payloads;
// - ALEX's duplicate mode cannot split a node holding a long run of equal
//   keys: inserting into such runs (omen-check's dups:20K scenario) made it
//   allocate past 3 GB and fail. So ALEX holds each distinct key once, with
//   its oldest payload, and the later payloads of a repeated key wait in a
//   side FIFO (empty, and never looked at, when the keys are distinct).
// ALEX counts lookups in a plain (mutable) statistics field, so concurrent
// reads race on that counter (answers are unaffected; TSan would report it).
#include <algorithm>
#include <deque>
#include <new>
#include <unordered_map>
#include <utility>
#include <vector>

#include "alex.h"

#include "omen_plugin.h"

namespace {

const omen_plugin_routines *omen; // the host's routines
typedef std::pair<uint64_t, uint64_t> kv;
typedef alex::Alex<uint64_t, uint64_t, alex::AlexCompare, std::allocator<kv>, false> alex_t;

} // namespace

struct omen_index {
    alex_t *a;                   // each distinct key below UINT64_MAX, its oldest payload
    std::unordered_map<uint64_t, std::deque<uint64_t>> more; // later payloads, oldest first
    std::deque<uint64_t> at_max; // payloads of the UINT64_MAX entries, oldest first
    size_t extra;                // entries in `more`
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
        std::vector<kv> v;
        v.reserve(m);
        for (size_t i = 0; i < m; i++)
            if (i == 0 || keys[i] != keys[i - 1]) {
                v.push_back(kv(keys[i], payloads[i]));
            } else {
                ix->more[keys[i]].push_back(payloads[i]);
                ix->extra++;
            }
        ix->a->bulk_load(v.data(), int(v.size()));
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
    const uint64_t *p = ix->a->get_payload(key);
    if (!p)
        return 0;
    *payload = *p;
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
             it++) {
            r.count++, r.sum += it.payload();
            if (ix->extra) {
                auto m = ix->more.find(it.key());
                if (m != ix->more.end())
                    for (uint64_t p : m->second)
                        r.count++, r.sum += p;
            }
        }
    if (hi == UINT64_MAX)
        for (uint64_t p : ix->at_max)
            r.count++, r.sum += p;
    return r;
}

static int alex_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    try {
        if (key == UINT64_MAX) {
            ix->at_max.push_back(payload);
        } else if (ix->a->get_payload(key)) { // after the equal ones
            ix->more[key].push_back(payload);
            ix->extra++;
        } else {
            ix->a->insert(key, payload);
        }
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
    uint64_t *p = ix->a->get_payload(key);
    if (!p)
        return 0;
    auto m = ix->extra ? ix->more.find(key) : ix->more.end();
    if (m == ix->more.end())
        return ix->a->erase(key) > 0;
    *p = m->second.front(); // the next oldest takes the erased one's place
    m->second.pop_front();
    ix->extra--;
    if (m->second.empty())
        ix->more.erase(m);
    return 1;
}

static size_t alex_size_bytes(const omen_index *ix)
{
    // The side FIFOs: 16 bytes an entry (its payload and its share of the
    // deque's blocks), plus about 64 bytes of hash node per repeated key.
    return sizeof *ix + size_t(ix->a->model_size() + ix->a->data_size()) +
           (ix->at_max.size() + ix->extra) * 16 + ix->more.size() * 64;
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
