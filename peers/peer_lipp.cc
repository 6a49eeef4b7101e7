// peer_lipp: LIPP (Wu et al., VLDB 2021), the updatable learned index with
// precise positions, through omen's vtable as a plugin (include/omen_plugin.h).
//
// CMake given -DOMEN_LIPP_DIR=/path/to/lipp (a checkout of Jiacheng-WU/lipp,
// header-only) builds peer_lipp.so. This file is ours and calls only LIPP's
// public API: LIPP<K, P> (bulk_load, exists, at, insert, index_size).
//
// LIPP is a map of distinct keys with point lookups and inserts only: it has
// no erase (so this vtable has none), no range scan and no duplicates. The
// adapter therefore (1) keeps each distinct key in LIPP with its oldest
// payload and the later payloads of a repeated key in a side FIFO, like
// peer_alex; (2) answers range() by walking an ordered list of the distinct
// keys kept beside LIPP (the bulk-loaded ones in a sorted vector, inserted
// ones in a std::set) and asking LIPP for each key's payload, so range rows
// of peer_lipp measure that list as much as LIPP; (3) keeps out of LIPP an
// inserted key closer to its neighbours than LIPP's arithmetic separates:
// its models compute a * key + b with a double slope, and a node made for
// two keys a few units apart near 2^64 puts both in one slot, where LIPP's
// assertion ends the process (exit(0)). Such keys (gap below key / 2^56,
// far above that error; none below 2^56), bulk-loaded or inserted, wait in a
// side std::map. Point lookups (get) are LIPP's alone while that map is empty.
#include <algorithm>
#include <iterator>
#include <deque>
#include <map>
#include <new>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lipp.h"

#include "omen_plugin.h"

namespace {

const omen_plugin_routines *omen; // the host's routines
typedef std::pair<uint64_t, uint64_t> kv;

} // namespace

struct omen_index {
    LIPP<uint64_t, uint64_t> *l;  // each distinct key, with its oldest payload
    std::unordered_map<uint64_t, std::deque<uint64_t>> more; // later payloads, oldest first
    size_t extra;                 // entries in `more`
    std::vector<uint64_t> loaded; // the distinct keys bulk-loaded, ascending (for range)
    std::set<uint64_t> added;     // the distinct keys inserted since (for range)
    std::map<uint64_t, std::deque<uint64_t>> crowded; // keys kept out of LIPP (too close)
};

// The least distance LIPP's arithmetic separates from key (see the top).
static uint64_t min_gap(uint64_t key)
{
    return key >> 56;
}

static void lipp_delete(omen_index *ix)
{
    if (ix)
        delete ix->l;
    delete ix;
}

static int lipp_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                      const char *params, omen_index **out, omen_error *err)
{
    int rc = omen->params_parse("peer_lipp", params, nullptr, 0, err);
    if (rc)
        return rc;
    if (n > size_t(2147483647))
        return omen->errorf(err, OMEN_EINVAL, "peer_lipp: LIPP bulk-loads at most 2^31-1 keys");
    omen_index *ix = nullptr;
    try {
        ix = new omen_index();
        ix->l = new LIPP<uint64_t, uint64_t>();
        std::vector<kv> v;
        v.reserve(n);
        for (size_t i = 0; i < n; i++)
            if (i > 0 && keys[i] == keys[i - 1]) { // after the equal ones, wherever they went
                auto c = ix->crowded.find(keys[i]);
                if (c != ix->crowded.end()) {
                    c->second.push_back(payloads[i]);
                } else {
                    ix->more[keys[i]].push_back(payloads[i]);
                    ix->extra++;
                }
            } else if (!ix->loaded.empty() && keys[i] - ix->loaded.back() < min_gap(keys[i])) {
                // LIPP's bulk load pairs such neighbours in one node, as insert does
                ix->crowded[keys[i]].push_back(payloads[i]);
            } else {
                v.push_back(kv(keys[i], payloads[i]));
                ix->loaded.push_back(keys[i]);
            }
        ix->l->bulk_load(v.data(), int(v.size()));
    } catch (const std::bad_alloc &) {
        lipp_delete(ix);
        return omen->errorf(err, OMEN_ENOMEM, "peer_lipp: out of memory");
    }
    *out = ix;
    return OMEN_OK;
}

