# The two commands README.md starts with, and the chores around them.
# `make demo` and `make test` install what is missing (scripts/setup.sh), build, and run.

BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
LAUNCHER := $(shell command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

.PHONY: setup build demo test test-fast test-asan golden-update grammar bench clean

setup:
	@bash scripts/setup.sh

$(BUILD)/CMakeCache.txt:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(LAUNCHER) $(CMAKE_FLAGS) >/dev/null

build: setup $(BUILD)/CMakeCache.txt
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/ecsgen check samples/web-alb.ecs
	$(BUILD)/ecsgen compile samples/web-alb.ecs -o out/web-alb
	@echo "demo: Terraform JSON for samples/web-alb.ecs is in out/web-alb/"

test-fast: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The sanitizer run: the same tests under AddressSanitizer + UndefinedBehaviorSanitizer, leaks on.
test-asan: setup
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DECSGEN_SANITIZE=ON $(LAUNCHER) >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ECSGEN_SLOW_ORACLES=0 \
	  ctest --output-on-failure -j $(JOBS) -E 'grammar_fresh|oracle'

test: test-fast test-asan

golden-update: build
	python3 tests/golden/run.py --ecsgen $(BUILD)/ecsgen --update

grammar:
	cd grammar && /usr/bin/antlr4 -Dlanguage=Cpp -no-listener -no-visitor -package ecsgen::grammar \
	  -o generated -Xexact-output-dir Ecs.g4

bench: build
	python3 bench/run.py --ecsgen $(BUILD)/ecsgen

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) out
