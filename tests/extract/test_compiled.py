"""The compiled extractor (setup.py with KTXH_COMPILE=1: what scripts/bootstrap.sh installs for the program) reads
every text as the plain-Python one the tests run does: the same facts, with the same rules and diagnostics, on the
seed, every gold set and every example of the corpus."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from tests.conftest import SHARED

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUILD_FILES = ("pyproject.toml", "setup.py", "README.md")

# Run in a child process: a digest of what extract() gives for each file (a text, or a corpus file's examples).
DIGESTS = """
import hashlib, json, sys
from pathlib import Path
import yaml
import ktxh.extract.scan
from ktxh.extract import extract

compiled = ktxh.extract.scan.__file__.endswith((".so", ".pyd"))
assert compiled == (sys.argv[1] == "compiled"), ktxh.extract.scan.__file__

def strings(node):
    if isinstance(node, dict):
        return [s for v in node.values() for s in strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in strings(v)]
    return [node] if isinstance(node, str) else []

out = {}
for name in sys.argv[2:]:
    path = Path(name)
    raw = path.read_text(encoding="utf-8")
    texts = strings(yaml.safe_load(raw)) if path.suffix == ".yaml" else [raw]
    results = [extract(text) for text in texts]
    out[name] = hashlib.sha1(repr([(r.facts, r.diagnostics) for r in results]).encode()).hexdigest()
print(json.dumps(out))
"""


def _inputs() -> list[str]:
    tests = ROOT / "tests"
    paths = [SHARED / "corpus" / "laichau-2012-9t.txt", *sorted(tests.glob("devset*/*.txt"))]
    paths += [*sorted(tests.glob("holdout*/*.txt")), *sorted((tests / "corpus").glob("*.yaml"))]
    return [str(p) for p in paths if p.is_file()]


def _digests(kind: str, pythonpath: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)  # ahead of the editable install in site-packages
    done = subprocess.run(
        [sys.executable, "-c", DIGESTS, kind, *_inputs()], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, str] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built as bootstrap.sh builds it for the program, unpacked into a folder of its own."""
    if not any(shutil.which(cc) for cc in ("cc", "gcc", "clang")):
        pytest.skip("no C compiler: the program's install falls back to plain Python")
    tmp = tmp_path_factory.mktemp("compiled")
    source = tmp / "source"
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.so"))
    for name in BUILD_FILES:
        shutil.copy(ROOT / name, source / name)
    env = {**os.environ, "KTXH_COMPILE": "1"}
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp), "."]
    built = subprocess.run(command, cwd=source, capture_output=True, text=True, env=env, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    site = tmp / "site"
    (wheel,) = tmp.glob("ktxh-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def test_the_wheel_holds_the_compiled_modules_and_the_lexicon(compiled_site: Path) -> None:
    extract = compiled_site / "ktxh" / "extract"
    assert list(extract.glob("scan.*.so")), "the scanner is not compiled"
    assert list((extract / "rules").glob("indicator.*.so")), "the naming rules are not compiled"
    assert not list((extract / "rules").glob("sentence.*.so")), "sentence.py fills __dict__: it must stay Python"
    assert (extract / "lexicon" / "vi" / "comparisons.yaml").is_file()


def test_compiled_extractor_reads_every_text_as_the_plain_one(compiled_site: Path) -> None:
    plain = _digests("plain", None)
    compiled = _digests("compiled", compiled_site)
    assert len(plain) > 100  # the seed, every set's passages and the corpus files
    differing = sorted(name for name in plain if compiled.get(name) != plain[name])
    assert not differing, f"the compiled extractor reads these differently: {differing[:10]}"
