/* What the files of libomen (api/) share: the thread's last error, the
 * handle, and the one-time set-up. Private to the library. */
#ifndef OMEN_API_INTERNAL_H
#define OMEN_API_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"
#include "omen.h"
#include "indexes/index.h"

struct omen_handle {
    const omen_index_vtable *vt;
    omen_index *ix;
    uint64_t *own_payloads; /* payload i = i when the caller passed none */
    size_t n;               /* entries, kept through inserts and erases */
};

/* Records a failure for omen_errmsg/omen_errcode and returns its code. */
int api_fail(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same from an omen_error a library function filled. */
int api_fail_err(const omen_error *err);
/* Kernels chosen once per process (OMEN_ISA, else the best this CPU has);
 * returns OMEN_OK or records why not. */
int api_init(void);

/* Arguments every function checks first: a NULL pointer is a caller's bug,
 * reported with the function's and the argument's name. */
#define API_NONNULL(p, fn)                                                        \
    do {                                                                          \
        if (!(p))                                                                 \
            return api_fail(OMEN_EINVAL, "%s: %s is NULL", fn, #p);              \
    } while (0)

#endif
