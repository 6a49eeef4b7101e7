/* The README's example of omen as a library (compiled and run by
 * test_api_example and, against an installed copy, test_install). */
#include <omen.h>
#include <stdio.h>

int main(void)
{
    uint64_t keys[] = {2, 3, 5, 7, 11, 13}, payload;
    omen_handle *h;
    if (omen_build("pla", "eps=4", keys, NULL, 6, &h) != OMEN_OK) {
        fprintf(stderr, "omen: %s\n", omen_errmsg());
        return 1;
    }
    if (omen_get(h, 7, &payload))
        printf("7 is key number %llu\n", (unsigned long long)payload);
    omen_close(h);
    return 0;
}
