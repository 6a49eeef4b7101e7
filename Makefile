# Thin wrapper over CMake so a newcomer types only `make ...`.
#   make            configure and build into build/
#   make test       install missing deps, build, run every test (CTest)
#   make test-asan  the same tests under AddressSanitizer + UBSan (build-asan/)
#   make bench      install deps, build, run the default sweep, print the table
#   make microbench every kernel x ISA x size through Google Benchmark
#   make deps       install missing Debian packages (apt)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all build deps test test-asan bench microbench check-warnings clean

all: build

build:
	@cmake -S . -B build -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build build -j $(JOBS)

deps:
	@sh scripts/deps.sh

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

bench: deps build
	@mkdir -p results/latest
	./build/omen-bench --data lognormal:10M,uniform_sparse:10M,zipf_gaps:10M,normal:10M \
		--index binsearch,linear --lookups 1M --repeat 5 \
		--out results/latest/bench.md --format md
	@cat results/latest/bench.md

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
	rm -rf build build-asan build-werror-gcc build-werror-clang
