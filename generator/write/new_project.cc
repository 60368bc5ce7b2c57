#include "write/new_project.h"

#include <cerrno>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "base/file_system.h"
#include "base/os_error.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;

namespace {

// Russian headers: a curator fills these files in Excel, where Russian reads naturally.
const std::vector<std::pair<const char*, const char*>> kCsvHeaders = {
    {"participants.csv",
     "Код,ФИО,Роль,Категория,Класс,Должность,Предмет,Стаж,Организация,Формы,Компетенции,Запрос,"
     "Макс. наставляемых,Время,Пожелания,E-mail,Телефон,Контакты родителя,Дата рождения,Дата вхождения,"
     "Согласие на обработку ПД,Согласие на публикацию\n"},
    {"pairs.csv",
     "Код,Наставник,Наставляемые,Форма,Ролевая модель,Начало,Окончание,Статус,Закреплена,Результат,Кейс\n"},
    {"plans.csv", "Пара,Раздел,Задача,Мероприятие,Срок,Отметка о выполнении,Результат\n"},
    {"surveys.csv", "Участник,Этап,Дата,satisfaction,involvement,activity,self_esteem,anxiety,grades\n"},
    {"calendar.csv", "Мероприятие,Сроки,Ответственный,Этап,Статус\n"},
    {"roadmap.csv", "Этап,Мероприятие,Срок,Ответственный,Результат\n"},
    {"forbidden.csv", "Наставник,Наставляемый,Причина\n"},
    {"orders.csv", "Номер,Дата,Вид,Пары,Основание\n"},
};

const char* kFirstPage =
    "+++\ntitle = \"О программе\"\ndescription = \"Как устроено наставничество в нашей школе\"\nweight = 1\n+++\n\n"
    "Расскажите здесь, зачем школе наставничество, какие формы в ней применяются и к кому\n"
    "обращаться. Страница пишется в Markdown: **жирный**, *курсив*, списки, таблицы.\n";

// What git should not keep: the output (personal data of pupils goes there), the staging,
// old and scratch folders a build makes beside it, and the lock files of builds and --apply.
const char* kGitIgnore =
    "/output/\n"
    "/.output.staging-*/\n"
    "/.output.old-*/\n"
    "/.output.scratch-*/\n"
    "*.lock\n"
    ".*.tmp\n";

Status Write(const stdfs::path& path, const std::string& text) {
  std::error_code ec;
  stdfs::create_directories(path.parent_path(), ec);
  if (ec) return Status::Internal(OsError("не удалось создать папку", path.parent_path().string(), ec));
  errno = 0;
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::Internal(OsError("не удалось создать файл", path.string(), errno));
  out << text;
  out.close();
  if (!out) return Status::Internal(OsError("не удалось записать", path.string(), errno));
  return Status::Ok();
}

// A folder that is already a git repository keeps its own .gitignore: our lines are added to it.
Status WriteGitIgnore(const stdfs::path& path) {
  std::string existing;
  std::error_code ec;
  if (stdfs::symlink_status(path, ec).type() != stdfs::file_type::not_found) {
    Result<std::string> read = fs::ReadFile(path, path.string(), {size_t{1} << 20, "файл .gitignore", ""}, fs::Links::kRefuse);
    if (!read.ok()) return read.status();
    existing = std::move(*read);
  }
  std::string text = existing;
  if (!text.empty() && text.back() != '\n') text += '\n';
  std::istringstream ours(kGitIgnore);
  for (std::string line; std::getline(ours, line);) {
    if (("\n" + existing + "\n").find("\n" + line + "\n") == std::string::npos) text += line + "\n";
  }
  return Write(path, text);
}

}  // namespace

Status WriteNewProject(const stdfs::path& dir, const stdfs::path& data_dir) {
  if (stdfs::exists(dir / "content/program.toml")) {
    return Status::Input("в папке " + dir.string() + " уже есть content/program.toml: она не будет перезаписана");
  }
  const stdfs::path sample = data_dir / "templates/new/program.toml";
  Result<std::string> program = fs::ReadFile(sample, sample.string(), {size_t{1} << 20, "образец program.toml", ""});
  if (!program.ok()) return Status::Internal(program.status().message() + " (образец program.toml не найден среди файлов nastavnik)", program.status().where());
  if (Status s = Write(dir / "content/program.toml", *program); !s.ok()) return s;
  for (const auto& [name, header] : kCsvHeaders) {
    if (Status s = Write(dir / "content/data" / name, header); !s.ok()) return s;
  }
  if (Status s = Write(dir / "content/about.md", kFirstPage); !s.ok()) return s;
  return WriteGitIgnore(dir / ".gitignore");
}

}  // namespace nastavnik::write
