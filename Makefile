# Thin wrapper over CMake so a newcomer types only `make ...`.
#   make            configure and build into build/
#   make test       install missing deps, build, run every test (CTest)
#   make test-asan  the same tests under AddressSanitizer + UBSan (build-asan/)
#   make bench      install deps, build, prepare datasets, run the default sweep,
#                   write results/latest/bench.{csv,md,json}, print the table, plot
#   make bench-full the same at 200M keys with every workload (resumable)
#   make datasets   build the real datasets under datasets/data/
#   make claims     run the claims' experiments, write results/claims.md
#   make real-data  every variant on the real sets and at 100M: results/real-data.md
#   make bench-rw   read-write mixes (GRE's set) on the updatable variants and
#                   RocksDB: results/rw/ (about 15 min)
#   make build-scalar  omen-bench with no SIMD at all (claim 7's reference)
#   make results-status  every committed table, its commit, and whether it is stale
#   make rocksdb-release  Debian's RocksDB rebuilt with -DNDEBUG -O2 (optional)
#   make plots      gnuplot SVG, PNG and PDF from results/latest/bench.csv (PLOT_CSV=...)
#   make site       the static website from results/ into build/site/ (SITE_OUT=...)
#   make microbench every kernel x ISA x size through Google Benchmark
#   make python     install the Python package (import omen) with pip, no network
#   make deps       install missing Debian packages (apt)
#   make install    libomen.so, include/omen.h and omen.pc under PREFIX (/usr/local)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: bench-rw install python real-data claims build-scalar results-status rocksdb-release all build deps test test-asan test-tsan fuzz bench bench-full datasets plots site microbench check-warnings clean

all: build

build:
	@cmake -S . -B build -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build build -j $(JOBS)

deps:
	@sh scripts/deps.sh

# The library (libomen.so), its headers and omen.pc (pkg-config), under
# PREFIX; DESTDIR=... stages them elsewhere (packaging). Run ldconfig after
# installing to a system prefix.
PREFIX ?= /usr/local
install: build
	@DESTDIR="$(DESTDIR)" cmake --install build --prefix "$(abspath $(PREFIX))"

# CTest shows nothing for a skipped test, so each skipped test leaves its
# reason in a *.skipped file under the build tree, printed here.
test: deps build
	@cd build && ctest --output-on-failure -j $(JOBS); rc=$$?; \
		find . -name '*.skipped' -exec cat {} +; exit $$rc

test-asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DOMEN_SANITIZE=address,undefined $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		ctest --output-on-failure -j $(JOBS); rc=$$?; \
		find . -name '*.skipped' -exec cat {} +; exit $$rc

# ThreadSanitizer over the tests that share one index between threads
# (plain pthreads there: OpenMP's runtime is not TSan-instrumented), and
# inserts running beside reads (test_rocksdb).
test-tsan: deps
	@cmake -S . -B build-tsan -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DOMEN_SANITIZE=thread $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-tsan -j $(JOBS) --target test_threads test_rocksdb
	@cd build-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -R 'test_threads|test_rocksdb'

