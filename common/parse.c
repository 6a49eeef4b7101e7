#include "common/parse.h"

#include <errno.h>
#include <stdlib.h>

int omen_parse_count(const char *s, unsigned long long *out)
{
    if (!s || *s < '0' || *s > '9')
        return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno)
        return -1;
    unsigned long long mult = 1;
    switch (*end) {
    case 'k': case 'K': mult = 1000ull; end++; break;
    case 'm': case 'M': mult = 1000000ull; end++; break;
    case 'g': case 'G': mult = 1000000000ull; end++; break;
    default: break;
    }
    if (*end != '\0')
        return -1;
    if (v > ~0ull / mult)
        return -1;
    *out = v * mult;
    return 0;
}
