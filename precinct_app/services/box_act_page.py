"""What the act of a portable box says (docs/domain.md §15): the data step, no ReportLab.

:func:`act_page` reads one trip's box and words the act in each of the document's
languages (``kk+ru`` side by side, Kazakh first; ``kk``, ``ru`` or ``en`` alone);
:mod:`~precinct_app.services.box_act_pdf` only draws it. The times printed are the
trip's and the count's, never the time of printing: the same box gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from precinct_app import messages
from precinct_app.services import pdf_common, portable_boxes, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.errors import Refused
from precinct_app.services.localize import DATE_TIME, clock_text, grouped, in_language
from precinct_app.services.station import load_station


@dataclass(frozen=True)
class ActText:
    """The act in one language."""

    lang: str
    title: str
    precinct: str
    election: str
    contest: str
    carriers_heading: str
    carriers: tuple[str, ...]  # "Name — role"
    trip_times: str
    figures: tuple[tuple[str, str], ...]  # (label, value)
    rule: str
    counted: str
    drawn: str


@dataclass(frozen=True)
class ActSigner:
    """A signature line: the role in each language and the member's name."""

    role: tuple[str, ...]
    name: str


@dataclass(frozen=True)
class ActPage:
    """The whole act, worded: one :class:`ActText` per language, then the signatures."""

    trip_id: int
    langs: tuple[str, ...]
    texts: tuple[ActText, ...]
    signers: tuple[ActSigner, ...]
    signature_word: str
    training: bool
    training_note: str
    footer: str
    subject: str
    title: str

    def page_of(self, page: int, pages: int) -> str:
        """"Page x of n" in the document's languages."""
        return pdf_common.one_line("doc_page", self.langs, page=page, pages=pages)


def _line_numbers(session: Session, contest_id: str) -> dict[str, str]:
    return {x.key: x.number for x in protocol.form_lines(session, contest_id)}


def act_page(session: Session, clock: Clock, trip_id: int, lang: str) -> ActPage:
    """The act of ``trip_id``'s box; refused (``box_act_not_over``) for a box within its
    requests or not counted yet."""
    langs = pdf_common.languages(lang)
    b = portable_boxes.box(session, trip_id)
    if not b.over or b.found is None or b.counted_at is None:
        raise Refused("box_act_not_over", trip=trip_id)
    station = load_station(session)
    tz = station.timezone
    contest = next(c for c in station.contests if c.id == b.contest_id)
    numbers = _line_numbers(session, b.contest_id)
    names = {m.id: m.name for m in station.commission}
    texts: list[ActText] = []
    for one in langs:
        def say(code: str, _lang: str = one, **params: object) -> str:
            return messages.text(code, _lang, **params)

        texts.append(ActText(
            lang=one,
            title=say("doc_box_act_title", trip=trip_id),
            precinct=say("doc_box_act_precinct", number=station.precinct_number),
            election=in_language(station.election_title, one),
            contest=say("doc_box_act_contest", title=in_language(contest.title, one)),
            carriers_heading=say("doc_box_act_carriers"),
            carriers=tuple(f"{c.name} — {say('role_' + c.role) if c.role else ''}"
                           for c in b.carriers),
            trip_times=say("doc_box_act_trip_times",
                           started=clock_text(b.started_at, tz, DATE_TIME),
                           ended=clock_text(b.ended_at, tz, DATE_TIME) if b.ended_at else "—"),
            figures=(
                (say("doc_box_act_requests"), grouped(b.requests)),
                (say("doc_box_act_found"), grouped(b.found)),
                (say("doc_box_act_excess"), grouped(b.found - b.requests)),
            ),
            rule=say("doc_box_act_rule", found=grouped(b.found),
                     found_line=numbers.get(portable_boxes.FOUND_LINE, "—"),
                     invalid_line=numbers.get(portable_boxes.INVALID_LINE, "—")),
            counted=say("doc_box_act_counted", at=clock_text(b.counted_at, tz, DATE_TIME),
                        member=names.get(b.counted_by or "", b.counted_by or "")),
            drawn=say("doc_box_act_drawn", at=clock_text(b.counted_at, tz, DATE_TIME)),
        ))
    signers = [ActSigner(s.role, s.name) for s in pdf_common.report_signers(station, langs)]
    signers += [ActSigner(pdf_common.words("doc_box_act_sign_member", langs), c.name)
                for c in b.carriers]
    precinct = pdf_common.one_line("doc_box_act_precinct", langs,
                                   number=station.precinct_number)
    footer = f"{station.election_id} · {precinct}"
    return ActPage(
        trip_id=trip_id, langs=langs, texts=tuple(texts), signers=tuple(signers),
        signature_word=pdf_common.one_line("doc_signature", langs),
        training=station.training(clock), training_note=pdf_common.one_line(
            "doc_not_official", langs),
        footer=footer, subject=pdf_common.one_line("doc_box_act_subject", langs),
        title=texts[0].title,
    )


def plain_text(page: ActPage) -> Sequence[str]:
    """Every line the act prints, for tests and the screen's preview."""
    out: list[str] = []
    for t in page.texts:
        out += [t.title, t.precinct, t.election, t.contest, t.carriers_heading, *t.carriers,
                t.trip_times, *(f"{a}: {b}" for a, b in t.figures), t.rule, t.counted, t.drawn]
    return out