# libFuzzer targets, each for FUZZ_SECONDS (default 60), from the committed
# seed corpus (copied, so the repository's corpus stays small).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = fuzz_sosd fuzz_names fuzz_params fuzz_cli fuzz_index fuzz_writes
fuzz: deps
	@cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DOMEN_FUZZ=ON \
		-DOMEN_SANITIZE=address,undefined $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target $(FUZZ_TARGETS) >/dev/null
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p build-fuzz/corpus/$$t && cp -n tests/fuzz/corpus/$$t/* build-fuzz/corpus/$$t/ 2>/dev/null; \
		echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
		ASAN_OPTIONS=detect_leaks=1 build-fuzz/tests/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) \
			-print_final_stats=1 -artifact_prefix=build-fuzz/$$t- build-fuzz/corpus/$$t 2>build-fuzz/$$t.log \
			|| { tail -40 build-fuzz/$$t.log; echo "fuzz: $$t FAILED; the input is in build-fuzz/$$t-*"; exit 1; }; \
		grep -E 'stat::number_of_executed_units|stat::peak_rss' build-fuzz/$$t.log | tr '\n' ' '; echo; \
	done

bench: deps build build-scalar
	@sh scripts/bench.sh default

# 200M keys and every workload; resumes when interrupted (see README for its time).
bench-full: deps build
	@sh scripts/bench.sh full

# Issue 21's read-write sweep and targets: results/rw/.
bench-rw: deps build
	@sh scripts/bench_rw.sh

# Issue 16's targets on the real sets and at 100M keys: results/real-data.md.
real-data: deps build datasets
	@sh scripts/real_data.sh

# Eight published claims checked against the real RocksDB: results/claims.md.
claims: deps build build-scalar
	@python3 scripts/claims.py

# Claim 7's reference: the compiler may not vectorise anything, and claims.py
# runs it with --isa scalar, so no SIMD instruction runs in a lookup.
build-scalar:
	@cmake -S . -B build-scalar -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS=-fno-tree-vectorize $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-scalar -j $(JOBS) --target omen-bench

# Lists every committed table under results/ with the commit it was made at,
# and whether indexes/, kernels/, baselines/, harness/ or datasets/ changed
# since; rewrites results/README.md, the index of the tables.
results-status:
	@python3 scripts/results_status.py

# Optional, not part of make bench: Debian's own RocksDB source package
# rebuilt without assertions under build/rocksdb-release; CMake prefers it
# when present (reconfigure: make).
rocksdb-release:
	@sh scripts/rocksdb_release.sh

datasets: deps
	@sh datasets/make_datasets.sh

# Debian's python3 where there is one: python3-markdown (the claims page) is
# installed for it, not for a python3 from pyenv or a virtualenv.
PYTHON3 ?= $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || echo python3)

# The Python package (python/) for $(PYTHON3), with this build's libomen.so
# and omen.h bundled: pip with no network and no build isolation. PIP_ARGS
# replaces the default --break-system-packages (Debian's pip refuses any
# install outside apt without it; it lands under /usr/local), e.g.
# PIP_ARGS=--user or PIP_ARGS='--target DIR'.
PIP_ARGS ?=
python: deps build
	@sh scripts/python_install.sh $(PYTHON3) build $(PIP_ARGS)

# PLOT_CSV=file.csv to plot another run.
PLOT_CSV ?= results/latest/bench.csv
plots:
	@$(PYTHON3) plots/plot.py $(PLOT_CSV)

# The website: every table, plot, verdict and its provenance; open
# build/site/index.html. SITE_RESULTS=dir builds it from other results.
SITE_OUT ?= build/site
SITE_RESULTS ?= results
site:
	@$(PYTHON3) scripts/site.py --results $(SITE_RESULTS) --out $(SITE_OUT)

# Kernel microbenchmarks: Google Benchmark's table, each kernel on each ISA
# this CPU has, at window sizes 8..4096 and batch sizes 1..256 (~15 s).
# MB_ARGS passes options, e.g. MB_ARGS='--benchmark_filter=lower_bound'.
MB_ARGS ?=
microbench: deps build
	@test -x build/omen-microbench || { echo "omen: omen-microbench was not built (is libbenchmark-dev installed?)" >&2; exit 1; }
	./build/omen-microbench --benchmark_min_time=0.03 $(MB_ARGS)

# Warnings must stay clean with both gcc and clang: build each with -Werror.
check-warnings:
	@for cc in gcc clang; do \
		cmake -S . -B build-werror-$$cc -DCMAKE_C_COMPILER=$$cc -DCMAKE_BUILD_TYPE=Release \
			-DCMAKE_C_FLAGS=-Werror $(CMAKE_FLAGS) >/dev/null && \
		cmake --build build-werror-$$cc -j $(JOBS) >/dev/null && echo "$$cc: no warnings" || exit 1; \
	done

clean:
	rm -rf build build-scalar build-asan build-fuzz build-tsan build-werror-gcc build-werror-clang
