"""Messages of the day's list changes: refusals, the exclusion reasons, the bases."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, fill

LANGS = ("kk", "ru", "en")  # the package's LANGUAGES (it imports this module)

MESSAGES: dict[str, Entry] = {
    "list_frozen": Entry(
        "the voter list cannot change once voting is closed (the station is in: {phase})",
        "после закрытия голосования список избирателей изменить нельзя (этап: {phase})",
        "дауыс беру жабылғаннан кейін сайлаушылар тізімін өзгертуге болмайды (кезең: {phase})",
    ),
    "exclude_has_ballot": Entry(
        "voter no. {list_no} already has a ballot for {contest} (issued at {at} by {member})"
        " and cannot be excluded; if it was issued by mistake, undo the issuance first",
        "избирателю № {list_no} уже выдан бюллетень ({contest}) в {at}, выдал(а) {member}:"
        " исключить его нельзя; если бюллетень выдан ошибочно, сначала отмените выдачу",
        "№ {list_no} сайлаушыға бюллетень ({contest}) берілген: сағат {at}, берген {member};"
        " оны тізімнен шығаруға болмайды; қате берілсе, алдымен беруді болдырмаңыз",
    ),
    # The field named by field_too_long for the document reference (see messages.text).
    "column_reference": Entry("document reference", "реквизиты документа", "құжат деректемелері"),
    # The standard exclusion reasons (services.list_changes.EXCLUSION_REASONS).
    "reason_absentee_issued": Entry(
        "absentee certificate issued here", "выдано открепительное удостоверение",
        "сырттай дауыс беру куәлігі берілді",
    ),
    "reason_deceased": Entry("deceased", "умер(ла)", "қайтыс болды"),
    "reason_other_list": Entry(
        "on the list of another station", "включён(а) в список другого участка",
        "басқа учаскенің тізіміне енгізілген",
    ),
    # The bases of an addition (services.list_changes.BASES).
    "basis_absentee": Entry(
        "absentee certificate", "открепительное удостоверение", "сырттай дауыс беру куәлігі"
    ),
    "basis_court": Entry("court decision", "решение суда", "сот шешімі"),
    "basis_registration": Entry(
        "one-day registration", "регистрация в день голосования", "дауыс беру күні тіркеу"
    ),
}


def reason_text(reason: str, lang: str) -> str:
    """An exclusion reason in ``lang``: a standard reason's words, or the text as typed."""
    code = f"reason_{reason}"
    return fill(MESSAGES[code].en if lang not in LANGS else getattr(MESSAGES[code], lang), lang,
                {}) if code in MESSAGES else reason


def basis_text(basis: str, lang: str) -> str:
    """The basis of an addition in ``lang`` (the code itself when unknown)."""
    code = f"basis_{basis}"
    return fill(MESSAGES[code].en if lang not in LANGS else getattr(MESSAGES[code], lang), lang,
                {}) if code in MESSAGES else basis
