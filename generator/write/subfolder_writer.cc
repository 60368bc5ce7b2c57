#include "write/subfolder_writer.h"

#include <unistd.h>

#include "base/os_error.h"
#include "write/file_ops.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;
namespace {

Status WriteFileInPieces(const stdfs::path& path, const PiecewiseFile& file, long long epoch_seconds) {
  return WriteOneFileWith(
      path,
      [&](std::ostream& out) {
        file.produce([&](std::string_view piece) {
          if (out) out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
        });
      },
      epoch_seconds);
}

// The replaced contents must go: a failure is told, never reported as success. The folder's
// name marks it as ours, so the next build removes what is left.
Status RemovePrevious(const stdfs::path& target, const stdfs::path& previous) {
  std::error_code ec;
  stdfs::remove_all(previous, ec);
  if (!ec) return Status::Ok();
  return Status::Internal("новые файлы записаны в " + target.string() + ", но " +
                          OsError("не удалось удалить прежние из", previous.string(), ec) +
                          "; их удалит следующая сборка");
}

}  // namespace

Status WriteSubfolder(const stdfs::path& output_dir, const std::string& name, const render::Artifacts& artifacts,
                      long long epoch_seconds) {
  return WriteSubfolder(output_dir, name, artifacts, epoch_seconds, nullptr);
}

Status WriteSubfolder(const stdfs::path& output_dir, const std::string& name, const render::Artifacts& artifacts,
                      long long epoch_seconds, const std::function<Result<render::Artifacts>()>& late,
                      const std::vector<PiecewiseFile>& pieces) {
  auto valid = [](const render::Artifacts& files) {
    for (const render::Artifact& a : files) {
      if (a.path.empty() || a.path.find("..") != std::string::npos || a.path[0] == '/') {
        return Status::Internal("недопустимый путь результата: " + a.path);
      }
    }
    return Status::Ok();
  };
  if (Status s = valid(artifacts); !s.ok()) return s;
  for (const PiecewiseFile& f : pieces) {
    if (Status s = valid({{f.path, ""}}); !s.ok()) return s;
  }
  Result<stdfs::path> folder = OutputFolder(output_dir);
  if (!folder.ok()) return folder.status();
  const stdfs::path& out = *folder;
  std::error_code ec;
  if (stdfs::exists(out) && !stdfs::is_empty(out, ec) && !stdfs::exists(out / kOutputMarker)) {
    return Status::Internal("папка " + out.string() +
                            " не пуста и создана не nastavnik; укажите для результатов другую папку");
  }
  if (!stdfs::exists(out / kOutputMarker)) {
    Status marked = WriteOneFile(out / kOutputMarker, "Эту папку создаёт nastavnik; она перезаписывается целиком.\n", epoch_seconds);
    if (!marked.ok()) return marked;
  }
  stdfs::path target = out / name;
  if (stdfs::exists(target) && !stdfs::is_directory(target)) {
    return Status::Internal(target.string() + " — не папка; переименуйте или удалите этот файл");
  }
  stdfs::path staging = out / ("." + name + ".staging-" + std::to_string(getpid()));
  stdfs::remove_all(staging, ec);
  auto write_all = [&](const render::Artifacts& files) {
    for (const render::Artifact& a : files) {
      Status s = WriteOneFile(staging / a.path, a.bytes, epoch_seconds);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  };
  Status staged = write_all(artifacts);
  for (size_t i = 0; i < pieces.size() && staged.ok(); ++i) {
    staged = WriteFileInPieces(staging / pieces[i].path, pieces[i], epoch_seconds);
  }
  if (staged.ok() && late) {
    Result<render::Artifacts> more = late();
    staged = !more.ok() ? more.status() : valid(*more);
    if (staged.ok()) staged = write_all(*more);
  }
  if (!staged.ok()) {
    stdfs::remove_all(staging, ec);
    return staged;
  }
  if (stdfs::exists(target) && ExchangePaths(staging, target)) {
    return RemovePrevious(target, staging);  // staging now holds the previous contents
  }
  if (stdfs::exists(target)) {
    stdfs::path old = out / ("." + name + ".old-" + std::to_string(getpid()));
    stdfs::rename(target, old, ec);
    if (ec) {
      stdfs::remove_all(staging, ec);
      return Status::Internal(OsError("не удалось заменить", target.string(), ec));
    }
    stdfs::rename(staging, target, ec);
    if (ec) {
      std::error_code ignored;
      stdfs::rename(old, target, ignored);
      return Status::Internal(OsError("не удалось заменить", target.string(), ec));
    }
    return RemovePrevious(target, old);
  }
  stdfs::rename(staging, target, ec);
  if (ec) return Status::Internal(OsError("не удалось создать папку", target.string(), ec));
  return Status::Ok();
}

Status WriteFileAtomically(const stdfs::path& path, const std::string& bytes) {
  stdfs::path fresh;
  if (Status s = WriteBeside(path, bytes, 0644, &fresh); !s.ok()) return s;
  std::error_code ec;
  stdfs::rename(fresh, path, ec);
  if (ec) {
    std::error_code ignored;
    stdfs::remove(fresh, ignored);
    return Status::Internal(OsError("не удалось записать", path.string(), ec));
  }
  return Status::Ok();
}

}  // namespace nastavnik::write
