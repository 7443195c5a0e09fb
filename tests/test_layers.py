"""The pipeline's order holds in the imports: a stage imports only the stages before it.

text -> extract -> store -> checks -> report -> web; every stage may use the plain modules
(model, errors, settings). The CLI and the demo sit on top and may use everything.
"""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "ktxh"
STAGES = ["text", "extract", "store", "checks", "report", "web"]
PLAIN = {"model", "errors", "settings"}


def imported_ktxh_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ktxh."):
            names.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            names.update(a.name.split(".")[1] for a in node.names if a.name.startswith("ktxh."))
    return names


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_only_the_stages_before_it(stage):
    allowed = set(STAGES[: STAGES.index(stage) + 1]) | PLAIN
    for path in sorted((SRC / stage).rglob("*.py")):
        wrong = imported_ktxh_modules(path) - allowed
        assert not wrong, f"{path.relative_to(SRC)} imports {sorted(wrong)}, which come later in the pipeline"


def test_the_plain_modules_import_no_stage():
    for name in PLAIN:
        assert not imported_ktxh_modules(SRC / f"{name}.py") & set(STAGES)
