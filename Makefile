# Crier: plain Makefile over pkg-config.  `make help` lists the targets.
CC      ?= cc
PKGS    := libuv sqlite3 libpq jansson libcmark openssl libcurl icu-uc icu-i18n zlib vips libxml-2.0
CFLAGS_STRICT := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow \
	-Wstrict-prototypes -Wmissing-prototypes -Wpointer-arith -Wformat=2 -fno-common
OPT     ?= -O2 -g
CFLAGS  ?=
# The packages' flags are read when first used, not when this file is read:
# on a fresh machine `make run` installs them (deps-build-check) before the
# first compile, and flags read earlier would be empty. Each is read once.
PKG_CFLAGS = $(eval PKG_CFLAGS := $$(shell pkg-config --cflags $$(PKGS) 2>/dev/null))$(PKG_CFLAGS)
PKG_LIBS = $(eval PKG_LIBS := $$(shell pkg-config --libs $$(PKGS) 2>/dev/null))$(PKG_LIBS)
CPPFLAGS_ALL = -Isrc $(PKG_CFLAGS)
LIBS    = $(PKG_LIBS) -lhttp_parser -lstemmer -largon2 -lpthread -lm

ifdef SANITIZE
BUILD   := build/san
SANFLAGS := -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT     := -O1 -g
else
BUILD   := build/rel
SANFLAGS :=
endif

