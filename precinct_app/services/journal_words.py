"""The journal's and the disputed ballots' figures in words, for the screens, the CLI and
the printed journal alike (no ReportLab: the CLI and the counting screen import this)."""

from __future__ import annotations

from collections.abc import Sequence

from precinct_app import messages
from precinct_app.services.disputes import DisputeItem, Tally
from precinct_app.services.journal import Vote
from precinct_app.services.localize import in_languages
from precinct_app.services.station import StationInfo


def vote_text(vote: Vote | None, langs: Sequence[str]) -> str:
    """``for 5, against 1, abstained 1`` in the languages (one line)."""
    if vote is None:
        return ""
    return " / ".join(dict.fromkeys(
        messages.text("journal_vote", lang, votes_for=vote.votes_for,
                      votes_against=vote.votes_against, abstained=vote.abstained)
        for lang in langs))


def dispute_decision_text(item: DisputeItem, station: StationInfo, lang: str) -> str:
    """The decision on a disputed ballot in ``lang``: "valid: Yes", "invalid"..."""
    if item.option_id is None:
        return messages.text(f"dispute_decision_{item.decision}", lang)
    contest = next((c for c in station.contests if c.id == item.contest_id), None)
    option = next((o for o in contest.options if o.id == item.option_id), None) if contest else None
    label = in_languages(option.label, [lang])[0] if option else item.option_id
    return messages.text("dispute_decision_valid", lang, option=label)


def tally_text(tally: Tally, station: StationInfo, lang: str) -> str:
    """The disputed ballots decided for one contest, in ``lang``, for whoever fills the
    protocol (who adds them in: the protocol's numbers are never changed for them)."""
    contest = next((c for c in station.contests if c.id == tally.contest_id), None)
    labels = {o.id: in_languages(o.label, [lang])[0] for o in contest.options} if contest else {}
    valid = ", ".join(f"{labels.get(k, k)} {v}" for k, v in tally.valid.items()) or "0"
    title = in_languages(contest.title, [lang])[0] if contest else tally.contest_id
    return messages.text("dispute_tally", lang, contest=title, total=tally.total,
                         invalid=tally.invalid, not_counted=tally.not_counted, valid=valid)
