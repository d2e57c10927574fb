"""``--resume``: what an output file already holds, so a killed run can go on where it stopped.

Records are written and flushed one line at a time, so a run killed at any moment (even with
``kill -9``) leaves complete lines followed by at most one torn line. :func:`read_done` cuts the
torn tail off and counts the documents done, by ``text_sha1`` (or, for a document that could not
be read, by its source and id). Counting, not just remembering, keeps duplicate texts right: a
text that appears twice in the input and once in the output is processed once more.

>>> import json, pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
>>> line = json.dumps({"doc_id": "a", "source": "-", "text_sha1": "f00", "status": "ok"})
>>> _ = path.write_text(line + '\\n{"doc_id": "b", "sta')
>>> done = read_done(path)
>>> dict(done.keys), done.ok, path.read_text().count("\\n"), path.read_text().endswith("\\n")
({'f00': 1}, 1, 1, True)
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .batch import record_key


@dataclass
class Done:
    """The documents an output file already holds."""

    keys: Counter[str] = field(default_factory=Counter)
    ok: int = 0
    failed: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def take(self, key: str) -> bool:
        """True (and one fewer left) if a document with ``key`` is already done."""
        if self.keys[key] > 0:
            self.keys[key] -= 1
            return True
        return False


def _truncate_torn_tail(path: Path) -> None:
    """Drop whatever follows the last newline (a line cut short by a kill)."""
    with path.open("rb+") as stream:
        stream.seek(0, 2)
        size = stream.tell()
        position = size
        block = 1 << 16
        while position > 0:
            start = max(0, position - block)
            stream.seek(start)
            chunk = stream.read(position - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                if end != size:
                    stream.truncate(end)
                return
            position = start
        stream.truncate(0)


def _parse(line: str) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    return record if isinstance(record, dict) and "status" in record else None


def read_done(path: Path) -> Done:
    """Count the complete records of ``path`` (made empty-safe: a missing file holds none)."""
    done = Done()
    if not path.exists():
        return done
    _truncate_torn_tail(path)
    with path.open(encoding="utf-8", errors="replace") as stream:
        for line in stream:
            record = _parse(line)
            if record is None:
                continue
            key = record_key(record.get("text_sha1"), str(record.get("doc_id")), str(record.get("source")))
            done.keys[key] += 1
            if record["status"] == "ok":
                done.ok += 1
            else:
                done.failed += 1
            for name in ("amounts", "companies", "relations"):
                done.counts[name] += len(record.get(name) or [])
    return done
