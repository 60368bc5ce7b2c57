// nastavnik: the command line. Parses arguments, runs the pipeline, prints diagnostics and
// sets the exit code: 0 done, 1 bad input (the school's files), 2 internal or I/O failure
// (reading, writing, a lock), 64 usage error (an unknown command or option, a missing
// argument; EX_USAGE of sysexits.h), so that a script can tell a typo in its own command line
// from a problem in the data.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/grammar/grammar.h"
#include "base/platform.h"
#include "load/sources.h"
#include "pipeline.h"
#include "serve/server.h"
#include "write/new_project.h"

namespace {

constexpr const char* kUsage =
    "nastavnik — сайт, документы и таблицы школьной программы наставничества\n"
    "\n"
    "Использование:\n"
    "  nastavnik build [ПАПКА] [-o ВЫХОД]  собрать сайт, PDF и XLSX (ВЫХОД по умолчанию ПАПКА/output)\n"
    "  nastavnik rollup ПАПКА... -o ВЫХОД  сводный отчёт о мониторинге по нескольким школам\n"
    "  nastavnik check [ПАПКА]             только проверить данные\n"
    "  nastavnik new ПАПКА                 создать папку новой школы\n"
    "  nastavnik serve [ПАПКА] [--port N]  просмотр сайта с пересборкой при изменениях\n"
    "  nastavnik match [ПАПКА] [--apply]   предложить пары и группы; --apply — внести проверенное\n"
    "  nastavnik КОМАНДА --help            справка по команде\n"
    "  nastavnik --version                 версия\n"
    "\n"
    "Начало работы: nastavnik new школа, затем nastavnik build школа; сайт — в\n"
    "школа/output/site, документы — в школа/output/pdf, таблицы — в школа/output/xlsx.\n"
    "Публикуется только папка output/site: остальное содержит персональные данные.\n"
    "\n"
    "Коды выхода: 0 — готово, 1 — ошибки в данных школы, 2 — ошибка чтения или записи\n"
    "(нет доступа, нет места, файл занят, не найдены файлы программы),\n"
    "64 — неверная команда или параметр.\n"
    "\n"
    "Переменные окружения:\n"
    "  NASTAVNIK_DATA_DIR  папка с шаблонами, темами, шрифтами и словарём переносов\n"
    "                      (по умолчанию share/nastavnik рядом с программой)\n"
    "  SOURCE_DATE_EPOCH   дата сборки (секунды с 1970 года): одинаковые данные — одинаковые файлы\n"
    "\n"
    "Руководство куратора: guide.md (в Debian — /usr/share/doc/nastavnik/guide.md).\n";

constexpr const char* kBuildHelp =
    "nastavnik build [ПАПКА] [-o ВЫХОД] [--today ДД.ММ.ГГГГ]\n"
    "\n"
    "Читает ПАПКА/content (program.toml, таблицы data/*.csv или data/data.xlsx, ответы\n"
    "анкет из data/ankety/, страницы Markdown) и записывает\n"
    "ВЫХОД/site (сайт), ВЫХОД/pdf (документы для печати) и ВЫХОД/xlsx (таблицы Excel).\n"
    "ПАПКА по умолчанию — текущая, ВЫХОД — ПАПКА/output. При ошибках в данных ничего не\n"
    "перезаписывается: прежний результат остаётся нетронутым.\n"
    "Дата сборки берётся из переменной SOURCE_DATE_EPOCH, если она задана.\n"
    "Отчёт о мониторинге составляется на дату --today; без неё — на [monitoring] report_date\n"
    "из program.toml, а без неё — на дату сборки.\n";

constexpr const char* kCheckHelp =
    "nastavnik check [ПАПКА]\n"
    "\n"
    "Проверяет данные школы и печатает все найденные ошибки в виде файл:строка:столбец.\n"
    "Ничего не записывает. Код выхода 0 — ошибок нет, 1 — есть ошибки в данных,\n"
    "2 — файл не удалось прочитать, 64 — неверный параметр.\n";

constexpr const char* kNewHelp =
    "nastavnik new ПАПКА\n"
    "\n"
    "Создаёт папку новой школы: content/program.toml с пояснениями, книгу Excel\n"
    "content/data/data.xlsx (лист на каждую таблицу: участники, пары, планы, анкеты и другие;\n"
    "заголовки, пояснения и списки для выбора), первую страницу content/about.md и .gitignore,\n"
    "чтобы результаты сборки, временные папки и файлы блокировок не попадали в git.\n"
    "Вместо data.xlsx можно вести таблицы CSV (participants.csv и другие, см. DATA.md).\n";

constexpr const char* kServeHelp =
    "nastavnik serve [ПАПКА] [--port N]\n"
    "\n"
    "Собирает сайт в памяти и показывает его на http://127.0.0.1:N/ (N по умолчанию 1313).\n"
    "Следит за папками content/, templates/ и themes/: после каждого изменения сайт\n"
    "пересобирается, а открытые страницы в браузере обновляются сами. Если в данных ошибка,\n"
    "она печатается здесь, а браузер продолжает показывать прежнюю версию. Папку output/\n"
    "не трогает. Остановить — Ctrl+C.\n";
constexpr const char* kMatchHelp =
    "nastavnik match [ПАПКА] [-o ВЫХОД] [--apply]\n"
    "\n"
    "Подбирает наставников всем наставляемым, у кого нет активной пары: соблюдает правила\n"
    "(форма, классы, стаж, предмет, общий день, места, запреты из forbidden.csv, организация),\n"
    "затем даёт пару как можно большему числу наставляемых и набирает наибольший балл\n"
    "(веса — в [matching] файла program.toml). Действующие пары не меняются.\n"
    "Пишет в ВЫХОД/matching: proposal.csv (в формате pairs.csv), candidates.csv (все\n"
    "допустимые пары с баллами) и объяснение explanation.html, .pdf и .xlsx.\n"
    "\n"
    "  --apply  проверяет ВЫХОД/matching/proposal.csv (после правки куратором) по текущим\n"
    "           данным и добавляет его строки в content/data/pairs.csv; прежний файл\n"
    "           сохраняется рядом как pairs.csv.bak-ДАТА. При ошибке ничего не меняется.\n"
    "\n"
    "  --dimacs ФАЙЛ  записать ещё и граф задачи в формате DIMACS (для сравнения решателей)\n"
    "\n"
    "ВЫХОД по умолчанию — ПАПКА/output. Дата предложения — SOURCE_DATE_EPOCH, если задана.\n";

bool IsHelp(const char* arg) { return !std::strcmp(arg, "--help") || !std::strcmp(arg, "-h"); }

// EX_USAGE: a mistake in the command line, told apart from bad data (1) and I/O failure (2).
constexpr int kUsageError = 64;

int Fail(const char* message, const char* help) {
  std::fprintf(stderr, "nastavnik: %s\n\n%s", message, help);
  return kUsageError;
}

int RunBuild(const std::vector<std::string>& args, bool check_only) {
  nastavnik::BuildOptions options;
  options.project = ".";
  bool project_set = false, output_set = false;
  const char* help = check_only ? kCheckHelp : kBuildHelp;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!check_only && (args[i] == "-o" || args[i] == "--output")) {
      if (i + 1 >= args.size()) return Fail("после -o укажите папку для результатов", help);
      options.output = args[++i];
      output_set = true;
    } else if (!check_only && args[i] == "--today") {
      std::optional<nastavnik::Date> today = i + 1 < args.size() ? nastavnik::ParseDate(args[i + 1]) : std::nullopt;
      if (!today) return Fail("после --today укажите дату отчёта: ДД.ММ.ГГГГ", help);
      options.today = today;
      ++i;
    } else if (!args[i].empty() && args[i][0] == '-') {
      return Fail(("неизвестный параметр " + args[i]).c_str(), help);
    } else if (!project_set) {
      options.project = args[i];
      project_set = true;
    } else {
      return Fail("укажите одну папку школы", help);
    }
  }
  if (!output_set) options.output = options.project / "output";
  options.check_only = check_only;
  options.epoch_seconds = nastavnik::BuildEpochSeconds();
  nastavnik::Diagnostics diags;
  auto started = std::chrono::steady_clock::now();
  nastavnik::Status status = nastavnik::Build(options, diags);
  std::fputs(diags.Format().c_str(), stderr);
  if (!status.ok()) {
    if (diags.has_errors()) {
      std::fprintf(stderr, "nastavnik: ошибок: %d; %s\n", diags.error_count(),
                   check_only ? "исправьте их и повторите проверку"
                              : "результат не записан, прежний оставлен без изменений");
    } else {
      std::fprintf(stderr, "%s\n", status.ToString().c_str());
    }
    return status.code() == nastavnik::Status::Code::kInput ? 1 : 2;
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  if (check_only) {
    std::printf("nastavnik: ошибок не найдено (%lld мс)\n", static_cast<long long>(ms));
  } else {
    std::printf("nastavnik: собрано в %s (%lld мс)\n", options.output.string().c_str(), static_cast<long long>(ms));
  }
  return 0;
}

