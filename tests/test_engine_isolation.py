"""The engine stands alone: it imports and runs with the web framework and pydantic absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRAMEWORK = ("fastapi", "pydantic", "pydantic_core", "pydantic_settings", "starlette", "uvicorn")

SCRIPT = f"""
import importlib.abc
import sys

FRAMEWORK = {FRAMEWORK!r}


class RefuseFramework(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in FRAMEWORK:
            raise ImportError(f"the engine imported {{name}}")
        return None


sys.meta_path.insert(0, RefuseFramework())

from app.extract import Extraction, extract

result = extract("“Hello there, friends,” she said.")
assert isinstance(result, Extraction), result
loaded = sorted(name for name in sys.modules if name.partition(".")[0] in FRAMEWORK)
assert not loaded, loaded
service = sorted(
    name for name in sys.modules
    if name.split(".")[0] == "app" and name.split(".")[:2] not in (["app"], ["app", "extract"])
)
assert not service, service
try:
    import pydantic  # the guard itself must work
except ImportError:
    pass
else:
    raise AssertionError("the import guard let pydantic through")
print("engine ran alone")
"""


def test_engine_runs_without_the_web_framework() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "engine ran alone"
