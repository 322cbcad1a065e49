"""`synopsis cluster --gold` names what it reads when given something else."""

from pathlib import Path

import pytest

from synopsis.cli import main

IDLIB = Path(__file__).resolve().parents[2] / "examples" / "idlib"


@pytest.mark.parametrize("paths", [[IDLIB], ["-"], [IDLIB / "000_89f7b9961b56dfa5.txt", IDLIB / "001_9df5b1ac11d9e067.txt"]])
def test_gold_labels_come_from_one_jsonl_file(paths, capsys):
    assert main(["cluster", *map(str, paths), "--gold", "event"]) == 3
    assert capsys.readouterr().err == "synopsis: error: --gold reads one JSONL file\n"
