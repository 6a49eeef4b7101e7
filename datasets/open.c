/* omen_dataset_open: a name to a dataset, through the generator or the SOSD
 * loader. Kept apart from dataset.c, which the loaders call to finish a
 * dataset, so no file both calls the loaders and is called by them. */
#include "datasets/dataset.h"

int omen_dataset_open(const char *spec, omen_dataset *out, omen_error *err)
{
    if (omen_synth_is_name(spec))
        return omen_dataset_generate(spec, out, err);
    return omen_dataset_load_sosd(spec, out, err);
}
