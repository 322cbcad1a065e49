"""The same reports give the same summary in every process, whatever Python's string hash seed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

MULTILING = Path(__file__).resolve().parents[3] / "shared" / "data" / "multiling2011"


@pytest.mark.skipif(not MULTILING.is_dir(), reason="MultiLing 2011 is not beside the project")
def test_batch_summaries_do_not_depend_on_the_hash_seed(tmp_path):
    # At 250 words, cluster M006 once changed with the seed: weights were summed in a set's order.
    outputs = []
    for seed in ("0", "1"):
        out = tmp_path / seed
        subprocess.run(
            [sys.executable, "-m", "synopsis", "batch", str(MULTILING), "--words", "250", "--limit", "7", "--out", str(out)],
            check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append({p.name: p.read_text() for p in sorted(out.glob("*.txt"))})
    assert len(outputs[0]) == 7 and outputs[0] == outputs[1]
