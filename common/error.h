/* Errors: a code plus a message, the way sqlite3 reports them. Library code
 * never exits or prints; it fills an omen_error and returns the code. */
#ifndef OMEN_ERROR_H
#define OMEN_ERROR_H

#ifndef OMEN_CODES_DEFINED
#define OMEN_CODES_DEFINED
enum omen_code {
    OMEN_OK = 0,
    OMEN_EINVAL = 1,   /* bad argument, parameter or input data */
    OMEN_ENOMEM = 2,   /* an allocation failed */
    OMEN_EIO = 3,      /* a file could not be read, written or opened */
    OMEN_ENOTSUP = 4,  /* the index lacks this capability */
    OMEN_EINTERNAL = 5 /* a bug, or an answer that failed validation */
};
#endif

typedef struct omen_error {
    int code;
    char msg[512];
} omen_error;

/* Sets err (when not NULL) and returns code, so callers write
 * `return omen_errorf(err, OMEN_EINVAL, "...", ...);`. */
int omen_errorf(omen_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

void omen_error_clear(omen_error *err);
const char *omen_code_name(int code);

#endif
