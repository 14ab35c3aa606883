#include "compiler/emit/json.h"

#include <mutex>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define ECSGEN_POOL_FORWARDS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define ECSGEN_POOL_FORWARDS 1
#endif
#endif

namespace ecsgen::emit::pool {

#ifdef ECSGEN_POOL_FORWARDS

void* Allocate(std::size_t bytes) { return ::operator new(bytes); }
void Free(void* block, std::size_t) noexcept { ::operator delete(block); }

#else

namespace {

constexpr std::size_t kGranule = 16;            // every class is a multiple: blocks stay 16-aligned
constexpr std::size_t kLargest = 1024;          // larger blocks (long arrays) go to operator new
constexpr std::size_t kClasses = kLargest / kGranule;
constexpr std::size_t kSlab = std::size_t{256} << 10;

struct FreeBlock {
  FreeBlock* next;
};

struct ThreadPool {
  FreeBlock* free[kClasses] = {};
  char* cursor = nullptr;
  char* end = nullptr;
};

thread_local ThreadPool local;

// Slabs live until the process ends; they are reachable from here, so leak checkers stay quiet.
std::mutex slabs_mutex;
std::vector<char*>& Slabs() {
  static auto* slabs = new std::vector<char*>();
  return *slabs;
}

void NewSlab() {
  auto* slab = static_cast<char*>(::operator new(kSlab, std::align_val_t{kGranule}));
  {
    std::lock_guard<std::mutex> lock(slabs_mutex);
    Slabs().push_back(slab);
  }
  local.cursor = slab;
  local.end = slab + kSlab;
}

std::size_t ClassOf(std::size_t bytes) { return bytes == 0 ? 0 : (bytes - 1) / kGranule; }

}  // namespace

void* Allocate(std::size_t bytes) {
  if (bytes > kLargest) return ::operator new(bytes);
  std::size_t c = ClassOf(bytes);
  if (FreeBlock* block = local.free[c]) {
    local.free[c] = block->next;
    return block;
  }
  std::size_t size = (c + 1) * kGranule;
  if (static_cast<std::size_t>(local.end - local.cursor) < size) NewSlab();
  void* block = local.cursor;
  local.cursor += size;
  return block;
}

void Free(void* block, std::size_t bytes) noexcept {
  if (block == nullptr) return;
  if (bytes > kLargest) {
    ::operator delete(block);
    return;
  }
  std::size_t c = ClassOf(bytes);
  auto* freed = static_cast<FreeBlock*>(block);
  freed->next = local.free[c];
  local.free[c] = freed;
}

#endif

}  // namespace ecsgen::emit::pool
