"""What every test shares: a cache folder of its own, so the suite neither reads nor fills the user's."""

import pytest


@pytest.fixture(scope="session", autouse=True)
def own_cache_folder(tmp_path_factory):
    # The MiniLM graph and ROUGE-1.5.5's database are built once a run here; child processes inherit the variable.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield
