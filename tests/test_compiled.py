"""The mypyc-compiled modules (setup.py): built when they should be, current, same output as plain Python
(amounts and companies).

pyproject.toml's ``[tool.finextract] compiled-modules`` names the modules; ``pip install -e .``
compiles them in place, so a compiled module shadows its ``.py`` source until the next install.
"""

from __future__ import annotations

import importlib
import json
import os
import random
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.amount_spec_cases import CASES
from tests.plain import plain_tree, run_json

ROOT = Path(__file__).resolve().parents[1]
COMPILED_MODULES: list[str] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "finextract"
]["compiled-modules"]
PURE_PYTHON = bool(os.environ.get("FINEXTRACT_PURE_PYTHON"))


def _module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


@pytest.mark.parametrize("path", COMPILED_MODULES, ids=_module_name)
def test_module_is_compiled_and_current(path: str) -> None:
    if PURE_PYTHON:
        pytest.skip("installed as plain Python (FINEXTRACT_PURE_PYTHON is set)")
    loaded = Path(importlib.import_module(_module_name(path)).__file__ or "")
    assert loaded.suffix == ".so", f"{loaded.name} is not compiled: reinstall with `pip install -e .`"
    source = ROOT / path
    if loaded.parent == source.parent:  # an in-place (editable) build: the source must not be newer
        assert loaded.stat().st_mtime >= source.stat().st_mtime, (
            f"{source.name} changed after it was compiled: rerun `pip install -e .`"
        )


def _probe_texts() -> list[str]:
    """Spec-table texts, every seed paragraph, and 3,000 random strings of amount-like characters."""
    texts = [case.text for case in CASES]
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        texts += seed.read_text(encoding="utf-8").split("\n")
    pieces = [*"0123456789０１２３４５６７８９.,，%-~至到 \n\t约近超逾余多几第年月个", "人民币", "美元", "港元", "万元",
              "亿元", "万亿", "三千五百", "壹仟叁佰", "两千", "百分之", "不超过", "左右", "以上", "元/股", "股",
              "万吨", "单位：", "营收", "US$", "¥", "RMB", "H100", "千亿级", "元五角", "，折合人民币约"]  # fmt: skip
    rng = random.Random(20261122)
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 24))) for _ in range(3000)]
    return texts


_DUMP = """
import json, sys
import finextract.amount_parser as parser
from finextract import find_amounts
texts = json.load(open(sys.argv[1], encoding="utf-8"))
print(json.dumps({"module": parser.__file__,
                  "amounts": [[a.to_dict() for a in find_amounts(t)] for t in texts]}, ensure_ascii=False))
"""


