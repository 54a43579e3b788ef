"""``precinct issue`` says the time on the station's clock, whatever the offset it was given."""

from __future__ import annotations

from pathlib import Path

import pytest

from precinct_app.cli import main


@pytest.mark.parametrize("now", ["2024-10-06T09:00:00+05:00", "2024-10-06T04:00:00+00:00",
                                 "2024-10-06T07:00:00+03:00"])
@pytest.mark.usefixtures("station_pins")
def test_the_issue_is_timed_in_the_station_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    now: str,
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", now)
    db = str(tmp_path / "station.sqlite3")
    assert main(["--db", db, "demo", "--voters", "10"]) == 0
    assert main(["--db", db, "day", "open", "--member", "c1"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "issue", "1", "--member", "c4"]) == 0
    out = capsys.readouterr().out
    assert "issued to voter no. 1 at 09:00 by" in out  # Asia/Almaty, the sample's zone
