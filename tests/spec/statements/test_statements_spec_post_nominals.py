"""Letters after a name ("Sarah Lowe KC", "Tom Hale MP", "Ann Roe OBE") are no part of the
speaker's name, so the surname alone finds them again. Invented court and council reports."""

import pytest


@pytest.mark.parametrize("written", ["Sarah Lowe KC", "Sarah Lowe QC", "Sarah Lowe MP", "Sarah Lowe OBE"])
def test_letters_after_a_name_are_dropped(statements, one, written):
    stmts = statements(f"Prosecuting, {written} told the jury that the builder had ignored three warnings.\n\n"
                       '"He was told, and he did nothing," Ms Lowe said.')
    assert one(stmts, "three warnings").speaker == "Sarah Lowe"
    assert one(stmts, "he did nothing").speaker == "Sarah Lowe"
