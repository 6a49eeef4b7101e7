// An omen plugin in C++: a std::vector of (key, payload) pairs, searched
// with std::lower_bound. It owns a copy of the data (OMEN_CAP_OWNS_DATA),
// so it answers get and range itself, and it takes inserts and erases.
//
// Build:  make OMEN=/path/to/omen     (or the CMake snippet in CMakeLists.txt)
// Check:  omen-check --plugin ./vector_plugin.so
#include <algorithm>
#include <new>
#include <utility>
#include <vector>

#include "omen_plugin.h"

namespace {

const omen_plugin_routines *omen; // the host's routines

using entry = std::pair<uint64_t, uint64_t>; // key, payload

bool key_less(const entry &e, uint64_t key) { return e.first < key; }
bool less_key(uint64_t key, const entry &e) { return key < e.first; }

} // namespace

struct omen_index {
    std::vector<entry> v; // ascending keys; equal keys in insertion order
};

// C++ exceptions must not cross into omen (a C caller): catch them all.
static int vec_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    int rc = omen->params_parse("ex_vector", params, nullptr, 0, err);
    if (rc)
        return rc;
    try {
        omen_index *ix = new omen_index;
        ix->v.reserve(n);
        for (size_t i = 0; i < n; i++)
            ix->v.emplace_back(keys[i], payloads[i]);
        *out = ix;
        return OMEN_OK;
    } catch (const std::bad_alloc &) {
        return omen->errorf(err, OMEN_ENOMEM, "ex_vector: out of memory for %zu keys", n);
    }
}

static int vec_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    auto it = std::lower_bound(ix->v.begin(), ix->v.end(), key, key_less);
    if (it == ix->v.end() || it->first != key)
        return 0;
    *payload = it->second;
    return 1;
}

static omen_range_result vec_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    auto a = std::lower_bound(ix->v.begin(), ix->v.end(), lo, key_less);
    auto b = std::upper_bound(a, ix->v.end(), hi, less_key);
    for (; a != b; ++a)
        r.count++, r.sum += a->second;
    return r;
}

static int vec_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    try { // after the equal keys, so get() keeps answering the oldest
        ix->v.insert(std::upper_bound(ix->v.begin(), ix->v.end(), key, less_key),
                     entry(key, payload));
        return OMEN_OK;
    } catch (const std::bad_alloc &) {
        return omen->errorf(err, OMEN_ENOMEM, "ex_vector: out of memory inserting %llu",
                            (unsigned long long)key);
    }
}

static int vec_erase(omen_index *ix, uint64_t key, omen_error *)
{
    auto it = std::lower_bound(ix->v.begin(), ix->v.end(), key, key_less);
    if (it == ix->v.end() || it->first != key)
        return 0;
    ix->v.erase(it);
    return 1;
}

static size_t vec_size_bytes(const omen_index *ix)
{
    return sizeof *ix + ix->v.capacity() * sizeof(entry);
}

static void vec_free(omen_index *ix) { delete ix; }

static omen_index_vtable make_vtable()
{
    omen_index_vtable vt = {}; // C++ before 20 has no designated initializers
    vt.version = OMEN_INDEX_VERSION;
    vt.name = "ex_vector";
    vt.description = "example C++ plugin: sorted std::vector + std::lower_bound, with writes";
    vt.params_help = "none";
    vt.caps = OMEN_CAP_OWNS_DATA;
    vt.build = vec_build;
    vt.get = vec_get;
    vt.range = vec_range;
    vt.size_bytes = vec_size_bytes;
    vt.free = vec_free;
    vt.insert = vec_insert;
    vt.erase = vec_erase;
    return vt;
}

static const omen_index_vtable ex_vector = make_vtable();

OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err)
{
    OMEN_PLUGIN_REQUIRE_API(api_version, routines, err);
    omen = routines;
    return routines->register_index(&ex_vector, err);
}