constexpr const char* kRollupHelp =
    "nastavnik rollup ПАПКА_ИЛИ_ФАЙЛ... -o ВЫХОД\n"
    "\n"
    "Собирает сводный (муниципальный) отчёт о мониторинге из сводок школ monitoring/summary.json,\n"
    "которые пишет nastavnik build. Каждую школу можно собрать где угодно: встречаются только сводки.\n"
    "Можно указать файл summary.json, папку результатов школы или папку школы (берётся\n"
    "output/monitoring/summary.json). В ВЫХОД пишутся svodka.pdf, svodka.xlsx и index.html.\n";

int RunRollup(const std::vector<std::string>& args) {
  nastavnik::RollupOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" || args[i] == "--output") {
      if (i + 1 >= args.size()) return Fail("после -o укажите папку для сводного отчёта", kRollupHelp);
      options.output = args[++i];
    } else if (!args[i].empty() && args[i][0] == '-') {
      return Fail(("неизвестный параметр " + args[i]).c_str(), kRollupHelp);
    } else {
      options.inputs.push_back(args[i]);
    }
  }
  if (options.inputs.empty()) return Fail("укажите сводки школ или папки с ними", kRollupHelp);
  if (options.output.empty()) return Fail("укажите папку для сводного отчёта: -o ВЫХОД", kRollupHelp);
  options.epoch_seconds = nastavnik::BuildEpochSeconds();
  nastavnik::Diagnostics diags;
  auto started = std::chrono::steady_clock::now();
  nastavnik::Status status = nastavnik::Rollup(options, diags);
  std::fputs(diags.Format().c_str(), stderr);
  if (!status.ok()) {
    if (diags.has_errors()) {
      std::fprintf(stderr, "nastavnik: ошибок: %d; сводный отчёт не записан, прежний оставлен без изменений\n",
                   diags.error_count());
    } else {
      std::fprintf(stderr, "%s\n", status.ToString().c_str());
    }
    return status.code() == nastavnik::Status::Code::kInput ? 1 : 2;
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  // «по 1 школе», «по 2 школам»: after «по» the dative agrees with the count.
  const size_t schools = options.inputs.size();
  std::printf("nastavnik: сводный отчёт по %zu %s собран в %s (%lld мс)\n", schools,
              std::string(nastavnik::grammar::NounForm(static_cast<long long>(schools), "школе", "школам", "школам")).c_str(),
              options.output.string().c_str(), static_cast<long long>(ms));
  return 0;
}

