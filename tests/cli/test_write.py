import os
import stat

import pytest

from synopsis.cli.common import write_atomically
from synopsis.errors import SynopsisError


def test_replaces_the_file_whole_and_keeps_its_permissions(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o640)
    write_atomically(str(path), "new \u2014 brief\n")
    assert path.read_text(encoding="utf-8") == "new \u2014 brief\n"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert os.listdir(tmp_path) == ["brief.md"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(str(path), "half \ud800 written")  # a lone surrogate cannot be encoded
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["brief.md"]


def test_an_unwritable_place_is_a_user_error(tmp_path):
    with pytest.raises(SynopsisError, match="cannot write"):
        write_atomically(str(tmp_path / "missing" / "brief.md"), "text")
