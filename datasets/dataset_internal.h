#ifndef OMEN_DATASET_INTERNAL_H
#define OMEN_DATASET_INTERNAL_H
#include "datasets/dataset.h"
/* Allocates payloads and hashes; frees the dataset on failure. */
int omen_dataset_finish(omen_dataset *d, omen_error *err);
#endif
