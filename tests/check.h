/* A minimal test harness: CHECK records a failure with its location and
 * carries on, so one run reports everything that is wrong. */
#ifndef OMEN_TEST_CHECK_H
#define OMEN_TEST_CHECK_H

#include <stdio.h>

static int check_failures;

#define CHECK(cond, ...)                                                                 \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            check_failures++;                                                            \
            if (check_failures <= 50) {                                                  \
                fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, __LINE__, #cond); \
                fprintf(stderr, __VA_ARGS__);                                            \
                fputc('\n', stderr);                                                     \
            }                                                                            \
        }                                                                                \
    } while (0)

static inline int check_report(const char *suite)
{
    if (check_failures)
        fprintf(stderr, "%s: %d check(s) failed\n", suite, check_failures);
    else
        printf("%s: all checks passed\n", suite);
    return check_failures ? 1 : 0;
}

#endif
