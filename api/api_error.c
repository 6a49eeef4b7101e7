/* The thread's last failure, the library's version and build, and the
 * one-time set-up every entry that builds or measures runs first. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

#include "api/api_internal.h"
#include "harness/build_info.h"
#include "kernels/kernels.h"

/* errno's model: a successful call leaves the last failure in place, so a
 * caller may check codes first and read the message later. */
static _Thread_local omen_error last;

int api_fail(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    last.code = code;
    vsnprintf(last.msg, sizeof last.msg, fmt, ap);
    va_end(ap);
    return code;
}

int api_fail_err(const omen_error *err)
{
    int code = err->code ? err->code : OMEN_EINTERNAL;
    last.code = code;
    snprintf(last.msg, sizeof last.msg, "%s", err->msg[0] ? err->msg : "unknown error");
    return code;
}

const char *omen_errmsg(void)
{
    return last.code ? last.msg : "";
}

int omen_errcode(void)
{
    return last.code;
}

int omen_api_version(void)
{
    return OMEN_API_VERSION;
}

static char build_id[80];

static void build_id_fill(void)
{
    int dirty = bench_build_dirty();
    snprintf(build_id, sizeof build_id, "%s%s", bench_build_commit(),
             dirty > 0 ? "+dirty" : "");
}

const char *omen_build_id(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, build_id_fill);
    return build_id;
}

static omen_error init_err;

/* omen-bench picks its kernels in main(); a library has no main, so the
 * first call that needs them does (omen_kernels_init is not thread-safe,
 * hence the once). */
static void init_once(void)
{
    omen_error_clear(&init_err);
    omen_kernels_init(NULL, &init_err);
}

int api_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_once);
    if (init_err.code)
        return api_fail(init_err.code, "kernels: %s", init_err.msg);
    return OMEN_OK;
}
