/* Runtime plugins (issue 20): dlopen a shared object, call its
 * omen_plugin_init with the routines a plugin may use, and add the vtables
 * it registers to the registry: all of them or, on any failure, none. A
 * loaded plugin is never unloaded: its vtables live in the registry. */
#include "registry/registry.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/error.h"
#include "indexes/params.h"

enum { PENDING_MAX = 64 };

/* The load in progress: register_index has no context argument (plugins
 * call it as a plain function), so loads are serialised and it writes here. */
static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    int active;
    const char *path;
    const omen_index_vtable *vts[PENDING_MAX];
    size_t n;
    omen_error first; /* the first refused vtable, reported even if init says OK */
} pending;

/* Names reach --index, whose syntax uses ':', ',', '=' and '|'. */
static int name_ok(const char *name)
{
    if (!name || !*name)
        return 0;
    for (const char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_' || *p == '-' || *p == '.'))
            return 0;
    return 1;
}

static int plugin_register(const omen_index_vtable *vt, omen_error *err)
{
    omen_error why;
    int rc;
    if (!pending.active)
        return omen_errorf(err, OMEN_EINVAL,
                           "register_index called outside omen_plugin_init; register every "
                           "vtable from the entry point");
    if (!vt)
        rc = omen_errorf(&why, OMEN_EINVAL, "plugin %s: register_index(NULL)", pending.path);
    else if (omen_index_check(vt, &why) != OMEN_OK) {
        rc = why.code;
        if (vt->version != OMEN_INDEX_VERSION)
            omen_errorf(&why, rc,
                        "plugin %s: index %s has vtable version %d, this omen knows version "
                        "%d; rebuild the plugin against this omen's include/omen_plugin.h",
                        pending.path, vt->name ? vt->name : "(unnamed)", vt->version,
                        OMEN_INDEX_VERSION);
        else {
            char msg[sizeof why.msg];
            snprintf(msg, sizeof msg, "%s", why.msg);
            omen_errorf(&why, rc, "plugin %s: bad vtable: %s (see include/omen_plugin.h)",
                        pending.path, msg);
        }
    } else if (!name_ok(vt->name))
        rc = omen_errorf(&why, OMEN_EINVAL,
                         "plugin %s: index name '%s' cannot be given to --index; use letters, "
                         "digits, '_', '-' and '.'",
                         pending.path, vt->name);
    else if (pending.n == PENDING_MAX)
        rc = omen_errorf(&why, OMEN_EINVAL, "plugin %s: more than %d vtables", pending.path,
                         PENDING_MAX);
    else {
        pending.vts[pending.n++] = vt;
        return OMEN_OK;
    }
    if (pending.first.code == OMEN_OK)
        pending.first = why;
    if (err)
        *err = why;
    return rc;
}

static const omen_plugin_routines routines = {
    .api_version = OMEN_PLUGIN_API_VERSION,
    .size = sizeof(omen_plugin_routines),
    .register_index = plugin_register,
    .errorf = omen_errorf,
    .params_parse = omen_params_parse,
};

/* Loading a plugin twice (--plugin and OMEN_PLUGINS naming the same file)
 * registers the same vtables again: not a clash. */
static int already_loaded(void)
{
    size_t n;
    const omen_index_vtable *const *all = omen_registry(&n);
    for (size_t i = 0; i < pending.n; i++) {
        size_t j = 0;
        while (j < n && all[j] != pending.vts[i])
            j++;
        if (j == n)
            return 0;
    }
    return pending.n > 0;
}

static int load_locked(const char *path, omen_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return omen_errorf(err, OMEN_EIO,
                           "plugin %s: no such file; give the path of the built shared object "
                           "(e.g. ./myindex.so)",
                           path);
    if (!S_ISREG(st.st_mode))
        return omen_errorf(err, OMEN_EINVAL, "plugin %s: not a regular file; give the .so file",
                           path);
    /* Without a '/', dlopen would search the library path, not this file. */
    char local[4096];
    snprintf(local, sizeof local, "%s%s", strchr(path, '/') ? "" : "./", path);
    dlerror();
    void *h = dlopen(local, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        return omen_errorf(err, OMEN_EINVAL,
                           "plugin %s: cannot load it (%s); a plugin is a shared object built "
                           "with -shared -fPIC that links what it uses",
                           path, why ? why : "unknown reason");
    }
    dlerror();
    omen_plugin_init_fn *init = (omen_plugin_init_fn *)dlsym(h, "omen_plugin_init");
    if (!init) {
        dlclose(h);
        return omen_errorf(err, OMEN_EINVAL,
                           "plugin %s: no symbol omen_plugin_init; define it with "
                           "OMEN_PLUGIN_EXPORT from omen_plugin.h (in C++ it must be extern "
                           "\"C\"), as examples/ do",
                           path);
    }
    memset(&pending, 0, sizeof pending);
    pending.active = 1;
    pending.path = path;
    omen_error ierr;
    omen_error_clear(&ierr);
    int rc = init(OMEN_PLUGIN_API_VERSION, &routines, &ierr);
    pending.active = 0;
    if (rc != OMEN_OK && pending.first.code == OMEN_OK) {
        rc = omen_errorf(err, rc, "plugin %s: omen_plugin_init failed: %s", path,
                         ierr.msg[0] ? ierr.msg : omen_code_name(rc));
    } else if (pending.first.code != OMEN_OK) {
        *err = pending.first;
        rc = err->code;
    } else if (pending.n == 0) {
        rc = omen_errorf(err, OMEN_EINVAL,
                         "plugin %s: omen_plugin_init registered no index; call "
                         "routines->register_index for each vtable",
                         path);
    } else if (already_loaded()) {
        return OMEN_OK;
    } else if ((rc = omen_registry_add(pending.vts, pending.n, &ierr)) != OMEN_OK) {
        omen_errorf(err, rc, "plugin %s: %s; rename the plugin's index (its vtable's name)",
                    path, ierr.msg);
    }
    if (rc != OMEN_OK)
        dlclose(h);
    return rc;
}

int omen_registry_load_plugin(const char *path, omen_error *err)
{
    if (!path || !*path)
        return omen_errorf(err, OMEN_EINVAL, "plugin: empty path");
    pthread_mutex_lock(&load_lock);
    int rc = load_locked(path, err);
    pthread_mutex_unlock(&load_lock);
    return rc;
}

int omen_registry_load_plugins(const char *list, omen_error *err)
{
    if (!list)
        return OMEN_OK;
    char *copy = strdup(list);
    if (!copy)
        return omen_errorf(err, OMEN_ENOMEM, "out of memory");
    int rc = OMEN_OK;
    char *save = NULL;
    for (char *p = strtok_r(copy, ":", &save); p && !rc; p = strtok_r(NULL, ":", &save))
        rc = omen_registry_load_plugin(p, err);
    free(copy);
    return rc;
}