ALL_CFLAGS = $(CFLAGS_STRICT) $(OPT) $(SANFLAGS) $(CPPFLAGS_ALL) $(CFLAGS)
SRC     := $(wildcard src/*.c src/store/*.c src/bus/*.c src/cli/*.c)
LIBSRC  := $(filter-out src/main.c,$(SRC))
LIBOBJ  := $(LIBSRC:%.c=$(BUILD)/%.o) $(BUILD)/webassets.o $(BUILD)/dictpairs.o
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
WEB     := $(wildcard web/*)

.PHONY: all run test test-unit test-e2e test-fuzz bench eval pairs gpairs fuzz format format-check lint clean deps deps-test help install

# make install [PREFIX=/usr/local] [DESTDIR=]: the binary, the systemd unit, the
# sysusers entry for the crier user, and an example config (never overwritten).
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
SYSCONFDIR ?= /etc
UNITDIR ?= $(PREFIX)/lib/systemd/system
SYSUSERSDIR ?= $(PREFIX)/lib/sysusers.d
DOCDIR  ?= $(PREFIX)/share/doc/crier
INSTALL_BIN ?= crier

all: crier

help:
	@echo "make            build ./crier"
	@echo "make run        install what is missing, build, serve on 127.0.0.1:8080 (data in ./var)"
	@echo "make test       install what is missing, run unit, end-to-end and fuzz-smoke tests"
	@echo "make bench      fan-out and publish benchmarks (see bench/README.md)"
	@echo "make eval       selection quality on the news days of eval/ (see eval/README.md)"
	@echo "make pairs      a study: pair features and a fitted pair score (eval/learn.py)"
	@echo "make gpairs     a study: story-pair features and a fitted merge score (eval/gmerge.py)"
	@echo "make fuzz       longer libFuzzer runs (FUZZ_SECONDS=120 each)"
	@echo "make SANITIZE=address,undefined test   the suite under ASan+UBSan"
	@echo "make install    PREFIX=/usr/local DESTDIR=: binary, systemd unit, crier user, /etc/crier/crier.conf"
	@echo "make format | lint | clean"

crier: $(BUILD)/crier
	cp $< $@.tmp && mv -f $@.tmp $@

$(BUILD)/crier: $(BUILD)/src/main.o $(BUILD)/libcrier.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/libcrier.a: $(LIBOBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c $(wildcard src/*.h src/store/*.h src/bus/*.h src/cli/*.h) | deps-build-check
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The web app is embedded in the binary: tools/embed turns web/* into C.
$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $<

# The app's strings come from the pages' table (src/page_text.h): tools/strings
# writes them as the module strings.js, embedded with web/*.
$(BUILD)/tools/strings: tools/strings.c src/page_text.c src/page_text.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ tools/strings.c src/page_text.c

$(BUILD)/gen/strings.js: $(BUILD)/tools/strings
	@mkdir -p $(dir $@)
	$(BUILD)/tools/strings $@

$(BUILD)/webassets.c: $(BUILD)/tools/embed $(WEB) web $(BUILD)/gen/strings.js
	$(BUILD)/tools/embed $@ $(WEB) $(BUILD)/gen/strings.js

$(BUILD)/webassets.o: $(BUILD)/webassets.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The selection's French-English word pairs come from Debian's FreeDict
# dictionaries (dict-freedict-fra-eng, dict-freedict-eng-fra): tools/dictpairs
# turns their mutual translations into C at build time.
DICTD   := /usr/share/dictd
$(BUILD)/tools/dictpairs: tools/dictpairs.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< -lz

$(BUILD)/dictpairs.c: $(BUILD)/tools/dictpairs | deps-build-check
	$(BUILD)/tools/dictpairs $@ $(DICTD)/freedict-fra-eng $(DICTD)/freedict-eng-fra

$(BUILD)/dictpairs.o: $(BUILD)/dictpairs.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libcrier.a tests/unit/tap.h tests/unit/post_records.h \
                 tests/unit/audit_writes.h tests/unit/store_notify_cases.h \
                 tests/unit/raw_db.h tests/unit/raw_sqlite.h tests/unit/store_members_cases.h \
                 tests/unit/store_cases_common.h tests/unit/store_sel_cases.h \
                 tests/unit/store_sources_cases.h tests/unit/store_stats_cases.h \
                 tests/unit/digest_edges.h tests/unit/digest_fixtures.h tests/unit/digest_synth.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(BUILD)/libcrier.a $(LIBS)

deps-build-check:
	@pkg-config --exists $(PKGS) && test -f /usr/include/http_parser.h && test -f /usr/include/libstemmer.h && test -f $(DICTD)/freedict-eng-fra.index || scripts/deps.sh build

deps:
	scripts/deps.sh build

deps-test:
	scripts/deps.sh test

run: deps crier
	./crier serve --data $${CRIER_DATA:-./var} --listen $${CRIER_LISTEN:-127.0.0.1:8080}

test: deps-test
	$(MAKE) $(BUILD)/crier $(UNIT_BIN)
	scripts/test.sh $(BUILD)

test-unit: crier $(UNIT_BIN)
	prove -e '' $(UNIT_BIN)

test-e2e: crier
	node --test --test-concurrency=1 --test-timeout=600000 tests/e2e/

test-fuzz:
	scripts/fuzz.sh smoke

fuzz:
	scripts/fuzz.sh long

PERF_BIN := $(BUILD)/perf/selection_perf $(BUILD)/perf/digest_perf $(BUILD)/perf/media_perf \
	$(BUILD)/perf/source_perf

$(BUILD)/perf/%: tests/perf/%.c $(BUILD)/libcrier.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(BUILD)/libcrier.a $(LIBS)

bench: deps-test crier $(PERF_BIN)
	bench/run.sh
	-$(BUILD)/perf/digest_perf
	-$(BUILD)/perf/selection_perf
	-$(BUILD)/perf/media_perf
	-$(BUILD)/perf/source_perf

# The selection benchmark of issue 11: grouping, top 5 and ledes against an
# editor's gold answer on eval/days/*.json. Prints a table, never fails on figures.
$(BUILD)/tools/eval: tools/eval.c tools/eval_day.c tools/eval_day.h tools/eval_split.c tools/eval_split.h tools/eval_trace.c tools/eval_trace.h $(BUILD)/libcrier.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ tools/eval.c tools/eval_day.c tools/eval_split.c tools/eval_trace.c $(BUILD)/libcrier.a $(LIBS)

# One row of features per pair of posts the grouping compared, with the gold
# label (eval/README.md, last section); eval/learn.py fits a pair score on them.
$(BUILD)/tools/pairs: tools/pairs.c tools/eval_day.c tools/eval_day.h tools/eval_trace.c tools/eval_trace.h $(BUILD)/libcrier.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ tools/pairs.c tools/eval_day.c tools/eval_trace.c $(BUILD)/libcrier.a $(LIBS)

pairs: $(BUILD)/tools/pairs
	$(BUILD)/tools/pairs $(sort $(wildcard $(EVAL_DAYS))) > $(BUILD)/pairs.tsv
	python3 eval/learn.py $(BUILD)/pairs.tsv

# One row of features per pair of final stories that share a walked key, with
# the gold label (eval/README.md, last section); eval/gmerge.py fits a
# story-level merge score on them and scores its merges leave-days-out.
$(BUILD)/tools/gpairs: tools/gpairs.c tools/eval_day.c tools/eval_day.h tools/eval_trace.c tools/eval_trace.h $(BUILD)/libcrier.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ tools/gpairs.c tools/eval_day.c tools/eval_trace.c $(BUILD)/libcrier.a $(LIBS)

gpairs: $(BUILD)/tools/gpairs
	$(BUILD)/tools/gpairs -p $(BUILD)/gposts.tsv $(sort $(wildcard $(EVAL_DAYS))) > $(BUILD)/gpairs.tsv
	python3 eval/gmerge.py $(BUILD)/gpairs.tsv $(BUILD)/gposts.tsv

# Days kept elsewhere: make eval EVAL_DAYS='/path/to/days/*.json'
EVAL_DAYS ?= eval/days/*.json
eval: $(BUILD)/tools/eval
	$(BUILD)/tools/eval $(sort $(wildcard $(EVAL_DAYS)))

install: $(INSTALL_BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) \
	  $(DESTDIR)$(SYSCONFDIR)/crier $(DESTDIR)$(DOCDIR)
	install -m 0755 $(INSTALL_BIN) $(DESTDIR)$(BINDIR)/crier
	sed -e 's|@BINDIR@|$(BINDIR)|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' dist/crier.service \
	  > $(DESTDIR)$(UNITDIR)/crier.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/crier.service
	install -m 0644 dist/crier.sysusers $(DESTDIR)$(SYSUSERSDIR)/crier.conf
	test -e $(DESTDIR)$(SYSCONFDIR)/crier/crier.conf || \
	  install -m 0644 dist/crier.conf $(DESTDIR)$(SYSCONFDIR)/crier/crier.conf
	install -m 0644 README.md docs/*.md $(DESTDIR)$(DOCDIR)/
	@if [ -z "$(DESTDIR)" ] && command -v systemd-sysusers >/dev/null; then \
	  systemd-sysusers $(SYSUSERSDIR)/crier.conf; \
	  echo "installed; start it with: systemctl daemon-reload && systemctl enable --now crier"; \
	fi

FORMAT_FILES = $(wildcard src/*.[ch] src/*/*.[ch] tests/unit/*.[ch] tests/fuzz/*.c bench/*.c)

format:
	clang-format -i $(FORMAT_FILES)

# Fails, naming the lines, when a file is not as `make format` leaves it.
format-check:
	clang-format --dry-run --Werror $(FORMAT_FILES)

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --std=c11 --inline-suppr --suppress=unknownMacro -Isrc src
	@! grep -nE '\b(sprintf|strcpy|strcat|gets|atoi|strtok)\s*\(' src/*.c src/*/*.c || \
	  (echo "banned function used" && false)
	scripts/shape.sh

clean:
	rm -rf build crier tests/fuzz/build
