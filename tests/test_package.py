"""The wheel carries the ontology and the query library, and an installed kommungraf works outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import EXAMPLES, ROOT


def build_wheel(out: Path) -> Path:
    from hatchling.builders.wheel import WheelBuilder

    return Path(next(iter(WheelBuilder(str(ROOT)).build(directory=str(out), versions=["standard"]))))


def test_the_wheel_ships_the_ontology_the_gazetteer_and_every_named_query(tmp_path):
    names = set(zipfile.ZipFile(build_wheel(tmp_path)).namelist())
    for f in ("ontology/kommungraf.ttl", "ontology/shapes.ttl", "ontology/gazetteer/parties.csv"):
        assert f"kommungraf/_data/{f}" in names
    for rq in (ROOT / "queries").rglob("*.rq"):  # engine variants (queries/oxigraph/) too
        assert f"kommungraf/_data/queries/{rq.relative_to(ROOT / 'queries').as_posix()}" in names


def test_an_installed_wheel_loads_and_queries_far_from_the_checkout(tmp_path):
    wheel = build_wheel(tmp_path / "dist")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "KOMMUNGRAF_STORE": str(work / "store")}
    run = [sys.executable, "-c", "import sys; from kommungraf.cli import main; sys.exit(main(sys.argv[1:]))"]
    load = subprocess.run([*run, "load", str(EXAMPLES), "--quiet"], cwd=work, env=env, capture_output=True,
                          text=True, timeout=120)
    assert load.returncode == 0, load.stderr
    q = subprocess.run([*run, "query", "votes", "--format", "csv"], cwd=work, env=env, capture_output=True,
                       text=True, timeout=60)
    assert q.returncode == 0, q.stderr
    assert "Kommunstyrelsen" in q.stdout
    where = subprocess.run([sys.executable, "-c", "import kommungraf.resources as r; print(r.data_dir('queries'))"],
                           cwd=work, env=env, capture_output=True, text=True, timeout=60)
    assert str(site) in where.stdout