int RunServe(const std::vector<std::string>& args) {
  nastavnik::serve::ServeOptions options;
  bool project_set = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--port" || args[i] == "-p") {
      if (i + 1 >= args.size()) return Fail("после --port укажите номер порта", kServeHelp);
      char* end = nullptr;
      long port = std::strtol(args[++i].c_str(), &end, 10);
      if (*end || port < 1 || port > 65535) return Fail("номер порта — число от 1 до 65535", kServeHelp);
      options.port = static_cast<int>(port);
    } else if (!args[i].empty() && args[i][0] == '-') {
      return Fail(("неизвестный параметр " + args[i]).c_str(), kServeHelp);
    } else if (!project_set) {
      options.project = args[i];
      project_set = true;
    } else {
      return Fail("укажите одну папку школы", kServeHelp);
    }
  }
  options.epoch_seconds = nastavnik::BuildEpochSeconds();
  return nastavnik::serve::Serve(options);
}

int RunNew(const std::vector<std::string>& args) {
  if (args.size() != 1 || args[0].empty() || args[0][0] == '-') return Fail("укажите папку новой школы", kNewHelp);
  nastavnik::Status status = nastavnik::write::WriteNewProject(args[0], nastavnik::load::InstalledDataDir());
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", status.ToString().c_str());
    return status.code() == nastavnik::Status::Code::kInput ? 1 : 2;
  }
  std::printf("nastavnik: создана папка школы %s\n"
              "Заполните content/program.toml и таблицы в книге content/data/data.xlsx, затем: nastavnik build %s\n"
              "После сборки бланки анкет для печати — в %s/output/pdf/ankety/.\n",
              args[0].c_str(), args[0].c_str(), args[0].c_str());
  return 0;
}

