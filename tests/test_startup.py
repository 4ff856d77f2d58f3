"""Commands that read a store do not load extraction's rules (issue 12: every `kg` command paid ~1 s to
compile them, `kg query` and `kg --help` too).  Ingesting loads them when it reads its first file."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def loaded(code: str, cwd: Path) -> set[str]:
    """The ``kg.extract`` modules loaded after running ``code`` in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\n"
                          "print(' '.join(m for m in sys.modules if m.startswith('kg.extract')))"],
                         cwd=cwd, capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_importing_kg_and_its_cli_loads_no_extraction(tmp_path):
    assert loaded("import kg, kg.cli", tmp_path) == set()


def test_a_query_loads_no_extraction_and_an_ingest_does(tmp_path):
    store = tmp_path / "s"
    ingest = (f"import kg\nwith kg.open_graph({str(store)!r}) as g:\n"
              f"    g.ingest([{str(ROOT / 'examples')!r}])\n")
    assert "kg.extract.commitments" in loaded(ingest, tmp_path)
    query = (f"import kg\nwith kg.open_graph({str(store)!r}, read_only=True) as g:\n"
             f"    assert g.query('overdue', as_of='2030-01-01')\n    g.query('workload', as_of='2030-01-01')\n"
             f"    g.status(as_of='2030-01-01'); g.export('turtle', {str(tmp_path / 'g.ttl')!r})\n")
    assert loaded(query, tmp_path) == set()
