"""An ingest leaves the garbage collector as it found it (it skips older objects only meanwhile)."""

import gc

from tests.conftest import make_settings

ARTICLE = "Harbour Minister Ilse Varga said on Monday that the north pier would close.\n\nFerries use the south pier."


def test_an_ingest_hands_every_object_back_to_the_collector(tmp_path):
    from bot.service import Whosaid

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pier.txt").write_text(ARTICLE, encoding="utf-8")
    app = Whosaid(make_settings(tmp_path / "data"), seed=False)
    try:
        assert gc.get_freeze_count() == 0
        assert app.ingest([folder]).added
        assert gc.get_freeze_count() == 0 and gc.isenabled()
        gc.disable()  # (a one-shot command's process): switched off again after the ingest
        try:
            (folder / "pier.txt").write_text(ARTICLE + "\n\nIt reopens in May.", encoding="utf-8")
            assert app.ingest([folder]).updated
            assert not gc.isenabled()
        finally:
            gc.enable()
        kept = object()
        gc.freeze()  # someone else's frozen objects stay frozen
        try:
            (folder / "pier.txt").write_text(ARTICLE + "\n\nThe council agreed.", encoding="utf-8")
            assert app.ingest([folder]).updated
            assert gc.get_freeze_count() > 0 and kept is not None
        finally:
            gc.unfreeze()
    finally:
        app.close()
