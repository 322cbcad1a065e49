import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[2] / "benchmarks" / "build_duc.py"


@pytest.fixture(scope="module")
def build_duc():
    spec = importlib.util.spec_from_file_location("build_duc", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_copies(root: Path) -> tuple[Path, Path]:
    """Two folders laid out like the public copies, with made-up text."""
    mds, rouge = root / "mds", root / "rouge"
    files = {
        mds / "duc2003/docs.without.headlines/d30003t/APW19981017.0151": "<DOC><DOCNO>APW19981017.0151</DOCNO><TEXT>a</TEXT></DOC>",
        mds / "duc2003/docs.without.headlines/d100a/NYT1": "<DOC><DOCNO>NYT1</DOCNO><TEXT>c</TEXT></DOC>",
        mds / "duc2003/detagged.duc2003.abstracts/models/D100.M.100.A.G.html": "ref g",
        mds / "duc2003/detagged.duc2003.abstracts/models/D100.P.10.A.G.NYT1.html": "per-document, left out",
        mds / "duc2003/detagged.duc2003.abstracts/models/D30003.M.100.T.B.html": "ref b",
        mds / "duc2003/detagged.duc2003.abstracts/models/D30003.P.10.T.B.APW19981017.0151.html": "per-document, left out",
        mds / "duc2004/docs/d30001t/APW19981016.0240": "<DOC><DOCNO>APW19981016.0240</DOCNO><TEXT>b</TEXT></DOC>",
        rouge / "models-txt/d30001.m.100.t.a": "ref a",
        rouge / "peers-txt/d30001.Lead": "lead summary",
        rouge / "README.txt": "left out",
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return mds, rouge


def layout(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


EXPECTED = [
    "duc2003/docs/d30003t/APW19981017.0151",
    "duc2003/models/D30003.M.100.T.B",
    "duc2004/docs/d30001t/APW19981016.0240",
    "duc2004/models/D30001.M.100.T.A",
    "duc2004/peers/Lead/d30001t.txt",
]


def test_build_from_checkouts(build_duc, tmp_path):
    mds, rouge = fake_copies(tmp_path)
    out = tmp_path / "out"
    assert build_duc.main([str(mds), str(rouge), "--out", str(out)]) == 0
    assert layout(out) == EXPECTED
    assert (out / "duc2004/peers/Lead/d30001t.txt").read_text() == "lead summary"


def test_task_3_only_when_asked(build_duc, tmp_path):
    mds, rouge = fake_copies(tmp_path)
    out = tmp_path / "out"
    assert build_duc.main([str(mds), str(rouge), "--duc2003-task3", "--out", str(out)]) == 0
    assert layout(out) == sorted(EXPECTED + ["duc2003task3/docs/d100a/NYT1", "duc2003task3/models/D100.M.100.A.G"])
    assert (out / "duc2003task3/models/D100.M.100.A.G").read_text().strip() == "ref g"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_build_from_bare_git_directories(build_duc, tmp_path):
    mds, rouge = fake_copies(tmp_path)
    bare = []
    for folder in (mds, rouge):
        git = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@t"]
        subprocess.run([*git[:3], "init", "-q"], check=True)
        subprocess.run([*git, "add", "."], check=True)
        subprocess.run([*git, "commit", "-qm", "copy"], check=True)
        target = tmp_path / f"{folder.name}.git"
        subprocess.run(["git", "clone", "-q", "--bare", str(folder), str(target)], check=True)
        bare.append(str(target))
    out = tmp_path / "out"
    assert build_duc.main([*bare, "--out", str(out)]) == 0
    assert layout(out) == EXPECTED
