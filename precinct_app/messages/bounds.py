"""Messages of numbers out of bounds: on the command line, in files, in JSON (issue 12)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # A command-line number (argparse names the option before it: "argument --limit: ...").
    "arg_not_whole": Entry(
        "{value} is not a whole number",
        "{value} не является целым числом",
        "{value} бүтін сан емес",
    ),
    "arg_out_of_range": Entry(
        "{value} is out of range: a whole number from {low} to {high}",
        "{value} вне допустимого диапазона: целое число от {low} до {high}",
        "{value} рұқсат етілген ауқымнан тыс: бүтін сан, ең азы {low}, ең көбі {high}",
    ),
    "arg_too_long": Entry(
        Plural(
            count="limit",
            one="{value} is too long: at most {limit} digit",
            other="{value} is too long: at most {limit} digits",
        ),
        Plural(
            count="limit",
            one="{value} слишком длинное: не более {limit} цифры",
            few="{value} слишком длинное: не более {limit} цифр",
            many="{value} слишком длинное: не более {limit} цифр",
            other="{value} слишком длинное: не более {limit} цифры",
        ),
        "{value} тым ұзын: {limit} цифрдан аспауы керек",
    ),
    # A number in a field, wherever it was typed or read.
    "number_not_whole": Entry(
        "{field}: {value} is not a whole number",
        "{field}: {value} не является целым числом",
        "{field}: {value} бүтін сан емес",
    ),
    "number_out_of_range": Entry(
        "{field}: {value} is out of range: a whole number from {low} to {high}",
        "{field}: {value} вне допустимого диапазона: целое число от {low} до {high}",
        "{field}: {value} рұқсат етілген ауқымнан тыс: бүтін сан, ең азы {low}, ең көбі {high}",
    ),
    # Domain limits, said with their reason.
    "ballots_too_many": Entry(
        Plural(
            count="value",
            one="{value} ballot is not possible: at most {limit} (a precinct has a few thousand voters)",
            other="{value} ballots is not possible: at most {limit} (a precinct has a few thousand voters)",
        ),
        Plural(
            count="value",
            one="{value} бюллетень невозможно: не более {limit} (на участке несколько тысяч избирателей)",
            few="{value} бюллетеня невозможно: не более {limit} (на участке несколько тысяч избирателей)",
            many="{value} бюллетеней невозможно: не более {limit} (на участке несколько тысяч избирателей)",
            other="{value} бюллетеня невозможно: не более {limit} (на участке несколько тысяч избирателей)",
        ),
        "{value} бюллетень мүмкін емес: ең көбі {limit} (учаскеде бірнеше мың сайлаушы бар)",
    ),
    "list_no_too_large": Entry(
        "list number {value} is too large: at most {limit} (a precinct lists a few thousand voters)",
        "номер в списке {value} слишком велик: не более {limit} (в списке участка несколько тысяч избирателей)",
        "тізімдегі нөмір {value} тым үлкен: ең көбі {limit} (учаске тізімінде бірнеше мың сайлаушы бар)",
    ),
    # election.json problems at a path ("contests[0].ballots_received: ...").
    "count_too_large": Entry(
        "must be at most {limit}, far above any precinct ({value})",
        "должно быть не больше {limit}, что намного больше любого участка ({value})",
        "ең көбі {limit} болуы керек, бұл кез келген учаскеден әлдеқайда көп ({value})",
    ),
    "line_number_too_large": Entry(
        "line number {value} is too large (at most {limit})",
        "номер строки {value} слишком велик (не более {limit})",
        "жол нөмірі {value} тым үлкен (ең көбі {limit})",
    ),
    # JSON the station reads: nesting and number length are bounded before parsing.
    "package_json_too_deep": Entry(
        Plural(
            count="limit",
            one="{path}: election.json line {line}, column {column}: nested more than {limit} level deep",
            other="{path}: election.json line {line}, column {column}: nested more than {limit} levels deep",
        ),
        Plural(
            count="limit",
            one="{path}: election.json, строка {line}, столбец {column}: вложенность глубже {limit} уровня",
            few="{path}: election.json, строка {line}, столбец {column}: вложенность глубже {limit} уровней",
            many="{path}: election.json, строка {line}, столбец {column}: вложенность глубже {limit} уровней",
            other="{path}: election.json, строка {line}, столбец {column}: вложенность глубже {limit} уровня",
        ),
        "{path}: election.json, {line}-жол, {column}-баған: {limit} деңгейден терең салынған",
    ),
    "package_json_number_too_long": Entry(
        Plural(
            count="limit",
            one="{path}: election.json line {line}, column {column}: a number longer than {limit} digit",
            other="{path}: election.json line {line}, column {column}: a number longer than {limit} digits",
        ),
        Plural(
            count="limit",
            one="{path}: election.json, строка {line}, столбец {column}: число длиннее {limit} цифры",
            few="{path}: election.json, строка {line}, столбец {column}: число длиннее {limit} цифр",
            many="{path}: election.json, строка {line}, столбец {column}: число длиннее {limit} цифр",
            other="{path}: election.json, строка {line}, столбец {column}: число длиннее {limit} цифры",
        ),
        "{path}: election.json, {line}-жол, {column}-баған: {limit} цифрдан ұзын сан",
    ),
}
