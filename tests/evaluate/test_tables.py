from synopsis.evaluate.tables import format_table, percent, seconds


def test_plain_table_aligns_numbers_right():
    text = format_table(["system", "R-1"], [["lead", percent(0.3146)], ["oracle", percent(0.4075)]])
    lines = text.splitlines()
    assert lines[0] == "system    R-1"
    assert lines[2] == "lead    31.46"
    assert len({len(line) for line in lines}) == 1


def test_markdown_table():
    text = format_table(["system", "s/cluster"], [["lead", seconds(0.01234)], ["peer", seconds(None)]], markdown=True)
    assert text.splitlines() == ["| system | s/cluster |", "|---|---:|", "| lead | 0.012 |", "| peer | — |"]
