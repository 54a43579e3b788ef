"""A verification report's checks in words (services.verify reports codes with raw data).

The data of a check names things as the files do: a contest by its id (``npp``), the
fields of results.json (``signed_at``), a control ratio by its id, ``-`` for nothing.
A reader of the verdict gets them as words of their language: the contest's protocol
title and the ratio's own message from the form the stick carries (results.json), the
fields described, and "none" said as a sentence of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from precinct_app.messages.catalog import Entry

NOTHING = "-"  # services.verify's value for an empty list

MESSAGES: dict[str, Entry] = {
    # The fields of a signed contest that results.json and the audit log both record.
    "verify_field_lines": Entry("the protocol values", "значения строк протокола", "хаттама жолдарының мәндері"),
    "verify_field_present": Entry("the members present", "присутствовавшие члены комиссии", "қатысқан комиссия мүшелері"),
    "verify_field_signed_by": Entry("who signed", "кто подписал", "кім қол қойғаны"),
    "verify_field_signed_at": Entry("the time of signing", "время подписания", "қол қойылған уақыты"),
    "verify_field_dissent": Entry("the dissenting opinions", "особые мнения", "ерекше пікірлер"),
    "verify_field_explanations": Entry("the explanations of warnings", "объяснения предупреждений", "ескертулердің түсіндірмелері"),
    "verify_field_overrides": Entry("the values corrected by hand and their reasons", "исправленные вручную значения и их причины", "қолмен түзетілген мәндер мен олардың себептері"),
    # Variants of export.py's lines whose data may be empty ("-") or a list of fields.
    "verify_signing_differs": Entry(
        "protocol {contest}: results.json differs from what the audit log recorded at signing: {fields}",
        "протокол {contest}: results.json расходится с записанным в журнал аудита при подписании: {fields}",
        "{contest} хаттамасы: results.json қол қою кезінде аудит журналына жазылғаннан өзгеше: {fields}",
    ),
    "verify_files_missing_only": Entry(
        "files: missing {missing}",
        "файлы: отсутствуют {missing}",
        "файлдар: жоқ {missing}",
    ),
    "verify_files_extra_only": Entry(
        "files: not in the manifest {extra}",
        "файлы: нет в манифесте {extra}",
        "файлдар: манифесте жоқ {extra}",
    ),
    "verify_code_no_signing": Entry(
        "protocol code {contest}: results.json says {stated}, but the audit log records no signing of this version",
        "код протокола {contest}: в results.json указан {stated}, но в журнале аудита нет подписания этой версии",
        "{contest} хаттамасының коды: results.json ішінде {stated}, бірақ аудит журналында бұл нұсқаға қол қойылғаны жазылмаған",
    ),
    "verify_paper_code_no_match": Entry(
        "paper protocol code {protocol_code}: the export carries no protocol code that verifies",
        "код бумажного протокола {protocol_code}: в выгрузке нет проверенного кода протокола",
        "қағаз хаттаманың коды {protocol_code}: түсірілімде тексеруден өткен хаттама коды жоқ",
    ),
}

# Which variant words a check when one of its data is empty ("-").
_WHEN_NOTHING = {
    ("verify_files_differ", "missing"): "verify_files_extra_only",
    ("verify_files_differ", "extra"): "verify_files_missing_only",
    ("verify_code_not_audit", "audit"): "verify_code_no_signing",
    ("verify_paper_code_bad", "found"): "verify_paper_code_no_match",
}


def _local(entry: Any, lang: str) -> str | None:
    """A ``{kk, ru, en}`` text of the form in ``lang`` (else any), None if it is not one."""
    if not isinstance(entry, Mapping):
        return None
    for key in (lang, "ru", "kk", "en"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def contest_names(contests: Sequence[Mapping[str, Any]], lang: str) -> dict[str, str]:
    """Contest id -> its protocol's title in ``lang``, in quotes; contests of the same
    form are told apart by their place on the stick."""
    titles: dict[str, str] = {}
    for contest in contests:
        form = contest.get("form") if isinstance(contest, Mapping) else None
        title = _local(form.get("title") if isinstance(form, Mapping) else None, lang)
        cid = contest.get("id") if isinstance(contest, Mapping) else None
        if isinstance(cid, str) and title is not None:
            titles[cid] = title
    names: dict[str, str] = {}
    places = list(titles)
    for cid, title in titles.items():
        twins = [c for c in places if titles[c] == title]
        names[cid] = f"«{title}»" + (f" {twins.index(cid) + 1}" if len(twins) > 1 else "")
    return names


def _ratio_messages(contests: Sequence[Mapping[str, Any]], lang: str) -> dict[tuple[str, str],
                                                                                str]:
    """(contest id, check id) -> the control ratio's message in ``lang``."""
    out: dict[tuple[str, str], str] = {}
    for contest in contests:
        if not isinstance(contest, Mapping) or not isinstance(contest.get("form"), Mapping):
            continue
        for check in contest["form"].get("checks") or ():
            if isinstance(check, Mapping) and isinstance(check.get("id"), str):
                message = _local(check.get("message"), lang)
                if message is not None:
                    out[(str(contest.get("id")), check["id"])] = f"«{message}»"
    return out


def _moment(value: Any) -> Any:
    """An ISO time with its offset as a reader writes it (the offset is the station's)."""
    if not isinstance(value, str):
        return value
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment.strftime("%d.%m.%Y %H:%M")


def check_text(code: str, params: Mapping[str, Any], lang: str,
               contests: Sequence[Mapping[str, Any]] = ()) -> str:
    """One check of a verification report in ``lang``, its data as words.

    ``contests`` are results.json's contests as the report carries them (none when
    results.json could not be read: then a contest keeps its id).
    """
    from precinct_app.messages import text  # the package imports this module

    words = dict(params)
    for (variant_of, key), variant in _WHEN_NOTHING.items():
        if code == variant_of and words.get(key) == NOTHING:
            code = variant
            break
    if code == "verify_signing_not_audit":
        code = "verify_signing_differs"
    names = contest_names(contests, lang)
    cid = words.get("contest")
    if isinstance(cid, str) and cid in names:
        words["contest"] = names[cid]
    if isinstance(words.get("fields"), str):
        words["fields"] = ", ".join(
            text(f"verify_field_{field}", lang) if f"verify_field_{field}" in MESSAGES else field
            for field in words["fields"].split(", "))
    if isinstance(words.get("checks"), str) and isinstance(cid, str):
        ratios = _ratio_messages(contests, lang)
        words["checks"] = "; ".join(ratios.get((cid, check), check)
                                    for check in words["checks"].split(", "))
    if "created_at" in words:
        words["created_at"] = _moment(words["created_at"])
    return text(code, lang, **words)
