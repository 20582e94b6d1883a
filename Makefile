# The two commands of the README:
#   make book   build the web book (creates .venv, installs pinned deps, regenerates
#               data/processed/, executes every notebook from a clean cache)
#   make test   run the whole test suite (creates .venv too if needed)
# Everything else here is a convenience for developers.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BOOK_ARGS := . --config book/_config.yml --toc book/_toc.yml

.PHONY: book pdf test venv data lexicon lock lab serve bench clean

book: $(STAMP)
	$(BIN)/govreport build
	rm -rf _build/html _build/.doctrees _build/jupyter_execute .jupyter_cache
	$(BIN)/jupyter-book build $(BOOK_ARGS) -W -n --keep-going

# The whole book as one PDF (offline): a single-page HTML build that reuses the executed
# notebooks of `make book`, printed by headless Chromium (apt-get install chromium
# poppler-utils). Written to _build/pdf/ and into the site as files/govreport-book.pdf.
# The PDF is printed from a single-page build; then the web book is built again so that its cite
# page links the PDF, which the build copies into the site (book/_ext/govreport_book.py).
pdf: $(STAMP)
	$(BIN)/govreport build
	rm -rf _build/singlehtml _build/html _build/.doctrees _build/jupyter_execute .jupyter_cache
	$(BIN)/jupyter-book build $(BOOK_ARGS) --builder singlehtml
	$(BIN)/python -m govreport.publish.pdf _build/singlehtml _build/pdf/govreport-book.pdf
	rm -rf _build/html _build/.doctrees _build/jupyter_execute .jupyter_cache
	$(BIN)/jupyter-book build $(BOOK_ARGS) -W -n --keep-going

test: $(STAMP)
	$(BIN)/python -m pytest

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11" >&2; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

data: $(STAMP)
	$(BIN)/govreport build

# Propose user-dictionary terms from the corpora (new-word discovery + the genre list) and let the
# corpus rule (src/govreport/lexicon/corpus_rules.yml) regenerate lexicon/corpus_terms.tsv; the
# curated decisions are src/govreport/lexicon/user_dict.tsv and genre_terms.tsv (see their headers).
lexicon: $(STAMP)
	$(BIN)/govreport lexicon discover --write -o data/interim/lexicon_candidates.csv

# Regenerate requirements.lock from pyproject.toml (needs network; commit the result).
lock:
	uv pip compile pyproject.toml --extra dev --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 --generate-hashes --no-header -o requirements.lock

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

serve:
	$(PYTHON) -m http.server --directory _build/html 8000

bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf _build .jupyter_cache
