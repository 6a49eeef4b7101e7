// Google Benchmark shim: the project's only C++. It registers one benchmark
// per kernel x argument x ISA and times omen_mb_run() (C, microbench.c), so
// everything measured is C. Names read kernel/isa/arg:N, e.g.
// lower_bound/avx2/window:64, with the ISAs of one argument next to each
// other. per_item is the time of one answer (a search, a prediction, a sum):
// the number to compare across ISAs.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "kernels/bench/microbench.h"

namespace {

const char *const kIsas[] = {"scalar", "avx2", "avx512", "neon"};

// Google Benchmark calls a benchmark several times while it settles on an
// iteration count, and the ISAs of one case and argument run back to back:
// the inputs (128 MiB for the DRAM cases) are built once for all of them.
struct Inputs {
    size_t kase = ~size_t(0), arg = 0;
    omen_mb *m = nullptr;
    omen_mb *get(size_t k, size_t a)
    {
        if (!m || k != kase || a != arg) {
            omen_mb_free(m);
            m = omen_mb_new(k, a);
            kase = k;
            arg = a;
        }
        return m;
    }
    ~Inputs() { omen_mb_free(m); }
};

void Run(benchmark::State &state, Inputs &inputs, size_t kase, const char *isa)
{
    omen_mb *m = inputs.get(kase, static_cast<size_t>(state.range(0)));
    if (!m || !omen_mb_use(m, isa)) {
        state.SkipWithError("could not set up the inputs");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(omen_mb_run(m));
    // Items per second, inverted: seconds per item, printed as e.g. 3.2ns.
    state.counters["per_item"] =
        benchmark::Counter(static_cast<double>(omen_mb_items(m)),
                           benchmark::Counter::kIsIterationInvariantRate |
                               benchmark::Counter::kInvert);
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    for (const char *isa : kIsas)
        if (!omen_mb_isa_available(isa))
            std::fprintf(stderr, "microbench: ISA %s is not available here, skipped\n", isa);
    Inputs inputs;
    size_t ncases;
    const omen_mb_case *cases = omen_mb_cases(&ncases);
    for (size_t c = 0; c < ncases; c++)
        for (size_t a = 0; a < cases[c].nargs; a++)
            for (const char *isa : kIsas) {
                if (!omen_mb_isa_available(isa))
                    continue;
                std::string name = std::string(cases[c].kernel) + "/" + isa;
                benchmark::RegisterBenchmark(name.c_str(),
                                             [&inputs, c, isa](benchmark::State &st) {
                                                 Run(st, inputs, c, isa);
                                             })
                    ->ArgName(cases[c].arg_name)
                    ->Arg(static_cast<int64_t>(cases[c].args[a]));
            }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
