/* Number parsing shared by the command line, dataset specs and index
 * parameters (kept here so datasets/ need not include indexes/). */
#ifndef OMEN_PARSE_H
#define OMEN_PARSE_H

/* Parses an unsigned count with an optional K/M/G suffix (powers of 1000:
 * "10M" = 10,000,000). Returns 0 on success. */
int omen_parse_count(const char *s, unsigned long long *out);

#endif
