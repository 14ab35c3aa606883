#include "compiler/driver/writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace ecsgen::driver {

namespace fs = std::filesystem;

namespace {

constexpr const char* kManifest = ".ecsgen-manifest";

std::string Error(const std::string& what, const fs::path& path, const std::string& why) {
  return what + " " + path.string() + ": " + why;
}

std::string WriteFile(const fs::path& path, const emit::Text& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return Error("cannot create", path, std::strerror(errno));
  for (const std::string& chunk : content.chunks()) {
    for (size_t written = 0; written < chunk.size();) {
      ssize_t n = ::write(fd, chunk.data() + written, chunk.size() - written);
      if (n < 0) {
        std::string why = std::strerror(errno);
        ::close(fd);
        return Error("cannot write", path, why);
      }
      written += static_cast<size_t>(n);
    }
  }
  // No fsync: it waited for the disk on every file (4 ms of a sample's 12), and the promise is
  // atomicity against other runs and failed runs, not durability across a power cut; the output is
  // rebuilt from the source in milliseconds. Write errors surface at write or, on network file
  // systems, at close, which is checked.
  if (::close(fd) != 0) return Error("cannot write", path, std::strerror(errno));
  return "";
}

std::set<std::string> ReadManifest(const fs::path& dir) {
  std::set<std::string> names;
  std::ifstream in(dir / kManifest);
  for (std::string line; std::getline(in, line);) {
    // Only plain file names: a manifest edited by hand can never make ecsgen delete outside `dir`.
    if (!line.empty() && line.find('/') == std::string::npos && line != "." && line != "..") names.insert(line);
  }
  return names;
}

// Holds an exclusive lock on `<parent>/.<name>.ecsgen.lock` for the lifetime of the object.
class DirLock {
 public:
  explicit DirLock(const fs::path& dir) {
    fs::path lock = dir.parent_path() / ("." + dir.filename().string() + ".ecsgen.lock");
    fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT, 0644);
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
    if (fd_ < 0) error_ = Error("cannot lock", lock, std::strerror(errno));
  }
  ~DirLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  const std::string& error() const { return error_; }

 private:
  int fd_ = -1;
  std::string error_;
};

}  // namespace

std::string WriteAtomically(const std::string& target, const std::vector<emit::OutputFile>& files) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(target).lexically_normal(), ec);
  if (dir.filename().empty()) dir = dir.parent_path();
  fs::path parent = dir.parent_path();
  if (!fs::is_directory(parent, ec)) {
    fs::create_directories(parent, ec);
    if (ec) return Error("cannot create", parent, ec.message());
  }
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) return Error("cannot write to", dir, "it is not a directory");
  DirLock lock(dir);
  if (!lock.error().empty()) return lock.error();

  fs::path tmp = parent / ("." + dir.filename().string() + ".ecsgen-tmp-" + std::to_string(::getpid()));
  fs::remove_all(tmp, ec);
  if (!fs::create_directory(tmp, ec)) return Error("cannot create", tmp, ec ? ec.message() : "exists");
  std::string manifest;
  std::string failure;
  for (const auto& f : files) {
    failure = WriteFile(tmp / f.name, f.content);
    if (!failure.empty()) break;
    manifest += f.name + "\n";
  }
  if (failure.empty()) failure = WriteFile(tmp / kManifest, emit::Text(manifest));
  if (!failure.empty()) {
    fs::remove_all(tmp, ec);
    return failure;
  }
  if (!fs::exists(dir, ec)) {
    fs::rename(tmp, dir, ec);
    if (ec) {
      std::string why = ec.message();
      fs::remove_all(tmp, ec);
      return Error("cannot create", dir, why);
    }
    return "";
  }
  // An existing directory: check it is writable before moving anything, so a failure changes nothing.
  if (::access(dir.c_str(), W_OK) != 0) {
    std::string why = std::strerror(errno);
    fs::remove_all(tmp, ec);
    return Error("cannot write to", dir, why);
  }
  std::set<std::string> previous = ReadManifest(dir);
  for (const auto& f : files) {
    fs::rename(tmp / f.name, dir / f.name, ec);
    if (ec) {
      std::string why = ec.message();
      fs::remove_all(tmp, ec);
      return Error("cannot write", dir / f.name, why);
    }
    previous.erase(f.name);
  }
  for (const auto& stale : previous) fs::remove(dir / stale, ec);  // only files ecsgen wrote before
  fs::rename(tmp / kManifest, dir / kManifest, ec);
  fs::remove_all(tmp, ec);
  return "";
}

}  // namespace ecsgen::driver