int RunMatch(const std::vector<std::string>& args) {
  nastavnik::MatchOptions options;
  options.project = ".";
  options.on_wait = [] {
    std::fputs("nastavnik: другой «nastavnik match --apply» сейчас вносит пары в эту папку; "
               "ждём, пока он закончит…\n", stderr);
  };
  bool project_set = false, output_set = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" || args[i] == "--output") {
      if (i + 1 >= args.size()) return Fail("после -o укажите папку для результатов", kMatchHelp);
      options.output = args[++i];
      output_set = true;
    } else if (args[i] == "--apply") {
      options.apply = true;
    } else if (args[i] == "--dimacs") {
      if (i + 1 >= args.size()) return Fail("после --dimacs укажите файл", kMatchHelp);
      options.dimacs = args[++i];
    } else if (!args[i].empty() && args[i][0] == '-') {
      return Fail(("неизвестный параметр " + args[i]).c_str(), kMatchHelp);
    } else if (!project_set) {
      options.project = args[i];
      project_set = true;
    } else {
      return Fail("укажите одну папку школы", kMatchHelp);
    }
  }
  if (!output_set) options.output = options.project / "output";
  options.epoch_seconds = nastavnik::BuildEpochSeconds();
  nastavnik::Diagnostics diags;
  nastavnik::MatchSummary summary;
  auto started = std::chrono::steady_clock::now();
  nastavnik::Status status = nastavnik::Match(options, diags, &summary);
  std::fputs(diags.Format().c_str(), stderr);
  if (!status.ok()) {
    if (diags.has_errors()) {
      std::fprintf(stderr, "nastavnik: ошибок: %d; %s\n", diags.error_count(),
                   options.apply ? "pairs.csv не изменён" : "предложение не записано, прежнее оставлено без изменений");
    } else {
      std::fprintf(stderr, "%s\n", status.ToString().c_str());
    }
    return status.code() == nastavnik::Status::Code::kInput ? 1 : 2;
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  if (options.apply) {
    if (summary.rows == 0) {
      std::printf("nastavnik: в предложении нет строк, pairs.csv не изменён\n");
    } else {
      std::printf("nastavnik: в pairs.csv добавлено строк: %d (наставляемых: %d); %s%s\n", summary.rows,
                  summary.matched, summary.backup.empty() ? "файл создан" : "прежний файл — ",
                  summary.backup.string().c_str());
    }
    return 0;
  }
  // Monitoring's «ожидают закрепления наставника» leaves out mentees whose pair is completed.
  std::string completed = summary.waiting_completed == 0 ? ""
                          : " (из них " + std::to_string(summary.waiting_completed) +
                                " после завершённой пары; в мониторинге ожидают " +
                                std::to_string(summary.waiting - summary.waiting_completed) + ")";
  std::printf("nastavnik: ждут пару %d%s, предложено %d (строк %d), без пары %d; кандидатов %zu\n"
              "время: данные %.0f мс, подбор %.0f мс (из них решатель %.0f мс), файлы %.0f мс, запись %.0f мс, "
              "всего %lld мс\nПредложение: %s\n",
              summary.waiting, completed.c_str(), summary.matched, summary.rows, summary.unmatched, summary.candidates,
              summary.load_seconds * 1000, summary.compute_seconds * 1000, summary.solver_seconds * 1000,
              summary.render_seconds * 1000, summary.write_seconds * 1000, static_cast<long long>(ms),
              (options.output / "matching").string().c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  nastavnik::platform::StartProcess(&argc, &argv);  // Windows: UTF-8 console and arguments
  if (argc < 2 || IsHelp(argv[1])) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? kUsageError : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::printf("nastavnik %s\n", NASTAVNIK_VERSION);
    return 0;
  }
  std::string command = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  const char* help = command == "build"    ? kBuildHelp
                     : command == "check"  ? kCheckHelp
                     : command == "new"    ? kNewHelp
                     : command == "rollup" ? kRollupHelp
                     : command == "serve"  ? kServeHelp
                     : command == "match"  ? kMatchHelp
                                           : nullptr;
  if (!help) return Fail(("неизвестная команда «" + command + "»").c_str(), kUsage);
  for (const std::string& a : args) {
    if (a == "--help" || a == "-h") {
      std::fputs(help, stdout);
      return 0;
    }
  }
  if (command == "new") return RunNew(args);
  if (command == "rollup") return RunRollup(args);
  if (command == "serve") return RunServe(args);
  if (command == "match") return RunMatch(args);
  return RunBuild(args, command == "check");
}
