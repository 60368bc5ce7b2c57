#include "base/os_error.h"

#include <cerrno>

namespace nastavnik {

std::string OsReason(int error_number) {
  switch (error_number) {
    case ENOSPC: return "на диске нет места";
    case EDQUOT: return "исчерпана квота на диске";
    case EACCES:
    case EPERM: return "нет прав на запись или чтение";
    case EROFS: return "папка доступна только для чтения";
    case ENOENT: return "нет такого файла или папки";
    case ENOTDIR: return "часть пути — не папка";
    case EISDIR: return "это папка, а не файл";
    case EEXIST: return "такой файл уже есть";
    case ELOOP: return "путь — символическая ссылка, переход по ней запрещён";
    case ENAMETOOLONG: return "слишком длинное имя";
    case ENOTEMPTY: return "папка не пуста";
    case EBUSY: return "файл или папка заняты другой программой";
    case ETXTBSY: return "файл занят другой программой";
    case EXDEV: return "пути лежат на разных дисках";
    case EMFILE:
    case ENFILE: return "открыто слишком много файлов";
    case ENOMEM: return "не хватает памяти";
    case EFBIG: return "файл слишком велик";
    case EIO: return "ошибка ввода-вывода на диске";
    case EINVAL: return "недопустимое имя или операция";
    case EWOULDBLOCK: return "файл заблокирован другим процессом";
    case 0: return "причина неизвестна";
    default: return "ошибка системы " + std::to_string(error_number);
  }
}

std::string OsError(const std::string& action, const std::string& path, int error_number) {
  std::string named = path.empty() ? "(путь не указан)" : path;
  return action + " " + named + ": " + OsReason(error_number);
}

std::string OsError(const std::string& action, const std::string& path, const std::error_code& error) {
  // Filesystem errors on POSIX carry errno values; anything else is reported without its text.
  int number = error.category() == std::generic_category() || error.category() == std::system_category()
                   ? error.value()
                   : 0;
  return OsError(action, path, number);
}

}  // namespace nastavnik
