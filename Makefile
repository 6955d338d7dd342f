# Two entry points, each of which sets up what it needs: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kommungraf
DEMO_STORE := out/demo-store

.PHONY: test demo lint install clean

install: $(VENV)/.installed

# uv is used where it is installed (seconds); otherwise the standard venv and pip (a minute).
$(VENV)/.installed: pyproject.toml
	@if command -v uv >/dev/null 2>&1; then \
	  UV_PYTHON_DOWNLOADS=never uv venv -q --allow-existing $(VENV) && \
	  UV_PYTHON_DOWNLOADS=never uv pip install -q --python $(PY) -e '.[dev]'; \
	else \
	  python3 -m venv $(VENV) && $(PY) -m pip install -q --upgrade pip && $(PY) -m pip install -q -e '.[dev]'; \
	fi
	@touch $@

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check kommungraf tests benchmarks

demo: install
	@rm -rf $(DEMO_STORE) && mkdir -p out
	$(KG) load examples --store $(DEMO_STORE)
	$(KG) query referrals --store $(DEMO_STORE)
	$(KG) query statements --store $(DEMO_STORE)
	$(KG) query agreements --store $(DEMO_STORE) --param organisation="Polisregion Stockholm"
	$(KG) query votes --store $(DEMO_STORE)
	$(KG) query case-history --store $(DEMO_STORE) --param case="KS 2024/0117"
	$(KG) timeline --case "KS 2024/0117" --store $(DEMO_STORE)
	$(KG) timeline --case "KS 2024/0117" --store $(DEMO_STORE) --output out/timeline-case.html
	$(KG) timeline --case "KS 2024/0117" --store $(DEMO_STORE) --output out/timeline-case.png
	$(KG) search "samverkan polis" --store $(DEMO_STORE)
	$(KG) validate --store $(DEMO_STORE)
	$(KG) network co-signing --store $(DEMO_STORE) --format html --output out/co-signing.html
	$(KG) network case-flow --store $(DEMO_STORE) --format png --output out/case-flow.png
	$(KG) status --store $(DEMO_STORE)
	@echo "The demo store is in $(DEMO_STORE); the networks are out/co-signing.html and out/case-flow.png, the timeline out/timeline-case.html and .png."
	@echo "Query it with: $(KG) query NAME --store $(DEMO_STORE); serve it with: $(KG) serve --store $(DEMO_STORE)"

clean:
	rm -rf $(VENV) out .pytest_cache