def _plain_and_installed(script: str, texts: list[str], directory: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """What ``script`` prints for ``texts`` run on the plain source and on the installed package,
    each of which must be the build it claims to be (``module``: the file of a compiled module)."""
    texts_file = directory / "texts.json"
    texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    plain: dict[str, Any] = run_json(script, str(texts_file), python_path=plain_tree(directory), cwd=directory)
    installed: dict[str, Any] = run_json(script, str(texts_file), python_path=None, cwd=directory)
    assert str(plain["module"]).endswith(".py")
    assert PURE_PYTHON or str(installed["module"]).endswith(".so")
    return plain, installed


def test_compiled_and_plain_python_find_the_same_amounts(tmp_path: Path) -> None:
    texts = _probe_texts()
    plain, installed = _plain_and_installed(_DUMP, texts, tmp_path)
    assert sum(map(len, plain["amounts"])) > 1000  # type: ignore[arg-type]  # the probe texts hold many amounts
    for text, plain_amounts, installed_amounts in zip(texts, plain["amounts"], installed["amounts"], strict=True):  # type: ignore[call-overload]
        assert installed_amounts == plain_amounts, text


_DUMP_COMPANIES = """
import json, sys
import finextract.companies.resolver as resolver
from finextract.companies.resolver import collect_memory, company_records, company_records_many
texts = json.load(open(sys.argv[1], encoding="utf-8"))
memory = collect_memory(texts)
print(json.dumps({"module": resolver.__file__,
                  "records": [company_records(t) for t in texts],
                  "with_memory": [company_records(t, memory=memory) for t in texts],
                  "many_with_memory": company_records_many(texts, memory=memory)}, ensure_ascii=False))
"""


_DUMP_PIPELINE = """
import json, sys
import finextract.relations.extract as extract
import finextract
from finextract.batch import analyse_texts
texts = json.load(open(sys.argv[1], encoding="utf-8"))
print(json.dumps({"module": extract.__file__, "records": analyse_texts(finextract.load(), texts)},
                 ensure_ascii=False, default=str))
"""


def _company_probe_texts() -> list[str]:
    """Every seed whole and by paragraph, and 2,000 random mixes of company-name pieces."""
    texts = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        texts += [text, *text.split("\n")]
    pieces = ["盐湖股份", "青海盐湖工业股份有限公司", "（以下简称“", "”）", "(以下简称\"", "公司", "有限公司", "集团",
              "收购", "100%股权", "控股子公司", "与", "签订", "合同", "证券代码：000792", "*ST金刚", "ST", "X公司",
              "客户A", "深圳", "科技", "GUOSEN SECURITIES", "英伟达", "腾讯控股", "，", "。", "、", "的", "本公司",
              "转让给", "增资", "Inc.", "Co., Ltd.", "宏景科技", "华创证券"]  # fmt: skip
    rng = random.Random(20261122)
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 30))) for _ in range(2000)]
    return texts


def test_compiled_and_plain_python_resolve_the_same_companies(tmp_path: Path) -> None:
    texts = _company_probe_texts()
    plain, installed = _plain_and_installed(_DUMP_COMPANIES, texts, tmp_path)
    assert sum(map(len, plain["records"])) > 1000  # type: ignore[arg-type]  # the probe texts hold many companies
    for key in ("records", "with_memory"):
        for text, plain_records, installed_records in zip(texts, plain[key], installed[key], strict=True):  # type: ignore[call-overload]
            assert installed_records == plain_records, text
    for build in (plain, installed):  # all texts in one batch: each gets what it gets alone
        for text, alone, together in zip(texts, build["with_memory"], build["many_with_memory"], strict=True):  # type: ignore[call-overload]
            assert together == alone, text


def test_compiled_and_plain_python_give_the_same_pipeline_output(tmp_path: Path) -> None:
    """Amounts, companies and relations of the whole pipeline, on the company probe texts."""
    texts = _company_probe_texts()
    plain, installed = _plain_and_installed(_DUMP_PIPELINE, texts, tmp_path)
    assert sum(len(record["relations"]) for record in plain["records"]) > 100  # type: ignore[attr-defined]
    for text, plain_record, installed_record in zip(texts, plain["records"], installed["records"], strict=True):  # type: ignore[call-overload]
        assert installed_record == plain_record, text


_DOCTEST = """
import doctest, importlib, sys
for name in sys.argv[1:]:
    module = importlib.import_module(name)
    assert module.__file__.endswith(".py"), module.__file__
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    print(name, result.attempted, result.failed)
"""


def test_doctests_of_compiled_modules_pass_on_their_source(tmp_path: Path) -> None:
    """Compiled functions carry no doctests for pytest to collect, so they are run on the plain source."""
    tree = plain_tree(tmp_path)
    names = [_module_name(path) for path in COMPILED_MODULES]
    result = subprocess.run(
        [sys.executable, "-c", _DOCTEST, *names],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
        check=True,
        cwd=tmp_path,
    )
    counts = {
        name: (int(attempted), int(failed)) for name, attempted, failed in map(str.split, result.stdout.splitlines())
    }
    assert set(counts) == set(names)
    assert sum(attempted for attempted, _ in counts.values()) >= 5
    assert all(failed == 0 for _, failed in counts.values()), counts
