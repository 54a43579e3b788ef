"""Words of About (the build id, the check of the installation's files) and of the printer
test page (``services/print_test_pdf.py``, ``precinct print-test``): docs/screens.md §19."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    # The check of the installation's files (services.build_id.check), in About.
    "about_check_ok": Entry(
        "Files checked: {count}. All match the build id.",
        "Проверено файлов: {count}. Все совпадают с номером сборки.",
        "Тексерілген файлдар: {count}. Барлығы құрастыру нөміріне сәйкес.",
    ),
    "about_check_failed": Entry(
        "Files checked: {count}. The installation does not match its build id: do not use it "
        "for the election; install it again from the official archive.",
        "Проверено файлов: {count}. Установка не совпадает со своим номером сборки: "
        "не используйте её на выборах, установите заново из официального архива.",
        "Тексерілген файлдар: {count}. Орнату өз құрастыру нөміріне сәйкес емес: оны "
        "сайлауда пайдаланбаңыз, ресми архивтен қайта орнатыңыз.",
    ),
    "about_check_changed": Entry(
        "Changed ({count}): {first}",
        "Изменены ({count}): {first}",
        "Өзгертілген ({count}): {first}",
    ),
    "about_check_missing": Entry(
        "Missing ({count}): {first}",
        "Отсутствуют ({count}): {first}",
        "Жоқ ({count}): {first}",
    ),
    "about_check_added": Entry(
        "Not part of the build ({count}): {first}",
        "Не входят в сборку ({count}): {first}",
        "Құрастыруға кірмейді ({count}): {first}",
    ),
    "about_check_more": Entry(
        "… and {count} more",
        "… и ещё {count}",
        "… және тағы {count}",
    ),
    "about_check_error": Entry(
        "The check could not finish: {detail}",
        "Проверка не завершилась: {detail}",
        "Тексеру аяқталмады: {detail}",
    ),
    # What kind of software this is (About, the test page).
    "about_official_build": Entry(
        "Official build of {date} for {platform}",
        "Официальная сборка от {date} для {platform}",
        "{platform} үшін {date} ресми құрастыруы",
    ),
    "about_unknown_build": Entry(
        "A bundle without its build file: not an official build",
        "Сборка без файла сборки: не официальная сборка",
        "Құрастыру файлы жоқ орнату: ресми құрастыру емес",
    ),
    "about_source_build": Entry(
        "Run from the source code: not an official build",
        "Запуск из исходного кода: не официальная сборка",
        "Бастапқы кодтан іске қосылған: ресми құрастыру емес",
    ),
    # The printer test page.
    "doc_test_title": Entry("Printer test", "Проверка принтера", "Принтерді тексеру"),
    "doc_test_printed_station": Entry(
        "Printed {at} (station time, {zone})",
        "Напечатано {at} (время участка, {zone})",
        "Басылған уақыты: {at} (учаске уақыты, {zone})",
    ),
    "doc_test_printed_local": Entry(
        "Printed {at} (this computer's time)",
        "Напечатано {at} (время этого компьютера)",
        "Басылған уақыты: {at} (осы компьютердің уақыты)",
    ),
    "doc_test_compare": Entry(
        "Compare the build id with the one the higher commission published.",
        "Сравните номер сборки с опубликованным вышестоящей комиссией.",
        "Құрастыру нөмірін жоғары тұрған комиссия жариялағанмен салыстырыңыз.",
    ),
    "doc_test_kazakh": Entry("Kazakh alphabet", "Казахский алфавит", "Қазақ әліпбиі"),
    "doc_test_russian": Entry("Russian alphabet", "Русский алфавит", "Орыс әліпбиі"),
    "doc_test_latin": Entry("Latin letters", "Латинские буквы", "Латын әріптері"),
    "doc_test_sizes": Entry(
        "The protocol's type sizes, regular and bold",
        "Размеры шрифта протокола, обычный и жирный",
        "Хаттаманың қаріп өлшемдері, қалыпты және жуан",
    ),
    "doc_test_digits": Entry(
        "Digits and a protocol line",
        "Цифры и строка протокола",
        "Цифрлар және хаттама жолы",
    ),
    "doc_test_ruler": Entry(
        "Measure each ruler: it must be exactly 100 mm. If not, turn off “fit to page” "
        "(scaling) in the print dialog and print again.",
        "Измерьте каждую линейку: ровно 100 мм. Если нет, отключите «по размеру страницы» "
        "(масштабирование) в окне печати и напечатайте снова.",
        "Әр сызғышты өлшеңіз: дәл 100 мм болуы керек. Олай болмаса, басып шығару терезесінде "
        "«бетке сыйдыру» (масштабтау) параметрін өшіріп, қайта басып шығарыңыз.",
    ),
    "doc_test_corners": Entry(
        "Four corner marks, 10 mm from the edges: all four must be printed whole.",
        "Четыре угловые метки в 10 мм от краёв: все четыре должны быть напечатаны целиком.",
        "Жиектерден 10 мм қашықтықтағы төрт бұрыштық белгі: төртеуі де толық басылуы керек.",
    ),
    "doc_test_qr": Entry(
        "A phone or scanner must read:",
        "Телефон или сканер должен прочитать:",
        "Телефон немесе сканер оқуы керек:",
    ),
    "doc_test_grey": Entry(
        "Grey levels: every square differs from its neighbours",
        "Оттенки серого: каждый квадрат отличается от соседних",
        "Сұр реңктері: әр шаршы көршілерінен ерекшеленеді",
    ),
    # precinct print-test
    "help_print_test": Entry(
        "write the printer test page (A4 PDF: alphabets, rulers, corner marks, QR code, "
        "the build id) and print its path; needs no station",
        "записать тестовую страницу принтера (A4, PDF: алфавиты, линейки, угловые метки, "
        "QR-код, номер сборки) и вывести путь к ней; участок не нужен",
        "принтерді тексеру бетін (A4, PDF: әліпбилер, сызғыштар, бұрыштық белгілер, QR-код, "
        "құрастыру нөмірі) жазып, жолын шығару; учаске қажет емес",
    ),
    "help_print_test_out": Entry(
        "the PDF file to write (default: printer-test-BUILD.pdf in the current folder)",
        "файл PDF (по умолчанию: printer-test-СБОРКА.pdf в текущей папке)",
        "PDF файлы (әдепкісі: ағымдағы қалтадағы printer-test-ҚҰРАСТЫРУ.pdf)",
    ),
    "print_test_no_station": Entry(
        "The station was not read ({detail}): the test page is printed without it.",
        "Участок не прочитан ({detail}): тестовая страница печатается без него.",
        "Учаске оқылмады ({detail}): тексеру беті онсыз басылады.",
    ),
}