static int lipp_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    if (!ix->crowded.empty()) {
        auto c = ix->crowded.find(key);
        if (c != ix->crowded.end()) {
            *payload = c->second.front();
            return 1;
        }
    }
    if (!ix->l->exists(key))
        return 0;
    *payload = ix->l->at(key);
    return 1;
}

// The payloads of one distinct key: LIPP's and the later ones.
static void add_key(const omen_index *ix, uint64_t key, omen_range_result *r)
{
    r->count++, r->sum += ix->l->at(key);
    if (ix->extra) {
        auto m = ix->more.find(key);
        if (m != ix->more.end())
            for (uint64_t p : m->second)
                r->count++, r->sum += p;
    }
}

static omen_range_result lipp_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    for (auto it = std::lower_bound(ix->loaded.begin(), ix->loaded.end(), lo);
         it != ix->loaded.end() && *it <= hi; ++it)
        add_key(ix, *it, &r);
    for (auto it = ix->added.lower_bound(lo); it != ix->added.end() && *it <= hi; ++it)
        add_key(ix, *it, &r);
    for (auto it = ix->crowded.lower_bound(lo); it != ix->crowded.end() && it->first <= hi; ++it)
        for (uint64_t p : it->second)
            r.count++, r.sum += p;
    return r;
}

// The distance from key to the nearest distinct key held, up to `most`.
template <class It> static uint64_t gap_in(It begin, It end, It at, uint64_t key, uint64_t most)
{
    if (at != end)
        most = std::min(most, *at - key);
    if (at != begin)
        most = std::min(most, key - *std::prev(at));
    return most;
}

static bool too_close(const omen_index *ix, uint64_t key)
{
    uint64_t need = min_gap(key);
    if (need == 0)
        return false;
    uint64_t g = gap_in(ix->loaded.begin(), ix->loaded.end(),
                        std::lower_bound(ix->loaded.begin(), ix->loaded.end(), key), key, need);
    g = gap_in(ix->added.begin(), ix->added.end(), ix->added.lower_bound(key), key, g);
    return g < need;
}

static int lipp_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    try {
        auto c = ix->crowded.empty() ? ix->crowded.end() : ix->crowded.find(key);
        if (c != ix->crowded.end()) {
            c->second.push_back(payload);
        } else if (ix->l->exists(key)) { // after the equal ones
            ix->more[key].push_back(payload);
            ix->extra++;
        } else if (too_close(ix, key)) {
            ix->crowded[key].push_back(payload);
        } else {
            ix->added.insert(key);
            ix->l->insert(key, payload);
        }
    } catch (const std::bad_alloc &) {
        return omen->errorf(err, OMEN_ENOMEM, "peer_lipp: out of memory inserting %llu",
                            (unsigned long long)key);
    }
    return OMEN_OK;
}

static size_t lipp_size_bytes(const omen_index *ix)
{
    // LIPP's nodes (keys and payloads included), the ordered key list, and
    // the side FIFOs (16 bytes an entry, about 64 per repeated key).
    size_t crowded = 0;
    for (const auto &c : ix->crowded)
        crowded += 64 + c.second.size() * 16;
    return sizeof *ix + ix->l->index_size(true, false) + ix->loaded.capacity() * 8 +
           ix->added.size() * 40 + ix->extra * 16 + ix->more.size() * 64 + crowded;
}

static void lipp_free(omen_index *ix)
{
    lipp_delete(ix);
}

static omen_index_vtable lipp_vtable()
{
    omen_index_vtable vt = {}; // C++17: no designated initializers
    vt.version = OMEN_INDEX_VERSION;
    vt.name = "peer_lipp";
    vt.description = "peer: LIPP (Jiacheng-WU/lipp, user's checkout) through an adapter, inserts";
    vt.params_help = "none";
    vt.caps = OMEN_CAP_OWNS_DATA;
    vt.build = lipp_build;
    vt.get = lipp_get;
    vt.range = lipp_range;
    vt.size_bytes = lipp_size_bytes;
    vt.free = lipp_free;
    vt.insert = lipp_insert; // LIPP has no erase
    return vt;
}

static const omen_index_vtable peer_lipp = lipp_vtable();

OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err)
{
    OMEN_PLUGIN_REQUIRE_API(api_version, routines, err);
    omen = routines;
    return routines->register_index(&peer_lipp, err);
}
