#include "common/error.h"

#include <stdarg.h>
#include <stdio.h>

int omen_errorf(omen_error *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}

void omen_error_clear(omen_error *err)
{
    if (err) {
        err->code = OMEN_OK;
        err->msg[0] = '\0';
    }
}

const char *omen_code_name(int code)
{
    switch (code) {
    case OMEN_OK: return "ok";
    case OMEN_EINVAL: return "invalid input";
    case OMEN_ENOMEM: return "out of memory";
    case OMEN_EIO: return "I/O error";
    case OMEN_ENOTSUP: return "not supported";
    default: return "internal error";
    }
}
