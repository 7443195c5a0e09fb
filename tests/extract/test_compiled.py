"""The compiled extractor (setup.py with KTXH_COMPILE=1: what scripts/bootstrap.sh installs for the program) reads
every text as the plain-Python one the tests run does: the same facts, with the same rules and diagnostics, on the
seed, every gold set and every example of the corpus."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from tests.conftest import SHARED
from tests.extract.test_robustness import REPORT_CHARACTERS

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
    if path.suffix == ".json":
        texts = json.loads(raw)  # random and adversarial texts
    else:
        texts = strings(yaml.safe_load(raw)) if path.suffix == ".yaml" else [raw]
    results = [extract(text) for text in texts]
    out[name] = hashlib.sha1(repr([(r.facts, r.diagnostics) for r in results]).encode()).hexdigest()
print(json.dumps(out))
"""


def _inputs(odd: Path) -> list[str]:
    tests = ROOT / "tests"
    paths = [SHARED / "corpus" / "laichau-2012-9t.txt", *sorted(tests.glob("devset*/*.txt"))]
    paths += [*sorted(tests.glob("holdout*/*.txt")), *sorted((tests / "corpus").glob("*.yaml")), odd]
    return [str(p) for p in paths if p.is_file()]


# Random strings of report text's characters reach rules' odd corners, where the compiled extractor, which checks
# the types its annotations state, could fail where Python goes on.


def _odd_texts(path: Path) -> Path:
    """A file of random and adversarial texts, the same on every run."""
    rng = random.Random(20261207)
    texts = ["".join(rng.choice(REPORT_CHARACTERS) for _ in range(rng.randrange(400))) for _ in range(400)]
    texts += ["".join(chr(rng.randrange(0x20, 0x2000)) for _ in range(rng.randrange(300))) for _ in range(100)]
    texts += [
        "Tổng " + "9" * 10_000 + " tấn, tăng " + "1" * 5_000 + "%",
        "1.0" + ".0" * 5_000 + " tấn " + ",;:" * 3_000 + " tăng 5%",
        "(" * 10_000 + "46/93/" * 2_000 + ")" * 10_000,
        "trong đó: 9 tháng đầu năm 5 tỷ đồng (tăng 3%), " * 1_000,
        "A, B và C tăng lần lượt là 1%, 2% và 3%; 5 tấn, 7 tấn.km, tăng 2% về tấn, " * 1_000,
    ]
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return path


def _digests(kind: str, pythonpath: Path | None, odd: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)  # ahead of the editable install in site-packages
    done = subprocess.run(
        [sys.executable, "-c", DIGESTS, kind, *_inputs(odd)], capture_output=True, text=True, env=env, check=False
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


def test_compiled_extractor_reads_every_text_as_the_plain_one(compiled_site: Path, tmp_path: Path) -> None:
    odd = _odd_texts(tmp_path / "odd.json")
    plain = _digests("plain", None, odd)
    compiled = _digests("compiled", compiled_site, odd)
    assert len(plain) > 100 and str(odd) in plain  # the seed, every set's passages, the corpus files, odd texts
    differing = sorted(name for name in plain if compiled.get(name) != plain[name])
    assert not differing, f"the compiled extractor reads these differently: {differing[:10]}"
